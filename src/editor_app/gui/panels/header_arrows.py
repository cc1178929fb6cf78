"""Sort arrows that point the way people read them: ▼ over a newest-first (descending) list.

Qt maps a descending sort to ``SortUp``, which Fusion and most styles draw as ▲ — read as
"ascending" over a list whose newest row is on top. The proxy swaps the two when drawing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOptionHeader

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QHeaderView, QStyleOption, QWidget

SortUp = QStyleOptionHeader.SortIndicator.SortUp
SortDown = QStyleOptionHeader.SortIndicator.SortDown


class HeaderArrows(QProxyStyle):
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and \
                isinstance(option, QStyleOptionHeader):
            flipped = QStyleOptionHeader(option)
            if option.sortIndicator == SortUp:
                flipped.sortIndicator = SortDown
            elif option.sortIndicator == SortDown:
                flipped.sortIndicator = SortUp
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def use_reading_arrows(header: QHeaderView) -> None:
    """Give *header* the proxy over the application's current style (again after a theme)."""
    app = QApplication.instance()
    name = app.style().name() if isinstance(app, QApplication) else "Fusion"
    base = QStyleFactory.create(name) or QStyleFactory.create("Fusion")
    style = HeaderArrows(base)
    style.setParent(header)  # lives and dies with the header
    header.setStyle(style)
