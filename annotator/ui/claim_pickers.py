"""Keyboard pickers of the claim editor: the claimant (a searchable list of every entity of
the document, or a source typed in) and an argument's role.

Entities are shown with a few characters of text around them, so that two mentions of the
same name are told apart by where they stand, not by an id. Everything shown is plain text
(``QListWidget`` items are never rich text).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from annotator.core.doclist import snippet
from annotator.core.model import Entity

from .plain import menu_text

#: Characters of context shown on each side of an entity.
CONTEXT_CHARS = 6


def flat(text: str) -> str:
    """``text`` on one line: runs of white space (line breaks too) become one space."""
    return " ".join(text.split())


def entity_context(e: Entity, text: str, chars: int = CONTEXT_CHARS) -> str:
    """``…before[entity]after…``: where the entity stands in ``text``."""
    before = flat(text[max(0, e.start - chars) : e.start])
    after = flat(text[e.end : e.end + chars])
    return (f"{'…' if e.start > chars else ''}{before}[{snippet(e.text, 24)}]{after}"
            f"{'…' if e.end + chars < len(text) else ''}")


def entity_row(e: Entity, text: str) -> str:
    """A claimant or argument entity as listed: its label, its text and its context."""
    return f"{e.label}: {snippet(e.text, 24)} — {entity_context(e, text)}" if text else f"{e.label}: {e.text}"


class ClaimantPicker(QFrame):
    """A popup: a filter line and the list it filters. Enter takes the current row (the author,
    an entity, or the typed text as a source); Esc closes without a change."""

    chosen = Signal(object)  # the claimant object: {"kind": "author" | "entity" | "source", ...}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("claimantPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.filter = QLineEdit()
        self.filter.setObjectName("claimantFilter")
        self.filter.setPlaceholderText(self.tr("Search the entities, or type a source"))
        self.list = QListWidget()
        self.list.setObjectName("claimantList")
        self.list.setUniformItemSizes(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.filter)
        lay.addWidget(self.list)
        self.resize(460, 320)
        self._rows: list[tuple[str, dict[str, Any]]] = []  # (row text, claimant)
        self._search: list[str] = []  # what the filter matches, per row
        self._source: QListWidgetItem | None = None
        self.filter.textChanged.connect(self._refilter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._take)

    def open(self, entities: list[Entity], text: str, current: dict[str, Any] | None, at: QPoint) -> None:
        """Show the picker at ``at`` (global) on ``entities`` (document order), ``current`` chosen."""
        self.list.clear()
        self._rows = [(self.tr("the author"), {"kind": "author"})]
        self._rows += [(entity_row(e, text), {"kind": "entity", "entity": e.id}) for e in entities]
        self._search = [r.casefold() for r, _ in self._rows]
        for row, claimant in self._rows:
            item = QListWidgetItem(row)
            item.setData(Qt.ItemDataRole.UserRole, claimant)
            self.list.addItem(item)
        self._source = QListWidgetItem()
        self.list.addItem(self._source)
        self.filter.clear()
        self._refilter("")
        current = current or {"kind": "author"}
        row = next((i for i, (_, c) in enumerate(self._rows) if c == current), 0)
        self.list.setCurrentRow(row)
        self.move(at)
        self.show()
        self.raise_()
        self.activateWindow()
        self.filter.setFocus()

    def _refilter(self, typed: str) -> None:
        needle = typed.strip().casefold()
        first = -1
        for i, hay in enumerate(self._search):
            hide = bool(needle) and needle not in hay
            self.list.item(i).setHidden(hide)
            if not hide and first < 0 and (i > 0 or not needle):
                first = i
        assert self._source is not None
        source = typed.strip()
        self._source.setHidden(not source)
        self._source.setText(self.tr("a source: %1").replace("%1", flat(source)))
        self._source.setData(Qt.ItemDataRole.UserRole, {"kind": "source", "text": source})
        if needle:
            self.list.setCurrentRow(first if first >= 0 else self.list.row(self._source))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._take(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _take(self, item: QListWidgetItem | None) -> None:
        if item is None or item.isHidden():
            return
        claimant = item.data(Qt.ItemDataRole.UserRole)
        self.close()
        self.chosen.emit(dict(claimant))

    def visible_rows(self) -> list[str]:
        """The rows shown now (for tests and the screenshots)."""
        return [self.list.item(i).text() for i in range(self.list.count()) if not self.list.item(i).isHidden()]


class RoleMenu(QMenu):
    """The roles of the project's claim schema, keyed 1, 2, 3...: one key adds the entity under
    the cursor as an argument with that role."""

    roleChosen = Signal(str)

    def __init__(self, roles: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``roles``: (identifier, display name) in the schema's order."""
        super().__init__(parent)
        self.setObjectName("roleMenu")
        for i, (role, shown) in enumerate(roles[:9]):
            act = self.addAction(f"&{i + 1}  {menu_text(shown)}")
            act.setObjectName(f"role_{i + 1}")
            act.triggered.connect(lambda _=False, r=role: self.roleChosen.emit(r))

    def event(self, event: QEvent) -> bool:
        # the digits are the label keys of the text view too: while the menu is open they are its own
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.text().isdigit():
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1-9 choose at once (also where the platform shows no mnemonics)."""
        text = event.text()
        actions = self.actions()
        if len(text) == 1 and text.isdigit() and 1 <= int(text) <= len(actions):
            self.close()
            actions[int(text) - 1].trigger()
            return
        super().keyPressEvent(event)
