"""The claims dock: the document's claims, the selected claim's editor, the suggestions.

The editor's fields are ordinary keyboard-operable widgets (Tab between them, arrows or the
first letter to choose); every change is emitted as a new ``Claim`` for the window to apply
as one undoable operation. User text (claim text, sources, notes) is shown as plain text.
Attribute names, values and roles are shown by their display names in the interface
language (``ClaimSchema.shown``); the stored values stay the schema's identifiers.

A selected suggestion is shown here too, before it is accepted: its proposal (the fields,
read-only) and why it was suggested.

The claimant "a source…" needs a name: chosen with the name left empty, the editor goes back
to the stored claimant and says so (``said``), so the editor never shows what is not stored.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator.core.claims import DEFAULT_SCHEMA, ClaimSchema, get_value, with_data, with_value
from annotator.core.doclist import snippet
from annotator.core.model import Claim, Entity
from annotator.core.session import claim_sort_key
from annotator.core.suggest import Suggestion

from . import i18n
from .claim_pickers import entity_row, flat
from .names import suggestion_count
from .plain import fill, form_row, plain_label, tooltip_text

if TYPE_CHECKING:
    from annotator.core.changes import ClaimChange


def claim_row_text(c: Claim, schema: ClaimSchema = DEFAULT_SCHEMA, lang: str = "en") -> str:
    """A claim's row: id, type · certainty · check-worthiness (display names), the start of its text."""
    def shown(name: str) -> str:
        value = c.data.get(name)
        return schema.shown(lang, name, value) if isinstance(value, str) and value else "—"

    return f"{c.id}  {shown('type')} · {shown('certainty')} · {shown('checkworthy')}  {snippet(c.text)}"


class ClaimListModel(QAbstractListModel):
    """The open document's claims in document order (start, the longer first, id); a change
    inserts, removes or updates its rows only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Claim] = []
        self._keys: list[tuple[int, int, str]] = []
        self.schema, self.lang = DEFAULT_SCHEMA, "en"

    def set_claims(self, claims: list[Claim]) -> None:
        """The one full load (a document opened)."""
        self.beginResetModel()
        self._rows = sorted(claims, key=claim_sort_key)
        self._keys = [claim_sort_key(c) for c in self._rows]
        self.endResetModel()

    def apply(self, changes: tuple[ClaimChange, ...]) -> None:
        """Claims added (``old`` None), removed (``new`` None) or edited, in order."""
        for ch in changes:
            old, new = ch.old, ch.new
            if old is not None and new is not None and claim_sort_key(old) == claim_sort_key(new):
                row = self.row_of(old.id)
                if row >= 0:
                    self._rows[row] = new
                    index = self.index(row, 0)
                    self.dataChanged.emit(index, index)
                    continue
            if old is not None:
                self._remove(old)
            if new is not None:
                self._insert(new)

    def _insert(self, claim: Claim) -> None:
        key = claim_sort_key(claim)
        row = bisect.bisect_left(self._keys, key)
        if row < len(self._keys) and self._keys[row] == key:  # already there (a change applied twice)
            self._rows[row] = claim
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
            return
        self.beginInsertRows(QModelIndex(), row, row)
        self._keys.insert(row, key)
        self._rows.insert(row, claim)
        self.endInsertRows()

    def _remove(self, claim: Claim) -> None:
        key = claim_sort_key(claim)
        row = bisect.bisect_left(self._keys, key)
        if not (row < len(self._keys) and self._keys[row] == key):
            row = self.row_of(claim.id)  # its span as stored differs from the change's: by id
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._keys[row]
            del self._rows[row]
            self.endRemoveRows()

    def row_of(self, claim_id: str | None) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == claim_id), -1) if claim_id else -1

    def claim_at(self, row: int) -> Claim:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return claim_row_text(c, self.schema, self.lang)
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(c.text)
        return None


class ClaimPanel(QWidget):
    claimChosen = Signal(str)
    edited = Signal(object, object)  # old Claim, new Claim
    cueFromSelection = Signal()
    addArgument = Signal(str)  # role: the selected entity becomes an argument
    acceptAll = Signal()
    rejectAll = Signal()
    pickClaimant = Signal()  # open the searchable claimant list
    said = Signal(str)  # a message for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimPanel")
        self.claim: Claim | None = None
        self.suggestion: Suggestion | None = None  # shown read-only instead of a claim
        self._entities: list[Entity] = []
        self._text = ""
        self._schema = DEFAULT_SCHEMA
        self._loading = False
        self.model = ClaimListModel(self)
        self.list = QListView()
        self.list.setObjectName("claimList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestion_info = plain_label()
        accept_all = QPushButton(self.tr("Accept all"))
        reject_all = QPushButton(self.tr("Reject all"))
        accept_all.setObjectName("acceptAllSuggestions")
        reject_all.setObjectName("rejectAllSuggestions")
        suggestions = QHBoxLayout()
        suggestions.addWidget(self.suggestion_info, 1)
        suggestions.addWidget(accept_all)
        suggestions.addWidget(reject_all)

        self.fields: dict[str, QComboBox] = {}
        self.attr_form = QFormLayout()  # one row per attribute of the project's claim schema
        form = QFormLayout()
        form.addRow(self.attr_form)
        self.claimant = QComboBox()
        self.claimant.setObjectName("claim_claimant")
        self.claimant.currentIndexChanged.connect(lambda _=0: self._claimant_changed())
        self.source = QLineEdit()
        self.source.setObjectName("claim_source")
        self.source.setPlaceholderText(self.tr("who says it (a source not in the text)"))
        self.source.editingFinished.connect(self._source_finished)
        pick = QPushButton(self.tr("Search… (Ctrl+K)"))
        pick.setObjectName("pickClaimant")
        pick.clicked.connect(self.pickClaimant.emit)
        claimant_row = QHBoxLayout()
        claimant_row.addWidget(self.claimant, 1)
        claimant_row.addWidget(pick)
        form_row(form, self.tr("claimant"), claimant_row)
        form_row(form, "", self.source)
        self.cue = plain_label(name="claim_cue")
        cue_set = QPushButton(self.tr("From selection"))
        cue_set.setObjectName("cueFromSelection")
        cue_clear = QPushButton(self.tr("Clear"))
        cue_row = QHBoxLayout()
        cue_row.addWidget(self.cue, 1)
        cue_row.addWidget(cue_set)
        cue_row.addWidget(cue_clear)
        form_row(form, self.tr("cue"), cue_row)
        self.arguments = QListWidget()
        self.arguments.setObjectName("claim_arguments")
        self.arguments.setMaximumHeight(90)
        self.role = QComboBox()
        self.role.setObjectName("claim_role")
        self.role.setEditable(True)
        add_arg = QPushButton(self.tr("Add selected entity"))
        add_arg.setObjectName("addArgument")
        remove_arg = QPushButton(self.tr("Remove"))
        arg_row = QHBoxLayout()
        arg_row.addWidget(self.role)
        arg_row.addWidget(add_arg)
        arg_row.addWidget(remove_arg)
        form_row(form, self.tr("arguments"), self.arguments)
        form_row(form, "", arg_row)
        self.note = QLineEdit()
        self.note.setObjectName("claim_note")
        self.note.editingFinished.connect(lambda: self._set("note", self.note.text()))
        form_row(form, self.tr("note"), self.note)
        self.editor = QWidget()
        self.editor.setLayout(form)
        self.proposal = plain_label(name="claim_proposal", wrap=True)  # a suggestion's text and reasons
        # a fixed size: stepping through suggestions changes its text, never the window's layout
        self.proposal.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.proposal.setFixedHeight(self.proposal.fontMetrics().lineSpacing() * 4 + 4)
        self.proposal.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.proposal.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 1)
        lay.addLayout(suggestions)
        lay.addWidget(self.proposal)
        # scrolled when the dock is short: the editor's fields never make the window taller than the screen
        scroll = QScrollArea()
        scroll.setObjectName("claimEditorScroll")
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        lay.addWidget(scroll, 2)
        self.list.selectionModel().currentChanged.connect(
            lambda index, _prev: index.isValid() and not self._loading
            and self.claimChosen.emit(self.model.data(index, Qt.ItemDataRole.UserRole)))
        cue_set.clicked.connect(self.cueFromSelection.emit)
        cue_clear.clicked.connect(lambda: self._set("cue", None))
        add_arg.clicked.connect(lambda: self.addArgument.emit(self.chosen_role()))
        remove_arg.clicked.connect(self._remove_argument)
        accept_all.clicked.connect(self.acceptAll.emit)
        reject_all.clicked.connect(self.rejectAll.emit)
        self.set_schema(DEFAULT_SCHEMA)
        self.show_claim(None, [])

    def set_schema(self, schema: ClaimSchema) -> None:
        """Rebuild the attribute fields and roles from the project's claim schema."""
        while self.attr_form.rowCount():
            self.attr_form.removeRow(0)
        self.fields = {}
        self._schema = schema
        lang = i18n.language()
        self.model.schema, self.model.lang = schema, lang
        for attr in schema.attributes:
            combo = QComboBox()
            combo.setObjectName(f"claim_{attr.name}")
            combo.addItem("—", None)
            for value, key in zip(attr.values, attr.keys, strict=True):
                shown = schema.shown(lang, attr.name, value)
                combo.addItem(f"{shown}  [{key}]" if key else shown, value)
            combo.currentIndexChanged.connect(lambda _=0, name=attr.name: self._field_changed(name))
            self.fields[attr.name] = combo
            form_row(self.attr_form, schema.shown(lang, attr.name), combo)  # the project's own name: plain text
        self.role.clear()
        for role in schema.roles:
            self.role.addItem(schema.shown(lang, role, role=True), role)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 0))
        self.show_claim(self.claim, self._entities, self._text)

    def chosen_role(self) -> str:
        """The role identifier chosen (a display name chosen gives its identifier; a typed one is kept)."""
        typed = self.role.currentText().strip()
        i = self.role.findText(typed)
        return (self.role.itemData(i) if i >= 0 else typed) or (self._schema.roles[0] if self._schema.roles
                                                                  else "subject")

    def role_name(self, role: str) -> str:
        return self._schema.shown(i18n.language(), role, role=True)

    # -- showing ------------------------------------------------------------------------
    def show_claims(self, claims: list[Claim], selected: str | None, n_suggestions: int) -> None:
        """The one full load of the list (a document opened); ``n_suggestions`` < 0: none shown."""
        self._loading = True
        try:
            self.model.set_claims(claims)
        finally:
            self._loading = False
        self.select(selected)
        self.show_suggestion_count(n_suggestions)

    def apply_claim_changes(self, changes: tuple[ClaimChange, ...], selected: str | None) -> None:
        """The rows of the open document's claims that ``changes`` add, remove or edit; then
        ``selected`` selected (without ``claimChosen``)."""
        self._loading = True
        try:
            self.model.apply(changes)
        finally:
            self._loading = False
        self.select(selected)

    def select(self, claim_id: str | None) -> None:
        """Select the row of ``claim_id`` (none when None or not listed), without ``claimChosen``."""
        row = self.model.row_of(claim_id)
        selection = self.list.selectionModel()
        self._loading = True
        try:
            if row < 0:
                selection.clear()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list.scrollTo(index)
        finally:
            self._loading = False

    def show_suggestion_count(self, n_suggestions: int) -> None:
        """How many claim suggestions the text shows (nothing said when < 0: suggestions off)."""
        self.suggestion_info.setText(suggestion_count(n_suggestions) if n_suggestions >= 0 else "")

    def count(self) -> int:
        """Claims listed."""
        return self.model.rowCount()

    def row_text(self, row: int) -> str:
        """What row ``row`` of the list shows."""
        return self.model.data(self.model.index(row, 0))

    def claim_ids(self) -> list[str]:
        """The ids listed, in order."""
        return [self.model.claim_at(i).id for i in range(self.model.rowCount())]

    def show_suggestion(self, sg: Suggestion | None, entities: list[Entity], text: str = "",
                        reasons: list[str] | None = None) -> None:
        """``sg``'s proposal in the (read-only) editor, with its text and why it was suggested."""
        if sg is None:
            self.show_claim(None, entities, text)
            return
        self.show_claim(Claim("", sg.start, sg.end, sg.text, dict(sg.data)), entities, text, proposal=True)
        self.claim, self.suggestion = None, sg
        self.editor.setEnabled(False)
        why = "; ".join(reasons or [])
        self.proposal.setText(self.tr("Suggested claim, not accepted yet: A accept, R reject, E accept and edit")
                              + ("\n" + fill(self.tr("why: %1"), why) if why else ""))
        if not self.proposal.isVisible():
            self.proposal.show()

    def show_claim(self, claim: Claim | None, entities: list[Entity], text: str = "", *,
                   proposal: bool = False) -> None:
        """``claim`` in the editor (``proposal``: a suggestion's, the proposal line stays)."""
        self._loading = True
        self.claim = claim
        self.suggestion = None
        if not proposal and not self.proposal.isHidden():
            self.proposal.hide()
        self._entities = entities
        self._text = text
        self.editor.setEnabled(claim is not None)
        data = claim.data if claim else {}
        for name, combo in self.fields.items():
            i = combo.findData(get_value(claim, name)) if claim else -1
            combo.setCurrentIndex(i if i >= 0 else 0)
        self.claimant.clear()
        # item data are strings ("author", "source", "entity:T1"): they survive QVariant unchanged
        self.claimant.addItem(self.tr("the author"), "author")
        self.claimant.addItem(self.tr("not named (a passive, an unnamed source)"), "none")
        self.claimant.addItem(self.tr("a source…"), "source")
        for e in entities:
            self.claimant.addItem(entity_row(e, text), f"entity:{e.id}")
        claimant = _stored_claimant(data)
        kind = claimant.get("kind")
        index = self.claimant.findData(f"entity:{claimant.get('entity')}" if kind == "entity" else kind)
        self.claimant.setCurrentIndex(max(0, index))
        self.source.setText(claimant.get("text", "") if kind == "source" else "")
        self.source.setEnabled(kind == "source")
        cue = data.get("cue")
        self.cue.setText(f"{cue['text']}  [{cue['start']}, {cue['end']})" if isinstance(cue, dict) else "—")
        self.arguments.clear()
        by_id = {e.id: e for e in entities}
        for a in data.get("arguments") or []:
            e = by_id.get(a.get("entity"))
            role = a.get("role")
            self.arguments.addItem(f"{self.role_name(role) if isinstance(role, str) else '?'}: "
                                   f"{entity_row(e, text) if e else flat(str(a.get('entity')))}")
        self.note.setText(data.get("note") or "")
        self._loading = False

    # -- editing ------------------------------------------------------------------------
    def _set(self, name: str, value: Any) -> None:
        if self._loading or self.claim is None or self.claim.data.get(name) == value:
            return
        old = self.claim
        self.edited.emit(old, with_data(old, **{name: value}))

    def _field_changed(self, name: str) -> None:
        if self._loading or self.claim is None:
            return
        value = self.fields[name].currentData()
        if get_value(self.claim, name) != value:
            self.edited.emit(self.claim, with_value(self.claim, name, value))

    def _claimant_changed(self) -> None:
        if self._loading:
            return
        kind, _, entity = (self.claimant.currentData() or "author").partition(":")
        self.source.setEnabled(kind == "source")
        if kind == "entity":
            self._set("claimant", {"kind": "entity", "entity": entity})
        elif kind == "source":
            text = self.source.text().strip()
            if text:
                self._set("claimant", {"kind": "source", "text": text})
            else:
                self.source.setFocus()  # its name first: nothing is stored until it has one
        elif kind == "none":
            self._set("claimant", None)
        else:
            self._set("claimant", {"kind": "author"})

    def _source_finished(self) -> None:
        if self._loading or self.claim is None or self.claimant.currentData() != "source":
            return
        text = self.source.text().strip()
        if text:
            self._set("claimant", {"kind": "source", "text": text})
        else:  # left empty: the stored claimant stays, and is shown again
            self._show_stored_claimant()
            self.said.emit(self.tr("A source needs a name: the claimant is unchanged"))

    def _show_stored_claimant(self) -> None:
        claim = self.claim
        claimant = _stored_claimant(claim.data if claim else {"claimant": {"kind": "author"}})
        kind = claimant.get("kind")
        self._loading = True
        try:
            index = self.claimant.findData(f"entity:{claimant.get('entity')}" if kind == "entity" else kind)
            self.claimant.setCurrentIndex(max(0, index))
            self.source.setText(claimant.get("text", "") if kind == "source" else "")
            self.source.setEnabled(kind == "source")
        finally:
            self._loading = False

    def focus_editor(self) -> None:
        """The keyboard goes to the editor's first field (after accept-and-edit)."""
        first = next(iter(self.fields.values()), None)
        if first is not None and self.editor.isEnabled():
            first.setFocus()

    def _remove_argument(self) -> None:
        row = self.arguments.currentRow()
        if self.claim is not None and row >= 0:
            args = list(self.claim.data.get("arguments") or [])
            del args[row]
            self._set("arguments", args)


def _stored_claimant(data: dict[str, Any]) -> dict[str, Any]:
    """The claimant as the editor shows it: ``null`` (a suggestion whose source the sentence
    does not name) is "not named", a missing or malformed one the author."""
    if "claimant" in data and data["claimant"] is None:
        return {"kind": "none"}
    claimant = data.get("claimant")
    return claimant if isinstance(claimant, dict) else {"kind": "author"}
