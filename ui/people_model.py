"""The people list's rows as a model: the freelancer first, then the clients, those the filter finds.

A row's text, tooltip and status are worked out when the view asks for them (the rows in view), not for
ten thousand clients at load; an edit or an addition changes only its own row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.people_filter import found_rows, search_text, wanted_text
from app.profiles import Profile
from ui.wall_text import place_text

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
"""The status lines under the name (``str``, one or two lines); "" when none is worked out."""
WORKING_ROLE = Qt.ItemDataRole.UserRole + 2
"""Whether the client is inside their core time now (``bool``)."""

ModelIndex = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractListModel):
    """The people (all of them kept), and the rows the filter finds among them. No signals of its own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profiles: list[Profile] = []
        self._rows: list[int] = []  # the shown rows: indexes into _profiles, in order
        self._texts: dict[int, str] = {}  # shown texts worked out so far, by index into _profiles
        self._search: list[str] | None = None  # every person's search text, made at the first filter
        self._typed = ""
        self._statuses: dict[str, tuple[str, bool]] = {}  # by id: the lines, and working now
        self._place: Callable[[str], str] = place_text
        # Each zone's place names, asked once: ten thousand clients live in a few dozen zones.
        self._places: dict[str, tuple[str, str]] = {}

    # --- what is shown -------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def profile(self, row: int) -> Profile:
        return self._profiles[self._rows[row]]

    def profiles(self) -> list[Profile]:
        return self._profiles

    def shown_ids(self) -> list[str]:
        return [self._profiles[index].id for index in self._rows]

    def row_of(self, person_id: str) -> int | None:
        """The shown row of ``person_id``, or ``None`` when it is not shown."""
        for row, index in enumerate(self._rows):
            if self._profiles[index].id == person_id:
                return row
        return None

    def text(self, index: int) -> str:
        """The shown text of the person at ``index`` in the people (not the row)."""
        found = self._texts.get(index)
        if found is None:
            profile = self._profiles[index]
            place = (
                self._places_of(profile.zone)[0]
                if profile.zone
                else QCoreApplication.translate("PeopleList", "zone unknown")
            )
            if profile.is_me:
                found = QCoreApplication.translate("PeopleList", "{name} (you) · {place}").format(
                    name=profile.name, place=place
                )
            elif profile.is_sample:
                found = QCoreApplication.translate("PeopleList", "{name} · {place} — sample").format(
                    name=profile.name, place=place
                )
            else:
                found = f"{profile.name} · {place}"
            self._texts[index] = found
        return found

    def status(self, person_id: str) -> str:
        return self._statuses.get(person_id, ("", False))[0]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.profile(index.row()).is_me:
            # The freelancer takes part in every meeting: shown, editable, never deselected.
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: PLR0911
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        at = self._rows[index.row()]
        profile = self._profiles[at]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(at)
        if role == ID_ROLE:
            return profile.id
        if role == STATUS_ROLE:
            return self.status(profile.id)
        if role == WORKING_ROLE:
            return self._statuses.get(profile.id, ("", False))[1]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Screen readers read the name and the status as one, the way the row shows them.
            lines = self.status(profile.id)
            return f"{self.text(at)}, {lines}".replace("\n", ", ") if lines else self.text(at)
        if role == Qt.ItemDataRole.ToolTipRole:
            if profile.is_sample and not profile.is_me:
                return QCoreApplication.translate(
                    "PeopleList", "A sample client, to show how Coretime works. Edit or remove it."
                )
            return profile.notes or profile.hours
        if role == Qt.ItemDataRole.FontRole and (profile.is_me or profile.is_sample):
            font = QFont()
            font.setBold(profile.is_me)
            font.setItalic(profile.is_sample and not profile.is_me)
            return font
        return None

    # --- changes -------------------------------------------------------------------------------
    def set_profiles(self, profiles: Sequence[Profile]) -> None:
        """Show ``profiles``. When they are those kept, in the same order, with some changed or some added
        at the end (an edit, a new client) and no filter typed, only those rows change."""
        old = self._profiles
        same_ids = (
            bool(old)
            and len(profiles) >= len(old)
            and all(a.id == b.id for a, b in zip(old, profiles, strict=False))
        )
        if not same_ids or wanted_text(self._typed):
            self.beginResetModel()
            self._profiles = list(profiles)
            self._texts = {}
            self._search = None
            self._rows = (
                found_rows(self._search_texts(), self._typed)
                if wanted_text(self._typed)
                else list(range(len(self._profiles)))
            )
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(old, profiles, strict=False)) if a is not b and a != b]
        self._profiles = list(profiles)
        for index in changed:
            self._texts.pop(index, None)
            if self._search is not None:
                self._search[index] = self._search_text(index)
            self.dataChanged.emit(self.index(index), self.index(index))
        if len(profiles) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(profiles) - 1)
            self._rows.extend(range(len(old), len(profiles)))
            if self._search is not None:
                self._search.extend(self._search_text(i) for i in range(len(old), len(profiles)))
            self.endInsertRows()

    def set_filter(self, typed: str) -> bool:
        """Show the people ``typed`` finds; whether the shown rows changed."""
        before_typed = wanted_text(self._typed)
        self._typed = typed
        wanted = wanted_text(typed)
        if wanted == before_typed:
            return False
        rows = found_rows(self._search_texts(), typed) if wanted else list(range(len(self._profiles)))
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return True

    def set_place_names(self, names: Callable[[str], str]) -> None:
        self._place = names
        self._places = {}
        self._texts = {}
        self._search = None
        if wanted_text(self._typed):  # the new names may find other people: the filter is applied again
            self.beginResetModel()
            self._rows = found_rows(self._search_texts(), self._typed)
            self.endResetModel()
        elif self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def update_statuses(self, statuses: Mapping[str, tuple[str, bool]]) -> None:
        """These clients' status lines and whether they work now (by id); the others keep theirs."""
        self._statuses.update(statuses)
        self._statuses_shown(set(statuses))

    def set_statuses(self, statuses: Mapping[str, tuple[str, bool]]) -> None:
        self._statuses = dict(statuses)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _statuses_shown(self, ids: set[str]) -> None:
        if not ids:
            return
        for row, index in enumerate(self._rows):
            if self._profiles[index].id in ids:
                self.dataChanged.emit(self.index(row), self.index(row))

    # --- finding -------------------------------------------------------------------------------
    def _places_of(self, zone: str) -> tuple[str, str]:
        """The place ``zone`` is shown by, and the zone id's own name for it (which finds it too)."""
        found = self._places.get(zone)
        if found is None:
            found = self._places[zone] = (self._place(zone), place_text(zone))
        return found

    def _search_text(self, index: int) -> str:
        zone = self._profiles[index].zone
        return search_text(self.text(index), self._places_of(zone)[1] if zone else "")

    def _search_texts(self) -> list[str]:
        # Made at the first filter typed, then kept (each edit remakes its own): a keystroke is a scan.
        if self._search is None:
            self._search = [self._search_text(i) for i in range(len(self._profiles))]
        return self._search
