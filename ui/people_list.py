"""The people: the freelancer first, then the clients, several of whom can be selected for one meeting."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.profiles import Profile
from ui.people_model import ID_ROLE, STATUS_ROLE, WORKING_ROLE, PeopleModel
from ui.people_view import PeopleView

if TYPE_CHECKING:
    from app.rhythm import ClientStatus  # the statuses come after the first frame, and the module with them
    from ui.client_status_delegate import ClientStatusDelegate  # made with them

__all__ = ["ID_ROLE", "LONG_LIST", "STATUS_ROLE", "WORKING_ROLE", "PeopleList"]


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
        self.model = PeopleModel(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a client…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a client"))
        self.list = PeopleView(self.model, self)
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
        self.list.selectionModel().selectionChanged.connect(lambda _new, _old: self._selection_changed())
        self.list.verticalScrollBar().valueChanged.connect(lambda _value: self._rows_shown())
        self.list.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._rows_shown())
        self.list.doubleClicked.connect(lambda index: self.editRequested.emit(str(index.data(ID_ROLE))))
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)

    def set_profiles(self, profiles: Sequence[Profile], selected: Sequence[str]) -> None:
        """Show ``profiles`` (the freelancer first), selecting the clients whose ids are in ``selected``.

        An edit or a client added at the end changes only its own row (see :class:`PeopleModel`): a list
        of ten thousand is not rebuilt for one change."""
        self._updating = True
        self.model.set_profiles(profiles)
        wanted = set(selected)
        if set(self.selected_ids()) != wanted:  # as it was (an edit): no selection change to pay for
            self._select_rows(wanted)
        # The filter typed hides every one of them: the first client it finds is selected instead.
        hidden = bool(wanted) and not self.selected_ids() and bool(self.filter.text().strip())
        if hidden:
            self._refilter(list(selected))
        self._updating = False
        if hidden:
            self.selectionChanged.emit(self.selected_ids())

    def _select_rows(self, wanted: set[str]) -> None:
        """Select exactly the shown rows whose ids are in ``wanted``, as one selection change."""
        selection = QItemSelection()
        current = None
        for row, person_id in enumerate(self.model.shown_ids()):
            if person_id in wanted:
                index = self.model.index(row, 0)
                selection.select(index, index)
                current = current or index
        self.list.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current is not None:
            self.list.selectionModel().setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)

    def set_place_names(self, names: Callable[[str], str]) -> None:
        """Name each person's place by ``names``, which takes a zone id (``America/New_York``) and gives
        the name of its place; the list starts with :func:`ui.wall_text.place_text`."""
        selected = self.selected_ids()
        self._updating = True
        self.model.set_place_names(names)
        self._refilter(selected)
        self._updating = False
        self._show_statuses()

    def _rows_shown(self) -> None:
        # Not while the rows are being made: the scroll bar moves as they come, and they are not all there.
        if not self._updating:
            self.rowsShown.emit()

    def visible_ids(self) -> list[str]:
        """The ids of the rows in view now (a few dozen at most, whatever the list holds): the statuses
        worth working out."""
        count = self.model.rowCount()
        if not count:
            return []
        viewport = self.list.viewport()
        top = self.list.indexAt(viewport.rect().topLeft()).row()
        bottom = self.list.indexAt(viewport.rect().bottomLeft()).row()
        first = max(top, 0)
        last = bottom if bottom >= 0 else count - 1
        return [self.model.profile(row).id for row in range(first, min(last, first + 200) + 1)]

    def update_statuses(self, statuses: Mapping[str, ClientStatus]) -> None:
        """Show the statuses of these clients (by profile id); the others keep theirs. Only their rows
        are touched: with ten thousand clients, the rows in view are all that is worked out."""
        self._statuses.update(statuses)
        self.model.update_statuses({key: self._worded(status) for key, status in statuses.items()})

    def set_statuses(self, statuses: Mapping[str, ClientStatus]) -> None:
        """Show each client's status now (by profile id) under their name; clients left out show none."""
        self._statuses = dict(statuses)
        self._show_statuses()

    def _worded(self, status: ClientStatus) -> tuple[str, bool]:
        return self._status_delegate().describe(status, self.locale()), status.inside

    def _show_statuses(self) -> None:
        self.model.set_statuses({key: self._worded(status) for key, status in self._statuses.items()})

    def _status_delegate(self) -> ClientStatusDelegate:
        if self.status_delegate is None:
            from ui.client_status_delegate import ClientStatusDelegate  # noqa: PLC0415

            self.status_delegate = ClientStatusDelegate(self.list)
            self.list.setItemDelegate(self.status_delegate)
        # A long list gets rows of one height (a name and two status lines): Qt then lays out the rows
        # in view, not every row's size, at each selection or change.
        long_list = len(self.model.profiles()) > LONG_LIST
        self.status_delegate.every_row_lines = 2 if long_list else None
        if self.list.uniformItemSizes() != long_list:
            self.list.setUniformItemSizes(long_list)
        return self.status_delegate

    def status_text(self, person_id: str) -> str:
        """The status lines shown under ``person_id``'s name ("" when none)."""
        return self.model.status(person_id)

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in list order."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [self.model.profile(row).id for row in rows]

    def select(self, ids: Sequence[str]) -> None:
        """Select exactly the people in ``ids``; one :attr:`selectionChanged` says so if that changed."""
        before = self.selected_ids()
        self._updating = True
        self._select_rows(set(ids))
        self._updating = False
        if self.selected_ids() != before:
            self.selectionChanged.emit(self.selected_ids())

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _apply_filter(self, text: str) -> None:
        """Show the people ``text`` finds. A client the filter hides is no longer selected (the proposal
        on screen must be for a client the list shows); if that leaves none, the first client found is."""
        selected = self.selected_ids()
        self._updating = True
        changed = self.model.set_filter(text)
        if changed:
            self._refilter(selected)
        self._updating = False
        if changed and self.selected_ids() != selected:
            self.selectionChanged.emit(self.selected_ids())
        if changed:
            self._rows_shown()

    def _refilter(self, selected: list[str]) -> None:
        """After the shown rows changed: those of ``selected`` still shown stay selected; if none is, the
        first client found is."""
        shown = set(self.model.shown_ids())
        kept = [i for i in selected if i in shown]
        if not kept and selected:
            first = self._first_client_row()
            kept = [] if first is None else [self.model.profile(first).id]
        self._select_rows(set(kept))

    def _first_client_row(self) -> int | None:
        return next((r for r in range(self.model.rowCount()) if not self.model.profile(r).is_me), None)

    def take_first_match(self) -> None:
        """Enter in the filter: select the first client it finds (only that one), and go to the list."""
        first = self._first_client_row()
        if first is None:
            return
        self.select([self.model.profile(first).id])
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection_changed(self) -> None:
        if self._updating:
            return
        self.selectionChanged.emit(self.selected_ids())

    def _current_id(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid() and self.selected_ids():
            return self.selected_ids()[0]
        return None if not index.isValid() else str(index.data(ID_ROLE))

    def edit_current(self) -> None:
        current = self._current_id()
        if current is not None:
            self.editRequested.emit(current)

    def remove_current(self) -> None:
        for person_id in self.selected_ids():
            self.removeRequested.emit(person_id)
