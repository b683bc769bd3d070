"""The people list's view: one row per person the filter finds, painted from :mod:`ui.people_model`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from ui.people_model import PeopleModel


class ShownRow:
    """What one shown row says (its text, any role's data) and whether it is selected: read from the
    model and the view's selection, as a screen reader or a test reads the row."""

    def __init__(self, view: PeopleView, row: int) -> None:
        self._view = view
        self._index = view.model().index(row, 0)

    def text(self) -> str:
        return str(self._index.data(Qt.ItemDataRole.DisplayRole))

    def data(self, role: int) -> object:
        return self._index.data(role)

    def isSelected(self) -> bool:
        return self._view.selectionModel().isSelected(self._index)


class PeopleView(QListView):
    """The rows of a :class:`PeopleModel`, several selectable; no signals beyond Qt's own."""

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows of one height until the statuses come (the delegate then says for a long list): Qt lays
        # out the rows in view, not ten thousand rows' sizes.
        self.setUniformItemSizes(True)

    def model(self) -> PeopleModel:
        found = super().model()
        assert isinstance(found, PeopleModel)
        return found

    def count(self) -> int:
        """How many rows are shown."""
        return self.model().rowCount()

    def item(self, row: int) -> ShownRow:
        return ShownRow(self, row)
