"""The entity half of the suggestions dock: the open document's suggested entities.

Each row shows the label's colour, the text, the label, the recommender that proposed it and
its score. They are reviewed with the keys of the claim suggestions: A (or Enter) accepts, R
(or Delete) rejects, L accepts every suggestion of this label in the document, M every one of
this recommender; Up / Down (or ] / [) step. The list and the text view show the same
suggestion selected whatever selected it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from annotator.core.doclist import snippet

from .names import entity_suggestion_count
from .plain import plain_label

#: What a key in the list asks for.
KEYS = {Qt.Key.Key_A: "accept", Qt.Key.Key_Return: "accept", Qt.Key.Key_Enter: "accept",
        Qt.Key.Key_R: "reject", Qt.Key.Key_Delete: "reject", Qt.Key.Key_L: "acceptLabel",
        Qt.Key.Key_M: "acceptSource"}


class EntitySuggestionModel(QAbstractListModel):
    """Suggestions in text order (``EntitySuggestion`` objects); the colour of each label."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.colours: dict[str, str] = {}

    def set_all(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def text(self, row: int) -> str:
        sg = self.rows[row]
        return f"{snippet(sg.text, 40)} · {sg.label} · {sg.source} {sg.score:.2f}"

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row())
        if role == Qt.ItemDataRole.DecorationRole:  # the label's colour chip
            return QColor(self.colours.get(self.rows[index.row()].label, "#999999"))
        return None


class EntitySuggestionList(QListView):
    keyed = Signal(str)  # "accept", "reject", "acceptLabel", "acceptSource"
    stepped = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                             | Qt.KeyboardModifier.MetaModifier))
        key = event.key()
        if plain and key in KEYS:
            self.keyed.emit(KEYS[key])
        elif plain and key in (Qt.Key.Key_BracketRight, Qt.Key.Key_BracketLeft, Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step(1 if key in (Qt.Key.Key_BracketRight, Qt.Key.Key_Down) else -1)
        else:
            super().keyPressEvent(event)


    def step(self, step: int) -> None:
        """The next or previous row. With none selected (the one there was accepted or
        rejected, or the list just got the focus), the current row is the one in its place:
        Down selects it."""
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
        self.stepped.emit(max(0, min(n - 1, row)))


class EntitySuggestionSection(QWidget):
    """A heading line (how many, the keys) and the list."""

    chosen = Signal(int)  # a row picked in the list (a click or a step)
    keyed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entitySuggestions")
        self._loading = False
        self.model = EntitySuggestionModel(self)
        self.list = EntitySuggestionList()
        self.list.setObjectName("entitySuggestionList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setIconSize(QSize(10, 10))  # the label's colour chip
        self.list.setMinimumHeight(28)  # the dock's least height stays what it was (a 768-pixel screen)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.info = plain_label(name="entitySuggestionsInfo", wrap=True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.info)
        lay.addWidget(self.list, 1)
        self.list.keyed.connect(self.keyed.emit)
        self.list.stepped.connect(self.chosen.emit)
        self.list.clicked.connect(lambda index: index.isValid() and self.chosen.emit(index.row()))
        self.list.selectionModel().currentChanged.connect(
            lambda index, _prev: index.isValid() and not self._loading and self.chosen.emit(index.row()))
        self.set_suggestions([], -1, "")

    def set_colours(self, colours: dict[str, str]) -> None:
        self.model.colours = dict(colours)
        self.list.viewport().update()

    def set_suggestions(self, rows: list[Any], selected: int, state: str) -> None:
        """The rows (the view's list, in text order), the selected one, and what the recommenders
        are doing (``state``: said after the count, e.g. "training…")."""
        self._loading = True
        try:
            keep = self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1
            self.model.set_all(rows)
            n = len(rows)
            if 0 <= selected < n:
                self.list.selectionModel().setCurrentIndex(self.model.index(selected, 0),
                                                           QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list.scrollTo(self.model.index(selected, 0))
            elif keep >= 0 and n:  # where the handled one was: Down goes on from there
                self.list.selectionModel().setCurrentIndex(self.model.index(min(keep, n - 1), 0),
                                                           QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._loading = False
        count = entity_suggestion_count(len(rows))
        keys = self.tr("A accept, R reject, L all of this label, M all of this recommender")
        self.info.setText(f"{count} ({state}): {keys}" if state else f"{count}: {keys}")

    def select(self, row: int) -> None:
        """``row`` current and selected (< 0: none selected), without ``chosen``."""
        self._loading = True
        try:
            if 0 <= row < self.model.rowCount():
                index = self.model.index(row, 0)
                self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list.scrollTo(index)
            else:
                self.list.selectionModel().clearSelection()
        finally:
            self._loading = False

    def count(self) -> int:
        return self.model.rowCount()

    def row_text(self, row: int) -> str:
        return self.model.text(row)
