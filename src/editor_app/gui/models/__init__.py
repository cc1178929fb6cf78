"""Item models: the data behind the list views."""
