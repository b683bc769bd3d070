"""A dismissable message across the top of the window: what went wrong with the user's files."""

from __future__ import annotations

from PySide6.QtGui import QPalette
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
