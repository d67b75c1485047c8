"""The language of the user interface: Norwegian Bokmål (the source strings), Nynorsk or English.

The choice is, in order: the environment variable INDIVIDUELL_PLAN_LANGUAGE (for IT and the
tests), the user's own choice in the settings dialog (QSettings, per Windows user), the system's
user-interface languages, and Bokmål. It takes effect when the program starts.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from desktop import resources

LANGUAGES = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"
ENV_LANGUAGE = "INDIVIDUELL_PLAN_LANGUAGE"
SETTINGS_KEY = "ui/language"
APP_CATALOGUE = "individuell-plan"

# Each language named in itself, so anyone can find their own whatever is shown now.
LANGUAGE_NAMES = {"nb": "Norsk (bokmål)", "nn": "Norsk (nynorsk)", "en": "English"}

_LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.Norway),  # Norwegian dates and numbers
}
_ALIASES = {"nb": "nb", "no": "nb", "nob": "nb", "nn": "nn", "nno": "nn", "en": "en"}

_installed: list[QTranslator] = []


def from_ui_languages(names: list[str]) -> str | None:
    """The first of the system's languages (e.g. ["nb-NO", "en-US"]) the program speaks."""
    for name in names:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in _ALIASES:
            return _ALIASES[code]
    return None


def _normalise(value: object) -> str | None:
    text = str(value or "").strip().lower()
    return text if text in LANGUAGES else None


def chosen_language() -> str | None:
    """The language this user chose in the settings, or None to follow the system."""
    return _normalise(QSettings().value(SETTINGS_KEY, ""))


def set_chosen_language(language: str | None) -> None:
    settings = QSettings()
    if _normalise(language) is None:
        settings.remove(SETTINGS_KEY)
    else:
        settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def system_language() -> str | None:
    return from_ui_languages(QLocale.system().uiLanguages())


def current_language() -> str:
    return (_normalise(os.environ.get(ENV_LANGUAGE)) or chosen_language()
            or system_language() or DEFAULT_LANGUAGE)


def locale_for(language: str) -> QLocale:
    return QLocale(*_LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE]))


def install(language: str) -> str:
    """Translate the running application into ``language`` (replacing an earlier choice):
    the program's own catalogue and Qt's texts for buttons and standard dialogs. Qt ships no
    Bokmål catalogue, so the program brings its own qtbase_nb. Returns the language used."""
    language = _normalise(language) or DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(language))

    catalogues = [f"translations/{APP_CATALOGUE}_{language}.qm"]
    if language == "nb":
        catalogues.append("translations/qtbase_nb.qm")
    for relative in catalogues:
        translator = QTranslator(app)
        try:
            path = str(resources.resource_path(relative))
        except resources.ResourceMissing:
            # the source strings are Bokmål, so the program stays usable; say why it is not
            # translated (a source tree needs `make translations` or scripts/setup.sh)
            if language != "nb" or relative.endswith("qtbase_nb.qm"):
                print(f"Individuell plan: {relative} is missing", file=sys.stderr)
            continue
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    if language != "nb":  # Qt's own catalogue for Nynorsk and English
        translator = QTranslator(app)
        if translator.load(locale_for(language), "qtbase", "_",
                           QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
