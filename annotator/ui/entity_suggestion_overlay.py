"""Entity suggestions in the text view: what is shown, which one is selected, and painting them.

A suggested entity is drawn apart from the entities: a dashed outline in its label's colour
around its text, no fill, no bar, no lane (it is not an annotation until accepted). The
selected one has a thicker outline. The layer belongs to the text view (``view.entity_suggestions``);
the entity-suggestions controller hands it the open document's suggestions after each change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen

from .claim_overlay import SpanIndex

if TYPE_CHECKING:
    from annotator.core.recommend import EntitySuggestion

    from .para_layout import Para
    from .text_view import TextView


class EntitySuggestionLayer(QObject):
    """The entity suggestions the view shows (in text order) and the selected one's index."""

    activated = Signal(int)  # a suggestion was selected in the text (its index), -1: none any more
    #: Set by the entity-suggestions controller: ``further(step, after, target, wraps)`` selects
    #: the entity suggestion after code point ``after`` (step -1: before it) when it lies past
    #: the part of a long document shown and comes before ``target`` (the start of the one ]
    #: would select, None: none; ``wraps``: that one is back at the other end), returning
    #: whether it did (``]`` / ``[``).
    further: Callable[[int, int, int | None, bool], bool] | None = None

    def __init__(self, view: TextView) -> None:
        super().__init__(view)
        self.view = view
        self.items: list[EntitySuggestion] = []
        self.spans = SpanIndex([])
        self.selected = -1

    def set(self, items: list[EntitySuggestion], selected: int = -1) -> None:
        """The suggestions shown now; only the lines where they appeared or went are repainted."""
        before = {(s.start, s.end) for s in self.items}
        old_sel = self.current()
        self.items = list(items)
        self.spans = SpanIndex([(s.start, s.end) for s in self.items])
        self.selected = selected if 0 <= selected < len(self.items) else -1
        after = {(s.start, s.end) for s in self.items}
        spans = before ^ after
        for sg in (old_sel, self.current()):
            if sg is not None:
                spans.add((sg.start, sg.end))
        for start, end in sorted(spans):
            self.view.update_span(start, end)

    def clear(self) -> None:
        """Another document: nothing shown, nothing repainted (the view lays it all out anew)."""
        self.items, self.spans, self.selected = [], SpanIndex([]), -1

    def current(self) -> EntitySuggestion | None:
        return self.items[self.selected] if 0 <= self.selected < len(self.items) else None

    def at(self, pos: int) -> list[int]:
        """Indexes of the suggestions covering code point ``pos``, the shortest first."""
        hits = self.spans.meeting(pos, pos + 1)
        return sorted(hits, key=lambda k: self.items[k].end - self.items[k].start)

    def select(self, index: int) -> None:
        """Select suggestion ``index`` (its text selected, the cursor at its start); any selected
        claim or claim suggestion is no longer selected (A and R act on one thing)."""
        view = self.view
        old = self.current()
        self.selected = index if 0 <= index < len(self.items) else -1
        sg = self.current()
        if sg is not None:
            view.selected_claim, view.selected_suggestion = None, -1
            view.set_selection(sg.start, sg.end)
            view.set_cursor(sg.start)
        for s in (old, sg):
            if s is not None:
                view.update_span(s.start, s.end)
        self.activated.emit(self.selected)
        view.pickChanged.emit()

    def paint(self, painter: QPainter, para: Para, base: int, lo: int, hi: int) -> None:
        """Dashed outlines in the label's colour around the suggestions meeting ``[lo, hi)``."""
        if not self.items:
            return
        view = self.view
        for k in self.spans.meeting(lo, hi):
            sg = self.items[k]
            label = view.labels.get(sg.label)
            colour = QColor(label.color if label is not None else "#999999")
            selected = k == self.selected
            pen = QPen(colour.darker(130) if selected else colour, 2.4 if selected else 1.4, Qt.PenStyle.DashLine)
            pen.setDashPattern([3.0, 2.0])
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for r in view.segments(para, base, max(sg.start, lo), min(sg.end, hi)):
                painter.drawRoundedRect(r.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3)
