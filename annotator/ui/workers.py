"""Running a QObject worker in its own QThread (the import and export dialogs)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, SignalInstance


def start_worker(parent: QObject, worker: QObject, ends: list[SignalInstance], done: Callable[[], None]) -> QThread:
    """Move ``worker`` to a new thread and call its ``run`` there; the thread quits on any of
    ``ends`` (emitted by the worker), then ``done`` runs in the caller's thread and both the
    thread and the worker are deleted. Connect the worker's signals to methods of QObjects
    (not lambdas), so that they too are delivered in the receiver's thread."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in ends:
        signal.connect(thread.quit)
    # ``done`` must be a method of a QObject of the caller's thread: Qt then queues the call to
    # that thread (a plain function would run in the finishing worker thread).
    thread.finished.connect(done)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
