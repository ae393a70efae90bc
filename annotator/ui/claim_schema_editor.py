"""The claim-schema editor: attributes, their values and keys, and argument roles.

One row per value (attribute, value, key); rows of one attribute form that attribute, in
order; the last column shows how the interface names the attribute and the value in its
language (the schema's display names: what is stored stays the identifier). "Apply" makes
the whole schema one undoable operation, refused with a message when the schema would be
inconsistent (a key used twice, a built-in attribute removed...).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.claims import Attribute, ClaimSchema
from annotator.core.ops import Operation, SetClaimSchema

from . import i18n
from .plain import plain_label, tooltip_text


class ClaimSchemaEditor(QDialog):
    def __init__(self, schema: Callable[[], ClaimSchema], apply: Callable[[Operation], str | None],
                 parent: QWidget | None = None, *, locked: bool = False) -> None:
        """``locked``: this user may not edit the claim schema (an annotator on a server): shown only."""
        super().__init__(parent)
        self.setObjectName("claimSchemaEditor")
        self.setWindowTitle(self.tr("Claim Schema"))
        self.resize(520, 460)
        self._schema, self._apply = schema, apply
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Attribute"), self.tr("Value"), self.tr("Key"),
                                              self.tr("Shown as")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.roles = QLineEdit()
        self.roles.setPlaceholderText(self.tr("argument roles, comma-separated"))
        self.message = plain_label(name="claimSchemaMessage", wrap=True)  # may name an attribute
        self.message.setStyleSheet("color: #b00020")
        add, remove, apply_button, close = (QPushButton(t) for t in (
            self.tr("Add Value"), self.tr("Remove Value"), self.tr("Apply"), self.tr("Close")))
        apply_button.setObjectName("applySchema")
        buttons = QHBoxLayout()
        for b in (add, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(apply_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(plain_label(self.tr("Roles")))
        lay.addWidget(self.roles)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        add.clicked.connect(self.add_row)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        apply_button.clicked.connect(self.apply)
        close.clicked.connect(self.accept)
        if locked:
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.roles.setReadOnly(True)
            for b in (add, remove, apply_button):
                b.setEnabled(False)
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Only a curator edits the claim schema of a project on a server: "
                                         "it is shown here as it is."))
        self.reload()

    def reload(self) -> None:
        schema = self._schema()
        lang = i18n.language()
        rows = [(a.name, v, k, f"{schema.shown(lang, a.name)} · {schema.shown(lang, a.name, v)}")
                for a in schema.attributes for v, k in zip(a.values, a.keys, strict=True)]
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:  # what the interface shows: not edited here
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.roles.setText(", ".join(schema.roles))
        self.roles.setToolTip(tooltip_text(", ".join(schema.shown(lang, r, role=True) for r in schema.roles)))

    def add_row(self) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        attribute = self.table.item(r - 1, 0).text() if r else ""
        for c, text in enumerate((attribute, "", "", "")):
            self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setCurrentCell(r, 1)

    def schema_from_table(self) -> ClaimSchema:
        order: list[str] = []
        values: dict[str, list[tuple[str, str]]] = {}
        for r in range(self.table.rowCount()):
            name, value, key = ((self.table.item(r, c).text().strip() if self.table.item(r, c) else "")
                                for c in range(3))
            if not name and not value:
                continue
            if name not in values:
                order.append(name)
                values[name] = []
            values[name].append((value, key.lower()))
        attributes = tuple(Attribute(n, tuple(v for v, _ in values[n]), tuple(k for _, k in values[n]))
                           for n in order)
        roles = tuple(r.strip() for r in self.roles.text().split(",") if r.strip())
        return ClaimSchema(attributes, roles, self._schema().display)  # display names kept

    def apply(self) -> None:
        new = self.schema_from_table()
        problem = new.check()
        if problem is None:
            problem = self._apply(SetClaimSchema(self._schema().to_json(), new.to_json()))
        self.message.setText(problem or self.tr("Applied."))
        if problem is None:
            self.reload()
