"""The window's language: English (the source texts) or Korean, from Qt's translations.

The ``.qm`` files are package data. Installing a translator makes Qt send every
widget a ``LanguageChange`` event; the window then re-renders its texts (see
``retranslate``), so switching needs no restart.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6 import QtCore

LANGUAGES = ("en", "ko")
# Each language's name in itself: what the View > Language menu shows.
NATIVE_NAMES = {"en": "English", "ko": "한국어"}
SETTINGS_KEY = "language"
I18N_DIR = Path(str(resources.files("gd_desktop").joinpath("resources", "i18n")))


def ts_file(language: str) -> Path:
    return I18N_DIR / f"gd_desktop_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N_DIR / f"gd_desktop_{language}.qm"


def system_language() -> str:
    """Korean on a Korean system, English everywhere else."""
    korean = QtCore.QLocale.Language.Korean
    return "ko" if QtCore.QLocale.system().language() == korean else "en"


def saved_language() -> str | None:
    """The language chosen last time in View > Language (None: never chosen, or unusable)."""
    value = QtCore.QSettings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(language: str) -> None:
    QtCore.QSettings().setValue(SETTINGS_KEY, language)


class _Translators:
    """The translators installed now: the app's own and Qt's (standard buttons)."""

    language = "en"
    installed: list[QtCore.QTranslator] = []


def current_language() -> str:
    return _Translators.language


def set_language(language: str) -> bool:
    """Install ``language``'s translations in the running application (English: none).

    Returns False, and keeps the current language, when the language is unknown or
    its translation file cannot be loaded.
    """
    app = QtCore.QCoreApplication.instance()
    if language not in LANGUAGES or app is None:
        return False
    loaded: list[QtCore.QTranslator] = []
    if language != "en":
        own = QtCore.QTranslator(app)
        if not own.load(str(qm_file(language))):
            return False
        loaded.append(own)
        qt = QtCore.QTranslator(app)
        qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            loaded.append(qt)
    # Qt posts one LanguageChange to each window for these (compressed): by the time
    # the window handles it, the language below and the translators are both set.
    _Translators.language = language
    for old in _Translators.installed:
        app.removeTranslator(old)
    _Translators.installed = loaded
    for translator in loaded:
        app.installTranslator(translator)
    return True


def start_language(requested: str | None = None) -> str:
    """The language a launch starts in: ``--lang``, else the one chosen last time,
    else the system's."""
    return requested or saved_language() or system_language()
