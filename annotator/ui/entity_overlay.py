"""Painting entities over the text view's paragraphs: backgrounds, bars in lanes, label names.

What a frame needs of a label (its colours, its name laid out) is made once per label and
font (``LabelPaints``). After an edit only the lanes of the entities around it are assigned
again (``relane``): on a dense document a few entities per key press, not the hundreds of a
paragraph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QStaticText

from annotator.core.entity_index import EntityIndex, assign_lanes
from annotator.core.model import Entity
from annotator.core.palette import label_name_colours

LANE = 3.0  # height of one entity bar
MAX_LANES = 3
#: Padding of a label name's chip, left and right, and the space between two chips.
CHIP_PAD = 2.0
CHIP_GAP = 2.0

#: How a label's entities are painted: bar colour, background (normal, selected), name pen,
#: name, name chip's colour.
LabelPaint = tuple[QColor, QColor, QColor, QPen, QStaticText, QColor]
#: An entity with its rectangles in a paragraph and its label's paint.
Drawn = tuple[Entity, Sequence[QRectF], LabelPaint]


class LabelPaints:
    """Per label, what painting its entities takes, made on first use."""

    def __init__(self, colour_of: Callable[[str], str]) -> None:
        self._colour_of = colour_of
        self._font = QFont()
        self._paints: dict[str, LabelPaint] = {}

    def reset(self, font: QFont | None = None) -> None:
        """The labels' colours or the names' font changed."""
        if font is not None:
            self._font = QFont(font)
        self._paints.clear()

    def __call__(self, label: str) -> LabelPaint:
        paint = self._paints.get(label)
        if paint is None:
            colour = QColor(self._colour_of(label))
            fill, selected = QColor(colour), QColor(colour)
            fill.setAlpha(70)
            selected.setAlpha(150)
            name = QStaticText(label)
            name.setTextFormat(Qt.TextFormat.PlainText)  # a label's name is plain text, never markup
            name.prepare(font=self._font)
            # the name on a light chip of its colour, in the colour darkened to read on it
            chip, text = label_name_colours(colour.name() if colour.isValid() else "#999999")
            paint = self._paints[label] = (colour, fill, selected, QPen(QColor(text)), name, QColor(chip))
        return paint


def paint_backgrounds(painter: QPainter, drawn: list[Drawn], lanes: dict[str, int], selected: str | None) -> None:
    """Entity backgrounds, outer first so that inner ones show darker."""
    for e, rects, paint in sorted(drawn, key=lambda x: lanes.get(x[0].id, 0)):
        fill = paint[2] if e.id == selected else paint[1]
        for r in rects:
            painter.fillRect(r, fill)


def label_boxes(drawn: list[Drawn], lanes: dict[str, int], base: int) -> list[tuple[Drawn, QRectF]]:
    """Where the label names go (paragraph coordinates): under the first line of each entity
    that starts in this paragraph (at ``base`` or after), in a chip as wide as the name.
    Names that would meet on one line are moved right, past the chip before them (the outer
    entity's name first, then the ones nested in it), so that no two chips intersect."""
    starting = [d for d in drawn if d[1] and d[0].start >= base]
    starting.sort(key=lambda d: (d[1][0].top(), d[1][0].left(), -(d[0].end - d[0].start), lanes.get(d[0].id, 0)))
    boxes: list[tuple[Drawn, QRectF]] = []
    right: dict[float, float] = {}  # per line (its bottom): right edge of the last chip
    for d in starting:
        first, size = d[1][0], d[2][4].size()
        x = max(first.left(), right.get(first.bottom(), -1e9) + CHIP_GAP)
        box = QRectF(x, first.bottom() + LANE * MAX_LANES, size.width() + 2 * CHIP_PAD, size.height())
        right[first.bottom()] = box.right()
        boxes.append((d, box))
    return boxes


def paint_bars(painter: QPainter, drawn: list[Drawn], lanes: dict[str, int], font: QFont, base: int) -> None:
    """Each entity's bar in its lane under its lines, and its label's name under its first line
    (for the entities that start in this paragraph, at ``base`` or after: ``label_boxes``)."""
    painter.setFont(font)
    for e, rects, paint in drawn:
        lane = min(lanes.get(e.id, 0), MAX_LANES - 1)
        for r in rects:
            painter.fillRect(QRectF(r.left(), r.bottom() + 1 + lane * LANE, r.width(), LANE - 0.5), paint[0])
    for (_, _, (_, _, _, pen, name, chip)), box in label_boxes(drawn, lanes, base):
        painter.fillRect(box, chip)
        painter.setPen(pen)
        painter.drawStaticText(QPointF(box.left() + CHIP_PAD, box.top()), name)


def relane(entities: EntityIndex, lanes: dict[str, int] | None, first: int, last: int,
           start: int, end: int) -> tuple[int, int]:
    """Entities in ``[start, end)`` of the paragraph ``[first, last)`` changed: give new lanes
    (in ``lanes``, the paragraph's, if it has them yet) to the ones whose lanes may change,
    and return the span those cover.

    Those are the overlap cluster around the span: every entity of the paragraph that
    overlaps it, every one overlapping those, and so on. An entity's lane depends only on
    the entities it overlaps, so no lane outside the cluster can change, and assigning the
    cluster alone gives what assigning the whole paragraph gives."""
    lo, hi = max(start, first), min(end, last)
    if lo >= hi:
        lo, hi = first, last
    while True:
        cluster = entities.overlapping(lo, hi)
        wider = (max(first, min([lo, *(x.start for x in cluster)])),
                 min(last, max([hi, *(x.end for x in cluster)])))
        if wider == (lo, hi):
            break
        lo, hi = wider
    if lanes is not None:
        lanes.update(assign_lanes(cluster))
    return min([lo, *(x.start for x in cluster)]), max([hi, *(x.end for x in cluster)])
