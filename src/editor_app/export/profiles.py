"""The ninjs versions a bundle can be written in: apart, so reading settings costs no import."""

from __future__ import annotations

PROFILES = ("3.1", "1.6")
DEFAULT_PROFILE = "3.1"
