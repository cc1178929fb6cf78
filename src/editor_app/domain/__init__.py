"""Pure-Python core: entities, workflow rules, roles, errors and Vietnamese text.

Nothing here imports Qt, SQLAlchemy or any I/O library; a test enforces it.
"""
