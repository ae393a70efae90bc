"""Claims in the window: creating them (C), their attribute keys, the editor, the suggestions
and the claim-schema editor.

Keys in the text view (actions of the window's table): ``c`` creates a claim from the
selection, or from the sentence under the cursor when nothing is selected. With a suggestion
selected, ``a`` accepts it and ``r`` rejects it. With a claim selected, the project's
claim-schema keys set its attributes (by default type q p k l e u o, check-worthiness y n s,
certainty a r h d, polarity f g). Every change is one core operation, committed at once and
undoable; the claim list and the text view follow the session's changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from annotator.core.changes import Change, ClaimChange
from annotator.core.claims import claim_references, get_value, next_claim_id, with_data, with_value
from annotator.core.model import Claim
from annotator.core.ops import AddClaim, Batch, RejectSuggestions, RemoveClaim, UpdateClaim
from annotator.core.sentences import sentence_at
from annotator.core.session import OpenDocument
from annotator.core.suggest import Suggestion

from ..claims_panel import ClaimPanel
from ..text_view import TextView
from .base import Controller, Say, SessionHost


class ClaimsController(Controller):
    def __init__(self, host: SessionHost, say: Say, view: TextView, panel: ClaimPanel, parent: QWidget) -> None:
        super().__init__(host, say)
        self.view, self.panel, self.parent = view, panel, parent
        self.suggestions_on = False
        host.opened.connect(self._opened)
        host.changed.connect(self._changed)
        host.reloaded.connect(self._reloaded)
        view.claimActivated.connect(self._claim_selected)
        view.suggestionActivated.connect(lambda _i: self.panel.show_claim(None, []))
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

    # -- the views ----------------------------------------------------------------------
    def _opened(self, doc: OpenDocument | None) -> None:
        self._show_all()

    def _reloaded(self) -> None:
        self.panel.set_schema(self.session.claim_schema)
        self._show_all()

    def _changed(self, change: Change) -> None:
        if change.schema:
            self.panel.set_schema(self.session.claim_schema)
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
        self._show(self.selected())

    def _show_changes(self, changes: tuple[ClaimChange, ...]) -> None:
        """Claims added, removed or edited (or suggestions rejected): their rows, and the text
        where they are drawn (all of it when suggestions are shown: a claim hides the ones it meets)."""
        assert self.doc is not None
        spans = None if self.suggestions_on or not changes else self._drawn_spans(changes)
        self.view.set_claims(self.doc.claims, self._suggestions(), spans)
        if changes:
            self.panel.apply_claim_changes(changes, self.view.selected_claim)
        self.panel.show_suggestion_count(self._count())
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
        before = sentence_at(doc.sentences, max(0, claim.start - 1))
        lo = min(claim.start, before.start if before else claim.start)
        near = {e.id: e for e in doc.index.overlapping(lo, claim.end)}
        for ref in claim_references(claim):
            e = doc.index.get(ref)
            if e is not None:
                near[e.id] = e
        self.panel.show_claim(claim, sorted(near.values(), key=lambda e: (e.start, -e.end)))

    def _claim_selected(self, claim_id: str) -> None:
        self._show(self.doc.claim(claim_id) if self.doc is not None else None)
        self.panel.select(claim_id)

    def set_suggestions(self, on: bool) -> None:
        self.suggestions_on = on
        if self.doc is not None:
            self.view.set_claims(self.doc.claims, self._suggestions())
        self.panel.show_suggestion_count(self._count())

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
        claim, (s, e) = self.selected(), self.view.selection
        if claim is not None and self.doc is not None and e > s:
            cue = {"start": s, "end": e, "text": self.view.text[s:e]}
            self.apply(UpdateClaim(self.doc.id, claim, with_data(claim, cue=cue)))
            self.view.select_claim(claim.id)

    def add_argument(self, role: str) -> None:
        claim, entity = self.selected(), self.view.selected_entity
        if claim is None or entity is None or self.doc is None:
            self.say(QCoreApplication.translate("MainWindow", "Select a claim, then click the entity to add"), 4000)
            return
        args = [*(claim.data.get("arguments") or []), {"role": role, "entity": entity}]
        self.apply(UpdateClaim(self.doc.id, claim, with_data(claim, arguments=args)))
        self.view.select_claim(claim.id)

    def edit_schema(self) -> None:
        from ..claim_schema_editor import ClaimSchemaEditor

        ClaimSchemaEditor(lambda: self.session.claim_schema, self.apply_or_message, self.parent).exec()

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

    def accept_all(self) -> None:
        self._accept(list(self.view.suggestions))

    def reject_all(self) -> None:
        self._reject(list(self.view.suggestions))
