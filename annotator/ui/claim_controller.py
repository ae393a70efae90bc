"""Claims in the window: creating them (C), editing them, and the suggestions.

Keys in the text view: ``c`` creates a claim from the selection, or from the sentence under
the cursor when nothing is selected. With a suggestion selected, ``a`` accepts it and ``r``
rejects it. With a claim selected, the project's claim-schema keys set its attributes (by
default type q p k l e u o, check-worthiness y n s, certainty a r h d, polarity f g). Every change is one
core operation, committed at once and undoable.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core.claims import DEFAULT_SCHEMA, get_value, new_claim, next_claim_id, with_data, with_value
from annotator.core.model import Claim
from annotator.core.ops import AddClaim, Batch, RejectSuggestions, RemoveClaim, UpdateClaim
from annotator.core.sentences import sentence_at, split_sentences
from annotator.core.suggest import Suggestion, suggest
from annotator.core.transaction import claim_references

from .claims_panel import ClaimPanel

if TYPE_CHECKING:
    from .main_window import MainWindow


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span of the sorted ``spans`` overlaps ``[start, end)``."""
    i = bisect.bisect_left(spans, (end,))
    return any(s < end and e > start for s, e in spans[max(0, i - 8) : i])  # claims rarely nest deeper


class ClaimController:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.panel = ClaimPanel()
        self.claims: list[Claim] = []
        self.suggestions_on = False
        self._sentences_cache: list | None = None
        self._raw_suggestions: list[Suggestion] | None = None  # computed once per document
        self.keys = DEFAULT_SCHEMA.keys()
        view = window.view
        view.letterPressed.connect(self.on_letter)
        view.claimActivated.connect(self._claim_selected)
        view.suggestionActivated.connect(lambda _i: self.panel.show_claim(None, []))
        view.entityActivated.connect(lambda _e: None)
        self.panel.claimChosen.connect(view.select_claim)
        self.panel.edited.connect(lambda old, new: self._apply(UpdateClaim(window.doc_id, old, new)))
        self.panel.cueFromSelection.connect(self.cue_from_selection)
        self.panel.addArgument.connect(self.add_argument)
        self.panel.acceptAll.connect(self.accept_all)
        self.panel.rejectAll.connect(self.reject_all)

    # -- loading ------------------------------------------------------------------------
    @property
    def _sentences(self) -> list:
        if self._sentences_cache is None:
            self._sentences_cache = split_sentences(self.w.view.text) if self.w.doc_id else []
        return self._sentences_cache

    def set_schema(self, schema) -> None:
        """The project's claim schema: the editor's fields and the attribute keys follow it."""
        self.keys = schema.keys()
        self.panel.set_schema(schema)

    def load(self) -> None:
        """A document was opened: its sentences, claims and (if shown) suggestions."""
        self._sentences_cache = None  # split on first use: opening a document waits for nothing
        self._raw_suggestions = None
        self.refresh()

    def refresh(self) -> None:
        """After an edit: the claims from the project file; suggestions filtered again (not recomputed)."""
        doc = self.w.doc_id
        self.claims = self.w.project.claims(doc) if doc else []
        self.w.view.set_claims(self.claims, self._suggestions() if self.suggestions_on and doc else [])
        selected = self.w.view.selected_claim
        self.panel.show_claims(self.claims, selected, len(self.w.view.suggestions) if self.suggestions_on else -1)
        self._show(next((c for c in self.claims if c.id == selected), None))

    def _show(self, claim: Claim | None) -> None:
        """The editor on ``claim``, offering the entities of its sentences (and the ones it names)."""
        if claim is None:
            self.panel.show_claim(None, [])
            return
        before = sentence_at(self._sentences, max(0, claim.start - 1))
        lo = min(claim.start, before.start if before else claim.start)
        near = {e.id: e for e in self.w.index.overlapping(lo, claim.end)}
        for ref in claim_references(claim):
            e = self.w.index.get(ref)
            if e is not None:
                near[e.id] = e
        self.panel.show_claim(claim, sorted(near.values(), key=lambda e: (e.start, -e.end)))

    def _suggestions(self) -> list[Suggestion]:
        w = self.w
        if self._raw_suggestions is None:
            tokens = list(w.doc_tokens.all_tokens())
            self._raw_suggestions = suggest(w.view.text, tokens, w.index.all(), self._sentences)
        rejected = set(w.project.rejected_suggestions(w.doc_id)) if w.doc_id else set()
        claims = sorted((c.start, c.end) for c in self.claims)
        return [
            s
            for s in self._raw_suggestions
            if (s.start, s.end) not in rejected and not _overlaps(claims, s.start, s.end)
        ]

    def set_suggestions(self, on: bool) -> None:
        self.suggestions_on = on
        self.refresh()

    # -- editing ------------------------------------------------------------------------
    def _apply(self, op) -> bool:
        """Apply through the window (which mirrors claim operations by calling ``refresh``)."""
        return self.w.doc_id is not None and self.w._apply(op)

    def _claim_selected(self, claim_id: str) -> None:
        self._show(next((c for c in self.claims if c.id == claim_id), None))
        self.panel.show_claims(self.claims, claim_id, len(self.w.view.suggestions) if self.suggestions_on else -1)

    def selected(self) -> Claim | None:
        return next((c for c in self.claims if c.id == self.w.view.selected_claim), None)

    def create_claim(self) -> None:
        w = self.w
        if w.doc_id is None:
            return
        s, e = w.view.selection
        if not w.view.selection_explicit or w.view.selected_entity is not None:
            # nothing chosen on purpose (the cursor's morpheme, or an entity): the sentence under the cursor
            sentence = sentence_at(self._sentences, max(0, w.view.cursor_pos))
            if sentence is None:
                return
            s, e = sentence.start, sentence.end
        claim = new_claim(w.project, w.doc_id, s, e)
        if self._apply(AddClaim(w.doc_id, claim)):
            w.view.select_claim(claim.id)

    def remove_selected(self) -> bool:
        claim = self.selected()
        if claim is None or self.w.doc_id is None:
            return False
        self._apply(RemoveClaim(self.w.doc_id, claim))
        self.w.view.select_claim(None)
        return True

    def cue_from_selection(self) -> None:
        claim, (s, e) = self.selected(), self.w.view.selection
        if claim is not None and e > s:
            cue = {"start": s, "end": e, "text": self.w.view.text[s:e]}
            self._apply(UpdateClaim(self.w.doc_id, claim, with_data(claim, cue=cue)))
            self.w.view.select_claim(claim.id)

    def add_argument(self, role: str) -> None:
        claim, entity = self.selected(), self.w.view.selected_entity
        if claim is None or entity is None:
            self.w.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Select a claim, then click the entity to add"), 4000
            )
            return
        args = [*(claim.data.get("arguments") or []), {"role": role, "entity": entity}]
        self._apply(UpdateClaim(self.w.doc_id, claim, with_data(claim, arguments=args)))
        self.w.view.select_claim(claim.id)

    # -- suggestions --------------------------------------------------------------------
    def _accept(self, suggestions: list[Suggestion]) -> None:
        w = self.w
        if not suggestions or w.doc_id is None:
            return
        first = int(next_claim_id(self.claims)[1:])
        ops = tuple(
            AddClaim(w.doc_id, Claim(f"C{first + k}", sg.start, sg.end, sg.text, dict(sg.data)))
            for k, sg in enumerate(suggestions)
        )
        self._apply(ops[0] if len(ops) == 1 else Batch(ops, f"accept {len(ops)} suggestions"))

    def _reject(self, suggestions: list[Suggestion]) -> None:
        """Rejections are operations too: kept in the project file, undone with Ctrl+Z."""
        if suggestions and self.w.doc_id is not None:
            self.w.view.selected_suggestion = -1
            self._apply(RejectSuggestions(self.w.doc_id, tuple((s.start, s.end) for s in suggestions)))

    def accept_all(self) -> None:
        self._accept(list(self.w.view.suggestions))

    def reject_all(self) -> None:
        self._reject(list(self.w.view.suggestions))

    def on_letter(self, ch: str) -> None:
        view = self.w.view
        if ch == "c":
            self.create_claim()
        elif 0 <= view.selected_suggestion < len(view.suggestions) and ch in "ar":
            sg = view.suggestions[view.selected_suggestion]
            (self._accept if ch == "a" else self._reject)([sg])
        elif self.selected() is not None and ch in self.keys:
            claim = self.selected()
            name, value = self.keys[ch]
            if get_value(claim, name) != value:
                self._apply(UpdateClaim(self.w.doc_id, claim, with_value(claim, name, value)))
                view.select_claim(claim.id)
