"""The find bar (Ctrl+F): matches of a string or a lemma in the open document, stepping through
them, and "label all" in the document or the whole project as one undoable operation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from annotator.core.changes import Change
from annotator.core.session import OpenDocument

from ..find_bar import FindBar
from ..text_view import TextView
from .base import Controller, Say, SessionHost

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")



class FindController(Controller):
    def __init__(self, host: SessionHost, say: Say, view: TextView, bar: FindBar, *,
                 matches_text: Callable[[int], str], labelled_text: Callable[[int], str]) -> None:
        """``matches_text(n)``, ``labelled_text(n)``: the plural messages, translated where lupdate
        sees them as plurals (``MainWindow.tr``)."""
        super().__init__(host, say)
        self.view, self.bar = view, bar
        self._matches_text, self._labelled_text = matches_text, labelled_text
        self.matches: list[tuple[int, int]] = []
        bar.changed.connect(self._find)
        bar.step.connect(self._step)
        bar.labelAll.connect(self.label_all)
        bar.closed.connect(self._closed)
        host.opened.connect(self._opened)
        host.changed.connect(self._changed)
        host.reloaded.connect(self._reloaded)

    def open_find(self) -> None:
        s, e = self.view.selection
        self.bar.open_bar(self.view.text[s:e] if 0 < e - s < 40 else "")
        self._find()

    def _opened(self, _doc: OpenDocument | None) -> None:
        if self.bar.isVisible():
            self._find()
        else:
            self.matches = []

    def _changed(self, change: Change) -> None:
        if change.labels:
            self.bar.set_labels(self.session.labels)

    def _reloaded(self) -> None:
        self.bar.set_labels(self.session.labels)
        self._opened(self.doc)

    def _find(self) -> None:
        needle = self.bar.input.text()
        if self.doc is None or not needle:
            self.matches = []
        else:
            from annotator.core.search import find

            self.matches = find(self.doc.tokens, needle, by_lemma=self.bar.lemma.isChecked())
        self.view.set_highlights(self.matches)
        self.bar.count.setText(self._matches_text(len(self.matches)) if needle else "")

    def _step(self, step: int) -> None:
        if not self.matches:
            return
        s = self.view.selection[0]
        if step > 0:
            nxt = next((m for m in self.matches if m[0] > s), self.matches[0])
        else:
            nxt = next((m for m in reversed(self.matches) if m[0] < s), self.matches[-1])
        self.view.set_cursor(nxt[0])
        self.view.set_selection(*nxt)

    def _closed(self) -> None:
        self.matches = []
        self.view.set_highlights([])
        self.view.setFocus()

    def label_all(self, label: str, whole_project: bool) -> None:
        """Every match on morpheme boundaries labelled ``label``: one operation, one undo."""
        needle = self.bar.input.text()
        doc = self.doc
        if doc is None or not needle or not label:
            return
        from annotator.core.editing import label_all_operation

        docs = self.project.document_ids() if whole_project else [doc.id]
        op = label_all_operation(self.project, docs, needle, label, by_lemma=self.bar.lemma.isChecked())
        if op is None:
            self.say(translate("MainWindow", "Nothing to label: every match on morpheme boundaries has it"), 5000)
            return
        if self.apply(op) is not None:
            self.say(self._labelled_text(len(op.ops)) + label, 5000)
