"""Persistence: SQLAlchemy 2 only. Nothing outside services/ and app.py imports it."""
