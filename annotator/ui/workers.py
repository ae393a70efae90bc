"""Long file jobs (import, export) off the GUI thread, cancellable, reporting progress.

A ``Worker`` runs ``work(check)`` on its own QThread. ``check(n)`` is given to the core's
``progress`` callbacks: it reports ``n`` (at most every ``every`` items) and raises
``Cancelled`` once ``cancel()`` was called, which the core turns into "nothing changed"
(a rolled-back transaction, a temporary file removed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QThread, Signal


class Cancelled(Exception):
    pass


class JobView(Protocol):
    """What shows a Worker's job (a dialog, which is a QObject of the GUI thread)."""

    def on_progress(self, n: int) -> None: ...
    def on_success(self, result: object) -> None: ...
    def on_failure(self, problems: list[str]) -> None: ...
    def on_cancel(self) -> None: ...
    def on_finished(self) -> None: ...


class Worker(QObject):
    progressed = Signal(int)
    succeeded = Signal(object)  # what work() returned
    failed = Signal(list)  # the problems, one line each
    cancelled = Signal()

    every = 50  # items between two progress reports: the bar moves, the event queue does not fill

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()
        self._last = 0

    def work(self, check: Callable[[int], None]) -> object:
        raise NotImplementedError

    def problems(self, exc: Exception) -> list[str] | None:
        """The lines to show for an expected failure; None for anything else (shown as is)."""
        return None

    def cancel(self) -> None:
        self._stop.set()

    def _check(self, n: int) -> None:
        if self._stop.is_set():
            raise Cancelled
        if n - self._last >= self.every or n == 1:
            self._last = n
            self.progressed.emit(n)

    def run(self) -> None:
        try:
            result = self.work(self._check)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported in the dialog; the core left nothing half done
            self.failed.emit(self.problems(exc) or [f"{type(exc).__name__}: {exc}"])
        else:
            self.succeeded.emit(result)

    def start(self, view: JobView) -> QThread:
        """Run in a new thread, reporting to ``view``'s methods. Qt queues a signal to a method
        of a QObject into that object's thread, so they all run in the GUI thread (a lambda
        would run in the worker thread)."""
        thread = QThread(view)  # type: ignore[arg-type] - the view is a QObject
        self.moveToThread(thread)
        self.progressed.connect(view.on_progress)
        self.succeeded.connect(view.on_success)
        self.failed.connect(view.on_failure)
        self.cancelled.connect(view.on_cancel)
        thread.started.connect(self.run)
        for signal in (self.succeeded, self.failed, self.cancelled):
            signal.connect(thread.quit)
        thread.finished.connect(view.on_finished)
        thread.finished.connect(self.deleteLater)
        thread.finished.connect(thread.deleteLater)
        thread.start()
        return thread


