"""A time zone chosen by typing what one knows: a place (a city, country or US state, in English or
Japanese), an abbreviation or an IANA key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.display import shown
from app.places import search_places
from app.zones import ZoneError, load_zone
from app.zonesearch import ZoneEntry, fold


class ZonePicker(QWidget):
    """A search field with suggestions, and (for clients) "I don't know their time zone yet".

    Signals:
        zoneChanged(object): the chosen IANA name, or ``None`` for unknown; ``problem()`` says
            why no zone is chosen when the text matches none.
    """

    zoneChanged = Signal(object)

    def __init__(
        self, clock: Callable[[], datetime], *, allow_unknown: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone: str | None = None
        self._problem = ""
        self._shown: dict[str, str] = {}
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("Type a city, e.g. New York, Berlin, 東京, or EST, or Asia/Tokyo")
        )
        self.edit.setAccessibleName(self.tr("Time zone"))
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        # Our own ranking decides what matches; the completer only shows it.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self.completer)
        self.unknown = QCheckBox(self.tr("I don't know their time zone yet"), self)
        self.unknown.setAccessibleName(self.tr("Time zone unknown"))
        self.unknown.setVisible(allow_unknown)
        self.resolved = QLabel(self)
        self.resolved.setAccessibleName(self.tr("Chosen time zone"))
        # The line is there even when empty: the fields under it do not move as it comes and goes.
        self.resolved.setMinimumHeight(self.resolved.fontMetrics().lineSpacing())
        # The placeholder is read whole.
        margins = self.edit.textMargins()
        self.edit.setMinimumWidth(
            self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText())
            + margins.left()
            + margins.right()
            + 24
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.resolved)
        layout.addWidget(self.unknown)
        self.edit.textEdited.connect(self._search)
        # The text overload (the stubs know only the default one): the label the user picked.
        self.completer.activated[str].connect(self._picked)  # type: ignore[index]
        self.unknown.toggled.connect(self._unknown_toggled)

    def zone(self) -> str | None:
        return None if self.unknown.isChecked() else self._zone

    def problem(self) -> str:
        return "" if self.unknown.isChecked() else self._problem

    def set_zone(self, key: str | None, *, unknown: bool = False) -> None:
        """Show ``key``; with ``unknown`` (and no key), tick "I don't know their time zone yet"."""
        self.unknown.setChecked(unknown and key is None)
        self.edit.setText(key or "")
        self._resolve(key or "")

    def search(self, text: str) -> list[ZoneEntry]:
        return search_places(text, now=self._clock(), limit=12)

    def _search(self, text: str) -> None:
        found = self.search(text)
        self._shown = {entry.label: entry.key for entry in found}
        self.model.setStringList(list(self._shown))
        self._resolve(text, found)

    def _picked(self, label: str) -> None:
        key = self._shown.get(label)
        if key is not None:
            # After the completer has written its label into the field: the field keeps the plain id.
            QTimer.singleShot(0, self, lambda: self._take(key))

    def _take(self, key: str) -> None:
        self.edit.setText(key)
        self._resolve(key)

    def _resolve(self, text: str, found: list[ZoneEntry] | None = None) -> None:
        key: str | None = None
        try:
            key = load_zone(text).key
        except ZoneError:
            found = self.search(text) if found is None else found
            # A word that names a zone outright ("Berlin", "東京", "EST", "Milwaukee") is enough; where it
            # names several, the search's order (most-used zones, then most people first) picks, and the
            # label shows which.
            exact = [e for e in found if fold(text) in e.terms]
            if exact:
                key = exact[0].key
        if key is None:
            self._problem = (
                self.tr(
                    "No time zone matches '{text}'; type a city such as New York or 東京, "
                    "or pick one from the list."
                ).format(text=shown(text.strip()))
                if text.strip()
                else self.tr("Type a city, an abbreviation or an IANA name.")
            )
            self.resolved.setText("")
        else:
            self._problem = ""
            self.resolved.setText(f"→ {self.summary(key)}")
        self._zone = key
        self.zoneChanged.emit(self.zone())

    def summary(self, key: str) -> str:
        """``New York (America/New_York, UTC−5/−4)``, the place in the interface's language."""
        from app.zonechoice import zone_summary  # noqa: PLC0415 - Babel: with the dialog, not before
        from ui.wall_text import city_text  # noqa: PLC0415

        return zone_summary(key, city_text(key, self.locale()), self._clock())

    def _unknown_toggled(self, unknown: bool) -> None:
        self.edit.setEnabled(not unknown)
        self.zoneChanged.emit(self.zone())
