"""The find bar (Ctrl+F): a string or a lemma, its matches, and "label all"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Label

from .plain import plain_label


class FindBar(QWidget):
    changed = Signal()  # the needle or the lemma option changed
    step = Signal(int)  # +1 next match, -1 previous
    labelAll = Signal(str, bool)  # label, whole project?
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.input = QLineEdit()
        self.input.setObjectName("findInput")
        self.input.setPlaceholderText(self.tr("Find in the document"))
        self.lemma = QCheckBox(self.tr("Same lemma"))
        self.lemma.setObjectName("findByLemma")
        self.lemma.setToolTip(self.tr("Match every word with the same dictionary form (述べ finds 述べる)"))
        self.count = plain_label(name="findCount")
        self.label = QComboBox()
        self.label.setObjectName("findLabel")
        # a label name may be 100 wide characters: elided, it never widens the window past the screen
        self.label.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label.setMinimumContentsLength(14)
        self.in_doc = QPushButton(self.tr("Label all in document"))
        self.in_doc.setObjectName("labelAllDocument")
        self.in_project = QPushButton(self.tr("Label all in project"))
        self.in_project.setObjectName("labelAllProject")
        close = QPushButton("×")
        close.setFlat(True)
        close.setToolTip(self.tr("Close (Esc)"))
        # Two rows: the search on top (the input gets the width), "label all" below.
        self.input.setMinimumWidth(160)
        top = QHBoxLayout()
        for w in (self.input, self.lemma, self.count, close):
            top.addWidget(w)
        top.setStretch(0, 1)
        bottom = QHBoxLayout()
        for w in (self.label, self.in_doc, self.in_project):
            bottom.addWidget(w)
        bottom.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(2)
        lay.addLayout(top)
        lay.addLayout(bottom)
        self.input.textChanged.connect(lambda _: self.changed.emit())
        self.lemma.toggled.connect(lambda _: self.changed.emit())
        self.input.installEventFilter(self)
        self.in_doc.clicked.connect(lambda: self.labelAll.emit(self.label.currentData(), False))
        self.in_project.clicked.connect(lambda: self.labelAll.emit(self.label.currentData(), True))
        close.clicked.connect(self.close_bar)
        self.hide()

    def set_labels(self, labels: list[Label]) -> None:
        current = self.label.currentData()
        self.label.clear()
        for lb in labels:
            self.label.addItem(lb.name, lb.name)
        if current is not None and self.label.findData(current) >= 0:
            self.label.setCurrentIndex(self.label.findData(current))

    def open_bar(self, text: str = "") -> None:
        if text:
            self.input.setText(text)
        self.show()
        self.input.setFocus()
        self.input.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys typed in the input: Esc closes, Enter / Shift+Enter go to the next / previous match."""
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.step.emit(-1 if back else 1)
                return True
        return super().eventFilter(watched, event)
