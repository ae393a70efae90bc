"""Long file jobs (import, export) off the GUI thread, cancellable, reporting progress.

A ``Worker`` runs ``work(check)`` on a plain Python thread. ``check(n)`` is given to the
core's ``progress`` callbacks: it reports ``n`` (at most every ``every`` items) and raises
``Cancelled`` once ``cancel()`` was called, which the core turns into "nothing changed"
(a rolled-back transaction, a temporary file removed).

Why it is built this way (issue 9, item 5). The first version moved a parentless ``Worker``
QObject to a ``QThread`` that was a child of the dialog, connected ``thread.finished`` to
``worker.deleteLater`` and dropped the dialog's Python references in the dialog's
``on_finished``. That gave one C++ object two owners in two threads:

* Qt deleted the worker in *its* thread: ``finished`` is emitted by the QThread just before it
  ends, and the thread then runs the pending ``DeferredDelete`` events, so ``~QObject`` ran
  in the worker thread;
* Python deleted the same worker in the *GUI* thread: the worker was created from Python
  without a parent, so its wrapper owned the C++ object, and ``on_finished`` (queued to the
  GUI thread by the same ``finished``) set ``self._worker = None``, the last reference.

Which one ran first depended on the scheduler: under load, or when a test dropped or
deleted a dialog at the wrong moment, the object was destroyed twice or used after it was
freed (``QObject: shared QObject was deleted directly``, SIGSEGV in ``~QObject`` inside the
thread's ``sendPostedEvents``, a bus error). The QThread had the same kind of problem:
``finished`` arrives while the thread is still running, so deleting the dialog at that
moment destroyed a running QThread with it.

Now every object involved has one owner and one thread:

* the ``Worker`` is a QObject that lives in the GUI thread from birth to death, a child of
  the module's reaper (itself a QObject of the GUI thread that is never deleted): Qt owns it,
  so dropping a Python reference in any thread (a dialog's attribute, a frame of the job's
  thread, a reference cycle collected by the garbage collector wherever it runs) never
  deletes it. Only the reaper does, with ``deleteLater`` in the GUI thread, when the job's
  last signal has arrived there (so every earlier one, to the view too, has been delivered)
  and the job's thread has returned (``Thread.join``): no thread is still using it;
* the job runs on a ``threading.Thread`` (no QObject lives in that thread); it only emits
  the worker's signals, which Qt queues to the GUI thread because the receivers live there,
  in the order emitted: the result, then ``finished``, then the reaper's signal;
* the view (a dialog) receives through its own slots, so a view deleted meanwhile simply
  stops receiving (Qt drops its connections and queued calls); its destruction cancels the
  job, and nothing of the job belongs to it (the worker keeps only a weak reference);
* ``wait`` joins the thread with a time limit, so closing the main window waits for a
  cancelled job to roll back but never blocks forever.
"""

from __future__ import annotations

import itertools
import threading
import weakref
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from shiboken6 import isValid


class Cancelled(Exception):
    pass


class JobView(Protocol):
    """What shows a Worker's job (a dialog, which is a QObject of the GUI thread)."""

    def on_progress(self, n: int) -> None: ...
    def on_success(self, result: object) -> None: ...
    def on_failure(self, problems: list[str]) -> None: ...
    def on_cancel(self) -> None: ...
    def on_finished(self) -> None: ...


_jobs: dict[int, Worker] = {}  # number -> the worker, until its job's last signal reached the GUI thread
_numbers = itertools.count(1)


class _Reaper(QObject):
    """The parent of every Worker; deletes each once its job's last signal has arrived."""

    @Slot(int)
    def reap(self, number: int) -> None:
        """The job's last signal: every earlier one (to the view too) has been delivered."""
        job = _jobs.pop(number, None)
        if job is None:
            return
        if job._thread is not None:
            job._thread.join()  # at once: the thread emitted its last signal and returns
        job.deleteLater()  # in the GUI thread, the worker's own


_reaper: _Reaper | None = None


def _require_gui_thread(what: str) -> None:
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError(f"{what} in the GUI thread, with a QApplication")


def _the_reaper() -> _Reaper:
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    return _reaper


def running_jobs() -> list[Worker]:
    """The workers whose job's thread has not returned yet (the main window's close)."""
    return [j for j in _jobs.values() if not j._returned.is_set()]


def pending_jobs() -> int:
    """How many jobs are running or have signals on their way: 0 once every view was told."""
    return len(_jobs)


def _shown_within(job: Worker, window: QObject) -> bool:
    """Whether ``job`` reports to ``window`` or one of its children, dialogs included (or to a
    view that is gone)."""
    obj = job.view()
    if obj is None or not isValid(obj):
        return True
    while obj is not None:
        if obj is window:
            return True
        obj = obj.parent()
    return False


def stop_jobs(window: QObject | None = None, timeout_ms: int = 15000) -> bool:
    """Cancel the running jobs (of ``window``'s dialogs and of views deleted meanwhile, or all)
    and wait up to ``timeout_ms`` in total for their threads to return; True if none still runs."""
    from time import monotonic

    jobs = [j for j in running_jobs() if window is None or _shown_within(j, window)]
    for job in jobs:
        job.cancel()
    deadline = monotonic() + timeout_ms / 1000
    for job in jobs:
        job.wait(max(0, int((deadline - monotonic()) * 1000)))
    return not any(not j._returned.is_set() for j in jobs)


class Worker(QObject):
    progressed = Signal(int)
    succeeded = Signal(object)  # what work() returned
    failed = Signal(list)  # the problems, one line each
    cancelled = Signal()
    finished = Signal()  # after one of the three above: the job is over
    _returned_signal = Signal(int)  # the last signal of a job (its number): the reaper releases it

    every = 50  # items between two progress reports: the bar moves, the event queue does not fill

    def __init__(self) -> None:
        _require_gui_thread("a Worker is made")
        super().__init__(_the_reaper())  # owned by Qt: only the reaper deletes it, in the GUI thread
        self._stop = threading.Event()
        self._returned = threading.Event()
        self._last = 0
        self._thread: threading.Thread | None = None
        self._number = next(_numbers)
        self.view: Callable[[], QObject | None] = lambda: None  # a weak reference, once started

    def work(self, check: Callable[[int], None]) -> object:
        raise NotImplementedError

    def problems(self, exc: Exception) -> list[str] | None:
        """The lines to show for an expected failure; None for anything else (shown as is)."""
        return None

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop at its next progress check (any thread; returns at once)."""
        self._stop.set()

    def running(self) -> bool:
        return self._thread is not None and not self._returned.is_set()

    def wait(self, ms: int = 30000) -> bool:
        """Block until the job's thread has returned, at most ``ms``; True if it has."""
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(max(0, ms) / 1000)
        return self._returned.is_set() or self._thread is None

    def _check(self, n: int) -> None:
        if self._stop.is_set():
            raise Cancelled
        if n - self._last >= self.every or n == 1:
            self._last = n
            self.progressed.emit(n)

    def _run(self) -> None:
        """The job's thread: the work, then exactly one of succeeded/failed/cancelled, then finished."""
        try:
            try:
                result = self.work(self._check)
            except Cancelled:
                self.cancelled.emit()
            except Exception as exc:  # reported in the dialog; the core left nothing half done
                try:
                    lines = self.problems(exc) or [f"{type(exc).__name__}: {exc}"]
                except Exception:  # describing it failed: still say what it was
                    lines = [f"{type(exc).__name__}: {exc!r}"]
                self.failed.emit(lines)
            else:
                self.succeeded.emit(result)
        finally:
            self.finished.emit()
            self._returned.set()
            self._returned_signal.emit(self._number)

    def start(self, view: JobView) -> None:
        """Run in a new thread, reporting to ``view``'s slots in the GUI thread.

        The signals are emitted in the job's thread; their receivers (the view, the reaper)
        live in the GUI thread, so Qt queues every call there, in the order emitted."""
        _require_gui_thread("a Worker is started")
        if self._thread is not None:
            raise RuntimeError("a Worker runs one job")
        self.view = weakref.ref(view)  # type: ignore[assignment,arg-type]
        self.progressed.connect(view.on_progress)
        self.succeeded.connect(view.on_success)
        self.failed.connect(view.on_failure)
        self.cancelled.connect(view.on_cancel)
        self.finished.connect(view.on_finished)
        view.destroyed.connect(self.cancel)  # type: ignore[attr-defined] - the view is a QObject
        self._returned_signal.connect(_the_reaper().reap)
        _jobs[self._number] = self
        self._thread = threading.Thread(target=self._run, name=f"annotator {type(self).__name__}", daemon=False)
        self._thread.start()
