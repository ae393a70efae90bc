"""File > Open Recent: the last projects opened, most recent first (kept in QSettings)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

from annotator.core.location import ServerLocation, location

from .plain import menu_text, tooltip_text

KEY = "recentProjects"
LIMIT = 10


def recent_projects(settings: QSettings) -> list[Path | ServerLocation]:
    """Project files and server projects (their URLs kept without passwords), most recent first."""
    value = settings.value(KEY) or []
    if isinstance(value, str):  # QSettings gives a lone entry back as a string
        value = [value]
    return [location(str(v)) for v in value]


def remember(settings: QSettings, path: Path | ServerLocation) -> None:
    path = path.resolve()
    paths = [path, *(p for p in recent_projects(settings) if p != path)][:LIMIT]
    settings.setValue(KEY, [str(p) for p in paths])


def forget_all(settings: QSettings) -> None:
    settings.setValue(KEY, [])


def fill_menu(menu: QMenu, settings: QSettings, current: Path | ServerLocation,
              open_project: Callable[[Path | ServerLocation], object]) -> None:
    """The menu's entries: the projects that still exist, except the one open now."""
    menu.clear()
    shown = 0
    listed = (p for p in recent_projects(settings)
              if (isinstance(p, ServerLocation) or p.is_file()) and p != current.resolve())
    for i, path in enumerate(listed):
        text = f"&{i + 1} {menu_text(path.name)}" if i < 9 else menu_text(path.name)
        act = menu.addAction(text)
        act.setToolTip(tooltip_text(str(path)))
        act.setStatusTip(str(path))
        act.setData(str(path))
        act.triggered.connect(lambda _=False, p=path: open_project(p))
        shown += 1
    if not shown:
        empty = menu.addAction(QCoreApplication.translate("MainWindow", "No recent projects"))
        empty.setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("MainWindow", "&Clear List"))
    clear.setObjectName("clearRecent")
    clear.triggered.connect(lambda: forget_all(settings))
