"""Editor App: an offline-first desktop newsroom for a Vietnamese news portal."""

__version__ = "0.1.0"
