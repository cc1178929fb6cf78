"""The desktop app: PySide6 only. It calls services and receives plain records.

Nothing here imports SQLAlchemy or the store; tests/test_layers.py checks it.
"""
