"""The panels of the main window: list, details, preview, related, comments, history."""
