"""The window's language: Russian, Kazakh or English, chosen once a run.

Order of choice: ``--lang`` (or ``create_main_window(language=...)``), then the environment
variable ``EXPAT_DESK_LANG``, then the language saved in Settings → Language, then the system
locale; anything else is English, the language the sources are written in.

Qt's translators for the window (``resources/translations/expat_desk_<lang>.qm``) and for
Qt's own dialogs (qtbase) are installed for it, and ``QLocale`` defaults to it, so dates and
numbers follow. Text that is data (the catalogue's titles, country names) is picked in the
same language through ``pick``.
"""

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from expat_desk.domain.resources import resource_path

LANGUAGES = ("ru", "kk", "en")
ENV = "EXPAT_DESK_LANG"
SETTING = "language"
# The name each language has in itself, for the menu that chooses it.
NATIVE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
_LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_GB"}

_current = "en"
_translators: list[QTranslator] = []


def normalize(code: str | None) -> str | None:
    """ "ru", "RU", "ru_RU.UTF-8", "kk-KZ" -> the language code, or None if not one of ours."""
    if not code:
        return None
    short = code.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return short if short in LANGUAGES else None


def choose(requested: str | None = None) -> str:
    """The language this run speaks, by the order in the module's docstring."""
    for candidate in (requested, os.environ.get(ENV), _saved()):
        if (code := normalize(candidate)) is not None:
            return code
    return normalize(QLocale.system().name()) or "en"


def _saved() -> str | None:
    value = QSettings().value(SETTING)
    return value if isinstance(value, str) else None


def save(code: str) -> None:
    """Remember the manager's choice (Settings → Language) for the next start."""
    QSettings().setValue(SETTING, code)


def install(code: str) -> str:
    """Load the translators for ``code`` into the running application; returns the code."""
    global _current
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()
    _current = code
    QLocale.setDefault(QLocale(_LOCALES[code]))
    if code == "en" or app is None:
        return code
    ours = QTranslator()
    if ours.load(str(resource_path("translations", f"expat_desk_{code}.qm"))):
        app.installTranslator(ours)
        _translators.append(ours)
    qt = QTranslator()
    # Qt's own words (the buttons of a message box, the calendar): qtbase, where it has one.
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", folder):
        app.installTranslator(qt)
        _translators.append(qt)
    return code


def current() -> str:
    """The language installed for this run."""
    return _current


def locale() -> QLocale:
    return QLocale(_LOCALES[_current])


def pick(texts: Mapping[str, str]) -> str:
    """A text that is data, in the window's language: Kazakh falls back to Russian (the
    centre's second language) where the data has none, then English."""
    for code in (_current, "ru" if _current == "kk" else "en", "en"):
        if texts.get(code):
            return texts[code]
    return next(iter(texts.values()), "")
