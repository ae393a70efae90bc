"""The interface language: Japanese or English, from ``--lang`` or the system locale.

Translations are Qt Linguist files in ``resources/translations/*.ts``. The ``.qm`` files Qt
loads are compiled from them by the setup (``packaging/dev.sh``) and the build, never
committed; if one is missing (an install from a wheel), it is compiled on first use into
the user cache folder with the ``lrelease`` that PySide6 ships.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from annotator.core import messages
from annotator.resources import resource

LANGUAGES = ("ja", "en")
_installed: list[QTranslator] = []  # kept alive: Qt does not own them


def choose(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    return "ja" if QLocale.system().name().startswith("ja") else "en"


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    return str(bundled) if bundled.exists() else shutil.which("pyside6-lrelease")


def compiled(lang: str) -> Path | None:
    """The .qm of ``lang``: beside its .ts, else compiled into the cache now; None if impossible."""
    ts = resource("translations", f"annotator_{lang}.ts")
    qm = ts.with_suffix(".qm")
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm  # the frozen bundle ships the .qm only
    if not ts.is_file():
        return None
    from platformdirs import user_cache_path

    cached = user_cache_path("annotator", appauthor=False) / qm.name
    if cached.is_file() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    res = subprocess.run([tool, str(ts), "-qm", str(cached)], capture_output=True, text=True)
    return cached if res.returncode == 0 and cached.is_file() else None


def install(app: QApplication, lang: str) -> str:
    """Load the translators of ``lang`` into ``app``; returns the language in use."""
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
    return lang
