"""Preferences (what a person chooses) and UI state (where windows were), kept apart.

Both are declared once, typed, with defaults; each is one ini file in the
config folder, so tests and portable installs can redirect them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

from editor_app.export.profiles import DEFAULT_PROFILE, PROFILES

if TYPE_CHECKING:
    from pathlib import Path

THEMES = ("system", "light", "dark")
LANGUAGES = ("", "vi", "en")  # "" follows the system


@dataclass
class Preferences:
    language: str = ""
    editor_font: str = ""
    editor_font_size: int = 13
    autosave_ms: int = 2000
    theme: str = "system"
    preview_engine: str = "auto"  # auto (WebEngine when installed), webengine, text
    editor_mode: str = "rich"  # rich (formatted, the default) or source (Markdown)
    shortcuts: dict[str, str] = field(default_factory=dict)  # action name → key sequence
    ninjs_profile: str = "3.1"  # of exported bundles: "3.1", or "1.6" for 1.x consumers
    spelling: bool = True  # underline unknown words as you type (needs hunspell-vi)


@dataclass
class UiState:
    geometry: QByteArray = field(default_factory=QByteArray)
    window_state: QByteArray = field(default_factory=QByteArray)
    splitter: QByteArray = field(default_factory=QByteArray)
    last_login: str = ""
    # "Stay signed in on this device": a random secret whose SHA-256 the store keeps, never
    # a password. A thief of this file gains that secret, which opens only this store, as
    # this one person, until they sign out, an administrator resets their password or
    # disables them; with no copy of the store it opens nothing, and it reveals no password
    # to try elsewhere (on the newsroom server, say). Whoever can read this file can read
    # the local store too: it is as private as the OS account (README).
    device_secret: str = ""
    last_article: str = ""
    list_header: QByteArray = field(default_factory=QByteArray)
    recent_articles: str = ""  # "id\ttitle" lines, newest first (File → Recent articles)


def _load(obj: Any, qs: QSettings, group: str) -> Any:
    qs.beginGroup(group)
    try:
        for f in fields(obj):
            if not qs.contains(f.name):
                continue
            raw = qs.value(f.name)
            current = getattr(obj, f.name)
            try:
                if isinstance(current, bool):
                    value: Any = str(raw).lower() in ("1", "true", "yes")
                elif isinstance(current, int):
                    value = int(raw)
                elif isinstance(current, dict):
                    value = dict(raw) if isinstance(raw, dict) else {}
                elif isinstance(current, QByteArray):
                    value = raw if isinstance(raw, QByteArray) else QByteArray()
                else:
                    value = str(raw)
            except (TypeError, ValueError):
                continue  # a hand-edited or damaged file falls back to the default
            setattr(obj, f.name, value)
    finally:
        qs.endGroup()
    return obj


def _save(obj: Any, qs: QSettings, group: str) -> None:
    qs.beginGroup(group)
    for f in fields(obj):
        qs.setValue(f.name, getattr(obj, f.name))
    qs.endGroup()
    qs.sync()


class SettingsStore:
    """Reads and writes preferences and state under *config_dir*."""

    def __init__(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        self._prefs = QSettings(str(config_dir / "preferences.ini"), QSettings.Format.IniFormat)
        self._state = QSettings(str(config_dir / "state.ini"), QSettings.Format.IniFormat)
        self.preferences: Preferences = _load(Preferences(), self._prefs, "preferences")
        self.state: UiState = _load(UiState(), self._state, "state")
        if self.preferences.theme not in THEMES:
            self.preferences.theme = "system"
        if self.preferences.editor_mode not in ("rich", "source"):
            self.preferences.editor_mode = "rich"
        self.preferences.autosave_ms = min(60_000, max(500, self.preferences.autosave_ms))
        if self.preferences.ninjs_profile not in PROFILES:
            self.preferences.ninjs_profile = DEFAULT_PROFILE

    def save_preferences(self) -> None:
        _save(self.preferences, self._prefs, "preferences")

    def save_state(self) -> None:
        _save(self.state, self._state, "state")
