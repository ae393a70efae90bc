"""The side panels: documents, the current document's entities, the label palette.

Every item shows user text as plain text (list items never interpret markup).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Entity, Label, Status
from annotator.core.store import DocSummary

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
            self.status.addItem(f"{STATUS_MARK[st]} {st.value}", st.value)
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

    def show_documents(self, summaries: list[DocSummary], current: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self._ids = [s.id for s in summaries]
        for s in summaries:
            item = QListWidgetItem(f"{STATUS_MARK[s.status]}  {s.id}   ({s.entities})")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(f"{s.id}\n{s.status.value} · {s.entities} entities · {s.length} characters")
            self.list.addItem(item)
        if current in self._ids:
            self.list.setCurrentRow(self._ids.index(current))
        self.list.blockSignals(False)

    def ids(self) -> list[str]:
        return list(self._ids)

    def _chosen(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is not None:
            self.documentChosen.emit(item.data(Qt.ItemDataRole.UserRole))


class EntityListModel(QAbstractListModel):
    """The current document's entities for the list view: rows are fetched only when shown,
    so a document with 10,000 entities refreshes in the time it takes to copy a list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Entity] = []
        self._labels: dict[str, Label] = {}
        self._icons: dict[str, QIcon] = {}

    def set_rows(self, rows: list[Entity], labels: dict[str, Label]) -> None:
        self.beginResetModel()
        self._rows = rows
        if labels is not self._labels:
            self._labels = labels
            self._icons = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{e.label}  {e.text}  [{e.start}, {e.end})"
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(e.label)
            if icon is None:
                lb = self._labels.get(e.label)
                icon = self._icons[e.label] = swatch(lb.color if lb else "#999999")
            return icon
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def row_of(self, entity_id: str | None) -> int:
        for i, e in enumerate(self._rows):
            if e.id == entity_id:
                return i
        return -1


class EntityPanel(QListView):
    """The entities of the current document; choosing one selects it in the text."""

    entityChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityList")
        self.setUniformItemSizes(True)
        self.model_ = EntityListModel(self)
        self.setModel(self.model_)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)
        self._quiet = False

    def show_entities(self, entities: list[Entity], labels: dict[str, Label], selected: str | None) -> None:
        self.model_.set_rows(entities, labels)
        self.select(selected)

    def count(self) -> int:
        return self.model_.rowCount()

    def row_text(self, row: int) -> str:
        return self.model_.data(self.model_.index(row), Qt.ItemDataRole.DisplayRole)

    def select(self, entity_id: str | None) -> None:
        row = self.model_.row_of(entity_id) if entity_id else -1
        self._quiet = True
        if row < 0:
            self.clearSelection()
        else:
            idx = self.model_.index(row)
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
            item.setToolTip(lb.description or lb.name)
            self.addItem(item)
