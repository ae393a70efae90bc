"""The claims and claim suggestions of the text view: which are drawn, which is selected
(a mixin of ``TextView``, which owns the attributes and signals used here)."""

from __future__ import annotations

from .claim_overlay import SpanIndex


class ClaimsOnText:
    """``claims``, ``suggestions`` and their selection, for ``TextView``."""

    def claim(self, claim_id: str | None):
        return next((c for c in self.claims if c.id == claim_id), None) if claim_id else None

    def set_claims(self, claims: list, suggestions: list | None = None,
                   spans: list[tuple[int, int]] | None = None) -> None:
        """The document's claims (and suggestions); ``spans``: only what is drawn there changed
        (an edited claim, its cue and what it refers to), else everything is repainted."""
        self.claims = sorted(claims, key=lambda c: (c.start, -c.end))
        self.claim_spans = SpanIndex([(c.start, c.end) for c in self.claims])
        if suggestions is not None:
            self.suggestions = suggestions
            self.suggestion_spans = SpanIndex([(sg.start, sg.end) for sg in suggestions])
        if self.selected_claim and self.claim(self.selected_claim) is None:
            self.selected_claim = None
        if self.selected_suggestion >= len(self.suggestions):
            self.selected_suggestion = -1
        if spans is None:
            self.viewport().update()
        else:
            for s, e in spans:
                self.update_span(s, e)
        self.pickChanged.emit()

    def select_claim(self, claim_id: str | None) -> None:
        self.selected_claim, self.selected_suggestion, self.entity_suggestions.selected = claim_id, -1, -1
        claim = self.claim(claim_id)
        if claim is not None:
            self.set_selection(claim.start, claim.end)
            self.set_cursor(claim.start)
            self.claimActivated.emit(claim.id)
        self.viewport().update()
        self.pickChanged.emit()

    def select_suggestion(self, index: int) -> None:
        self.selected_suggestion, self.selected_claim = index, None
        self.entity_suggestions.selected = -1 if index >= 0 else self.entity_suggestions.selected
        if 0 <= index < len(self.suggestions):
            sg = self.suggestions[index]
            self.set_selection(sg.start, sg.end)
            self.set_cursor(sg.start)
            self.suggestionActivated.emit(index)
        self.viewport().update()
        self.pickChanged.emit()

