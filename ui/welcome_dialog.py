"""The first-run welcome: who and where the freelancer is, their working hours (from a preset or their
own), the interface language, and whether to keep the sample client; then on to the first real client.
Skippable, and re-opened from Help → Welcome."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.hours_editor import HoursEditor
from ui.i18n import SHIPPED, SYSTEM
from ui.zone_picker import ZonePicker


class Welcome(NamedTuple):
    """What the welcome asked: the freelancer's name, zone and hours, the interface language (``system``
    or one shipped), whether the sample client stays, and whether to go on to a first client."""

    name: str
    zone: str
    hours: str
    language: str
    keep_sample: bool
    add_client: bool


class WelcomeDialog(QDialog):
    """Asks once, at the first start; every answer has a sensible default, and Skip keeps them all."""

    def __init__(
        self,
        *,
        name: str,
        zone: str,
        hours: str,
        language: str,
        has_sample: bool,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Coretime"))
        self.presets = [
            (self.tr("Weekday evenings, after a day job (Mon–Fri 19:00–23:00)"), "mon-fri 19:00-23:00"),
            (self.tr("Nine to five (Mon–Fri 09:00–17:00)"), "mon-fri 09:00-17:00"),
            (self.tr("Split day (Mon–Fri 09:00–12:00 and 14:00–18:00)"), "mon-fri 09:00-12:00 14:00-18:00"),
            (
                self.tr("Mornings and evenings, and Saturday late morning"),
                "mon-fri 07:00-09:00 19:00-24:00; sat 10:00-13:00",
            ),
        ]
        intro = QLabel(
            self.tr(
                "Coretime lays your hours and your clients' over one timeline and writes proposals on "
                "their clock. Tell it who and where you are; you can change everything later."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(self.tr("Your name, as clients know you"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.zone = ZonePicker(clock, allow_unknown=False, parent=self)
        self.zone.set_zone(zone)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Your working hours"))
        for label, text in self.presets:
            self.preset.addItem(label, text)
        self.preset.addItem(self.tr("My own hours (below)"), None)
        self.hours = HoursEditor(hours, self)
        known = self.preset.findData(hours)
        self.preset.setCurrentIndex(known if known >= 0 else self.preset.count() - 1)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("As the system's"), SYSTEM)
        for code, label in SHIPPED.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.keep_sample = QCheckBox(
            self.tr("Keep the sample client (marked as a sample) to try things on"), self
        )
        self.keep_sample.setChecked(has_sample)
        self.keep_sample.setVisible(has_sample)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Time zone:"), self.zone)
        form.addRow(self.tr("&Hours:"), self.preset)
        form.addRow("", self.hours)
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("&Add my first client…"), self)
        self.start_button.setDefault(True)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.skip_button = QPushButton(self.tr("&Skip"), self)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self._add_client = True
        self.start_button.clicked.connect(lambda: self._finish(add_client=True))
        self.done_button.clicked.connect(lambda: self._finish(add_client=False))
        self.skip_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keep_sample)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.hours.hoursChanged.connect(self._check)
        self.zone.zoneChanged.connect(lambda _zone: self._check())
        self.name.textChanged.connect(lambda _text: self._check())
        self._check()

    def _preset_chosen(self, index: int) -> None:
        text = self.preset.itemData(index)
        if text is not None:
            self.hours.set_text(text)

    def _check(self, *_args: object) -> None:
        """Say what is missing, and keep the buttons that go on off until it is there."""
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("Your name goes into every calendar file: type the one clients know.")
        elif self.zone.zone() is None:
            problem = self.zone.problem() or self.tr("Choose your time zone.")
        elif self.hours.problem():
            problem = self.hours.problem()
        self.problem.setText(problem)
        for button in (self.start_button, self.done_button):
            button.setEnabled(not problem)

    def _finish(self, *, add_client: bool) -> None:
        self._add_client = add_client
        self.accept()

    def answer(self) -> Welcome:
        """What was chosen (after OK)."""
        return Welcome(
            self.name.text().strip(),
            self.zone.zone() or "UTC",
            self.hours.text(),
            str(self.language.currentData()),
            self.keep_sample.isChecked(),
            self._add_client,
        )
