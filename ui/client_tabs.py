"""The panels about the selected client, one tab each (the proposal, the daily check-in, the deadline),
with Alt+1, Alt+2, Alt+3, Alt+4 to reach them from anywhere in the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget


class ClientTabs(QTabWidget):
    """One tab per page; ``pages`` are (page, title, the widget that takes the focus when the page is
    reached by its shortcut). No signals of its own: ``currentChanged`` says which page shows.

    Alt+digit, because Ctrl+1 and Ctrl+2 already switch the timeline between day and week.
    """

    def __init__(self, pages: Sequence[tuple[QWidget, str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Client tasks"))
        self.setDocumentMode(True)
        self._focus: list[QWidget] = []
        self.page_actions: list[QAction] = []
        for number, (page, title, focus) in enumerate(pages, start=1):
            index = self.addTab(page, title)
            shortcut = QKeySequence(f"Alt+{number}")
            self.setTabToolTip(
                index, f"{title} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            self._focus.append(focus)
            action = QAction(self.tr("Show {title}").format(title=title), self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.addAction(action)
            self.page_actions.append(action)

    def show_page(self, index: int) -> None:
        """Bring page ``index`` to the front and put the keyboard in it."""
        self.setCurrentIndex(index)
        self._focus[index].setFocus(Qt.FocusReason.ShortcutFocusReason)
