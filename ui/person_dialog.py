"""Adding or editing one person: name, time zone, hours, proposal language, public holidays, days off,
time away and notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.profiles import Profile
from ui.app_messages import error_text, message_text
from ui.hours_editor import HoursEditor
from ui.zone_picker import ZonePicker

DEFAULT_LANGUAGES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "ja_JP")
"""Locales offered in the list; any other that has a proposal template can be typed."""


def _fit_placeholder(edit: QLineEdit) -> None:
    """Wide enough to read the placeholder whole, in any language and at any scale."""
    margins = edit.textMargins()
    edit.setMinimumWidth(
        edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins.left() + margins.right() + 24
    )


def _field_with_error(widget: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class PersonDialog(QDialog):
    """Edits a copy of one profile; OK stays disabled while anything typed is invalid.

    Each problem is shown under the field it belongs to, in the words of the parser that found it.
    """

    def __init__(
        self,
        profile: Profile,
        clock: Callable[[], datetime],
        *,
        languages: Sequence[str] = DEFAULT_LANGUAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            # A dialog is a window, and windows do not inherit their parent's locale: the day names of
            # the hours editor would be the system's, not the interface's.
            self.setLocale(parent.locale())
        self._original = profile
        self.setWindowTitle(
            self.tr("You")
            if profile.is_me
            else (self.tr("Edit client") if profile.name else self.tr("New client"))
        )
        self.setAccessibleName(self.windowTitle())
        self.name = QLineEdit(profile.name, self)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. Acme Corp or Anna"))
        self.zone = ZonePicker(clock, allow_unknown=not profile.is_me, parent=self)
        # A saved client without a zone is one whose zone is unknown; a new client has none typed yet.
        self.zone.set_zone(profile.zone, unknown=profile.zone is None and bool(profile.name))
        self.hours = HoursEditor(profile.hours, self)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Proposal language"))
        self.language.setEditable(True)
        for code in dict.fromkeys([*languages, profile.language]):
            self.language.addItem(f"{QLocale(code).nativeLanguageName()} ({code})", code)
        self.language.setCurrentIndex(self.language.findData(profile.language))
        # A new client's proposal language follows the zone's country until one is chosen here.
        self._language_follows_zone = not profile.name and not profile.is_me
        self.language.activated.connect(self._language_chosen)
        line = self.language.lineEdit()
        if line is not None:
            line.textEdited.connect(self._language_chosen)
        self.holidays = QLineEdit(profile.holidays or "", self)
        self.holidays.setAccessibleName(self.tr("Public holidays"))
        self.holidays.setPlaceholderText(self.tr("country, e.g. US or JP, or with a region: DE-BY"))
        self.days_off = QLineEdit(profile.days_off, self)
        self.days_off.setAccessibleName(self.tr("Days off"))
        self.days_off.setPlaceholderText(self.tr("dates off, e.g. 2026-12-24, 2026-12-28..2027-01-01"))
        self.away = QLineEdit(profile.away, self)
        self.away.setAccessibleName(self.tr("Away"))
        self.away.setPlaceholderText(self.tr("e.g. 2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00"))
        self.away.setToolTip(
            self.tr(
                "Dates spent on another clock or with other hours: the dates, then a time zone and/or "
                "hours, or off for none; separate stretches with ';'."
            )
        )
        self.notes = QPlainTextEdit(profile.notes, self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.errors = {
            key: QLabel(self) for key in ("name", "zone", "language", "holidays", "days_off", "away")
        }
        problem_names = {
            "name": self.tr("Problem with the name"),
            "zone": self.tr("Problem with the time zone"),
            "language": self.tr("Problem with the language"),
            "holidays": self.tr("Problem with the public holidays"),
            "days_off": self.tr("Problem with the days off"),
            "away": self.tr("Problem with the time away"),
        }
        for key, label in self.errors.items():
            label.setWordWrap(True)
            label.setAccessibleName(problem_names[key])
            # A line kept for it under its field, empty while all is well: the fields do not jump.
            label.setMinimumHeight(label.fontMetrics().lineSpacing())
        for edit in (self.name, self.holidays, self.days_off, self.away):
            _fit_placeholder(edit)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), _field_with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("&Time zone:"), _field_with_error(self.zone, self.errors["zone"]))
        form.addRow(self.tr("&Hours:"), self.hours)
        form.addRow(self.tr("Proposal &language:"), _field_with_error(self.language, self.errors["language"]))
        form.addRow(self.tr("Public &holidays:"), _field_with_error(self.holidays, self.errors["holidays"]))
        form.addRow(self.tr("&Days off:"), _field_with_error(self.days_off, self.errors["days_off"]))
        form.addRow(self.tr("&Away:"), _field_with_error(self.away, self.errors["away"]))
        form.addRow(self.tr("N&otes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._validate)
        self.zone.zoneChanged.connect(self._zone_changed)
        self.hours.hoursChanged.connect(self._validate)
        self.language.currentTextChanged.connect(self._validate)
        self.holidays.textChanged.connect(self._validate)
        self.days_off.textChanged.connect(self._validate)
        self.away.textChanged.connect(self._validate)
        self._validate()
        # A new person: typing goes to the name first (the hours editor's buttons come earlier in the
        # widget tree). A name already there is left unselected, so no keystroke replaces it.
        if not self.name.text():
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _language_chosen(self, *_args: object) -> None:
        self._language_follows_zone = False

    def _zone_changed(self, key: str | None) -> None:
        if self._language_follows_zone and key is not None:
            self.suggest_language(key)
        self._validate()

    def suggest_language(self, key: str) -> None:
        """The proposal language of ``key``'s country, when Coretime writes it (Berlin: de_DE)."""
        from app.templates import supported_locales  # noqa: PLC0415
        from app.zonechoice import zone_language  # noqa: PLC0415 - Babel: with the dialog, not before

        code = zone_language(key, supported_locales())
        if code is None:
            return
        if self.language.findData(code) < 0:
            self.language.addItem(f"{QLocale(code).nativeLanguageName()} ({code})", code)
        self.language.setCurrentIndex(self.language.findData(code))

    def _language_code(self) -> str:
        index = self.language.currentIndex()
        text = self.language.currentText()
        if index >= 0 and self.language.itemText(index) == text:
            return str(self.language.itemData(index))
        return text.strip()

    def profile(self) -> Profile:
        """The profile as edited (valid once the dialog is accepted)."""
        holidays = self.holidays.text().strip().upper() or None
        return replace(
            self._original,
            name=self.name.text().strip(),
            zone=self.zone.zone(),
            hours=self.hours.text(),
            language=self._language_code(),
            holidays=holidays,
            notes=self.notes.toPlainText(),
            days_off=self.days_off.text().strip(),
            away=self.away.text().strip(),
            # Editing a sample makes it the user's own.
            is_sample=self._original.is_sample and self.name.text().strip() == self._original.name,
        )

    def accept(self) -> None:
        """Close with OK only when everything is valid — Enter in a field cannot bypass the check."""
        if self._validate():
            super().accept()

    def _validate(self) -> bool:
        from app.proposal import LocaleError, resolve_locale  # noqa: PLC0415 — Babel, once the dialog is open
        from app.publicholidays import HolidayError, parse_holiday_code  # noqa: PLC0415

        profile = self.profile()
        problems = {key: message_text(found) for key, found in profile.problem_messages().items()}
        # The shapes are checked by the profile; whether a text and a holiday calendar exist for
        # them, by the modules that will use them.
        if "language" not in problems:
            try:
                resolve_locale(profile.language)
            except LocaleError as error:
                problems["language"] = error_text(error)
        if "holidays" not in problems and profile.holidays is not None:
            try:
                parse_holiday_code(profile.holidays)
            except HolidayError as error:
                problems["holidays"] = error_text(error)
        if self.zone.problem():
            problems["zone"] = self.zone.problem()
        elif "zone" in problems and profile.zone is None:
            problems["zone"] = self.tr("Your own time zone is needed.")
        if "name" in problems and not profile.name.strip():
            problems["name"] = self.tr("Give a name, such as the client's company or first name.")
        # The domain's explanations are short clauses; the translation may put them in a sentence.
        if "language" in problems:
            problems["language"] = self.tr(
                "{detail}", "proposal language cannot be used; {detail} is the reason"
            ).format(detail=problems["language"])
        if "holidays" in problems:
            problems["holidays"] = self.tr(
                "{detail}", "public-holiday code cannot be used; {detail} is the reason"
            ).format(detail=problems["holidays"])
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        valid = not problems and not self.hours.problem()
        ok.setEnabled(valid)
        return valid
