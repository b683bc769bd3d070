"""The app in Japanese: labels on the main window, its menus and dialogs, dates and clocks on the
Japanese locale — and the choice of language, from the system or the Language menu."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.timeline import ViewMode
from ui.i18n import (
    SETTING,
    TRANSLATIONS,
    install_translators,
    interface_locale,
    language_choice,
    remove_translators,
)
from ui.main_window import MainWindow
from ui.timeline_layout import Kind

JAPAN = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
Factory = Callable[..., MainWindow]
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
NOT_TRANSLATED_ON_PURPOSE = {
    # Names the user typed or the sample data holds, place names from zone keys, the product's name,
    # the file type and key names.
    "Sample", "client", "York", "New", "Coretime", "ics", "Ctrl", "Shift", "Alt", "Home", "PgUp",
    "PgDown", "Left", "Right", "Enter", "English", "Tokyo",
    # Examples of what to type: city names and codes as the user would type them.
    "Berlin", "EST", "Asia", "IANA", "Acme", "Corp", "Anna", "mon", "fri", "sat",
}  # fmt: skip


@pytest.fixture
def japanese(qtbot: QtBot) -> Iterator[QLocale]:
    """Coretime's and Qt's Japanese catalogues installed for one test, as ``coretime`` does at start-up."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not (TRANSLATIONS / "coretime_ja.qm").exists():
        pytest.fail("ui/translations/coretime_ja.qm is missing: `make translations` builds it")
    translators = install_translators(app, JAPAN)
    yield JAPAN
    remove_translators(app, translators)


def shown_texts(widget: QWidget) -> list[str]:
    """What a user can read on ``widget`` and its children: labels, buttons, fields, actions, menus."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.toolTip(), child.accessibleName(), child.accessibleDescription()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox):
            # Languages are listed by their own names, "Deutsch (de)", so each reader finds theirs.
            items = [(child.itemText(i), child.itemData(i)) for i in range(child.count())]
            texts += [text for text, code in items if not (code and text.endswith(f"({code})"))]
    for action in widget.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    return [t for t in texts if t]


def english_left(texts: list[str]) -> list[str]:
    return [t for t in texts if set(ENGLISH_WORD.findall(t)) - NOT_TRANSLATED_ON_PURPOSE]


def test_main_window_speaks_japanese(make_window: Factory, japanese: QLocale) -> None:
    window = make_window(locale=japanese)
    assert window.new_client.text() == "新しいクライアント…"
    assert window.today_action.text() == "今日"
    assert window.people.add_button.text() == "新規(&N)…"
    assert window.proposal.copy_button.text() == "提案文をコピー(&C)"
    assert [a.text() for a in window.proposal.export_menu.actions()] == [
        "選んだ時間枠…",
        "その時間枠から毎週の予定…",
        "すべての候補を仮押さえ…",
    ]
    assert window.language_button.text() == "言語"
    assert window.range_label.text().endswith("の週")
    assert "（自分）" in window.people.list.item(0).text()
    assert window.proposal.duration.currentText() == "30分"
    assert english_left(shown_texts(window)) == []


def test_timeline_writes_japanese_dates_on_a_24_hour_clock(make_window: Factory, japanese: QLocale) -> None:
    window = make_window(locale=japanese)
    window.set_mode(ViewMode.DAY)  # hourly labels: a 12-hour clock would show here
    layout = window.timeline.layout_result()
    assert layout is not None
    texts = [label.text for label in layout.labels]
    assert "3月9日(月)" in texts, "the freelancer's Monday, written the Japanese way"
    assert "18:00" in texts, "a 24-hour clock"
    assert not any(t.endswith(("AM", "PM")) for t in texts)
    assert {"共通", "自分"} <= set(texts)
    client_days = [label.text for label in layout.labels if label.kind is Kind.CLIENT_DAY]
    assert client_days == ["月"], "New York's Monday starts in Tokyo's Monday afternoon, named in Japanese"


def test_dialogs_speak_japanese(make_window: Factory, japanese: QLocale, qtbot: QtBot) -> None:
    window = make_window(locale=japanese)
    window.new_client.trigger()
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    dialog = window.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "新しいクライアント"
    assert dialog.errors["name"].text() == "名前を入力してください（クライアントの会社名や名前など）。"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル", (
        "Qt's own buttons come from Qt's Japanese catalogue"
    )
    assert english_left(shown_texts(dialog)) == []
    dialog.reject()
    window.remove_person(window.profiles()[1].id)
    assert window.confirm is not None
    assert window.confirm.windowTitle() == "クライアントの削除"
    assert window.confirm.button(QMessageBox.StandardButton.Yes).text() == "はい(&Y)"
    window.confirm.reject()


def test_choosing_a_language_keeps_it_for_the_next_start(make_window: Factory, tmp_path: Path) -> None:
    window = make_window()
    assert window.language_actions["system"].isChecked()
    window.language_actions["ja"].trigger()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert language_choice(settings) == "ja"
    assert "start Coretime again" in window.notices.label.text()
    assert window.notices.isVisibleTo(window)
    assert interface_locale(language_choice(settings), QLocale("en_US")).language() == JAPAN.language()


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "ja_JP", "ja_JP"),
        ("system", "en_GB", "en_GB"),
        ("system", "de_DE", "en_DE"),  # not shipped: English words, German clock and dates
        ("ja", "en_US", "ja_JP"),
        ("en", "ja_JP", "en_JP"),
    ],
)
def test_interface_locale(choice: str, system: str, expected: str) -> None:
    assert interface_locale(choice, QLocale(system)).name() == expected


def test_english_in_germany_keeps_a_24_hour_clock() -> None:
    locale = interface_locale("system", QLocale("de_DE"))
    assert "AP" not in locale.timeFormat(QLocale.FormatType.ShortFormat).upper()


def test_an_unknown_setting_follows_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING, "klingon")
    assert language_choice(settings) == "system"


def test_without_catalogues_the_interface_is_english(
    make_window: Factory, tmp_path: Path, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, JAPAN, folder=tmp_path / "nowhere")
    try:
        assert len(translators) == 1, "only Qt's own catalogue"
        window = make_window(locale=JAPAN)
        assert window.new_client.text() == "New client…"
    finally:
        remove_translators(app, translators)
