"""Which reminders Coretime gives: all paused or not, each kind for everyone, how long before a call, and
for each client which kinds (their core time's start is off unless asked for)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.reminders import KINDS
from ui.reminder_clock import reminder_settings


class NotificationsDialog(QDialog):
    """Reads the switches from ``settings`` and writes them back on OK (the keys of
    :func:`ui.reminder_clock.reminder_settings`). ``clients`` are (profile id, name) pairs."""

    def __init__(
        self, settings: QSettings, clients: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notifications"))
        self._settings = settings
        self._clients = list(clients)
        current = reminder_settings(settings, [key for key, _ in clients])
        names = {
            "core_start": self.tr("When the client's core time starts"),
            "checkin": self.tr("When to send the daily check-in"),
            "meeting": self.tr("Before a call Coretime knows of"),
            "clock_change": self.tr("A week before a clock change moves a call or the check-in"),
        }
        self.paused = QCheckBox(self.tr("&Pause all notifications"), self)
        self.paused.setChecked(current.paused)
        self.kinds = {kind: QCheckBox(names[kind], self) for kind in KINDS}
        for kind, box in self.kinds.items():
            box.setChecked(kind in current.kinds)
        self.lead = QSpinBox(self)
        self.lead.setRange(0, 24 * 60)
        self.lead.setSuffix(self.tr(" min"))
        self.lead.setValue(int(current.lead.total_seconds() // 60))
        self.lead.setAccessibleName(self.tr("Minutes before a call"))
        everyone = QGroupBox(self.tr("For everyone"), self)
        form = QFormLayout(everyone)
        for box in self.kinds.values():
            form.addRow(box)
        form.addRow(self.tr("&Before a call:"), self.lead)
        # One row a client, one column a kind: the start of their core time is off unless ticked.
        table = QWidget(self)
        grid = QGridLayout(table)
        short = {
            "core_start": self.tr("Core time starts"),
            "checkin": self.tr("Check-in"),
            "meeting": self.tr("Calls"),
            "clock_change": self.tr("Clock changes"),
        }
        for column, kind in enumerate(KINDS, start=1):
            grid.addWidget(QLabel(short[kind], table), 0, column)
        self.per_client: dict[str, dict[str, QCheckBox]] = {}
        for row, (key, name) in enumerate(self._clients, start=1):
            grid.addWidget(QLabel(name, table), row, 0)
            boxes: dict[str, QCheckBox] = {}
            for column, kind in enumerate(KINDS, start=1):
                box = QCheckBox(table)
                box.setAccessibleName(f"{name}: {short[kind]}")
                box.setChecked(kind in current.clients.get(key, frozenset()))
                grid.addWidget(box, row, column)
                boxes[kind] = box
            self.per_client[key] = boxes
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(table)
        per_client = QGroupBox(self.tr("For each client"), self)
        QVBoxLayout(per_client).addWidget(scroll)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.paused)
        layout.addWidget(everyone)
        layout.addWidget(per_client, 1)
        layout.addWidget(buttons)
        self.accepted.connect(self.save)

    def save(self) -> None:
        """Keep the switches as chosen."""
        s = self._settings
        s.setValue("notify/paused", "true" if self.paused.isChecked() else "false")
        s.setValue("notify/lead", self.lead.value())
        s.setValue("notify/kinds", _kept([kind for kind, box in self.kinds.items() if box.isChecked()]))
        for key, boxes in self.per_client.items():
            s.setValue(
                f"notify/client/{key}", _kept([kind for kind, box in boxes.items() if box.isChecked()])
            )
        s.sync()


def _kept(kinds: list[str]) -> list[str]:
    """``kinds`` as an ini file keeps them: an empty list is written as "invalid" and read back as no
    value at all (the defaults), so "none of them" is written as a word that is no kind."""
    return kinds or ["none"]
