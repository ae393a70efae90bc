"""Undo and redo (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y) through the session.

The session tells every view what the step changed, as for any edit: nothing is reloaded.
A step that changes another document than the open one opens that document, so the
annotator sees what was undone.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.core.changes import Change
from annotator.core.errors import AnnotatorError

from .base import Controller, Say, SessionHost


class HistoryController(Controller):
    def __init__(self, host: SessionHost, say: Say, *, open_document: Callable[[str], None]) -> None:
        super().__init__(host, say)
        self._open_document = open_document

    def can_undo(self) -> bool:
        return self.session.can_undo()

    def can_redo(self) -> bool:
        return self.session.can_redo()

    def undo(self) -> None:
        self._step(self.session.undo)

    def redo(self) -> None:
        self._step(self.session.redo)

    def _step(self, step: Callable[[], Change | None]) -> None:
        try:
            change = step()
        except AnnotatorError as exc:
            self.say(str(exc), 6000)
            return
        if change is None:
            return
        doc = self.doc
        if doc is not None and doc.id not in change.docs and len(change.docs) == 1:
            self._open_document(next(iter(change.docs)))
