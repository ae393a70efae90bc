"""The document list as Qt models: every document (the source), and the ones the filter shows.

``DocumentListModel`` has one row per document of a ``DocumentIndex``, in project order. It
is reset only when a project is opened or an import added documents (``set_index``); an edit
updates the rows its ``Change`` names, one ``dataChanged`` each.

``DocumentFilterModel`` shows the rows the status and text filter let through, from a mapping
it keeps itself (a sorted sequence of source rows). ``QSortFilterProxyModel`` asks Python
``filterAcceptsRow`` once per source row, or ``data`` once per row for its own string
filter: at 100,000 documents a keystroke took 0.8–2.9 s and 0.2–0.3 s. Here a new filter is
one call to the index (a search over texts kept in memory) and a reset of the proxy only.

The list is meant for a ``QTableView`` with fixed row heights: on any change of rows a
``QListView`` asks the model for the index of every row (twice, from Python: 0.3 s at
100,000 rows, uniform item sizes or not), a table view only for the rows it paints.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QAbstractProxyModel, QModelIndex, QObject, Qt

from annotator.console import printable
from annotator.core.doclist import DocRow, DocumentIndex
from annotator.core.errors import ProjectError
from annotator.core.model import Status

from .names import character_count, entity_count, status_name
from .plain import tooltip_text

if TYPE_CHECKING:
    from annotator.core.changes import Change

#: The role that gives a row's document id.
ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_MARK = {Status.NEW: "○", Status.IN_PROGRESS: "◐", Status.DONE: "●", Status.SKIPPED: "–"}
#: An id longer than this is shown cut in the middle ("…"); the tool tip has it whole.
ID_CHARS = 32
#: Rows read ahead around a row that is painted and not yet read.
_BEHIND, _AHEAD = 32, 96
_ROW_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
# Controls a snippet may still hold once its white space is collapsed, and the bidirectional
# embeddings, overrides and isolates that would turn the rest of the row around.
_UNSAFE_IN_SNIPPET = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u202a-\u202e\u2066-\u2069]")


def shown_id(doc_id: str, limit: int = ID_CHARS) -> str:
    """A document id as a row shows it: cut in the middle when long, controls, bidi overrides and
    invisible characters shown escaped (``printable``; a tab as ``\\t``), as in a menu entry."""
    if len(doc_id) > limit:
        head = (limit - 1) // 2
        doc_id = f"{doc_id[:head]}…{doc_id[len(doc_id) - (limit - 1 - head):]}"
    return printable(doc_id).replace("\t", "\\t")


def shown_snippet(text: str) -> str:
    return _UNSAFE_IN_SNIPPET.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def row_text(row: DocRow) -> str:
    """What a row of the list shows: status mark, id, entity count, the start of the text."""
    text = f"{STATUS_MARK[row.status]}  {shown_id(row.id)}  ({row.entities})"
    return f"{text}  {shown_snippet(row.snippet)}" if row.snippet else text


def row_tooltip(row: DocRow) -> str:
    # the whole id, but one line with controls and bidi overrides escaped (never applied)
    return tooltip_text(shown_id(row.id, limit=10_000) + "\n" + " · ".join(
        (status_name(row.status), entity_count(row.entities), character_count(row.length))))


class DocumentListModel(QAbstractListModel):
    """Every document of the project, in project order (a row is a position in the index)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = DocumentIndex.empty()

    @property
    def doc_index(self) -> DocumentIndex:
        return self._index

    def set_index(self, index: DocumentIndex) -> None:
        """The one full load: after opening a project or an import."""
        self.beginResetModel()
        self._index = index
        self.endResetModel()

    def apply_change(self, change: Change) -> list[int]:
        """Update the rows ``change`` names, one ``dataChanged`` each; their rows."""
        rows = self._index.apply_change(change)
        for row in rows:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
        return rows

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._index)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._index):
            return None
        return self.row_data(index.row(), role)

    def row_data(self, pos: int, role: int) -> Any:
        """The data of the document at ``pos`` for ``role`` (the filter model asks here directly)."""
        if role == ID_ROLE:
            return self._index.id_at(pos)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        try:
            row = self._index.row(pos)
        except ProjectError:  # the file cannot be read now (removed, damaged): what is known
            doc_id = self._index.id_at(pos)
            mark = STATUS_MARK[self._index.status_at(pos)]
            return (f"{mark}  {shown_id(doc_id)}" if role == Qt.ItemDataRole.DisplayRole
                    else tooltip_text(shown_id(doc_id, limit=10_000)))
        return row_text(row) if role == Qt.ItemDataRole.DisplayRole else row_tooltip(row)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


class DocumentFilterModel(QAbstractProxyModel):
    """The documents a status and a needle let through, in project order.

    Filtering resets this model (the view asks only for the rows it paints), never the source.
    A row whose status changes stays until the filter changes: the list does not move under
    the annotator's hands."""

    def __init__(self, source: DocumentListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: Sequence[int] = range(0)
        self._status: str | None = None
        self._needle = ""
        self.setSourceModel(source)
        source.dataChanged.connect(self._source_data_changed)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)

    # -- filtering ----------------------------------------------------------------------
    @property
    def rows(self) -> Sequence[int]:
        """The source rows shown, in order (do not modify)."""
        return self._rows

    def set_filter(self, status: str | None, needle: str) -> None:
        if (status, needle) == (self._status, self._needle):
            return
        rows = self._source.doc_index.filter(status, needle)  # may raise ProjectError: nothing changed then
        self.beginResetModel()
        self._status, self._needle, self._rows = status, needle, rows
        self.endResetModel()

    def row_of(self, pos: int | None) -> int:
        """The row showing source row ``pos``, or -1."""
        if pos is None:
            return -1
        rows = self._rows
        if isinstance(rows, range):
            return pos - rows.start if pos in rows else -1
        i = bisect_left(rows, pos)
        return i if i < len(rows) and rows[i] == pos else -1

    def _source_reset(self) -> None:
        index = self._source.doc_index
        try:
            self._rows = index.filter(self._status, self._needle)
        except ProjectError:  # the texts could not be read: every document, the filter forgotten
            self._rows, self._status, self._needle = range(len(index)), None, ""
            raise
        finally:
            self.endResetModel()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int] | None = None) -> None:
        for pos in range(top.row(), bottom.row() + 1):
            row = self.row_of(pos)
            if row >= 0:
                index = self.createIndex(row, 0)
                self.dataChanged.emit(index, index)

    # -- the proxy model ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 1

    def index(self, row: int, column: int = 0, parent: QModelIndex | None = None) -> QModelIndex:
        if (parent is not None and parent.isValid()) or column != 0 or not 0 <= row < len(self._rows):
            return QModelIndex()
        return self.createIndex(row, 0)

    def parent(self, child: QModelIndex | None = None) -> Any:  # without an index: QObject.parent()
        if child is None:
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, index: QModelIndex) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: QModelIndex | None = None) -> bool:
        return parent is None or not parent.isValid()

    def mapToSource(self, proxy_index: QModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[proxy_index.row()], 0)

    def mapFromSource(self, source_index: QModelIndex) -> QModelIndex:
        row = self.row_of(source_index.row()) if source_index.isValid() else -1
        return self.createIndex(row, 0) if row >= 0 else QModelIndex()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = index.row()
        pos = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            self._read_around(row, pos)
        return self._source.row_data(pos, role)

    def cell(self, row: int, _column: int = 0) -> tuple[str, None] | None:
        """What the list paints in a row: its text (the delegate's one question, ``cells.TextCells``)."""
        if not 0 <= row < len(self._rows):
            return None
        pos = self._rows[row]
        self._read_around(row, pos)
        return self._source.row_data(pos, Qt.ItemDataRole.DisplayRole), None

    def _read_around(self, row: int, pos: int) -> None:
        """A row about to be painted and not read yet: it and the rows around it, in one query."""
        doc_index = self._source.doc_index
        if not doc_index.cached(pos):
            with suppress(ProjectError):  # said by the row itself
                doc_index.prefetch(self._rows[max(0, row - _BEHIND) : row + _AHEAD])

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return None
