"""The window's icons: Material Design glyphs from the font QtAwesome ships, drawn here.

QtAwesome's import (qtpy's star imports of every Qt module, QtOpenGL and
QtDataVisualization among them) and its loading of a dozen fonts took a fifth of
the time to a usable window, for one font's forty glyphs. This draws them the way
its ``CharIconPainter`` does by default (the glyph at 7/8 of the icon's height,
centred, in the mode's colour), from the same font and character map, read from
QtAwesome's folder without importing it; tests/gui/test_icons.py compares the pixels.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

PREFIX = "mdi6"  # the only set the actions use
_FONT = "materialdesignicons6-webfont-*.ttf"
_CHARMAP = "materialdesignicons6-webfont-charmap-*.json"


def _fonts_dir() -> Path:
    spec = find_spec("qtawesome")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _glyphs() -> tuple[str, dict[str, str]]:
    """The font's family (loaded into the application once) and name → character."""
    folder = _fonts_dir()
    font_file = max(folder.glob(_FONT))
    ident = QFontDatabase.addApplicationFontFromData(font_file.read_bytes())
    families = QFontDatabase.applicationFontFamilies(ident)
    if not families:
        raise FileNotFoundError(f"the icon font could not be loaded: {font_file}")
    codes = json.loads(max(folder.glob(_CHARMAP)).read_text("utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


class GlyphEngine(QIconEngine):
    """One glyph, in one colour, greyed when disabled, drawn at any size asked."""

    def __init__(self, family: str, char: str, colour: QColor, greyed: QColor) -> None:
        super().__init__()
        self.family, self.char = family, char
        self.colour, self.greyed = QColor(colour), QColor(greyed)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              _state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.greyed if mode == QIcon.Mode.Disabled else self.colour)
        font = QFont()
        font.setFamily(self.family)
        # 16 px icons take a 14 px glyph: the room a glyph's bearings need.
        font.setPixelSize(round(0.875 * rect.height()))
        painter.setFont(font)
        painter.setOpacity(1.0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter),
                         self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm


def icon(name: str, colour: QColor, greyed: QColor) -> QIcon:
    """``mdi6.<name>`` as an icon, like ``qtawesome.icon(name, color=…, color_disabled=…)``."""
    prefix, _, glyph = name.partition(".")
    if prefix != PREFIX:
        raise KeyError(f"only {PREFIX}.* icons are drawn here: {name}")
    family, chars = _glyphs()
    return QIcon(GlyphEngine(family, chars[glyph], colour, greyed))
