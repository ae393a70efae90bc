"""Opening a project on a PostgreSQL server from the window: when the server asks for a password
nobody gave (no ``~/.pgpass`` line, none in the URL), the user is asked for it, never echoed.
It is kept on the project's ``ServerLocation`` for this process's connections (the workers',
reconnections) and never shown, stored in the settings or written to the log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from annotator.core.errors import PasswordNeeded
from annotator.core.location import ServerLocation
from annotator.core.store import Project

from .plain import ask_text, fill

#: How many times a refused password is asked for again.
TRIES = 3


def ask_password(parent: QWidget | None, where: ServerLocation, refused: bool) -> bool:
    """Ask for ``where``'s password (``refused``: the one given was wrong); False if cancelled."""
    label = (QCoreApplication.translate("MainWindow", "The server refused the password of %1. Password:")
             if refused else QCoreApplication.translate("MainWindow", "The server asks for the password of %1:"))
    text, ok = ask_text(parent, QCoreApplication.translate("MainWindow", "Password"), fill(label, where.short),
                        password=True)
    if not ok:
        return False
    where.password = text
    return True


def open_asking_password(parent: QWidget | None, path: Path | ServerLocation, **kwargs: object) -> Project | None:
    """``Project.open(path, **kwargs)``, asking for a server's password when it wants one; None
    when the user cancelled. Other refusals raise as ``Project.open`` does."""
    for _ in range(TRIES + 1):
        try:
            return Project.open(path, **kwargs)  # type: ignore[arg-type]
        except PasswordNeeded as exc:
            if not isinstance(path, ServerLocation) or not ask_password(parent, path, exc.refused):
                return None
    return Project.open(path, **kwargs)  # type: ignore[arg-type]
