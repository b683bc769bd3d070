"""The interface language: which one the user chose (or the system's), its locale, and its translators.

Coretime ships English (the source text) and Japanese. The compiled catalogues (``coretime_ja.qm``) are
built from ``resources/translations/*.ts`` into ``ui/translations/`` by every build of the package
(``setup.py``) and by ``make translations``: package data. Qt's own catalogue for its standard dialogs
(``qtbase_ja.qm``) comes with PySide6. A missing catalogue is not an error: the interface then shows its
English source text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

SHIPPED = {"en": "English", "ja": "日本語"}
"""The interface languages, each named in itself so a reader finds their own in any interface; English
first: the source text, and the fallback for any other language."""
SYSTEM = "system"
SETTING = "ui/language"
"""The QSettings key: ``system`` (the default), or one of :data:`SHIPPED`."""
TRANSLATIONS = Path(__file__).with_name("translations")
"""Where the build puts ``coretime_<language>.qm``; inside the package, so an installed wheel has them."""


def language_choice(settings: QSettings) -> str:
    """What the user chose in the Language menu: ``system`` or a shipped language."""
    choice = str(settings.value(SETTING, SYSTEM))
    return choice if choice in SHIPPED else SYSTEM


def interface_locale(choice: str, system: QLocale) -> QLocale:
    """The locale the interface speaks and writes dates and clocks in.

    ``system`` takes the system's locale when its language is shipped. Otherwise the interface is in
    English, kept on the system's country where Qt knows that pairing — so a freelancer in Germany
    reads English with a 24-hour clock, and one in the United States, a 12-hour one.
    """
    language = system.name().split("_")[0] if choice == SYSTEM else choice
    if language not in SHIPPED:
        language = next(iter(SHIPPED))
    if language == system.name().split("_")[0]:
        return system
    wanted = QLocale(QLocale.codeToLanguage(language), system.territory())
    if wanted.language() == QLocale.codeToLanguage(language) and wanted.territory() == system.territory():
        return wanted
    return QLocale(language)


def install_translators(
    app: QCoreApplication, locale: QLocale, folder: Path = TRANSLATIONS
) -> list[QTranslator]:
    """Load Coretime's catalogue (from ``folder``) and Qt's own for ``locale``'s language into ``app``.

    Returns the translators installed (none for English; one fewer for each catalogue missing), so a
    caller that switches languages — a test — can remove them with :func:`remove_translators`.
    """
    language = locale.name().split("_")[0]
    if language == next(iter(SHIPPED)) or language not in SHIPPED:
        return []
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((f"coretime_{language}", str(folder)), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: Sequence[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def language_name(locale: QLocale) -> str:
    """The name, in itself, of the interface language ``locale`` speaks (``English``, ``日本語``)."""
    return SHIPPED.get(locale.name().split("_")[0], next(iter(SHIPPED.values())))
