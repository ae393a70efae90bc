"""The preview of "label all": every occurrence with its context and a check box, and a count,
before anything is labelled. Occurrences inside a longer word (京都 in 東京都) are listed but
not checked unless the annotator asks for them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.editing import Occurrence

from .document_model import shown_id
from .names import document_count, match_count
from .plain import fill, plain_label, window_title

#: Line breaks, tabs and other controls in a context: shown as one visible mark each, never applied.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _shown(text: str) -> str:
    return _CONTROLS.sub(lambda m: "⏎" if m.group() in "\r\n\u2028\u2029" else "·", text)


def occurrence_text(occ: Occurrence, *, show_doc: bool) -> str:
    """One row: [document] …before【match】after…, and the longer word it lies in."""
    row = f"{_shown(occ.before)}【{_shown(occ.text)}】{_shown(occ.after)}"
    if show_doc:
        row = f"{shown_id(occ.doc_id)}   {row}"
    if occ.inside is not None:
        row += "   " + fill(LabelAllDialog.tr("(inside %1)"), _shown(occ.inside))
    return row


class LabelAllDialog(QDialog):
    """Checked occurrences are labelled when the annotator presses "Label" (``chosen``)."""

    chosen = Signal(list)  # the checked Occurrences

    def __init__(self, occurrences: list[Occurrence], label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelAllDialog")
        self.setWindowTitle(window_title(fill(self.tr("Label All as %1"), label)))
        self.occurrences = occurrences
        show_doc = len({o.doc_id for o in occurrences}) > 1
        layout = QVBoxLayout(self)
        self.summary = plain_label(parent=self, name="labelAllSummary")
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setObjectName("labelAllList")
        for occ in occurrences:
            item = QListWidgetItem(occurrence_text(occ, show_doc=show_doc))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if occ.inside is None else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        inside = sum(o.inside is not None for o in occurrences)
        self.include_inside = QCheckBox(self.tr("Also label the match inside a longer word") if inside == 1 else
                                        fill(self.tr("Also label the %1 matches inside longer words"), inside), self)
        self.include_inside.setObjectName("labelAllInside")
        self.include_inside.setEnabled(inside > 0)
        self.include_inside.toggled.connect(self._include_inside)
        layout.addWidget(self.include_inside)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("labelAllApply")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemChanged.connect(self._count)
        self.list.setCurrentRow(0)
        self.list.setFocus()
        self._count()
        self.resize(640, 420)

    def checked(self) -> list[Occurrence]:
        return [occ for i, occ in enumerate(self.occurrences)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _include_inside(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i, occ in enumerate(self.occurrences):
            if occ.inside is not None:
                self.list.item(i).setCheckState(state)

    def _count(self, *_args: object) -> None:
        n = len(self.checked())
        docs = len({o.doc_id for o in self.occurrences})
        self.summary.setText(fill(self.tr("%1 of %2 in %3 will be labelled. Space checks or unchecks the "
                                          "selected one."), n, match_count(len(self.occurrences)),
                                  document_count(docs)))
        self.ok.setText(fill(self.tr("Label %1"), n))
        self.ok.setEnabled(n > 0)

    def accept(self) -> None:
        chosen = self.checked()
        super().accept()
        if chosen:
            self.chosen.emit(chosen)
