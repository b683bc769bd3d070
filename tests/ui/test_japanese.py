"""The app in Japanese: labels on the main window, its menus and dialogs, dates and clocks on the
Japanese locale — and the choice of language, from the system or the Language menu."""

from __future__ import annotations

import json
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
from tests.ui.test_person_dialog_bad_input import BAD, commit, field_widget, message_label
from ui.i18n import (
    SETTING,
    TRANSLATIONS,
    install_translators,
    interface_locale,
    language_choice,
    remove_translators,
)
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog
from ui.timeline_layout import Kind

JAPAN = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
Factory = Callable[..., MainWindow]
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
NOT_TRANSLATED_ON_PURPOSE = {
    # Place names from zone keys, the product's name, the file type and key names.
    "York", "New", "Coretime", "ics", "Ctrl", "Shift", "Alt", "Home", "PgUp",
    "PgDown", "Left", "Right", "Enter", "English", "Tokyo",
    # Examples of what to type: city names and codes as the user would type them.
    "Berlin", "EST", "Asia", "IANA", "Acme", "Corp", "Anna", "mon", "fri", "sat",
    # The hours grammar's own words, the same in every interface language (ui/hours_editor.py), and the
    # standard holiday codes are named after.
    "tue", "wed", "thu", "sun", "daily", "ISO",
    # The same for days off and time away: the word for a stretch without hours, the date notation, and
    # the zone ids of the examples and of the close matches offered for a misspelt one.
    "off", "YYYY", "Europe", "Lisbon", "Paris", "Minsk", "America",
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
    assert {"共通", "東京", "ニューヨーク"} <= set(texts), "each row's clock named in Japanese"
    client_days = [label.text for label in layout.labels if label.kind is Kind.CLIENT_DAY]
    assert "3月9日(月)" in client_days, "New York's Monday, where it starts in its own row, in Japanese"


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


def open_new_client(window: MainWindow, qtbot: QtBot) -> PersonDialog:
    window.new_client.trigger()
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    assert window.dialog is not None
    return window.dialog


def test_bad_input_in_the_dialog_is_told_in_japanese(
    make_window: Factory, japanese: QLocale, qtbot: QtBot
) -> None:
    dialog = open_new_client(make_window(locale=japanese), qtbot)
    commit(dialog.name, "Acme")
    commit(dialog.zone.edit, "ムー大陸")
    commit(dialog.hours.line, "月 09:00-17:00")
    commit(dialog.language.lineEdit(), "xx_YY")
    commit(dialog.holidays, "XX")
    assert dialog.hours.error.text() == (
        "稼働時間を読み取れません（「月 09:00-17:00」：「月」は曜日ではありません。"
        "mon, tue, wed, thu, fri, sat, sun または daily を使ってください）"
    )
    assert "「ムー大陸」" in dialog.errors["zone"].text()
    assert "ロケール" in dialog.errors["language"].text()
    assert "国コード「XX」の祝日は登録されていません" in dialog.errors["holidays"].text()
    shown = [dialog.hours.error, *(dialog.errors[key] for key in ("zone", "language", "holidays"))]
    assert all(label.isVisible() for label in shown)
    assert english_left(shown_texts(dialog)) == []
    dialog.reject()


def test_every_kind_of_bad_input_is_told_in_japanese(
    make_window: Factory, japanese: QLocale, qtbot: QtBot
) -> None:
    """The bad-input catalogue of the English dialog, typed into a Japanese one: no English is left in a
    message beyond what was typed (quoted back) and the names and notation that stay as they are."""
    dialog = open_new_client(make_window(locale=japanese), qtbot)
    commit(dialog.name, "Acme")
    half_translated = []
    for field, text, _says in BAD:
        commit(field_widget(dialog, field), text)
        label = message_label(dialog, field)
        assert label.isVisible(), (field, text[:20])
        # What was typed is quoted back, often cut short or upper-cased: its words are not the
        # interface's; nor are the subdivision codes the holidays package lists (Germany's include the
        # city of Augsburg).
        words = set(ENGLISH_WORD.findall(label.text())) - NOT_TRANSLATED_ON_PURPOSE - {"Augsburg"}
        left = {word for word in words if word.casefold() not in text.casefold()}
        if left:
            half_translated.append(f"{field} {text[:20]!r}: {label.text()}")
        commit(field_widget(dialog, field), {"name": "Acme", "zone": "Asia/Tokyo"}.get(field, ""))
    dialog.reject()
    assert half_translated == [], "\n".join(half_translated)


EMPTY = b""
ONE_BAD_FIELD = json.dumps(
    {
        "schema": 2,
        "me": {"id": "me", "name": "あいこ", "zone": "Asia/Tokyo", "hours": "mon-fri 19:00-24:00"},
        "clients": [{"id": "a", "name": "Acme", "zone": "Europe/Berlin", "hours": 9}],
    }
).encode()


NO_NAME = ONE_BAD_FIELD.replace(b'"name": "Acme", ', b"").replace(
    b'"hours": 9', b'"hours": "mon 09:00-17:00"'
)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (EMPTY, "人物データのファイルは空です。"),
        (ONE_BAD_FIELD, "「Acme」：稼働時間がテキストではなく数値でした — 「mon-fri 09:00-17:00」にしました"),
        (NO_NAME, "「クライアント 1」：名前がありませんでした — ひとまず「クライアント 1」と呼びます"),
    ],
    ids=["empty", "one bad field", "a client without a name"],
)
def test_a_damaged_store_is_told_in_japanese(
    make_window: Factory, japanese: QLocale, tmp_path: Path, content: bytes, says: str
) -> None:
    (tmp_path / "profiles.json").write_bytes(content)
    window = make_window(locale=japanese)
    text = window.notices.label.text()
    assert window.notices.isVisible()
    assert says in text
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("profiles.") and "-2026" in p.name]
    assert len(kept) == 1
    assert f" {kept[0]} " in text, "the path stands apart, so it can be selected and copied"
    # The kept file's path is the system's; everything around it is Japanese.
    assert english_left([re.sub(r"\S*/\S*", "", text)]) == []


def test_first_launch_names_its_people_in_japanese(make_window: Factory, japanese: QLocale) -> None:
    window = make_window(locale=japanese)
    me, sample = window.profiles()
    assert (me.name, sample.name) == ("わたし", "サンプルのクライアント")
    assert sample.notes == "Coretime の使い方を示すサンプルです。編集するか削除してください。"
    assert window.people.list.item(1).text().startswith("サンプルのクライアント")


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
