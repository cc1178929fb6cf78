"""Dialogs: sign in, settings, conflicts, reasons, checklist, export."""
