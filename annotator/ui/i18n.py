"""The interface language: Japanese or English, from ``--lang`` or the system locale.

Translations are Qt Linguist files in ``resources/translations/*.ts``. The ``.qm`` files Qt
loads are compiled from them at build time (``packaging/build_backend.py``, for every wheel
and editable install; ``packaging/dev.sh`` again after a ``.ts`` changed), never committed and
never compiled at run time: the program only reads them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from annotator.core import messages
from annotator.resources import resource

LANGUAGES = ("ja", "en")
_installed: list[QTranslator] = []  # kept alive: Qt does not own them
_language = "en"  # the language install() put in use


def language() -> str:
    """The interface language in use ("ja" or "en"): the claim schema's display names follow it."""
    return _language


def choose(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    return "ja" if QLocale.system().name().startswith("ja") else "en"


def compiled(lang: str) -> Path | None:
    """The .qm of ``lang`` (built beside its .ts at build time); None where it is missing."""
    qm = resource("translations", f"annotator_{lang}.qm")
    return qm if qm.is_file() else None


def install(app: QApplication, lang: str) -> str:
    """Load the translators of ``lang`` into ``app``; returns the language in use."""
    global _language
    _language = "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    messages.install(None)  # the core's messages: English unless a translation is loaded below
    if lang == "en":
        return "en"
    qm = compiled(lang)
    ours = QTranslator()
    if qm is None or not ours.load(str(qm)):
        return "en"
    messages.install(QCoreApplication.translate)
    qt = QTranslator()  # Qt's own strings (file dialogs, message box buttons)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    _language = lang
    return lang
