"""Every keyboard shortcut, read off the menus themselves (so the list and the menus always agree), then
the keys the window's parts take without a menu item."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain(text: str) -> str:
    """A menu text as read: without its ``&`` mnemonic marks (``&&`` is a real ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ShortcutsDialog(QDialog):
    """A list under one heading per menu: each action and its keys; ``keys`` adds (what, keys) rows for
    the keys no menu item has. ``rows()`` gives what it lists, as (menu, action, keys)."""

    def __init__(
        self, menus: Sequence[QMenu], keys: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self._rows: list[tuple[str, str, str]] = []
        for menu in menus:
            heading = QTreeWidgetItem(self.tree, [plain(menu.title())])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            self._add_menu(menu, heading, plain(menu.title()))
        other = QTreeWidgetItem(self.tree, [self.tr("Elsewhere in the window")])
        font = other.font(0)
        font.setBold(True)
        other.setFont(0, font)
        for what, how in keys:
            QTreeWidgetItem(other, [what, how])
            self._rows.append((other.text(0), what, how))
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        width = self.tree.header().length() + 2 * self.tree.frameWidth() + 40
        self.resize(max(width, 420), min(640, self.tree.sizeHintForRow(0) * (len(self._rows) + 8) + 80))

    def _add_menu(self, menu: QMenu, heading: QTreeWidgetItem, title: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            QTreeWidgetItem(heading, [plain(action.text()), keys])
            self._rows.append((title, plain(action.text()), keys))

    def rows(self) -> list[tuple[str, str, str]]:
        return list(self._rows)
