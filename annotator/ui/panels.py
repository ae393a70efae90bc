"""The side panels: documents, the current document's entities, the label palette.

Every item shows user text as plain text (list items never interpret markup).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from annotator.core.model import Entity, Label, Status, entity_sort_key
from annotator.core.store import DocSummary

from .names import status_name
from .plain import fill, tooltip_text

plain_tooltip = tooltip_text  # the one helper (annotator/ui/plain.py), under its former name


STATUS_MARK = {Status.NEW: "○", Status.IN_PROGRESS: "◐", Status.DONE: "●", Status.SKIPPED: "–"}


def swatch(colour: str, size: int = 12) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(colour))
    return QIcon(pm)


class DocumentPanel(QWidget):
    """The project's documents, filtered by status and by text."""

    documentChosen = Signal(str)
    filterChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("documentFilter")
        self.search.setPlaceholderText(self.tr("Filter by id or text…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All"), None)
        for st in Status:
            self.status.addItem(f"{STATUS_MARK[st]} {status_name(st)}", st.value)
        self.list = QListWidget()
        self.list.setObjectName("documentList")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.list)
        self.search.textChanged.connect(lambda _: self.filterChanged.emit())
        self.status.currentIndexChanged.connect(lambda _: self.filterChanged.emit())
        self.list.currentItemChanged.connect(self._chosen)
        self._ids: list[str] = []
        self._lengths: dict[str, int] = {}

    def show_documents(self, summaries: list[DocSummary], current: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self._ids = [s.id for s in summaries]
        self._lengths = {s.id: s.length for s in summaries}
        for s in summaries:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self._describe(item, s.id, s.status, s.entities)
            self.list.addItem(item)
        if current in self._ids:
            self.list.setCurrentRow(self._ids.index(current))
        self.list.blockSignals(False)

    def _describe(self, item: QListWidgetItem, doc_id: str, status: Status, entities: int) -> None:
        item.setText(f"{STATUS_MARK[status]}  {doc_id}   ({entities})")
        item.setToolTip(tooltip_text(fill(self.tr("%1\n%2 · %3 entities · %4 characters"), doc_id,
                                          status_name(status), entities, self._lengths.get(doc_id, 0))))

    def update_document(self, doc_id: str, status: Status, entities: int) -> None:
        """One document's line after an edit (a full refresh reads every document)."""
        if doc_id in self._ids:
            self._describe(self.list.item(self._ids.index(doc_id)), doc_id, status, entities)

    def ids(self) -> list[str]:
        return list(self._ids)

    def _chosen(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is not None:
            self.documentChosen.emit(item.data(Qt.ItemDataRole.UserRole))


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

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return e.label if col == 0 else e.text if col == 1 else f"{e.start}–{e.end}"
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            icon = self._icons.get(e.label)
            if icon is None:
                lb = self._labels.get(e.label)
                icon = self._icons[e.label] = swatch(lb.color if lb else "#999999")
            return icon
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def row_of(self, entity: Entity | None) -> int:
        return self._find(entity) if entity is not None else -1


class EntityPanel(QTableView):
    """The entities of the current document; choosing one selects it in the text."""

    entityChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityList")
        self.model_ = EntityTableModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.horizontalHeader().setStretchLastSection(True)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)
        self._quiet = False

    def show_entities(self, entities: list[Entity], labels: dict[str, Label], selected: Entity | None) -> None:
        if labels:  # the label column fits the longest label name (measuring 10k rows would not)
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
        self.itemActivated.connect(lambda item: self.labelChosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def show_labels(self, labels: list[Label], in_doc: dict[str, int], in_project: dict[str, int]) -> None:
        self.clear()
        for lb in labels:
            key = f"[{lb.key}] " if lb.key else "    "
            item = QListWidgetItem(swatch(lb.color), f"{key}{lb.name}   {in_doc.get(lb.name, 0)} / "
                                                      f"{in_project.get(lb.name, 0)}")
            item.setData(Qt.ItemDataRole.UserRole, lb.name)
            item.setToolTip(tooltip_text(lb.description or lb.name))
            self.addItem(item)
