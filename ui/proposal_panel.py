"""The proposal: its settings, a live preview of the exact text, Copy, and Export .ics."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.convert_box import ConvertBox
from ui.option_list import OptionList, OptionRow

DURATIONS = (15, 30, 45, 60, 90, 120)


@dataclass(frozen=True, slots=True)
class ProposalSettings:
    """What the user chose for the proposal; ``language`` is ``None`` to follow the client's."""

    duration: timedelta
    count: int
    language: str | None
    show_mine: bool


class ProposalPanel(QWidget):
    """Settings on the left; on the right the options it offers (:class:`OptionList`) and the text
    exactly as it will be pasted.

    Signals:
        settingsChanged(object): any setting changed; a :class:`ProposalSettings`.
        greetingEdited(str): the user typed the selected client's greeting name.
        copied(str): the previewed text was put on the clipboard.
        exportRequested(str): the user asked for a calendar file: ``"slot"`` (the chosen slot),
            ``"weekly"`` (a weekly series from it) or ``"holds"`` (tentative holds for every option).
    """

    settingsChanged = Signal(object)
    greetingEdited = Signal(str)
    copied = Signal(str)
    exportRequested = Signal(str)

    def __init__(
        self, clipboard: QClipboard, languages: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self.duration = QComboBox(self)
        self.duration.setAccessibleName(self.tr("Meeting length"))
        for minutes in DURATIONS:
            self.duration.addItem(self._length_text(minutes), minutes)
        self.duration.setCurrentIndex(DURATIONS.index(30))
        self.count = QSpinBox(self)
        self.count.setRange(1, 5)
        self.count.setValue(3)
        self.count.setAccessibleName(self.tr("Number of options"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Proposal language"))
        self.set_languages(languages)
        self.greeting = QLineEdit(self)
        self.greeting.setPlaceholderText(self.tr("no name: a plain greeting"))
        self.greeting.setAccessibleName(self.tr("Greeting name"))
        self.greeting.setToolTip(self.tr("The name this client is greeted by; kept with the client"))
        self.options = OptionList(self)
        self.convert = ConvertBox(clipboard, self)
        self.show_mine = QCheckBox(self.tr("Show my time too"), self)
        self.show_mine.setAccessibleName(self.tr("Show my time too"))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        # Read-only still takes an input method's commit (a Japanese IME's text): none reaches it, and
        # Copy takes the text as written, whatever the widget shows.
        self.preview.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self._text = ""
        self.preview.textChanged.connect(self._keep_text)
        self.preview.setAccessibleName(self.tr("Proposal preview"))
        self.preview.setPlaceholderText(self.tr("Select a client to write a proposal."))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About the proposal"))
        self.copy_button = QPushButton(self.tr("&Copy proposal"), self)
        self.copy_button.setAccessibleName(self.tr("Copy proposal"))
        self.copy_button.setToolTip(self.tr("Copy the text exactly as shown (Ctrl+Shift+C)"))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export .ics"))
        self.export_button.setAccessibleName(self.tr("Export calendar file"))
        self.export_button.setToolTip(self.tr("Save the chosen slot as a calendar file (Ctrl+E)"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("The chosen slot…"), lambda: self.exportRequested.emit("slot"))
        menu.addAction(self.tr("A weekly series from it…"), lambda: self.exportRequested.emit("weekly"))
        menu.addAction(
            self.tr("Tentative holds for every option…"), lambda: self.exportRequested.emit("holds")
        )
        self.export_menu = menu
        self.export_button.setMenu(menu)
        self.export_button.clicked.connect(lambda: self.exportRequested.emit("slot"))

        form = QFormLayout()
        form.addRow(self.tr("&Length:"), self.duration)
        form.addRow(self.tr("&Options:"), self.count)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(self.tr("Gree&t:"), self.greeting)
        form.addRow("", self.show_mine)
        settings = QVBoxLayout()
        settings.addLayout(form)
        settings.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.copy_button)
        text = QVBoxLayout()
        text.addWidget(self.options)
        text.addWidget(self.preview, 1)
        text.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addLayout(settings)
        columns.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.convert)
        layout.addLayout(columns, 1)
        for first, second in (
            (self.duration, self.count),
            (self.count, self.language),
            (self.language, self.greeting),
            (self.greeting, self.show_mine),
            (self.show_mine, self.preview),
            (self.preview, self.copy_button),
            (self.copy_button, self.export_button),
        ):
            self.setTabOrder(first, second)

        self.duration.currentIndexChanged.connect(self._changed)
        self.count.valueChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.greeting.textEdited.connect(self.greetingEdited)
        self.show_mine.toggled.connect(self._changed)
        self.copy_button.clicked.connect(self.copy)
        self.show_text("", can_export=False)

    def set_languages(self, languages: Sequence[str]) -> None:
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("The client's language"), None)
        for code in languages:
            self.language.addItem(f"{QLocale(code).nativeLanguageName()} ({code})", code)
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)

    def _length_text(self, minutes: int) -> str:
        if minutes < 60 or (minutes % 60 and minutes <= 120):
            return self.tr("%n min", "meeting length", minutes)
        if minutes % 60:
            return self.tr("{hours} h {minutes} min", "meeting length").format(
                hours=minutes // 60, minutes=minutes % 60
            )
        return self.tr("%n h", "meeting length", minutes // 60)

    def settings(self) -> ProposalSettings:
        return ProposalSettings(
            duration=timedelta(minutes=int(self.duration.currentData())),
            count=self.count.value(),
            language=self.language.currentData(),
            show_mine=self.show_mine.isChecked(),
        )

    def set_duration(self, duration: timedelta) -> None:
        """Show ``duration`` as the meeting's length (a length dragged on the timeline that the list does
        not offer is added to it), announcing the change."""
        minutes = int(duration.total_seconds() // 60)
        index = self.duration.findData(minutes)
        if index < 0:
            index = next((i for i in range(self.duration.count()) if self.duration.itemData(i) > minutes),
                         self.duration.count())  # fmt: skip
            self.duration.insertItem(index, self._length_text(minutes), minutes)
        self.duration.setCurrentIndex(index)

    def set_greeting(self, name: str, *, editable: bool) -> None:
        """Show the greeting name of the selected client (``editable``), or of a team (read only: each
        client's own is changed with that client selected alone)."""
        if self.greeting.text().strip() != name.strip():  # not while a space is being typed
            self.greeting.setText(name)
        self.greeting.setReadOnly(not editable)
        self.greeting.setToolTip(
            self.tr("The name this client is greeted by; kept with the client")
            if editable
            else self.tr("Each client is greeted by their own greeting name; select one client to change it")
        )

    def show_text(
        self, text: str, *, note: str = "", can_export: bool = True, rows: Sequence[OptionRow] = ()
    ) -> None:
        """Preview ``text``: exactly what Copy will put on the clipboard; ``rows`` are its options."""
        self.options.set_rows(rows)
        self._text = text
        self.preview.setPlainText(text)
        self.note.setText(note)
        self.copy_button.setEnabled(bool(text))
        self.export_button.setEnabled(can_export)

    def _keep_text(self) -> None:
        """Undo anything that got into the preview other than the proposal itself."""
        if self.preview.toPlainText() != self._text:
            self.preview.setPlainText(self._text)

    def text(self) -> str:
        """The proposal exactly as written for the client: what the preview shows and Copy copies."""
        return self._text

    def copy(self) -> None:
        text = self.text()
        if text:
            self._clipboard.setText(text)
            self.copied.emit(text)

    def _changed(self) -> None:
        self.settingsChanged.emit(self.settings())
