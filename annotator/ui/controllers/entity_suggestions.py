"""Entity suggestions in the window: shown dashed in the text and listed in the suggestions
dock, reviewed with the claim suggestions' keys.

With a suggested entity selected (a click on its dashed outline, ] / [, or the list): A
accepts it (a new entity on its span and label), R rejects it (remembered: not proposed again
for that span and label), L accepts every suggestion of its label in the document, M every one
of its recommender. Accepting and rejecting are operations (undoable, in the project file at
once); after one the suggestion that took its place is selected, so A, A, R… reviews a
document. The views follow the session's changes: an entity edit, a rejection, new models or
settings (``Change.suggestions_changed``).

A long document (a novel) is not suggested for as a whole, which would run the models over
every paragraph in the GUI thread (seconds): the text and the list hold the suggestions of
the part on screen and a margin around it, asked for again when the view scrolls past it;
] and [ go on past it (``Session.next_entity_suggestion``: found sentence by sentence from
the selected one, not over the whole text) and scroll there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QTimer

from annotator.core.changes import Change
from annotator.core.errors import AnnotatorError
from annotator.core.recommend import EntitySuggestion
from annotator.core.recommend.live import STEP_SENTENCES

from ..entity_suggestions_panel import EntitySuggestionSection
from ..names import entity_suggestion_count
from ..plain import fill
from ..text_view import TextView
from .base import Controller, Say, SessionHost

translate = QCoreApplication.translate

# Documents longer than this (code points) are suggested for around the visible part only.
LONG = 20000
# Code points before and after the visible part suggested for too (in a long document).
AROUND = 500


class EntitySuggestionsController(Controller):
    def __init__(self, host: SessionHost, say: Say, view: TextView, section: EntitySuggestionSection,
                 state: Callable[[], str] = lambda: "") -> None:
        """``state()``: what the recommenders are doing, said in the list's heading."""
        super().__init__(host, say)
        self.view, self.section, self.state = view, section, state
        self.layer = view.entity_suggestions
        host.opened.connect(self._opened)
        host.reloaded.connect(self.show_all)
        host.changed.connect(self._changed)
        self.layer.activated.connect(self.section.select)
        section.chosen.connect(self.layer.select)
        section.keyed.connect(self._key)
        self.range: tuple[int, int] | None = None  # the part suggested for (a long document), or None: all
        self._around: tuple[int, int] | None = None  # a span the next range must hold (] went past the old)
        self.layer.further = self._further
        self._scrolled = QTimer(view)
        self._scrolled.setSingleShot(True)
        self._scrolled.setInterval(60)
        self._scrolled.timeout.connect(self._follow_scroll)
        self._wide = False  # the next range takes the margins too (the second step of a long document)
        self._widen = QTimer(view)
        self._widen.setSingleShot(True)
        self._widen.setInterval(0)  # after the visible part's suggestions are painted
        self._widen.timeout.connect(self._widen_now)
        self._held = False  # asked to show while the first frame waited: shown once it is out
        view.tokensReleased.connect(lambda: self._held and self.show_all())
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.range is not None and self._scrolled.start())

    # -- state the actions ask about ----------------------------------------------------
    def selected(self) -> bool:
        return self.layer.current() is not None

    def any_shown(self) -> bool:
        return bool(self.layer.items)

    # -- the views ----------------------------------------------------------------------
    def _suggestions(self) -> list[EntitySuggestion]:
        doc = self.doc
        if doc is None:
            return []
        if len(doc.text) <= LONG:
            self.range = None
            return self.session.entity_suggestions()
        lo, hi = self._visible()
        if self._around is not None and not (lo <= self._around[0] and self._around[1] <= hi):
            lo, hi = self._around  # not laid out where it was scrolled to yet: around it at least
        if self._wide:
            self.range = (max(0, lo - AROUND), min(len(doc.text), hi + AROUND))
        else:  # what is on screen first; the margins once it is shown (the sentences seen are kept)
            self.range = (lo, hi)
            self._widen.start()
        return self.session.entity_suggestions(*self.range)

    def _widen_now(self) -> None:
        """The suggestions of the part shown and ``AROUND`` code points each side (a scroll
        of a few lines then finds them computed)."""
        if self.range is None or self.doc is None:
            return
        self._wide = True
        try:
            self.show_all()
        finally:
            self._wide = False

    def _visible(self) -> tuple[int, int]:
        view = self.view
        top = max(0, view.first_visible()[0])
        bottom = view.position_at(QPointF(view.margin + 1, view.viewport().height() - 1))
        return top, max(top, bottom)

    def _follow_scroll(self) -> None:
        """A long document scrolled: suggest for the new visible part once it leaves the old range."""
        if self.range is None or self.doc is None:
            return
        lo, hi = self._visible()
        if lo < self.range[0] or hi > self.range[1]:
            self.show_all()

    def show_all(self, selected: int = -1) -> None:
        """The open document's suggestions in the text and the list; ``selected`` (an index)
        selected in both, moving the cursor there."""
        self.section.set_colours({lb.name: lb.color for lb in self.session.labels})
        # suggesting tokenizes: never before the text is on screen (the window's first document)
        self._held = self.view.tokens_held or not self.view.isVisible()
        if self._held:
            self.layer.set([])
            self.refresh_heading()
            return
        before = self.layer.current()
        items = self._suggestions()
        self.layer.set(items, items.index(before) if before in items and selected < 0 else -1)
        self.refresh_heading()
        if 0 <= selected < len(self.layer.items):
            self.layer.select(selected)

    def _opened(self, _doc: object) -> None:
        self.show_all()

    def refresh_heading(self) -> None:
        self.section.set_suggestions(self.layer.items, self.layer.selected, self.state())

    def _changed(self, change: Change) -> None:
        doc = self.doc
        if doc is None:
            return
        if (change.suggestions_changed or change.labels or change.entities_of(doc.id)
                or doc.id in change.entity_rejections):
            self.show_all(self._next)
        self._next = -1

    _next = -1  # the index to select after the change being applied (the one that took its place)

    def _further(self, step: int, after: int, target: int | None, wraps: bool) -> bool:
        """] / [ in a long document: select the entity suggestion after (before) code point
        ``after`` when it lies outside the part suggested for and comes before ``target`` (the
        start of the one the step would select; ``wraps``: back at the other end), scrolled to.
        None left that way: the first (last) of the document, with the wrap message. False:
        the step's own target comes first."""
        doc = self.doc
        if self.range is None or doc is None:
            return False
        lo, hi = self.range
        forward = step > 0
        # every suggestion overlapping [lo, hi) is shown: one past it starts at hi or later (before lo)
        if target is not None and not wraps and (target < hi and after >= lo - 1 if forward
                                                 else target >= lo and after <= hi):
            return False
        found = self.session.next_entity_suggestion(after, backwards=not forward)
        stopped = self.session.entity_step_stopped_at
        if found is None and stopped is not None:  # a long stretch with none: say so, go on from there next time
            self.view.set_cursor(stopped)
            self.say(translate("MainWindow", "No suggestion in the next %1 sentences; press again to look further")
                     .replace("%1", f"{STEP_SENTENCES:,}"), 4000)
            return True
        if found is not None:
            if not wraps and target is not None and (found.start >= target if forward else found.start <= target):
                return False
        elif wraps:  # none further: back at the other end of the document, as the shown ones wrap
            found = self.session.next_entity_suggestion(-1 if forward else len(doc.text), backwards=not forward)
            if found is None or (target is not None and (found.start >= target if forward
                                                         else found.start <= target)):
                return False
            self.say(translate("MainWindow", "Wrapped to the first suggestion") if forward else
                     translate("MainWindow", "Wrapped to the last suggestion"), 2000)
        else:
            return False
        return self._go_to(found)

    def _go_to(self, found: EntitySuggestion) -> bool:
        """Scroll to ``found``, show the suggestions around it and select it."""
        self.view.set_cursor(found.start)  # scrolls there
        self._around = (found.start, found.end)
        try:
            self.show_all()
        finally:
            self._around = None
        if found not in self.layer.items:
            return False
        self.layer.select(self.layer.items.index(found))
        return True

    # -- reviewing ----------------------------------------------------------------------
    def _accept(self, items: list[EntitySuggestion]) -> None:
        if not items or self.doc is None:
            return
        self._next = self.layer.selected if len(items) == 1 else -1
        try:
            self.session.accept_entity_suggestions(items)
        except AnnotatorError as exc:
            self.say(str(exc), 6000)
            return
        finally:
            self._next = -1  # used by the change (if any: none when all were accepted already)
        if len(items) > 1:
            self.say(fill(translate("MainWindow", "Accepted: %1"), entity_suggestion_count(len(items))), 4000)

    def _reject(self, items: list[EntitySuggestion]) -> None:
        if not items or self.doc is None:
            return
        self._next = self.layer.selected if len(items) == 1 else -1
        try:
            self.session.reject_entity_suggestions(items)
        except AnnotatorError as exc:
            self.say(str(exc), 6000)
        finally:
            self._next = -1  # used by the change (if any: none when all were rejected already)

    def accept_selected(self) -> None:
        sg = self.layer.current()
        if sg is not None:
            self._accept([sg])

    def reject_selected(self) -> None:
        sg = self.layer.current()
        if sg is not None:
            self._reject([sg])

    def accept_label(self) -> None:
        """Every suggestion of the selected one's label in the document."""
        sg = self.layer.current()
        if sg is not None:
            self._accept(non_overlapping([s for s in self.layer.items if s.label == sg.label]))

    def accept_source(self) -> None:
        """Every suggestion of the selected one's recommender in the document."""
        sg = self.layer.current()
        if sg is not None:
            self._accept(non_overlapping([s for s in self.layer.items if s.source == sg.source]))

    def accept_all(self) -> None:
        self._accept(non_overlapping(list(self.layer.items)))

    def reject_all(self) -> None:
        self._reject(list(self.layer.items))

    def _key(self, what: str) -> None:
        """A key in the list (the list keeps the keyboard: A again takes the next one)."""
        {"accept": self.accept_selected, "reject": self.reject_selected, "acceptLabel": self.accept_label,
         "acceptSource": self.accept_source}[what]()


def non_overlapping(items: list[EntitySuggestion]) -> list[EntitySuggestion]:
    """The best-scoring suggestions that do not overlap one another (accepting "all of a
    label" never makes two entities of one text), in text order."""
    taken: list[EntitySuggestion] = []
    for s in sorted(items, key=lambda s: (-s.score, s.start, -(s.end - s.start))):
        if not any(t.start < s.end and s.start < t.end for t in taken):
            taken.append(s)
    return sorted(taken, key=lambda s: (s.start, -s.end, s.label))
