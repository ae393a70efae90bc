"""Opening the annotation window on a fresh project, for the UI tests."""

from __future__ import annotations

from contextlib import contextmanager

from annotator.core.model import Document
from annotator.core.store import Project


@contextmanager
def open_window(qtbot, path, documents: dict[str, str]):
    """A shown, focused ``MainWindow`` on a new project holding ``documents`` (id -> text)."""
    from annotator.ui.main_window import MainWindow

    project = Project.open(path, create=True)
    with project.bulk_import("test") as bulk:
        for doc_id, text in documents.items():
            bulk.add(Document(doc_id, text))
    w = MainWindow(project)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()  # window-wide shortcuts (Ctrl+I, Ctrl+E...) need the active window
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.waitUntil(lambda: not w.view.tokens_held)  # the first frame is out
    w.view.setFocus()
    try:
        yield w
    finally:
        from shiboken6 import isValid

        if isValid(w):  # a language switch replaces (and deletes) the window
            w.close()
        w.project.close()
