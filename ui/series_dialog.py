"""How long a weekly series runs: a number of meetings, or until a day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MOST_MEETINGS = 520
"""Ten years of weekly meetings: the most a series file holds (app.ics.MAX_WEEKS)."""


class SeriesDialog(QDialog):
    """Asks for the series' length, starting from ``count`` meetings; :meth:`length` is the answer."""

    def __init__(self, first: date, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly series"))
        self._first = first
        self.by_count = QRadioButton(self.tr("&Number of meetings:"), self)
        self.by_date = QRadioButton(self.tr("&Until:"), self)
        self.count = QSpinBox(self)
        self.count.setRange(1, MOST_MEETINGS)
        self.count.setValue(count)
        self.count.setAccessibleName(self.tr("Number of meetings"))
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(QDate(first.year, first.month, first.day))
        last = first + timedelta(weeks=count - 1)
        self.until.setDate(QDate(last.year, last.month, last.day))
        self.until.setAccessibleName(self.tr("Last day of the series"))
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_date)
        self.by_count.setChecked(True)
        self.until.setEnabled(False)
        self.by_count.toggled.connect(self.count.setEnabled)
        self.by_date.toggled.connect(self.until.setEnabled)
        intro = QLabel(
            self.tr("Every week at the same time on the client's clock, from the chosen slot."), self
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.by_count, 0, 0)
        grid.addWidget(self.count, 0, 1)
        grid.addWidget(self.by_date, 1, 0)
        grid.addWidget(self.until, 1, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def length(self) -> tuple[int, date | None]:
        """``(count, None)``, or ``(count, last day)`` when the series runs until a day."""
        if self.by_date.isChecked():
            chosen = self.until.date()
            return self.count.value(), date(chosen.year(), chosen.month(), chosen.day())
        return self.count.value(), None
