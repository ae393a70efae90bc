"""Claims in the window: creating them (C), their attribute keys, the editor, the suggestions
and the claim-schema editor.

Keys in the text view (actions of the window's table): ``c`` creates a claim from the
selection, or from the sentence under the cursor when nothing is selected. With a suggestion
selected, ``a`` accepts it and ``r`` rejects it. With a claim selected, the project's
claim-schema keys set its attributes (by default type q p k l e u o, check-worthiness y n s,
certainty a r h d, polarity f g). Every change is one core operation, committed at once and
undoable; the claim list and the text view follow the session's changes.

From the keyboard, on the claim in the editor (the selected one, or the last one shown while
the cursor visits its entities): Ctrl+K opens the searchable claimant list (every entity of
the document with its context, the author, or a source typed in), Ctrl+Shift+C takes the
selected words as the cue, Ctrl+Shift+A adds the entity under the cursor as an argument (a
menu of roles keyed 1, 2, 3...). The suggestions panel lists what the text shows dotted: a
suggestion selected in either is selected in both and shown in the claim editor with why it
was suggested; E (or Shift+Enter) accepts it and moves the keyboard into the editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QDockWidget, QWidget

from annotator.core.changes import Change, ClaimChange
from annotator.core.claims import claim_references, get_value, next_claim_id, with_data, with_value
from annotator.core.model import Claim
from annotator.core.ops import AddClaim, Batch, RejectSuggestions, RemoveClaim, UpdateClaim
from annotator.core.sentences import sentence_at
from annotator.core.session import OpenDocument
from annotator.core.suggest import Suggestion

from .. import i18n
from ..claim_pickers import ClaimantPicker, RoleMenu
from ..claims_panel import ClaimPanel
from ..suggestions_panel import SuggestionsPanel, suggestion_reasons
from ..text_view import TextView
from .base import Controller, Say, SessionHost


class ClaimsController(Controller):
    def __init__(self, host: SessionHost, say: Say, view: TextView, panel: ClaimPanel, parent: QWidget,
                 suggestions: SuggestionsPanel | None = None) -> None:
        super().__init__(host, say)
        self.view, self.panel, self.parent = view, panel, parent
        self.suggestions_panel = suggestions if suggestions is not None else SuggestionsPanel()
        self.suggestions_on = False
        self.picker: ClaimantPicker | None = None  # made when first opened
        self.role_menu: RoleMenu | None = None
        self._picking: str | None = None  # the claim whose claimant the picker chooses
        host.opened.connect(self._opened)
        host.changed.connect(self._changed)
        host.reloaded.connect(self._reloaded)
        view.claimActivated.connect(self._claim_selected)
        view.suggestionActivated.connect(self._suggestion_selected)
        view.pickChanged.connect(self._pick_changed)
        self.suggestions_panel.chosen.connect(view.select_suggestion)
        self.suggestions_panel.keyed.connect(self._suggestion_key)
        panel.pickClaimant.connect(self.pick_claimant)
        panel.said.connect(lambda text: self.say(text, 5000))
        panel.claimChosen.connect(view.select_claim)
        panel.edited.connect(self._edited)
        panel.cueFromSelection.connect(self.cue_from_selection)
        panel.addArgument.connect(self.add_argument)
        panel.acceptAll.connect(self.accept_all)
        panel.rejectAll.connect(self.reject_all)

    # -- state the actions ask about ----------------------------------------------------
    def selected(self) -> Claim | None:
        return self.doc.claim(self.view.selected_claim) if self.doc is not None else None

    def claim_selected(self) -> bool:
        return self.selected() is not None

    def _selected_suggestion(self) -> Suggestion | None:
        k = self.view.selected_suggestion
        return self.view.suggestions[k] if 0 <= k < len(self.view.suggestions) else None

    def suggestion_selected(self) -> bool:
        return self._selected_suggestion() is not None

    def editing(self) -> Claim | None:
        """The claim the keyboard edits: the selected one, else the one the editor still shows
        (the cursor went to an entity of its sentence to make it an argument)."""
        claim = self.selected()
        if claim is None and self.doc is not None and self.panel.claim is not None:
            claim = self.doc.claim(self.panel.claim.id)
        return claim

    def claim_editing(self) -> bool:
        return self.editing() is not None

    # -- the views ----------------------------------------------------------------------
    def _opened(self, doc: OpenDocument | None) -> None:
        self._show_all()

    def _reloaded(self) -> None:
        self._set_schema()
        self._show_all()

    def _set_schema(self) -> None:
        self.panel.set_schema(self.session.claim_schema)
        self.suggestions_panel.set_schema(self.session.claim_schema, i18n.language())

    def _changed(self, change: Change) -> None:
        if change.schema:
            self._set_schema()
        doc = self.doc
        if doc is None:
            return
        mine = change.claims_of(doc.id)
        if mine or doc.id in change.rejections:
            self._show_changes(mine)
        elif change.entities_of(doc.id) and self.view.selected_claim:
            self._show(self.selected())  # the entities the editor offers

    def _suggestions(self) -> list[Suggestion]:
        return self.doc.suggestions() if self.suggestions_on and self.doc is not None else []

    def _count(self) -> int:
        return len(self.view.suggestions) if self.suggestions_on else -1

    def _show_all(self) -> None:
        claims = self.doc.claims if self.doc is not None else []
        self.view.set_claims(claims, self._suggestions())
        self.panel.show_claims(claims, self.view.selected_claim, self._count())
        self.suggestions_panel.set_suggestions(self.view.suggestions if self.suggestions_on else None,
                                               self.view.selected_suggestion)
        self._show(self.selected())

    def _show_changes(self, changes: tuple[ClaimChange, ...]) -> None:
        """Claims added, removed or edited (or suggestions rejected): their rows, and the text
        where they are drawn, and where suggestions appeared or went (a claim hides the ones it meets)."""
        assert self.doc is not None
        suggestions = self._suggestions()
        spans: list[tuple[int, int]] | None = self._drawn_spans(changes) if changes else []
        if self.suggestions_on and spans is not None:
            before = {(s.start, s.end) for s in self.view.suggestions}
            after = {(s.start, s.end) for s in suggestions}
            spans += sorted(before ^ after)
        self.view.set_claims(self.doc.claims, suggestions, spans or None)
        if changes:
            self.panel.apply_claim_changes(changes, self.view.selected_claim)
        self.panel.show_suggestion_count(self._count())
        if self.suggestions_on:
            self.suggestions_panel.update_suggestions(self.view.suggestions, self.view.selected_suggestion)
        self._show(self.selected())

    def _drawn_spans(self, changes: tuple[ClaimChange, ...]) -> list[tuple[int, int]]:
        """Where the claims of ``changes`` are drawn, before and after: spans, cues, what they name."""
        assert self.doc is not None
        spans = []
        for c in (c for ch in changes for c in (ch.old, ch.new) if c is not None):
            spans.append((c.start, c.end))
            cue = c.data.get("cue")
            if isinstance(cue, dict) and isinstance(cue.get("start"), int) and isinstance(cue.get("end"), int):
                spans.append((cue["start"], cue["end"]))
            spans += [(e.start, e.end) for e in map(self.doc.index.get, claim_references(c)) if e is not None]
        return spans

    def _show(self, claim: Claim | None) -> None:
        """The editor on ``claim``, offering the entities of its sentences (and the ones it names)."""
        doc = self.doc
        if claim is None or doc is None:
            self.panel.show_claim(None, [])
            return
        self.panel.show_claim(claim, self._near(claim.start, claim.end, claim_references(claim)), doc.text)

    def _near(self, start: int, end: int, refs: set[str]) -> list:
        """The entities the editor offers: those of the span and the sentence before, and ``refs``."""
        doc = self.doc
        assert doc is not None
        before = sentence_at(doc.sentences, max(0, start - 1))
        lo = min(start, before.start if before else start)
        near = {e.id: e for e in doc.index.overlapping(lo, end)}
        for ref in refs:
            e = doc.index.get(ref)
            if e is not None:
                near[e.id] = e
        return sorted(near.values(), key=lambda e: (e.start, -e.end))

    def _claim_selected(self, claim_id: str) -> None:
        self._show(self.doc.claim(claim_id) if self.doc is not None else None)
        self.panel.select(claim_id)

    def _suggestion_selected(self, index: int) -> None:
        """A suggestion selected (a click, ] or [, the list): the list and the editor show it."""
        sg = self._selected_suggestion()
        self.suggestions_panel.select(index if sg is not None else -1)
        if sg is None or self.doc is None:
            self.panel.show_claim(None, [])
            return
        claimant = sg.data.get("claimant")
        refs = {claimant["entity"]} if isinstance(claimant, dict) and isinstance(claimant.get("entity"), str) else set()
        self.panel.show_suggestion(sg, self._near(sg.start, sg.end, refs), self.doc.text, suggestion_reasons(sg))

    def _pick_changed(self) -> None:
        """No suggestion selected any more (a claim picked, the cursor moved away): the list follows."""
        if self.view.selected_suggestion < 0 and self.suggestions_panel.current_row() >= 0:
            self.suggestions_panel.select(-1)
            if self.panel.suggestion is not None:
                self.panel.show_claim(None, [])

    def set_suggestions(self, on: bool) -> None:
        self.suggestions_on = on
        if self.doc is not None:
            self.view.set_claims(self.doc.claims, self._suggestions())
        self.panel.show_suggestion_count(self._count())
        self.suggestions_panel.set_suggestions(self.view.suggestions if on else None, self.view.selected_suggestion)
        dock = self.suggestions_panel.parentWidget()
        if on and isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()

    # -- editing ------------------------------------------------------------------------
    def _edited(self, old: Claim, new: Claim) -> None:
        if self.doc is not None:
            self.apply(UpdateClaim(self.doc.id, old, new))

    def create_claim(self) -> None:
        doc = self.doc
        if doc is None:
            return
        s, e = self.view.selection
        if not self.view.selection_explicit or self.view.selected_entity is not None:
            # nothing chosen on purpose (the cursor's morpheme, or an entity): the sentence under the cursor
            sentence = sentence_at(doc.sentences, max(0, self.view.cursor_pos))
            if sentence is None:
                return
            s, e = sentence.start, sentence.end
        claim = self.session.new_claim(s, e)
        if self.apply(AddClaim(doc.id, claim)) is not None:
            self.view.select_claim(claim.id)
            self._show_editor()  # its tab in front (it shares the dock area with the entities)

    def remove_selected(self) -> bool:
        claim = self.selected()
        if claim is None or self.doc is None:
            return False
        self.apply(RemoveClaim(self.doc.id, claim))
        self.view.select_claim(None)
        return True

    def set_attribute(self, name: str, value: str) -> None:
        """A claim-schema key: ``name`` = ``value`` on the selected claim."""
        claim = self.selected()
        if claim is None or self.doc is None or get_value(claim, name) == value:
            return
        self.apply(UpdateClaim(self.doc.id, claim, with_value(claim, name, value)))  # still selected: same id

    def cue_from_selection(self) -> None:
        """The selected words become the cue of the claim in the editor (not the claim's whole span)."""
        claim, (s, e) = self.editing(), self.view.selection
        if claim is None or self.doc is None:
            return
        if e <= s or (s, e) == (claim.start, claim.end):
            self.say(QCoreApplication.translate(
                "MainWindow", "Select the cue's words first (arrows, Shift+arrows), then Ctrl+Shift+C"), 5000)
            return
        cue = {"start": s, "end": e, "text": self.view.text[s:e]}
        self.apply(UpdateClaim(self.doc.id, claim, with_data(claim, cue=cue)))
        self.panel.show_claim(self.doc.claim(claim.id), self._near(claim.start, claim.end,
                                                                   claim_references(claim)), self.doc.text)

    def _entity_under_cursor(self) -> str | None:
        if self.view.selected_entity is not None:
            return self.view.selected_entity
        doc = self.doc
        at = doc.index.at(self.view.cursor_pos) if doc is not None and self.view.cursor_pos >= 0 else []
        return at[0].id if at else None

    def add_argument(self, role: str) -> None:
        claim, entity = self.editing(), self._entity_under_cursor()
        if claim is None or entity is None or self.doc is None:
            self.say(QCoreApplication.translate(
                "MainWindow", "Select a claim, then put the cursor on the entity to add (Tab)"), 4000)
            return
        args = [*(claim.data.get("arguments") or []), {"role": role, "entity": entity}]
        if self.apply(UpdateClaim(self.doc.id, claim, with_data(claim, arguments=args))) is not None:
            self._show(self.doc.claim(claim.id))

    def choose_role(self) -> None:
        """The role menu at the cursor: 1, 2, 3... adds the entity under the cursor with that role."""
        if self.editing() is None or self._entity_under_cursor() is None:
            self.add_argument("")  # says what is missing
            return
        schema = self.session.claim_schema
        lang = i18n.language()
        self.role_menu = RoleMenu([(r, schema.shown(lang, r, role=True)) for r in schema.roles], self.parent)
        self.role_menu.roleChosen.connect(self.add_argument)
        self.role_menu.popup(self._at_cursor())

    def _at_cursor(self) -> QPoint:
        pos = self.view.cursor_pos
        if self.view.tokens is None or pos < 0:
            return self.view.mapToGlobal(self.view.rect().center())
        r = self.view.char_rect(pos)
        return self.view.viewport().mapToGlobal(r.bottomLeft().toPoint())

    def pick_claimant(self) -> None:
        """The searchable list of the document's entities (any distance), the author, or a source."""
        claim, doc = self.editing(), self.doc
        if claim is None or doc is None:
            self.say(QCoreApplication.translate("MainWindow", "Select a claim first (C creates one)"), 4000)
            return
        if self.picker is None:
            self.picker = ClaimantPicker(self.parent)
            self.picker.chosen.connect(self.set_claimant)
        entities = sorted(doc.index.all(), key=lambda e: (e.start, -e.end))
        self._picking = claim.id
        self.picker.open(entities, doc.text, claim.data.get("claimant"), self._at_cursor())

    def set_claimant(self, claimant: dict[str, Any]) -> None:
        doc = self.doc
        claim = doc.claim(self._picking) if doc is not None else None
        if claim is None or doc is None:
            return
        if claimant.get("kind") == "source" and not str(claimant.get("text", "")).strip():
            self.say(QCoreApplication.translate("MainWindow", "A source needs a name: the claimant is unchanged"),
                     5000)
            return
        if claim.data.get("claimant") != claimant:
            self.apply(UpdateClaim(doc.id, claim, with_data(claim, claimant=claimant)))
        self.view.setFocus()
        self.view.select_claim(claim.id)

    def edit_schema(self) -> None:
        from ..claim_schema_editor import ClaimSchemaEditor

        ClaimSchemaEditor(lambda: self.session.claim_schema, self.apply_or_message, self.parent,
                          locked=not self.project.may_edit_label_set()).exec()

    # -- suggestions --------------------------------------------------------------------
    def _accept(self, suggestions: list[Suggestion]) -> None:
        doc = self.doc
        if not suggestions or doc is None:
            return
        first = int(next_claim_id(doc.claims)[1:])
        ops = tuple(AddClaim(doc.id, Claim(f"C{first + k}", sg.start, sg.end, sg.text, dict(sg.data)))
                    for k, sg in enumerate(suggestions))
        # the suggestion index would name the next suggestion once this one is a claim: A again
        # must not accept a suggestion nobody picked
        self.view.selected_suggestion = -1
        change = self.apply(ops[0] if len(ops) == 1 else Batch(ops, f"accept {len(ops)} suggestions"))
        if change is not None and len(ops) == 1:
            self.view.select_claim(ops[0].claim.id)  # its attribute keys apply to it now
            self.panel.select(ops[0].claim.id)

    def _reject(self, suggestions: list[Suggestion]) -> None:
        """Rejections are operations too: kept in the project file, undone with Ctrl+Z."""
        if suggestions and self.doc is not None:
            self.view.selected_suggestion = -1
            self.apply(RejectSuggestions(self.doc.id, tuple((s.start, s.end) for s in suggestions)))

    def accept_selected(self) -> None:
        sg = self._selected_suggestion()
        if sg is not None:
            self._accept([sg])

    def reject_selected(self) -> None:
        sg = self._selected_suggestion()
        if sg is not None:
            self._reject([sg])

    def accept_and_edit(self) -> None:
        """Accept the selected suggestion, then the keyboard goes to the claim editor."""
        if self._selected_suggestion() is None:
            return
        self.accept_selected()
        self._show_editor()
        self.panel.focus_editor()

    def _show_editor(self) -> None:
        """The claims dock shown and in front of the entities (the keyboard stays where it is)."""
        dock = self.panel.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()

    def _suggestion_key(self, what: str) -> None:
        """A/R/E in the suggestion list; the list keeps the keyboard (A again takes the next one)."""
        if what == "acceptEdit":
            self.accept_and_edit()
            return
        row = self.view.selected_suggestion
        (self.accept_selected if what == "accept" else self.reject_selected)()
        if what == "reject" and self.view.suggestions:
            self.view.select_suggestion(min(max(row, 0), len(self.view.suggestions) - 1))

    def accept_all(self) -> None:
        self._accept(list(self.view.suggestions))

    def reject_all(self) -> None:
        self._reject(list(self.view.suggestions))
