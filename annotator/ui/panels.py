"""The side panels: documents, the current document's entities, the label palette.

Every item shows user text as plain text (list items never interpret markup).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
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


class EntityPanel(QListWidget):
    """The entities of the current document; selecting one selects it in the text."""

    entityChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityList")
        self.currentItemChanged.connect(self._chosen)

    def show_entities(self, entities: list[Entity], labels: dict[str, Label], selected: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        for e in entities:
            item = QListWidgetItem(swatch(labels[e.label].color if e.label in labels else "#999999"),
                                   f"{e.label}  {e.text}  [{e.start}, {e.end})")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.addItem(item)
            if e.id == selected:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def select(self, entity_id: str | None) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == entity_id:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                break
        self.blockSignals(False)

    def _chosen(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is not None:
            self.entityChosen.emit(item.data(Qt.ItemDataRole.UserRole))


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
