"""In the dark scheme a check box, ticked or not, and the focus ring stand out from the window."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from ui.dark_style import DarkStyle
from ui.palette import dark_palette


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def indicator_contrast(qtbot: QtBot, style: QStyle, *, checked: bool, focused: bool = False) -> float:
    """The strongest contrast between any pixel of the check box's indicator and the window colour."""
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyle(style)
    host.setPalette(dark_palette())
    box = QCheckBox("Show my time too", host)
    box.setStyle(style)
    box.setPalette(dark_palette())
    box.setChecked(checked)
    box.adjustSize()
    host.resize(box.size())
    option = QStyleOptionButton()
    box.initStyleOption(option)
    area = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image: QImage = box.grab().toImage()
    if focused:
        area = box.rect()
    window = dark_palette().color(dark_palette().ColorRole.Window)
    return max(
        contrast(image.pixelColor(QPoint(x, y)), window)
        for x in range(area.left(), min(area.right() + 1, image.width()))
        for y in range(area.top(), min(area.bottom() + 1, image.height()))
    )


def test_an_unticked_box_stands_out_in_the_dark(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QStyleFactory

    fusion = QStyleFactory.create("Fusion")
    assert indicator_contrast(qtbot, fusion, checked=False) < 3, "Fusion alone: nearly invisible"
    assert indicator_contrast(qtbot, DarkStyle(), checked=False) >= 3
    assert indicator_contrast(qtbot, DarkStyle(), checked=True) >= 3


def test_the_focus_ring_is_drawn_in_the_highlight_colour(qtbot: QtBot) -> None:
    style = DarkStyle()
    image = QImage(40, 20, QImage.Format.Format_ARGB32)
    image.fill(dark_palette().color(dark_palette().ColorRole.Window))
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionFocusRect

    option = QStyleOptionFocusRect()
    option.rect = image.rect()
    option.palette = dark_palette()
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter)
    painter.end()
    edge = image.pixelColor(QPoint(20, 1))
    assert contrast(edge, dark_palette().color(dark_palette().ColorRole.Window)) >= 3
