"""The find bar (Ctrl+F): matches of a string or a lemma in the open document, stepping through
them, and "label all" in the document or the whole project as one undoable operation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt

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
        """Every match labelled ``label`` after a preview (``LabelAllDialog``): the annotator
        sees each occurrence in its context, unchecks what is not meant, and the rest is one
        operation, one undo. Matches inside a longer word are listed unchecked."""
        needle = self.bar.input.text()
        doc = self.doc
        if doc is None or not needle or not label:
            return
        from annotator.core.editing import label_all_occurrences

        from ..label_all_dialog import LabelAllDialog

        docs = self.project.document_ids() if whole_project else [doc.id]
        found = label_all_occurrences(self.project, docs, needle, label, by_lemma=self.bar.lemma.isChecked())
        if not found:
            self.say(translate("MainWindow", "Nothing to label: every match has this label already"), 5000)
            return
        dialog = LabelAllDialog(found, label, self.view.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda chosen: self._label_chosen(chosen, label, needle))
        dialog.finished.connect(self._preview_closed)
        dialog.open()

    def _preview_closed(self, _result: int) -> None:
        """The keyboard back to the text, whether or not a window manager gives the window back."""
        self.view.window().activateWindow()
        self.view.setFocus()

    def _label_chosen(self, chosen: list, label: str, needle: str) -> None:
        from annotator.core.editing import label_occurrences_operation

        op = label_occurrences_operation(self.project, chosen, label, needle)
        if op is None:
            self.say(translate("MainWindow", "Nothing to label: every match has this label already"), 5000)
            return
        if self.apply(op) is not None:
            self.say(self._labelled_text(len(op.ops)) + label, 5000)
