"""A dismissable message across the top of the window: what went wrong with the user's files."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class NoticeBar(QFrame):
    """Shows one or more plain-language notices until the user closes them. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label.setAccessibleName(self.tr("Notice"))
        close = QToolButton(self)
        close.setText("×")
        close.setAccessibleName(self.tr("Close notice"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_notices(self, notices: list[str] | tuple[str, ...]) -> None:
        if notices:
            self.label.setText("\n".join(notices))
            self.show()
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Hold the height the wrapped text needs at this width as the bar's minimum: the window's own
        minimum does not follow a word-wrapped label's height, and the panels under the bar would be
        squeezed into each other instead."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
