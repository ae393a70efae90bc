"""One laid-out paragraph of the text view, and where its furigana go.

``Para`` holds a paragraph's ``QTextLayout`` with what the view measures of it once per
layout (line tops and starts, the rectangles of spans). ``place_ruby`` places furigana over
their kanji without two readings ever overlapping: a reading wider than its kanji is
squeezed (down to ``MIN_SQUEEZE`` of its width, never to a smaller font) and, if it still
meets its left neighbour, shifted right.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout

from annotator.core.furigana import Run, furigana_runs
from annotator.core.morph import Token

from .qt_text import QtText

#: A reading wider than its kanji is squeezed horizontally at most to this share of its width.
MIN_SQUEEZE = 0.75
#: Space kept between two neighbouring readings, in pixels.
RUBY_GAP = 1.0
#: Furigana size, as a share of the text's (a readable size: at least 55%).
RUBY_SCALE = 0.58


#: A reading placed: its box (paragraph coordinates), the reading, its horizontal squeeze.
Placed = tuple[QRectF, str, float]


@dataclass
class Para:
    layout: QTextLayout
    qt: QtText
    height: float
    line_tops: list[float] = field(default_factory=list)  # y of each line's text, inside the paragraph
    line_starts: list[int] = field(default_factory=list)  # UTF-16 start of each line
    #: ``segments`` of this layout by (start, end) inside the paragraph: an entity, a morpheme,
    #: a claim is measured once per layout, not on every frame it is painted in
    rects: dict[tuple[int, int], list[QRectF]] = field(default_factory=dict)
    #: the furigana placed per line (box, reading, horizontal scale), once the morphemes are
    #: known and the line is painted
    ruby: dict[int, list[Placed]] = field(default_factory=dict)

    def lines_between(self, y0: float, y1: float) -> range:
        """Indexes of the lines whose band (text and padding) meets ``[y0, y1)``."""
        if not self.line_tops:
            return range(0)
        first = max(0, bisect.bisect_right(self.line_tops, y0) - 1)
        last = bisect.bisect_left(self.line_tops, y1)
        return range(first, min(last + 1, len(self.line_tops)))

    def segments(self, base: int, start: int, end: int) -> list[QRectF]:
        """Rectangles (one per line) covering code points ``[start, end)`` of the document,
        this paragraph starting at ``base`` (measured once and shared: do not modify the list)."""
        a, b = max(0, start - base), min(len(self.qt.text), end - base)
        if a >= b or not self.line_starts:  # the span does not meet this paragraph
            return []
        cached = self.rects.get((a, b))
        if cached is not None:
            return cached
        rects: list[QRectF] = []
        self.rects[(a, b)] = rects
        s16, e16 = self.qt.span_to_qt(a, b)
        layout = self.layout
        k = max(0, bisect.bisect_right(self.line_starts, s16) - 1)
        n = len(self.line_starts)
        while k < n and self.line_starts[k] < e16:
            line = layout.lineAt(k)
            ls = self.line_starts[k]
            a, b = max(s16, ls), min(e16, ls + line.textLength())
            if a < b:
                x0 = line.cursorToX(a)[0]
                x1 = line.cursorToX(b)[0]
                rects.append(QRectF(min(x0, x1), line.y(), abs(x1 - x0), line.height()))
            k += 1
        return rects


def lay_out(qt: QtText, font: QFont, formats: list[QTextLayout.FormatRange], width: float,
            pads: tuple[float, float], blank: float, gap: float) -> Para:
    """A paragraph laid out in lines of ``width``, each with ``pads`` (above: furigana,
    below: entity lanes and label names) around its text, then ``gap``; an empty paragraph
    is a blank line ``blank`` high, without overlay padding."""
    layout = QTextLayout(qt.display, font)
    layout.setCacheEnabled(True)
    if formats:
        layout.setFormats(formats)
    top_pad, bottom_pad = pads
    y = 0.0
    tops = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        y += top_pad
        line.setPosition(QPointF(0.0, y))
        tops.append(y)
        y += line.height() + bottom_pad
    layout.endLayout()
    if not tops or not qt.text:
        y = blank
    return Para(layout, qt, y + gap, tops, [layout.lineAt(k).textStart() for k in range(len(tops))])


def line_ruby(para: Para, k: int, base: int, text: str, tokens_between: Callable[[int, int], list[Token]],
              ruby: Sequence[Run], fm: QFontMetricsF) -> list[Placed]:
    """The furigana of line ``k`` of the paragraph (starting at ``base`` in ``text``), placed
    once and kept: the readings of the words starting on that line (``tokens_between(lo, hi)``
    gives the morphemes there), the author's ``ruby`` (sorted) preferred."""
    placed = para.ruby.get(k)
    if placed is None:
        line = para.layout.lineAt(k)
        lo = base + para.qt.to_cp(line.textStart())
        hi = base + para.qt.to_cp(line.textStart() + line.textLength(), snap="right")
        toks = [t for t in tokens_between(lo, max(hi, lo + 1)) if lo <= t[0] < hi]
        a, b = bisect.bisect_left(ruby, (lo,)), bisect.bisect_left(ruby, (hi,))
        placed = para.ruby[k] = place_ruby(para, base, furigana_runs(text, toks, ruby[a:b]), fm)
    return placed


def place_ruby(para: Para, base: int, runs: list[Run], fm: QFontMetricsF) -> list[Placed]:
    """Boxes (paragraph coordinates, just above the line) of the furigana ``runs`` of a
    paragraph starting at ``base``: centred over their kanji (the first line's part of a
    span that wraps), squeezed and shifted so that no two meet."""
    placed: list[Placed] = []
    height = fm.height()
    last_right: dict[float, float] = {}  # per line (its top): right edge of the last reading
    for start, end, reading in runs:
        rects = para.segments(base, start, end)
        if not rects:
            continue
        r = rects[0]
        width = fm.horizontalAdvance(reading)
        scale = 1.0
        if width > r.width():
            scale = max(MIN_SQUEEZE, r.width() / width)
            width *= scale
        x = r.center().x() - width / 2
        left = last_right.get(r.top())
        if left is not None and x < left + RUBY_GAP:
            x = left + RUBY_GAP
        last_right[r.top()] = x + width
        placed.append((QRectF(x, r.top() - height, width, height), reading, scale))
    return placed
