"""The side panels: documents, the current document's entities, the label palette.

Every item shows user text as plain text (list items never interpret markup).
"""

from __future__ import annotations

import bisect
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QIcon, QKeyEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.doclist import DocumentIndex
from annotator.core.errors import AnnotatorError
from annotator.core.model import Entity, Label, Status, entity_sort_key

from . import idle
from .cells import TextCells
from .document_model import ID_ROLE, STATUS_MARK, DocumentFilterModel, DocumentListModel
from .names import status_name
from .plain import plain_label, tooltip_text
from .scrollbar import use_cached_scroll_bars

if TYPE_CHECKING:
    from annotator.core.changes import Change

plain_tooltip = tooltip_text  # the one helper (annotator/ui/plain.py), under its former name
__all__ = ["STATUS_MARK", "DocumentPanel", "EntityPanel", "LabelPalette", "plain_tooltip", "swatch"]

#: Characters of search text loaded per idle step after a project opens (a few milliseconds).
_SEARCH_TEXT_STEP = 300_000
#: The texts start loading this long after a project opened (its first frame comes first).
_SEARCH_TEXT_DELAY_MS = 300
#: Rows kept in sight before (after) a row the list scrolls to when stepping down (up).
_CONTEXT_ROWS = 3


#: What cells painted by ``TextCells`` are laid out, coloured and drawn for (their caches go).
_CELLS_CHANGE = frozenset(getattr(QEvent.Type, name) for name in (
    "FontChange", "StyleChange", "PaletteChange", "DevicePixelRatioChange", "ScreenChangeInternal")
    if hasattr(QEvent.Type, name))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ID = int(Qt.ItemDataRole.UserRole)
_ROLES = frozenset((_DISPLAY, _DECORATION, _ID))


def swatch(colour: str, size: int = 12) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(colour))
    return QIcon(pm)


class DocumentListView(QTableView):
    """The document list: one column, rows of one height, no headers.

    A table view, not a ``QListView``: after the rows change (a filter keystroke) a list view
    lays out every row through the model, from Python (0.3 s at 100,000 documents with uniform
    item sizes); a table view with fixed row heights asks only for the rows it paints (3 ms)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        use_cached_scroll_bars(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it leaves a list view
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._row_height()
        self._typed = ""
        self._typed_at = 0.0
        self.cells: TextCells | None = None  # the delegate (``paint_rows_from``)

    def _row_height(self) -> None:
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._row_height()
        if event.type() in _CELLS_CHANGE and getattr(self, "cells", None) is not None:
            self.cells.forget()  # laid out and coloured for the old font, style or palette

    def paint_rows_from(self, model: DocumentFilterModel) -> None:
        """Show ``model``, its rows painted from ``model.cell`` with their texts laid out once."""
        self.setModel(model)
        self.cells = TextCells(model.cell, self)
        self.setItemDelegate(self.cells)

    def reveal(self, index: QModelIndex) -> None:
        """Scroll a row out of sight into it a page at a time: a row below the list comes near
        its top (a few rows before it still shown), a row above near its bottom.

        Stepping through documents then scrolls the list once a page, not on every step as
        scrolling it just into sight does (a scroll repaints every row, 5 ms at 35 rows; a
        step within the page repaints two)."""
        rect, shown = self.visualRect(index), self.viewport().rect()
        if shown.contains(rect) or not index.isValid():
            return
        rows = max(1, shown.height() // max(1, self.rowHeight(index.row())))
        context = min(_CONTEXT_ROWS, rows // 4)
        first = index.row() - context if rect.top() > shown.top() else index.row() - rows + 1 + context
        self.verticalScrollBar().setValue(max(0, first))  # per item: the value is the first row shown

    def keyPressEvent(self, event: QKeyEvent) -> None:
        idle.user_active()
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Typing in the list goes to the next shown document whose id starts with what was
        typed (Qt's own search would ask the model for every row's text)."""
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed_at = now
        self._typed += search
        model = self.model()
        if not isinstance(model, DocumentFilterModel) or not self._typed:
            return
        ids = model.sourceModel().doc_index  # type: ignore[attr-defined]
        rows = model.rows
        current = self.currentIndex().row()
        start = current + 1 if len(self._typed) == 1 or current < 0 else current
        wanted = self._typed.casefold()
        n = len(rows)
        for k in range(n):
            row = (start + k) % n
            if ids.id_at(rows[row]).casefold().startswith(wanted):
                index = model.index(row, 0)
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return


class DocumentPanel(QWidget):
    """The project's documents, filtered by status and by text.

    ``set_index`` loads the list (after opening a project or an import); an edit updates the
    rows it names (``apply_change``); opening, stepping and filtering never reload it.
    ``documentChosen`` says the annotator picked a document in the list (a click, the arrow
    keys, typing an id); ``set_current`` marks the open document without emitting it."""

    documentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("documentFilter")
        self.search.setPlaceholderText(self.tr("Filter by id or text…"))
        self.search.setClearButtonEnabled(True)
        self._filter_help = self.tr("Documents whose id or text contains this, exactly as typed")
        self.search.setToolTip(tooltip_text(self._filter_help))
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All"), None)
        for st in Status:
            self.status.addItem(f"{STATUS_MARK[st]} {status_name(st)}", st.value)
        self.model = DocumentListModel(self)
        self.proxy = DocumentFilterModel(self.model, self)
        self.list = DocumentListView()
        self.list.paint_rows_from(self.proxy)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        #: Says that the open document is not among the rows the filter shows (an undo or a
        #: step opened it): no row is selected then, and this says why.
        self.hidden_hint = plain_label(self.tr("The open document is not in this list: the filter hides it."),
                                       self, name="documentHiddenHint")
        self.hidden_hint.setWordWrap(True)
        self.hidden_hint.setVisible(False)
        lay.addWidget(self.hidden_hint)
        lay.addWidget(self.list)
        self._current: str | None = None
        self._quiet = False
        self.search.textChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self._loader = QTimer(self)  # search texts loaded while the window is idle
        self._loader.setSingleShot(True)
        self._loader.timeout.connect(self._load_search_texts)

    # -- the window's calls ---------------------------------------------------------------
    def clear_filter(self) -> None:
        """No filter (another project is opened: the previous one's filter means nothing there)."""
        self.search.clear()
        self.status.setCurrentIndex(0)

    def filter_state(self) -> tuple[str, int]:
        """The filter as typed and chosen, for ``set_filter_state`` (a window built again keeps it)."""
        return self.search.text(), self.status.currentIndex()

    def set_filter_state(self, state: tuple[str, int]) -> None:
        text, status = state
        self.search.setText(text)
        if 0 <= status < self.status.count():
            self.status.setCurrentIndex(status)

    def set_index(self, index: DocumentIndex) -> None:
        """The one full load: after opening a project or an import."""
        self._quiet = True
        try:
            self.model.set_index(index)  # the filter model filters the new index as it resets
        finally:
            self._quiet = False
        self._select(self._current)
        self._loader.start(_SEARCH_TEXT_DELAY_MS)

    @property
    def index(self) -> DocumentIndex:
        return self.model.doc_index

    def set_current(self, doc_id: str | None) -> None:
        """Select the row of ``doc_id`` and scroll to it (if shown); ``documentChosen`` is not emitted."""
        self._current = doc_id
        self._select(doc_id)

    def neighbour(self, doc_id: str | None, step: int) -> str | None:
        """The id ``step`` rows after (before, when negative) ``doc_id`` in the shown order; the
        first (last) shown when ``doc_id`` is not shown; None past either end."""
        rows = self.proxy.rows
        if not rows:
            return None
        index = self.index
        row = self.proxy.row_of(index.position(doc_id))
        j = (0 if step > 0 else len(rows) - 1) if row < 0 else row + step
        if not 0 <= j < len(rows):
            return None
        found = index.id_at(rows[j])
        index.remember(found, rows[j])  # opened next: its row is looked up again at once
        return found

    def apply_change(self, change: Change) -> None:
        """Update the rows of the documents ``change`` names (status, entity count)."""
        self.model.apply_change(change)

    def ids(self) -> list[str]:
        """The ids shown, in order."""
        return self.index.ids(self.proxy.rows)

    def row_text(self, doc_id: str) -> str:
        """What the row of ``doc_id`` shows ("" for an id not in the project)."""
        pos = self.index.position(doc_id)
        return "" if pos is None else self.model.row_data(pos, Qt.ItemDataRole.DisplayRole)

    def row_tooltip(self, doc_id: str) -> str:
        pos = self.index.position(doc_id)
        return "" if pos is None else self.model.row_data(pos, Qt.ItemDataRole.ToolTipRole)

    # -- inside -----------------------------------------------------------------------------
    def _filter(self, _: object = None) -> None:
        self._quiet = True
        try:
            self.proxy.set_filter(self.status.currentData(), self.search.text().strip())
            self.search.setToolTip(tooltip_text(self._filter_help))
        except AnnotatorError as exc:  # the texts could not be read: the list stays as it was
            self.search.setToolTip(tooltip_text(str(exc)))
        finally:
            self._quiet = False
        self._select(self._current)

    def _select(self, doc_id: str | None) -> None:
        """Select and show the row of ``doc_id`` (nothing selected when it is not shown), quietly."""
        pos = self.index.position(doc_id)
        row = self.proxy.row_of(pos)
        selection = self.list.selectionModel()
        self._quiet = True
        try:
            self.hidden_hint.setVisible(row < 0 and pos is not None)
            if row < 0:
                selection.clear()
            else:
                index = self.proxy.index(row, 0)
                self.list.reveal(index)  # before it is made current (which scrolls by a row)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        doc_id = self.proxy.data(current, ID_ROLE)
        if doc_id is not None and doc_id != self._current:
            self._current = doc_id
            self.documentChosen.emit(doc_id)

    # The texts load while the list is shown (the filter is next to it): a closed window, or
    # a project closed with it, is not read any more; showing the list again goes on.
    def hideEvent(self, event: QHideEvent) -> None:
        self._loader.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.index.search_ready:
            self._loader.start(_SEARCH_TEXT_DELAY_MS)

    def _load_search_texts(self) -> None:
        if not self.isVisible():
            return
        wait = idle.quiet_wait_ms()
        if wait:  # a step between a key press and its frame would delay the frame
            self._loader.start(wait)
            return
        try:
            done = self.index.load_search_texts(_SEARCH_TEXT_STEP)
        except AnnotatorError:  # the file cannot be read now: the filter tries again, and says why
            return
        if not done:
            self._loader.start(0)


class EntityTableModel(QAbstractTableModel):
    """The current document's entities: label, text, span. Rows are fetched only when shown,
    so a document with 10,000 entities refreshes in the time it takes to copy a list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Entity] = []
        self._keys: list[tuple[int, int, str, str]] = []  # entity_sort_key of each row
        self._labels: dict[str, Label] = {}
        self._icons: dict[str, QIcon] = {}

    def set_rows(self, rows: list[Entity], labels: dict[str, Label]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._keys = [entity_sort_key(e) for e in rows]
        if labels is not self._labels:
            self._labels = labels
            self._icons = {}
        self.endResetModel()

    def set_labels(self, labels: dict[str, Label]) -> None:
        """The label set changed (colours): the label column's swatches painted again, no reset."""
        self._labels = labels
        self._icons = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    # One-row updates: an edit costs a bisection and Qt's update of that row, not a reset.
    def insert(self, e: Entity) -> int:
        key = entity_sort_key(e)
        row = bisect.bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._keys.insert(row, key)
        self._rows.insert(row, e)
        self.endInsertRows()
        return row

    def remove(self, e: Entity) -> None:
        row = self._find(e)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._keys[row]
            del self._rows[row]
            self.endRemoveRows()

    def replace(self, old: Entity, new: Entity) -> None:
        if entity_sort_key(old) != entity_sort_key(new):
            self.remove(old)
            self.insert(new)
            return
        row = self._find(old)
        if row >= 0:
            self._rows[row] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def _find(self, e: Entity) -> int:
        key = entity_sort_key(e)
        row = bisect.bisect_left(self._keys, key)
        return row if row < len(self._keys) and self._keys[row] == key else -1

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Label"), self.tr("Text"), self.tr("Span"))[section]
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None  # the roles the view asks for and the model has nothing for, at once
        e = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return e.label if col == 0 else e.text if col == 1 else f"{e.start}–{e.end}"
        if role == _DECORATION:
            return self._icon(e.label) if col == 0 else None
        return e.id

    def cell(self, row: int, col: int) -> tuple[str, QIcon | None] | None:
        """What the table paints in a cell: its text and icon (the delegate's one question)."""
        if not 0 <= row < len(self._rows):
            return None
        e = self._rows[row]
        if col == 0:
            return e.label, self._icon(e.label)
        return (e.text, None) if col == 1 else (f"{e.start}–{e.end}", None)

    def _icon(self, label: str) -> QIcon:
        icon = self._icons.get(label)
        if icon is None:
            lb = self._labels.get(label)
            icon = self._icons[label] = swatch(lb.color if lb else "#999999")
        return icon

    def row_of(self, entity: Entity | None) -> int:
        return self._find(entity) if entity is not None else -1


class EntityPanel(QTableView):
    """The entities of the current document; choosing one selects it in the text."""

    entityChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityList")
        use_cached_scroll_bars(self)
        self.model_ = EntityTableModel(self)
        self.setModel(self.model_)
        self.cells = TextCells(self.model_.cell, self)
        self.setItemDelegate(self.cells)
        self._fitted: dict[str, Label] | None = None  # the labels the label column was sized for
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.horizontalHeader().setStretchLastSection(True)
        # Selected rows are whole rows: a highlighted header would say nothing. The header also
        # repaints on every change of the selection it shares with the table (each label key,
        # each document opened): it gets one of its own, which nothing selects in.
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSelectionModel(QItemSelectionModel(self.model_, self))
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)
        self._quiet = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _CELLS_CHANGE and hasattr(self, "cells"):
            self.cells.forget()  # laid out, coloured and drawn for the old ones
            self._fitted = None  # the label column measured again
        super().changeEvent(event)

    def show_entities(self, entities: list[Entity], labels: dict[str, Label], selected: Entity | None) -> None:
        if labels and labels is not self._fitted:  # the label column fits the longest label name
            self._fitted = labels  # (measured once per label set, not per document opened)
            widest = max(self.fontMetrics().horizontalAdvance(name) for name in labels)
            self.setColumnWidth(0, widest + self.iconSize().width() + 28)
        self.model_.set_rows(entities, labels)
        self.select(selected)

    def count(self) -> int:
        return self.model_.rowCount()

    def row_text(self, row: int) -> str:
        m = self.model_
        return "  ".join(str(m.data(m.index(row, c))) for c in range(3))

    def select(self, entity: Entity | None) -> None:
        row = self.model_.row_of(entity)
        self._quiet = True
        if row < 0:
            self.clearSelection()
        else:
            idx = self.model_.index(row, 0)
            self.setCurrentIndex(idx)
            self.scrollTo(idx)
        self._quiet = False

    def _chosen(self, index: QModelIndex) -> None:
        if not self._quiet and index.isValid():
            self.entityChosen.emit(self.model_.data(index, Qt.ItemDataRole.UserRole))


class LabelPalette(QListWidget):
    """The label set: colour, shortcut key, counts in this document and in the project."""

    labelChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPalette")
        use_cached_scroll_bars(self)
        self._labels: list[Label] = []
        self.itemActivated.connect(lambda item: self.labelChosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def show_labels(self, labels: list[Label], in_doc: dict[str, int], in_project: dict[str, int] | None) -> None:
        """The labels with their counts (``in_project`` None: not counted yet, shown as "…").

        The same labels as before keep their items and only the texts that changed are set
        (an edit changes one count, opening a document a few): no item is made again."""
        if labels != self._labels:
            self._labels = list(labels)
            self.clear()
            for lb in labels:
                item = QListWidgetItem(swatch(lb.color), "")
                item.setData(Qt.ItemDataRole.UserRole, lb.name)
                item.setToolTip(tooltip_text(lb.description or lb.name))
                self.addItem(item)
        for row, lb in enumerate(labels):
            key = f"[{lb.key}] " if lb.key else "    "
            total = "…" if in_project is None else in_project.get(lb.name, 0)
            text = f"{key}{lb.name}   {in_doc.get(lb.name, 0)} / {total}"
            item = self.item(row)
            if item.text() != text:
                item.setText(text)
