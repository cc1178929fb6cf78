"""The Markdown editor, its highlighter and find bar."""
