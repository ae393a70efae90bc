"""The suggestions dock: the open document's claim suggestions, reviewed one by one.

Each row says what kind of claim is proposed, its text, the proposed attributes and why (the
cue or pattern that fired). The list and the text view show the same suggestion whatever
selected it (a click, the list's arrows, ] and [ in the text). Keys in the list: Up / Down
(or ] / [) step, A accepts, R rejects, E or Shift+Enter accepts and opens the claim editor.

The rows follow the session's changes: after a change the controller hands over the
document's suggestions and only the rows that differ are removed or inserted.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from annotator.core.claims import DEFAULT_SCHEMA, ClaimSchema
from annotator.core.doclist import snippet
from annotator.core.suggest import Suggestion

from .entity_suggestions_panel import EntitySuggestionSection
from .names import suggestion_count
from .plain import fill, plain_label

#: Names shown: (attribute or value identifier) -> display name in the interface language.
Shown = Callable[[str, str | None], str]


def suggestion_reasons(sg: Suggestion) -> list[str]:
    """Why ``sg`` was suggested: the suggester's own reason(s), else the cue's text."""
    reason = getattr(sg, "reason", None)  # a single reason, where the suggester gives one
    if isinstance(reason, str) and reason:
        return [reason]
    reasons = [r for r in getattr(sg, "reasons", ()) or () if isinstance(r, str) and r]
    if reasons:
        return reasons
    cue = sg.data.get("cue")
    return [cue["text"]] if isinstance(cue, dict) and isinstance(cue.get("text"), str) else []


def proposed_attributes(data: dict[str, Any], schema: ClaimSchema, lang: str) -> str:
    """``type: quantity · certainty: reported · …`` of a proposal, in display names."""
    parts = []
    for attr in schema.attributes:
        value = data.get(attr.name)
        if isinstance(value, str):
            parts.append(f"{schema.shown(lang, attr.name)}: {schema.shown(lang, attr.name, value)}")
    return " · ".join(parts)


class SuggestionListModel(QAbstractListModel):
    """Suggestions in document order, keyed by span; ``update`` changes the rows that differ."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Suggestion] = []
        self._keys: list[tuple[int, int]] = []  # the rows' spans, in order
        self.schema, self.lang = DEFAULT_SCHEMA, "en"
        self.why = "why: %1"

    def set_all(self, suggestions: list[Suggestion]) -> None:
        """The one full load (a document opened, suggestions switched on)."""
        self.beginResetModel()
        self.rows = list(suggestions)
        self._keys = [(s.start, s.end) for s in self.rows]
        self.endResetModel()

    def update(self, suggestions: list[Suggestion]) -> None:
        """Remove the rows no longer suggested and insert the new ones (both lists in span order)."""
        keys = [(s.start, s.end) for s in suggestions]
        if keys == self._keys:
            changed = [row for row, (a, b) in enumerate(zip(self.rows, suggestions, strict=True)) if a is not b]
            self.rows = list(suggestions)
            for row in changed:  # the same span, proposed anew (its claimant may have changed)
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
            return
        new, old = set(keys), set(self._keys)
        for key in sorted(old - new, reverse=True):  # by span: the rows are in span order
            row = bisect.bisect_left(self._keys, key)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            del self._keys[row]
            self.endRemoveRows()
        by_key = dict(zip(keys, suggestions, strict=True))
        for key in sorted(new - old):
            row = bisect.bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, by_key[key])
            self._keys.insert(row, key)
            self.endInsertRows()
        if self.rows != suggestions:  # kept spans proposed anew: their rows say it
            self.update(suggestions)

    def text(self, row: int) -> str:
        sg = self.rows[row]
        kind = sg.data.get("type")
        head = self.schema.shown(self.lang, "type", kind) if isinstance(kind, str) else "—"
        why = "; ".join(suggestion_reasons(sg))
        return (f"{head} · {snippet(sg.text, 60)}\n    {proposed_attributes(sg.data, self.schema, self.lang)}"
                + (f"\n    {self.why.replace('%1', why)}" if why else ""))

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return None  # never rich text: the row says it all
        return None


class SuggestionList(QListView):
    """The list: A, R, E / Shift+Enter act on the current row; ] and [ step like Down and Up."""

    keyed = Signal(str)  # "accept", "reject", "acceptEdit"
    stepped = Signal(int)  # a row chosen by a step key (also the current row, selected again)
    stepping = False  # a step is making its row current: ``stepped`` says it, not currentChanged

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                             | Qt.KeyboardModifier.MetaModifier))
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if plain and (key == Qt.Key.Key_E or (enter and mods & Qt.KeyboardModifier.ShiftModifier)):
            self.keyed.emit("acceptEdit")
        elif plain and (key == Qt.Key.Key_A or enter):
            self.keyed.emit("accept")
        elif plain and key in (Qt.Key.Key_R, Qt.Key.Key_Delete):
            self.keyed.emit("reject")
        elif plain and key in (Qt.Key.Key_BracketRight, Qt.Key.Key_BracketLeft, Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step(1 if key in (Qt.Key.Key_BracketRight, Qt.Key.Key_Down) else -1)
        else:
            super().keyPressEvent(event)


    def step(self, step: int) -> None:
        """The next or previous row. With none selected (the one there was accepted or
        rejected), the current row is the one that took its place: Down selects it."""
        n = self.model().rowCount()
        if not n:
            return
        cur = self.currentIndex()
        if not cur.isValid():
            row = 0 if step > 0 else n - 1
        elif not self.selectionModel().isSelected(cur):
            row = cur.row() if step > 0 else cur.row() - 1
        else:
            row = cur.row() + step
        row = max(0, min(n - 1, row))
        self.stepping = True
        try:
            self.selectionModel().setCurrentIndex(self.model().index(row, 0),
                                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self.stepping = False
        self.scrollTo(self.model().index(row, 0))
        self.stepped.emit(row)


class SuggestionsPanel(QWidget):
    chosen = Signal(int)  # a row became current in the list: its index (the text view's too)
    keyed = Signal(str)  # "accept", "reject", "acceptEdit" on the current row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self._loading = False
        self.model = SuggestionListModel(self)
        self.model.why = self.tr("why: %1")
        self.list = SuggestionList()
        self.list.setObjectName("suggestionList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.info = plain_label(name="suggestionsInfo", wrap=True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.info)
        lay.addWidget(self.list, 1)
        self.entities = EntitySuggestionSection()  # the suggested entities below the claims
        self.list.setMinimumHeight(28)  # two lists in the dock: its least height stays what it was
        lay.addWidget(self.entities, 1)
        self.list.keyed.connect(self.keyed.emit)
        self.list.stepped.connect(self.chosen.emit)
        self.list.selectionModel().currentChanged.connect(
            lambda index, _prev: index.isValid() and not self._loading and not self.list.stepping
            and self.chosen.emit(index.row()))
        self.list.clicked.connect(lambda index: index.isValid() and self.chosen.emit(index.row()))
        self.set_suggestions(None)

    def set_schema(self, schema: ClaimSchema, lang: str) -> None:
        self.model.schema, self.model.lang = schema, lang
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(self.model.rows) - 1, 0))

    def set_suggestions(self, suggestions: list[Suggestion] | None, selected: int = -1) -> None:
        """The one full load; None: suggestions are off."""
        self._loading = True
        try:
            self.model.set_all(suggestions or [])
        finally:
            self._loading = False
        self._say(suggestions is not None)
        self.select(selected)

    def update_suggestions(self, suggestions: list[Suggestion], selected: int) -> None:
        """The rows that differ from ``suggestions``, then ``selected`` selected."""
        was = self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1
        self._loading = True
        try:
            self.model.update(suggestions)
        finally:
            self._loading = False
        self._say(True)
        self.select(selected)
        n = self.model.rowCount()
        if selected < 0 and was >= 0 and n:  # where the handled one was: Down selects the next
            self._loading = True
            try:
                self.list.selectionModel().setCurrentIndex(self.model.index(min(was, n - 1), 0),
                                                           QItemSelectionModel.SelectionFlag.NoUpdate)
            finally:
                self._loading = False

    def _say(self, on: bool) -> None:
        n = self.model.rowCount()
        self.info.setText(fill(self.tr("%1: A accept, R reject, E accept and edit"), suggestion_count(n)) if on
                          else self.tr("Claim suggestions are off (View > Claim Suggestions, Ctrl+Shift+S)"))

    def select(self, row: int) -> None:
        """Make ``row`` current and selected (< 0: nothing selected, the current row kept), without
        ``chosen``."""
        selection = self.list.selectionModel()
        if row == self.current_row():
            return
        self._loading = True
        try:
            if 0 <= row < self.model.rowCount():
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list.scrollTo(index)
            elif selection.hasSelection():
                selection.clearSelection()
        finally:
            self._loading = False

    def count(self) -> int:
        return self.model.rowCount()

    def row_text(self, row: int) -> str:
        return self.model.text(row)

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() and self.list.selectionModel().isSelected(index) else -1
