"""The label-set editor: add, rename, recolour, re-key, describe, remove.

Every change is applied at once as a core operation (undoable with Ctrl+Z in the window);
a change the project refuses (a key already used, a name taken, a label still in use) is
shown and the table goes back to what the project holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import PALETTE, Label
from annotator.core.ops import AddLabel, Operation, RemoveLabel, UpdateLabel
from annotator.core.palette import contrast_ratio

from .plain import fill, plain_label, window_title

KEY, NAME, COLOUR, DESCRIPTION = range(4)


class LabelEditor(QDialog):
    def __init__(self, labels: Callable[[], list[Label]], apply: Callable[[Operation], str | None],
                 parent: QWidget | None = None, *, locked: bool = False) -> None:
        """``locked``: this user may not edit the label set (an annotator on a server): shown only."""
        super().__init__(parent)
        self._locked = locked
        self.setObjectName("labelEditor")
        self.setWindowTitle(self.tr("Label Set"))
        self.resize(620, 380)
        self._labels = labels
        self._apply = apply  # returns an error message, or None when applied
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("labelTable")
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Name"), self.tr("Colour"),
                                              self.tr("Description")])
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.message = plain_label(name="labelEditorMessage", wrap=True)  # may name a label
        self.message.setStyleSheet("color: #b00020")
        add = QPushButton(self.tr("&Add Label"))
        remove = QPushButton(self.tr("&Remove Label"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for b in (add, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        add.clicked.connect(self.add_label)
        remove.clicked.connect(self.remove_label)
        close.clicked.connect(self.accept)
        self.table.itemChanged.connect(self._edited)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        if locked:
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            add.setEnabled(False)
            remove.setEnabled(False)
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Only a curator edits the label set of a project on a server: "
                                         "it is shown here as it is."))
        self.reload()

    def reload(self) -> None:
        self.table.blockSignals(True)
        labels = self._labels()
        self.table.setRowCount(len(labels))
        for row, lb in enumerate(labels):
            for col, text in ((KEY, lb.key), (NAME, lb.name), (COLOUR, lb.color), (DESCRIPTION, lb.description)):
                item = QTableWidgetItem(text)
                if col == COLOUR:
                    item.setBackground(QColor(lb.color))
                    # its name readable on its own colour: black or white, whichever contrasts more
                    if QColor(lb.color).isValid():
                        hex_colour = QColor(lb.color).name()
                        dark = contrast_ratio(hex_colour, "#000000") >= contrast_ratio(hex_colour, "#ffffff")
                        item.setForeground(QColor("#000000" if dark else "#ffffff"))
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(self.tr("Double-click to choose a colour"))
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)

    def _label_at(self, row: int) -> Label:
        return self._labels()[row]

    def _run(self, op: Operation) -> None:
        error = self._apply(op)
        self.message.setText(error or "")
        self.reload()

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.row() >= len(self._labels()):  # removed meanwhile (another window, another program)
            self.reload()
            return
        old = self._label_at(item.row())
        text = item.text().strip()
        col = item.column()
        new = Label(
            text if col == NAME else old.name,
            old.color,
            text if col == KEY else old.key,
            text if col == DESCRIPTION else old.description,
        )
        if new != old:
            self._run(UpdateLabel(old, new))

    def _double_clicked(self, row: int, col: int) -> None:
        if self._locked or col != COLOUR or row >= len(self._labels()):
            return
        old = self._label_at(row)
        colour = QColorDialog.getColor(QColor(old.color), self, window_title(fill(self.tr("Colour of %1"), old.name)))
        if colour.isValid():
            self._run(UpdateLabel(old, Label(old.name, colour.name(), old.key, old.description)))

    def add_label(self) -> None:
        labels = self._labels()
        names = {lb.name for lb in labels}
        n = len(labels) + 1
        while f"LABEL{n}" in names:
            n += 1
        keys = {lb.key for lb in labels}
        key = next((str(d) for d in range(1, 10) if str(d) not in keys), "")
        self._run(AddLabel(Label(f"LABEL{n}", PALETTE[len(labels) % len(PALETTE)], key, "")))
        self.table.setCurrentCell(self.table.rowCount() - 1, NAME)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, NAME))

    def remove_label(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._labels()):
            self._run(RemoveLabel(self._label_at(row)))
