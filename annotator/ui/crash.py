"""Uncaught exceptions: a dialog with the text to copy, a log file, and the app goes on.

Every edit is committed when it is made, so an error never costs work; the dialog says so.
The log is ``annotator.log`` in the user log folder (platformdirs; ``ANNOTATOR_LOG_DIR``
overrides it).
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from .plain import fill, plain_message_box

_showing = False


def log_path() -> Path:
    override = os.environ.get("ANNOTATOR_LOG_DIR")
    if override:
        return Path(override) / "annotator.log"
    from platformdirs import user_log_path

    return user_log_path("annotator", appauthor=False) / "annotator.log"


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> QMessageBox | None:
    """Log the exception and show it (one dialog at a time); returns the dialog, if one was opened."""
    global _showing
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} annotator error\n{text}\n")
    except OSError:
        path = None
    if sys.__stderr__ is not None:  # the terminal: what the message quotes is shown, never obeyed
        from annotator.console import printable

        sys.__stderr__.write("".join(printable(line) + "\n" for line in text.splitlines()))
    app = QApplication.instance()
    if app is None or _showing:
        return None
    _showing = True
    saved = QCoreApplication.translate("crash", "Your work is saved: every edit was committed when you made it.")
    where = fill(QCoreApplication.translate("crash", "The details are in %1."), path) if path else ""
    # all of it plain text (the message may quote a file's content); the details can be copied
    box = plain_message_box(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("crash", "Annotator: an error"),
        fill(QCoreApplication.translate("crash", "Something went wrong: %1"), f"{exc_type.__name__}: {exc}"),
        informative=f"{saved} {where}".strip(),
        detailed=text,
        parent=app.activeWindow(),
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(_closed)
    box.open()  # not a nested event loop: the app keeps running
    return box


def _closed(_result: int) -> None:
    global _showing
    _showing = False


#: The log file kept open for ``faulthandler`` (it writes to a file descriptor when the process
#: is already dying; nothing can be opened then).
_fault_log = None


def install() -> None:
    """Route uncaught exceptions (in slots and timers too) to ``report``; and a crash of the
    process itself (a segmentation fault in Qt) leaves the Python stack of every thread in the
    same log, so that it can be reported and found."""
    global _fault_log
    sys.excepthook = report
    import faulthandler

    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        _fault_log = open(path, "a", encoding="utf-8")  # noqa: SIM115 (open for the life of the process)
        faulthandler.enable(_fault_log, all_threads=True)
    except OSError:
        if sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__, all_threads=True)
