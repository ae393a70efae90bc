"""Painting claims and claim suggestions over the text view's paragraphs.

Claims: a band in the left margin and a dashed underline; suggestions: the same, dotted and
grey. The selected claim is tinted, and its claimant, arguments and cue are outlined and
linked to it.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

if TYPE_CHECKING:
    from .text_view import TextView

def paint_claim_backgrounds(view: TextView, painter: QPainter, para, base: int, lo: int, hi: int) -> None:
    """The selected claim's span, tinted under the text."""
    claim = view.claim(view.selected_claim)
    if claim is not None and claim.start < hi and claim.end > lo:
        for r in view.segments(para, base, max(claim.start, lo), min(claim.end, hi)):
            painter.fillRect(r, QColor(106, 90, 205, 40))


def paint_claims(view: TextView, painter: QPainter, para, base: int, lo: int, hi: int) -> None:
    """Claims: a band in the left margin and a dashed underline; suggestions dotted and grey.
    The selected claim's claimant, arguments and cue are outlined and linked to it."""
    claims, suggestions = view.claims, view.suggestions
    items = [(c.start, c.end, c.id == view.selected_claim, False)
             for c in map(claims.__getitem__, view.claim_spans.meeting(lo, hi))]
    items += [(suggestions[k].start, suggestions[k].end, k == view.selected_suggestion, True)
              for k in view.suggestion_spans.meeting(lo, hi)]
    # Overlapping claims take different lanes: their own band column and underline offset.
    for (start, end, selected, suggested), lane in zip(items, lanes([(i[0], i[1]) for i in items]), strict=True):
        colour = QColor("#9e9e9e" if suggested else "#6a5acd")
        if selected:
            colour = colour.darker(140)
        pen = QPen(colour, 2.0 if selected else 1.3,
                   Qt.PenStyle.DotLine if suggested else Qt.PenStyle.DashLine)
        x = -view.margin + 2 + 4 * min(lane, 2)
        for r in view.segments(para, base, max(start, lo), min(end, hi)):
            painter.fillRect(QRectF(x, r.top(), 3 if not selected else 4, r.height()), colour)
            painter.setPen(pen)
            y = r.bottom() + 0.5 - 2.5 * min(lane, 3)
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
    claim = view.claim(view.selected_claim)
    if claim is None:
        return
    anchor = view.segments(para, base, max(claim.start, lo), min(claim.end, hi))
    for eid, colour in linked(claim):
        e = view.entities.get(eid)
        if e is None or not (e.start < hi and e.end > lo):
            continue
        painter.setPen(QPen(QColor(colour), 2))
        rects = view.segments(para, base, max(e.start, lo), min(e.end, hi))
        for r in rects:
            painter.drawRect(r.adjusted(-2, -1, 2, 1))
        if rects and anchor:  # a line from the claim's start to what it refers to
            painter.setPen(QPen(QColor(colour), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(anchor[0].left(), anchor[0].top()), rects[0].topLeft())
    cue = claim.data.get("cue")
    if isinstance(cue, dict) and cue.get("start", 0) < hi and cue.get("end", 0) > lo:
        painter.setPen(QPen(QColor("#d35400"), 1.5))
        for r in view.segments(para, base, max(cue["start"], lo), min(cue["end"], hi)):
            painter.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 3, 3)


def lanes(spans: list[tuple[int, int]]) -> list[int]:
    """A lane per span (in the given order) so that overlapping spans never share one."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1]))
    out = [0] * len(spans)
    active: list[tuple[int, int]] = []  # (end, lane)
    for i in order:
        start, end = spans[i]
        active = [(e, k) for e, k in active if e > start]
        used = {k for _, k in active}
        out[i] = next(k for k in range(len(used) + 1) if k not in used)
        active.append((end, out[i]))
    return out


def linked(claim) -> list[tuple[str, str]]:
    """(entity id, colour) of what a claim refers to: its claimant (red) and arguments (blue)."""
    out = []
    claimant = claim.data.get("claimant")
    if isinstance(claimant, dict) and claimant.get("kind") == "entity":
        out.append((claimant.get("entity"), "#c0392b"))
    out += [(a.get("entity"), "#1f4e9e") for a in claim.data.get("arguments") or [] if isinstance(a, dict)]
    return out


class SpanIndex:
    """The positions of the spans (a list's items, in its order) that meet a range: found by
    bisection on their starts, so that painting a paragraph does not go through every claim
    and suggestion of a long document."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._order = sorted(range(len(spans)), key=spans.__getitem__)
        self._starts = [spans[k][0] for k in self._order]
        self._ends = [spans[k][1] for k in self._order]
        self._reach = max((e - s for s, e in spans), default=0)  # no span starts further back

    def meeting(self, lo: int, hi: int) -> list[int]:
        """Positions (in the list's order) of the spans with start < hi and end > lo."""
        i = bisect_left(self._starts, lo - self._reach)
        j = bisect_left(self._starts, hi, i)
        ends, order = self._ends, self._order
        return sorted(order[k] for k in range(i, j) if ends[k] > lo)
