"""The people: the freelancer first, then the clients, several of whom can be selected for one meeting."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.profiles import Profile
from ui.wall_text import place_text

if TYPE_CHECKING:
    from app.rhythm import ClientStatus  # the statuses come after the first frame, and the module with them
    from ui.client_status_delegate import ClientStatusDelegate  # made with them

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
"""The status lines under the name (``str``, one or two lines); absent for the freelancer."""
WORKING_ROLE = Qt.ItemDataRole.UserRole + 2
"""Whether the client is inside their core time now (``bool``)."""


LONG_LIST = 500
"""Rows beyond which the list lays out every row at one height."""


class PeopleList(QWidget):
    """A filterable list of people with Add, Edit and Remove.

    Signals:
        selectionChanged(list): the ids of the selected clients, in list order.
        addRequested(): the user wants a new client.
        editRequested(str): the user wants to edit the person with this id.
        removeRequested(str): the user wants to remove the client with this id.
        rowsShown(): other rows came into view (a scroll, a filter, a resize): their statuses are due.
    """

    selectionChanged = Signal(list)
    addRequested = Signal()
    editRequested = Signal(str)
    removeRequested = Signal(str)
    rowsShown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._statuses: dict[str, ClientStatus] = {}
        self._shown: list[Profile] = []
        self._filtered = False
        self._place: Callable[[str], str] = place_text
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a client…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a client"))
        self.list = QListWidget(self)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("People"))
        # The rows' painter for the status lines comes with the first statuses, after the first frame:
        # until then the rows are names only, which Qt's own delegate paints the same.
        self.status_delegate: ClientStatusDelegate | None = None
        self.list.setAccessibleDescription(
            self.tr("You, then your clients. Select one client, or several for a meeting with a team.")
        )
        self.add_button = QPushButton(self.tr("&New client…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for button, name in (
            (self.add_button, self.tr("New client")),
            (self.edit_button, self.tr("Edit person")),
            (self.remove_button, self.tr("Remove client")),
        ):
            button.setAccessibleName(name)
        title = QLabel(self.tr("People"), self)
        title.setBuddy(self.list)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.filter, self.list)
        self.setTabOrder(self.list, self.add_button)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.remove_button)

        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self.take_first_match)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.verticalScrollBar().valueChanged.connect(lambda _value: self._rows_shown())
        self.list.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._rows_shown())
        self.list.itemDoubleClicked.connect(lambda item: self.editRequested.emit(item.data(ID_ROLE)))
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)

    def set_profiles(self, profiles: Sequence[Profile], selected: Sequence[str]) -> None:
        """Show ``profiles`` (the freelancer first), selecting the clients whose ids are in ``selected``.

        When the people are those shown, in the same order, with some changed or some added at the end
        (an edit, a new client), only those rows are made again: a list of ten thousand is not rebuilt
        for one change."""
        old = self._shown
        same_ids = len(profiles) >= len(old) and all(
            a.id == b.id for a, b in zip(old, profiles, strict=False)
        )
        if not same_ids or not old:
            self._rebuild(profiles, selected)
            return
        self._updating = True
        self._shown = list(profiles)
        pairs = enumerate(zip(old, profiles, strict=False))
        changed = [row for row, (before, now) in pairs if before is not now and before != now]
        for row in changed:
            self.list.takeItem(row)
            self._make_item(profiles[row], (), row)
        for row in range(len(old), len(profiles)):
            self._make_item(profiles[row], (), None)
        # One selection change for all rows: each item's own setSelected costs a view update.
        wanted = set(selected)
        if wanted == {item.data(ID_ROLE) for item in self.list.selectedItems()}:
            # As it was (an edit): no selection change to pay for.
            self._finish_update(changed, len(old), len(profiles))
            return
        selection = QItemSelection()
        for row, profile in enumerate(profiles):
            if profile.id in wanted:
                index = self.list.model().index(row, 0)
                selection.select(index, index)
        self.list.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._finish_update(changed, len(old), len(profiles))

    def _finish_update(self, changed: list[int], before: int, after: int) -> None:
        self._updating = False
        self._show_statuses(rows=[*changed, *range(before, after)])
        if self.filter.text().strip():
            self._apply_filter(self.filter.text())

    def _make_item(self, profile: Profile, selected: Sequence[str], row: int | None) -> QListWidgetItem:
        item = QListWidgetItem(self._text(profile))
        if row is None:
            self.list.addItem(item)
        else:
            self.list.insertItem(row, item)
        item.setData(ID_ROLE, profile.id)
        item.setToolTip(profile.notes or profile.hours)
        if profile.is_me:
            # The freelancer takes part in every meeting: shown, editable, never deselected.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        elif profile.is_sample:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(self.tr("A sample client, to show how Coretime works. Edit or remove it."))
        if profile.id in selected:
            item.setSelected(True)
        return item

    def _rebuild(self, profiles: Sequence[Profile], selected: Sequence[str]) -> None:
        self._updating = True
        self._shown = list(profiles)
        self._filtered = False  # new rows are all shown; a filter typed in is applied below
        self.list.clear()
        for profile in profiles:
            self._make_item(profile, selected, None)
        self._updating = False
        self._show_statuses()
        self._apply_filter(self.filter.text())

    def _text(self, profile: Profile) -> str:
        place = self._place(profile.zone) if profile.zone else self.tr("zone unknown")
        if profile.is_me:
            return self.tr("{name} (you) · {place}").format(name=profile.name, place=place)
        if profile.is_sample:
            return self.tr("{name} · {place} — sample").format(name=profile.name, place=place)
        return f"{profile.name} · {place}"

    def set_place_names(self, names: Callable[[str], str]) -> None:
        """Name each person's place by ``names``, which takes a zone id (``America/New_York``) and gives
        the name of its place; the list starts with :func:`ui.wall_text.place_text`."""
        self._place = names
        for row, profile in enumerate(self._shown):
            self.list.item(row).setText(self._text(profile))
        self._show_statuses(renamed=True)
        self._apply_filter(self.filter.text())

    def _rows_shown(self) -> None:
        # Not while the rows are being made: the scroll bar moves as they come, and they are not all there.
        if not self._updating:
            self.rowsShown.emit()

    def visible_ids(self) -> list[str]:
        """The ids of the rows in view now (a few dozen at most, whatever the list holds): the statuses
        worth working out."""
        count = self.list.count()
        if not count:
            return []
        viewport = self.list.viewport()
        top = self.list.indexAt(viewport.rect().topLeft()).row()
        bottom = self.list.indexAt(viewport.rect().bottomLeft()).row()
        first = max(top, 0)
        last = bottom if bottom >= 0 else count - 1
        shown = []
        for row in range(first, min(last, first + 200) + 1):
            item = self.list.item(row)
            if not item.isHidden():
                shown.append(str(item.data(ID_ROLE)))
        return shown

    def update_statuses(self, statuses: Mapping[str, ClientStatus]) -> None:
        """Show the statuses of these clients (by profile id); the others keep theirs. Only their rows
        are touched: with ten thousand clients, the rows in view are all that is worked out."""
        self._statuses.update(statuses)
        rows = {str(p.id): row for row, p in enumerate(self._shown)} if len(statuses) else {}
        self._show_statuses(rows=[rows[i] for i in statuses if i in rows])

    def set_statuses(self, statuses: Mapping[str, ClientStatus]) -> None:
        """Show each client's status now (by profile id) under their name; clients left out show none."""
        self._statuses = dict(statuses)
        self._show_statuses()

    def _show_statuses(self, *, renamed: bool = False, rows: Sequence[int] | None = None) -> None:
        for row in range(self.list.count()) if rows is None else rows:
            item = self.list.item(row)
            if item is None:  # a row not made yet: it gets its status when it is
                continue
            status = self._statuses.get(item.data(ID_ROLE))
            lines = "" if status is None else self._status_delegate().describe(status, self.locale())
            if renamed or lines != (item.data(STATUS_ROLE) or ""):  # a new row has none: nothing to clear
                item.setData(STATUS_ROLE, lines)
                item.setData(WORKING_ROLE, status is not None and status.inside)
                # Screen readers read the name and the status as one, the way the row shows them.
                spoken = f"{item.text()}, {lines}".replace("\n", ", ") if lines else item.text()
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def _status_delegate(self) -> ClientStatusDelegate:
        if self.status_delegate is None:
            from ui.client_status_delegate import ClientStatusDelegate  # noqa: PLC0415

            self.status_delegate = ClientStatusDelegate(self.list)
            self.list.setItemDelegate(self.status_delegate)
        # A long list gets rows of one height (a name and two status lines): Qt then lays out the rows
        # in view, not every row's size, at each selection or change.
        long_list = self.list.count() > LONG_LIST
        self.status_delegate.every_row_lines = 2 if long_list else None
        if self.list.uniformItemSizes() != long_list:
            self.list.setUniformItemSizes(long_list)
        return self.status_delegate

    def status_text(self, person_id: str) -> str:
        """The status lines shown under ``person_id``'s name ("" when none)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == person_id:
                return str(item.data(STATUS_ROLE) or "")
        return ""

    def selected_ids(self) -> list[str]:
        return [
            self.list.item(row).data(ID_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).isSelected()
        ]

    def select(self, ids: Sequence[str]) -> None:
        """Select exactly the people in ``ids``; one :attr:`selectionChanged` says so if that changed."""
        before = self.selected_ids()
        self._updating = True
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(ID_ROLE) in ids)
            if item.data(ID_ROLE) in ids:
                self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._updating = False
        if self.selected_ids() != before:
            self.selectionChanged.emit(self.selected_ids())

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _apply_filter(self, text: str) -> None:
        """Show the people ``text`` finds. A client the filter hides is no longer selected (the proposal
        on screen must be for a client the list shows); if that leaves none, the first client found is."""
        wanted = text.casefold().strip()
        if not wanted and not self._filtered:
            return  # nothing to find, nothing hidden: ten thousand rows need not be visited
        self._filtered = bool(wanted)
        for row, profile in enumerate(self._shown):
            # The shown text, and the zone id's own place name: "New York" finds ニューヨーク too.
            found = f"{self.list.item(row).text()} {place_text(profile.zone or '')}".casefold()
            self.list.item(row).setHidden(bool(wanted) and wanted not in found)
        items = [self.list.item(row) for row in range(self.list.count())]
        hidden_selected = [i for i in items if i.isSelected() and i.isHidden()]
        if not hidden_selected:
            return
        self._updating = True
        for item in hidden_selected:
            item.setSelected(False)
        if not self.selected_ids():
            first = next(
                (i for i in items if not i.isHidden() and i.flags() & Qt.ItemFlag.ItemIsSelectable), None
            )
            if first is not None:
                first.setSelected(True)
                self.list.setCurrentItem(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._updating = False
        self.selectionChanged.emit(self.selected_ids())

    def take_first_match(self) -> None:
        """Enter in the filter: select the first client it finds (only that one), and go to the list."""
        first = next(
            (
                self.list.item(row)
                for row in range(self.list.count())
                if not self.list.item(row).isHidden()
                and self.list.item(row).flags() & Qt.ItemFlag.ItemIsSelectable
            ),
            None,
        )
        if first is None:
            return
        self.select([first.data(ID_ROLE)])
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection_changed(self) -> None:
        if self._updating:
            return
        # Select All and Shift+click reach rows the filter hides: those stay out of the selection.
        hidden = [item for item in self.list.selectedItems() if item.isHidden()]
        if hidden:
            self._updating = True
            for item in hidden:
                item.setSelected(False)
            self._updating = False
        self.selectionChanged.emit(self.selected_ids())

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        if item is None and self.selected_ids():
            return self.selected_ids()[0]
        return None if item is None else str(item.data(ID_ROLE))

    def edit_current(self) -> None:
        current = self._current_id()
        if current is not None:
            self.editRequested.emit(current)

    def remove_current(self) -> None:
        for person_id in self.selected_ids():
            self.removeRequested.emit(person_id)
