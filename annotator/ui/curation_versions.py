"""Another annotator's version of the open document, shown read-only beside the working layer
(issue 14, item 1): a banner says whose version it is and that it cannot be edited, and a
text view (the window's own painter) shows their entities over the same text. The window's
editing keys are bound to the main text view only; a key typed here is refused with a
status message, so nothing can edit a version that is not the working layer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from annotator.core.doctokens import DocTokens
from annotator.core.entity_index import EntityIndex
from annotator.core.model import Document, Label

from .plain import fill, plain_label
from .text_view import TextView

translate = QCoreApplication.translate

#: Keys that move around the read-only view (everything else is refused: it would edit).
MOVING = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
                    Qt.Key.Key_End, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
                    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta})


class ReadOnlyTextView(TextView):
    """A text view nothing edits: keys that would are refused (``refused()`` tells the user)."""

    def __init__(self, refused: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionView")
        self.refused = refused

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in MOVING:
            super().keyPressEvent(event)
            return
        event.accept()
        self.refused()


class VersionPane(QWidget):
    """The "Version" dock's page: a chooser, the read-only banner and the version's text."""

    versionChosen = Signal(str)  # an annotator's name, "" for the working layer

    def __init__(self, refused: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionPane")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 0)
        self.chooser = QComboBox()
        self.chooser.setObjectName("versionChooser")
        self.chooser.activated.connect(lambda i: self.versionChosen.emit(self.chooser.itemData(i) or ""))
        top.addWidget(plain_label(translate("MainWindow", "Show version:")))
        top.addWidget(self.chooser, 1)
        self.banner = plain_label(name="versionBanner", wrap=True)
        self.banner.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 3px 6px; }")
        self.view = ReadOnlyTextView(refused)
        column.addLayout(top)
        column.addWidget(self.banner)
        column.addWidget(self.view, 1)
        self.name = ""  # whose version is shown ("" none)

    def set_choices(self, working: str, names: list[str], current: str) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItem(fill(translate("MainWindow", "Working layer (%1, editable)"), working), "")
        for name in names:
            self.chooser.addItem(name, name)  # combo entries are plain text
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(current)) if current else 0)
        self.chooser.blockSignals(False)

    def show_version(self, name: str, doc: Document | None, text: str, tokens: DocTokens | None,
                     labels: list[Label]) -> None:
        """Show ``name``'s version ``doc`` of the open document (None: they have none)."""
        self.name = name
        self.view.set_labels(labels)
        if doc is None:
            self.banner.setText(fill(translate("MainWindow", "%1 has no version of this document."), name))
            self.view.set_document(text, tokens or DocTokens(text), EntityIndex())
            return
        self.banner.setText(fill(translate("MainWindow", "%1's version (%2 entities, %3 claims) — read-only: "
                                                         "edit the working layer in the main text."),
                                 name, len(doc.entities), len(doc.claims)))
        same = tokens is not None and doc.text == text
        self.view.set_document(doc.text, tokens if same and tokens is not None else DocTokens(doc.text),
                               EntityIndex(doc.entities))
        self.view.set_claims(list(doc.claims))
