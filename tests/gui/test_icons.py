"""The toolbar's icons, drawn without importing QtAwesome, look exactly as QtAwesome drew them."""

import pytest
from PySide6.QtGui import QColor, QIcon

from editor_app.gui import icons
from editor_app.gui.actions import SPECS

NAMES = sorted({spec.icon for spec in SPECS if spec.icon})
SIZES = (16, 22, 24, 32, 48)


@pytest.mark.parametrize(("colour", "greyed"), [("#000000", "#a0a0a0"), ("#e6e6e6", "#787878")])
def test_every_action_icon_has_the_same_pixels_as_qtawesome(qapp, colour, greyed):
    import qtawesome as qta

    c, g = QColor(colour), QColor(greyed)
    for name in NAMES:
        ours = icons.icon(name, c, g)
        theirs = qta.icon(name, color=c, color_disabled=g)
        for size in SIZES:
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active):
                a = ours.pixmap(size, size, mode).toImage()
                b = theirs.pixmap(size, size, mode).toImage()
                assert a == b, (name, size, mode)
        image = ours.pixmap(24, 24).toImage()
        inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
        assert inked > 10, name  # a glyph was drawn, not an empty square


def test_a_name_outside_the_set_is_refused(qapp):
    with pytest.raises(KeyError):
        icons.icon("fa5s.bold", QColor("black"), QColor("grey"))
