"""The annotation text view: a virtualised painter over one document.

Each paragraph is laid out with its own ``QTextLayout`` only when it scrolls into view; paragraphs never seen
have an estimated height, corrected (keeping the view anchored) when they are laid out. Morphemes come from
``DocTokens``: visible paragraphs are tokenized when painted, the rest by an idle-time pass. Overlays (morpheme
boundaries, part-of-speech colours, furigana, proper-noun hints), entities in lanes with their label names, the
selection and the morpheme cursor are painted here (a paragraph's layout and furigana: ``para_layout``; the
mouse: ``text_mouse``; suggested entities: ``entity_suggestion_overlay``). Positions are code points everywhere
except inside a paragraph's layout, converted through ``qt_text``. Laying out again (an overlay, the font, the
width changed) keeps the text at the top of the view where it was.
"""

from __future__ import annotations

import bisect
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from itertools import accumulate

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from annotator.core.doctokens import DocTokens
from annotator.core.entity_index import EntityIndex, assign_lanes
from annotator.core.model import Label

from .background_tokens import BackgroundTokenizer
from .claim_overlay import SpanIndex, paint_claim_backgrounds, paint_claims
from .entity_overlay import LANE, MAX_LANES, Drawn, LabelPaints, paint_backgrounds, paint_bars, relane
from .entity_suggestion_overlay import EntitySuggestionLayer
from .morph_overlay import paint_furigana, paint_token_overlays, pos_formats
from .para_layout import RUBY_SCALE, Para, Placed, lay_out, line_ruby
from .qt_text import QtText
from .scrollbar import use_cached_scroll_bars
from .text_claims import ClaimsOnText
from .text_mouse import MouseHandler

OVERLAYS = ("boundaries", "pos", "furigana", "proper")
MARGIN = 14.0
PARA_GAP = 8.0
MAX_LAYOUTS = 96  # laid-out paragraphs kept (a screen shows ~30)


class TextView(QAbstractScrollArea, ClaimsOnText):
    """Shows one document; emits what the user selects, in code points."""

    selectionChanged = Signal(int, int)  # start, end (equal: nothing selected)
    claimActivated = Signal(str)  # a claim was clicked
    suggestionActivated = Signal(int)  # a suggestion was clicked (its index)
    pickChanged = Signal()  # the selected claim or suggestion changed (the window's actions follow)
    entityActivated = Signal(str)  # an entity was clicked ("" when none)
    cursorMoved = Signal(int)  # start of the morpheme under the cursor, or -1
    hovered = Signal(int)  # code point under the mouse, or -1
    tokensReleased = Signal()  # the first frame is out: morphology may be asked for now
    margin = MARGIN  # left and right, in pixels: claim bands are drawn in the left one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textView")
        use_cached_scroll_bars(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = ""
        self.tokens: DocTokens | None = None
        self.entities = EntityIndex()
        self.labels: dict[str, Label] = {}
        self.overlays = {"boundaries": False, "pos": False, "furigana": False, "proper": True}
        self.selection = (0, 0)
        self.selection_explicit = False  # made by drag, Shift+arrows, double-click, find (not a cursor move)
        self.selected_entity: str | None = None
        self.highlights: list[tuple[int, int]] = []  # find matches, sorted
        self.claims: list = []  # Claim objects of the document, by start
        self.suggestions: list = []  # Suggestion objects shown (not yet accepted or rejected)
        #: Which claims and suggestions a paragraph's range meets, without going through them all.
        self.claim_spans = self.suggestion_spans = SpanIndex([])
        self.selected_claim: str | None = None
        self.selected_suggestion: int = -1  # index into suggestions
        self.entity_suggestions = EntitySuggestionLayer(self)  # suggested entities, drawn dashed
        self.layers: list = []  # more marks over the text: ``paint(painter, para, base, lo, hi)`` (curation)
        self.cursor_pos = -1  # start of the morpheme cursor
        self.ruby: list[tuple[int, int, str]] = []  # the author's ruby of the document (start, end, reading)
        self.mouse = MouseHandler(self)
        self._paras: OrderedDict[int, Para] = OrderedDict()  # laid-out paragraphs, most recent last
        self._lanes: dict[int, dict[str, int]] = {}
        self._label_paint = LabelPaints(self._colour)  # per label: colours, its name laid out
        self._heights: list[float] = []
        self._tops: list[float] = [0.0]
        self._tops_dirty = True
        self._width = -1.0
        self.frames = 0  # painted frames, and how long the last one took (benchmarks, tests)
        self._after_first: list[Callable[[], None]] = []  # to run once the first frame is out
        self.last_paint_s = 0.0
        self.background = BackgroundTokenizer(self, self._tokens_released)
        self.set_font(QFont(self.font().family(), 14))
        self.verticalScrollBar().valueChanged.connect(self.mouse.hide_tooltip)

    # -- configuration ------------------------------------------------------------------
    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._fm = QFontMetricsF(self._font)
        self.ruby_font = QFont(font)
        self.ruby_font.setPointSizeF(max(6.0, font.pointSizeF() * RUBY_SCALE))
        self.ruby_fm = QFontMetricsF(self.ruby_font)
        self._tag_font = QFont(font)
        self._tag_font.setPointSizeF(max(6.0, font.pointSizeF() * 0.55))
        self._tag_fm = QFontMetricsF(self._tag_font)
        self._label_paint.reset(self._tag_font)
        self._relayout()

    def text_font(self) -> QFont:
        return QFont(self._font)

    def font_point_size(self) -> float:
        return self._font.pointSizeF()

    def zoom(self, steps: int) -> None:
        f = QFont(self._font)
        f.setPointSizeF(min(72.0, max(7.0, f.pointSizeF() + steps)))
        self.set_font(f)

    def set_overlay(self, name: str, on: bool) -> None:
        """Show or hide an overlay; the first text shown stays where it is on the screen
        (furigana change the lines' height)."""
        self.overlays[name] = on
        self._relayout()

    def set_ruby(self, ruby: Sequence[tuple[int, int, str]]) -> None:
        """The author's ruby of the document shown (preferred over the dictionary's readings)."""
        self.ruby = sorted(ruby)
        for para in self._paras.values():
            para.ruby.clear()
        self.viewport().update()

    def set_labels(self, labels: list[Label]) -> None:
        self.labels = {lb.name: lb for lb in labels}
        self._label_paint.reset()
        self.viewport().update()

    def set_document(self, text: str, tokens: DocTokens, entities: EntityIndex) -> None:
        self.text = text
        self.tokens = tokens
        self.entities = entities
        self.selection = (0, 0)
        self.selected_entity = None
        self.highlights = []
        self.claims, self.suggestions = [], []
        self.claim_spans = self.suggestion_spans = SpanIndex([])
        self.selected_claim, self.selected_suggestion = None, -1
        self.entity_suggestions.clear()  # before laying out: nothing to repaint yet
        self.cursor_pos = -1
        self.ruby = []
        self._relayout(anchor=False)
        self.verticalScrollBar().setValue(0)
        self.background.set_tokens(tokens)
        self.pickChanged.emit()

    def entities_changed(self, spans: list[tuple[int, int]] | None = None) -> None:
        """Entities were edited (in ``spans``, or anywhere): redraw what they touch."""
        self.background.user_active()
        if spans is None or self.tokens is None:
            self._lanes.clear()
            self.viewport().update()
            return
        for s, e in spans:
            lo, hi = s, max(e, s + 1)
            for para in range(self.tokens.paragraph_of(s), self.tokens.paragraph_of(max(s, e - 1)) + 1):
                p = self.tokens.paragraphs[para]
                a, b = relane(self.entities, self._lanes.get(para), p.start, max(p.end, p.start + 1), s, max(e, s + 1))
                lo, hi = min(lo, a), max(hi, b)
            self.update_span(lo, hi)  # lanes of the entities around it may have changed too

    # -- geometry -----------------------------------------------------------------------
    def _line_pad_top(self) -> float:
        return self.ruby_fm.height() + 1 if self.overlays["furigana"] else 2.0

    def _line_pad_bottom(self) -> float:
        return LANE * MAX_LANES + self._tag_fm.height() + 2

    def _line_height(self) -> float:
        return self._line_pad_top() + self._fm.height() + self._line_pad_bottom()

    def first_visible(self) -> tuple[int, float]:
        """The first code point shown at the top of the view, and its line's text top in
        viewport coordinates; (-1, 0) when no text is shown."""
        if self.tokens is None or not self._heights or not self.text:
            return -1, 0.0
        pos = self.position_at(QPointF(MARGIN + 1, 1))
        return (pos, self.char_rect(pos).top()) if pos >= 0 else (-1, 0.0)

    def _relayout(self, *, anchor: bool = True) -> None:
        """Lay the document out again (font, width, overlays changed); with ``anchor``, the
        text at the top of the view stays at the same place on the screen."""
        pos, y = self.first_visible() if anchor and self.verticalScrollBar().value() > 0 else (-1, 0.0)
        self._paras.clear()
        self._lanes.clear()
        if self.tokens is None:
            self._heights = []
        else:
            width = self._text_width()
            per_line = max(1.0, width / max(1.0, self._fm.horizontalAdvance("あ")))
            lh = self._line_height()
            cont = self.tokens.continued
            self._heights = [
                max(1, math.ceil((p.end - p.start) / per_line)) * lh + (0 if p.index in cont else PARA_GAP)
                for p in self.tokens.paragraphs
            ]
        self._tops_dirty = True
        self._update_scrollbar()
        if pos >= 0:
            top = self.char_rect(pos).top()  # first: laying its paragraph out may scroll
            self.verticalScrollBar().setValue(round(self.verticalScrollBar().value() + top - y))
        self.viewport().update()

    def _text_width(self) -> float:
        return max(50.0, self.viewport().width() - 2 * MARGIN)

    def _tops_list(self) -> list[float]:
        if self._tops_dirty:
            self._tops = list(accumulate(self._heights, initial=0.0))
            self._tops_dirty = False
        return self._tops

    def _update_scrollbar(self) -> None:
        total = self._tops_list()[-1] if self._heights else 0.0
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, int(total - self.viewport().height() + MARGIN)))
        bar.setPageStep(max(1, self.viewport().height() - 40))
        bar.setSingleStep(max(1, int(self._line_height())))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if abs(self._text_width() - self._width) > 0.5:
            self._width = self._text_width()
            self._relayout()
        else:
            self._update_scrollbar()

    def _para(self, i: int) -> Para:
        """The laid-out paragraph ``i``; fixes its height (anchoring the view) if it changed."""
        cached = self._paras.get(i)
        if cached is not None:
            self._paras.move_to_end(i)
            return cached
        assert self.tokens is not None
        p = self.tokens.paragraphs[i]
        ptext = self.text[p.start : p.end]
        qt = QtText(ptext)
        formats = pos_formats(self.tokens.tokens(i), p.start, qt) if (
            self.overlays["pos"] and self.background.ready(i)) else []
        gap = 0.0 if i in self.tokens.continued else PARA_GAP  # a block continuing its line: no gap
        para = lay_out(qt, self._font, formats, self._text_width(), (self._line_pad_top(), self._line_pad_bottom()),
                       self._fm.height() * 0.6, gap)
        self._paras[i] = para
        while len(self._paras) > MAX_LAYOUTS:  # glyph caches are big: keep what is near the view
            self._paras.popitem(last=False)
        old = self._heights[i]
        if abs(old - para.height) > 0.01:
            self._heights[i] = para.height
            self._tops_dirty = True
            if self._tops[i] < self.verticalScrollBar().value():  # above the view: keep the view still
                bar = self.verticalScrollBar()
                self._update_scrollbar()
                bar.setValue(int(bar.value() + para.height - old))
            else:
                self._update_scrollbar()
        return para

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        t0 = time.perf_counter()
        self._paint(event)
        self.frames += 1
        self.last_paint_s = time.perf_counter() - t0
        self.background.painted()
        if self._after_first:
            QTimer.singleShot(0, self._first_frame_out)

    def after_first_frame(self, then: Callable[[], None]) -> None:
        """Call ``then`` once this view has painted a frame (now if it has): what a window reads
        of a whole project when it starts comes after its text is on screen."""
        if self.frames:
            then()
        else:
            self._after_first.append(then)

    def _first_frame_out(self) -> None:
        waiting, self._after_first = self._after_first, []
        for then in waiting:
            then()

    def _paint(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        area = event.rect()
        painter.fillRect(area, self.palette().base())
        if self.tokens is None:
            return
        y_scroll = self.verticalScrollBar().value()
        tops = self._tops_list()
        i = max(0, bisect.bisect_right(tops, y_scroll + area.top()) - 1)
        n = len(self._heights)
        while i < n:
            para = self._para(i)  # may correct heights above: re-read tops after
            top = self._tops_list()[i] - y_scroll
            if top > area.bottom():
                break
            if top + para.height >= area.top():
                self._paint_para(painter, i, para, QPointF(MARGIN, top), area.top(), area.bottom() + 1)
            i += 1
        painter.end()

    def update_span(self, start: int, end: int) -> None:
        """Schedule a repaint of the lines showing ``[start, end)`` (and their lanes and ruby)."""
        if self.tokens is None or not self._heights or start < 0:
            return
        end = max(end, start + 1)
        y_scroll = self.verticalScrollBar().value()
        height = self.viewport().height()
        region = QRectF()
        for i in range(self.tokens.paragraph_of(start), self.tokens.paragraph_of(max(start, end - 1)) + 1):
            top = self._tops_list()[i] - y_scroll
            if top > height or top + self._heights[i] < 0:
                continue
            para = self._paras.get(i)
            if para is None:  # not on screen since the last layout: nothing drawn to redo
                continue
            for r in self.segments(para, self.tokens.paragraphs[i].start, start, end) or [
                    QRectF(0, 0, 1, para.height)]:
                band = QRectF(0, top + r.top() - self._line_pad_top(), self.viewport().width(),
                              r.height() + self._line_pad_top() + self._line_pad_bottom())
                region = region.united(band)
        if not region.isEmpty():
            self.viewport().update(region.toAlignedRect().adjusted(0, -1, 0, 1))

    def _lanes_of(self, i: int) -> dict[str, int]:
        lanes = self._lanes.get(i)
        if lanes is None:
            assert self.tokens is not None
            p = self.tokens.paragraphs[i]
            lanes = self._lanes[i] = assign_lanes(self.entities.overlapping(p.start, max(p.end, p.start + 1)))
        return lanes

    def entity_paints(self, i: int, lo: int, hi: int) -> tuple[list[Drawn], dict[str, int]]:
        """The entities of paragraph ``i`` meeting ``[lo, hi)``, each with its whole rectangles
        there (cached with the layout; the lines not painted are clipped away) and its label's
        paint, and their lanes: what ``entity_overlay`` paints (and ``label_boxes`` places)."""
        para = self._para(i)
        base = self.tokens.paragraphs[i].start if self.tokens is not None else 0
        return ([(e, para.segments(base, e.start, e.end), self._label_paint(e.label))
                 for e in self.entities.overlapping(lo, max(hi, lo + 1))], self._lanes_of(i))

    def segments(self, para: Para, base: int, start: int, end: int) -> list[QRectF]:
        """Rectangles (one per line) covering code points ``[start, end)`` (``Para.segments``)."""
        return para.segments(base, start, end)

    def furigana(self, i: int, lines: range | None = None) -> list[Placed]:
        """The furigana of paragraph ``i`` (of its ``lines``; all by default) as painted: box in
        paragraph coordinates, reading, horizontal squeeze; [] until its morphemes are known."""
        para = self._para(i)
        if not self.background.ready(i) or self.tokens is None:
            return []
        base, tokens = self.tokens.paragraphs[i].start, self.tokens
        return [placed for k in (lines or range(len(para.line_starts)))
                for placed in line_ruby(para, k, base, self.text, lambda lo, hi: tokens.tokens_between(i, lo, hi),
                                        self.ruby, self.ruby_fm)]

    def _paint_para(self, painter: QPainter, i: int, para: Para, origin: QPointF, y0: float, y1: float) -> None:
        """Paint the lines of paragraph ``i`` between viewport rows y0 and y1 (it can be pages long)."""
        assert self.tokens is not None
        p = self.tokens.paragraphs[i]
        base = p.start
        lines = para.lines_between(y0 - origin.y() - self._line_height(), y1 - origin.y())
        if not lines:
            return
        u_lo = para.line_starts[lines.start]
        last = para.layout.lineAt(lines.stop - 1)
        u_hi = last.textStart() + last.textLength()
        lo, hi = base + para.qt.to_cp(u_lo), base + para.qt.to_cp(u_hi, snap="right")
        clip = QRectF(0, para.line_tops[lines.start] - self._line_pad_top(), self.viewport().width(),
                      para.line_tops[lines.stop - 1] + last.height() + self._line_pad_bottom()
                      - para.line_tops[lines.start] + self._line_pad_top())
        painter.save()
        painter.translate(origin)
        drawn, lanes = self.entity_paints(i, lo, hi)
        paint_backgrounds(painter, drawn, lanes, self.selected_entity)
        # find matches
        if self.highlights:
            found = QColor("#ffe066")
            k = max(0, bisect.bisect_right(self.highlights, (lo,)) - 1)
            while k < len(self.highlights) and self.highlights[k][0] < hi:
                hs, he = self.highlights[k]
                if he > lo:
                    for r in self.segments(para, base, max(hs, lo), min(he, hi)):
                        painter.fillRect(r, found)
                k += 1
        # selection
        s, e = self.selection
        if e > s and s < hi and e > lo:
            sel = QColor(self.palette().highlight().color())
            sel.setAlpha(90)
            for r in self.segments(para, base, max(s, lo), min(e, hi)):
                painter.fillRect(r, sel)
        paint_claim_backgrounds(self, painter, para, base, lo, hi)
        para.layout.draw(painter, QPointF(0, 0), [], clip)
        paint_claims(self, painter, para, base, lo, hi)
        self.entity_suggestions.paint(painter, para, base, lo, hi)
        for layer in self.layers:
            layer.paint(painter, para, base, lo, hi)
        tokens_ready = self.background.ready(i)
        if tokens_ready and (self.overlays["boundaries"] or self.overlays["proper"]):
            paint_token_overlays(self, painter, para, base, self.tokens.tokens_between(i, lo, hi))
        if tokens_ready and self.overlays["furigana"]:
            paint_furigana(self, painter, self.furigana(i, lines))
        # morpheme cursor
        if tokens_ready and lo <= self.cursor_pos < max(hi, lo + 1):
            tok = self.tokens.token_at(self.cursor_pos)
            if tok is not None:
                painter.setPen(QPen(self.palette().highlight().color(), 1.5))
                for r in self.segments(para, base, tok[0], tok[1]):
                    painter.drawRect(r.adjusted(-1, 0, 1, 0))
        paint_bars(painter, drawn, lanes, self._tag_font, base)  # in their lanes, and the label names
        painter.restore()

    def _colour(self, label: str) -> str:
        lb = self.labels.get(label)
        return lb.color if lb else "#999999"

    # -- hit testing --------------------------------------------------------------------
    def position_at(self, point: QPointF) -> int:
        """The code point under ``point`` (viewport coordinates), or -1 outside the text."""
        if self.tokens is None or not self._heights:
            return -1
        y = point.y() + self.verticalScrollBar().value()
        tops = self._tops_list()
        i = max(0, min(len(self._heights) - 1, bisect.bisect_right(tops, y) - 1))
        para = self._para(i)
        local_y = y - self._tops_list()[i]
        layout = para.layout
        if layout.lineCount() == 0:
            return self.tokens.paragraphs[i].start
        k = 0
        for k in range(layout.lineCount()):
            line = layout.lineAt(k)
            if local_y < line.y() + line.height() + self._line_pad_bottom():
                break
        line = layout.lineAt(k)
        u16 = line.xToCursor(point.x() - MARGIN, line.CursorPosition.CursorBetweenCharacters)
        # xToCursor gives the nearest boundary; we want the character under the pointer
        x_at, _ = line.cursorToX(u16)
        if x_at > point.x() - MARGIN and u16 > line.textStart():
            u16 -= 1
        return self.tokens.paragraphs[i].start + para.qt.to_cp(min(u16, para.qt.length_qt), snap="left")

    def char_rect(self, pos: int) -> QRectF:
        """Where code point ``pos`` is drawn, in viewport coordinates (for tests and tool tips)."""
        assert self.tokens is not None
        i = self.tokens.paragraph_of(pos)
        para = self._para(i)
        rects = self.segments(para, self.tokens.paragraphs[i].start, pos, pos + 1)
        top = self._tops_list()[i] - self.verticalScrollBar().value()
        r = rects[0] if rects else QRectF(0, 0, 1, self._fm.height())
        return r.translated(MARGIN, top)

    # -- selection and cursor -----------------------------------------------------------
    def set_selection(self, start: int, end: int, *, entity: str | None = None, explicit: bool = True) -> None:
        """Select ``[start, end)``; ``explicit`` is False for the morpheme a cursor move selects."""
        self.background.user_active()
        self.selection_explicit = explicit and end > start
        old, old_entity = self.selection, self.selected_entity
        self.selection = (min(start, end), max(start, end))
        self.selected_entity = entity
        self.update_span(*old)
        self.update_span(*self.selection)
        for eid in {old_entity, entity} - {None}:
            e = self.entities.get(eid)
            if e is not None:
                self.update_span(e.start, e.end)
        self.selectionChanged.emit(*self.selection)

    def set_highlights(self, spans: list[tuple[int, int]]) -> None:
        self.highlights = sorted(spans)
        self.viewport().update()

    def set_cursor(self, pos: int) -> None:
        self.background.user_active()
        old = self.cursor_pos
        self.cursor_pos = pos
        if not self.ensure_visible(pos):
            for p in (old, pos):
                tok = self.tokens.token_at(p) if self.tokens is not None and p >= 0 else None
                if tok is not None:
                    self.update_span(tok[0], tok[1])
        self.cursorMoved.emit(pos)

    def ensure_visible(self, pos: int) -> bool:
        """Scroll so that ``pos`` is in view; True when that scrolled (and so repaints all)."""
        if self.tokens is None or pos < 0 or not self._heights:
            return False
        i = self.tokens.paragraph_of(pos)
        para = self._para(i)
        top = self._tops_list()[i]
        y_line = top
        rects = self.segments(para, self.tokens.paragraphs[i].start, pos, min(len(self.text), pos + 1))
        if rects:
            y_line = top + rects[0].top()
        bar = self.verticalScrollBar()
        if y_line < bar.value() or y_line + self._line_height() > bar.value() + self.viewport().height():
            before = bar.value()
            bar.setValue(int(y_line - self.viewport().height() / 3))
            return bar.value() != before
        return False

    def event(self, event: QEvent) -> bool:
        # a key that is a shortcut (most of them: the window's actions) never reaches
        # keyPressEvent; the background tokenizer pauses for it all the same
        if event.type() == QEvent.Type.ShortcutOverride:
            self.background.user_active()
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        self.background.user_active()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.background.user_active()
        if not self.mouse.pressed(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.mouse.moved(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.mouse.released(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mouse.double_clicked(event)

    def select_entity(self, entity_id: str) -> None:
        e = self.entities.get(entity_id)
        if e is None:
            return
        self.set_selection(e.start, e.end, entity=e.id)
        self.set_cursor(e.start)
        self.entityActivated.emit(e.id)

    # -- morphology arriving later ------------------------------------------------------
    def hold_tokens_until_painted(self, then: Callable[[], None] | None = None) -> None:
        """Paint the next frame without tokenizing; then tokenize as usual and call ``then``."""
        self.background.hold(then)

    @property
    def tokens_held(self) -> bool:
        return self.background.held

    def _tokens_released(self) -> None:
        if self.overlays["pos"]:
            self._paras.clear()  # laid out without their part-of-speech colours
        self.viewport().update()
        self.tokensReleased.emit()
