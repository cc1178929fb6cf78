"""Markdown → sanitized HTML, and the portal page. Used by the preview and by bundles."""
