"""Fusion for the dark colour scheme, with check boxes, radio buttons and focus rings drawn so they stand
out from a dark window (Fusion outlines them in a shade of the window colour, nearly invisible on it)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

EDGE = "#a0a0a8"
"""The outline of an unticked box: 5:1 against the dark window and base colours of ui/palette.py."""


class DarkStyle(QProxyStyle):
    """Fusion, with a light outline round check boxes and radio buttons and a two-pixel focus ring in the
    highlight colour."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        kind = QStyle.PrimitiveElement
        if element not in (kind.PE_IndicatorCheckBox, kind.PE_IndicatorRadioButton, kind.PE_FrameFocusRect):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == kind.PE_FrameFocusRect:
            # A two-pixel line along the inside of the rectangle, on whole pixels: crisp, full colour.
            colour = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(colour, 2))
            painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QPen(QColor(EDGE), 1))
            if element == kind.PE_IndicatorRadioButton:
                painter.drawEllipse(rect)
            else:
                painter.drawRoundedRect(rect, 2, 2)
        painter.restore()
