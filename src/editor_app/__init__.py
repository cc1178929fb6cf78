"""Editor App: an offline-first desktop newsroom for a Vietnamese news portal."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version lives in one place, the package metadata (pyproject.toml); see about.py.
    if name == "__version__":
        from editor_app.about import version

        return version()
    raise AttributeError(f"module 'editor_app' has no attribute {name!r}")
