"""What curation mode shows (issue 14, adjudication): the disagreements marked in the text
view, and a panel with the annotators' versions of the disagreement at hand in lanes (one row
per annotator, in lane order, then the curated version) and the list of every disagreement.

The views are given what the curation controller computed (``annotator.core.curation``);
they never work out a disagreement themselves. Positions are code points; the lanes lay their
snippets out with the text view's own paragraph layout (``para_layout``) and paint the
entities as the text view does (``entity_overlay``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.curation import Disagreement
from annotator.core.entity_index import assign_lanes
from annotator.core.model import Entity

from .claim_overlay import SpanIndex
from .entity_overlay import LANE, MAX_LANES, LabelPaints, paint_backgrounds, paint_bars
from .para_layout import Para, lay_out
from .plain import fill, plain_label
from .qt_text import QtText

if TYPE_CHECKING:
    from .text_view import TextView

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")

OPEN_COLOUR = "#d62728"  # a disagreement nobody's choice settles yet
SETTLED_COLOUR = "#2ca02c"  # the curated version holds one annotator's choice there
#: Code points of context shown on each side of a disagreement in the lanes.
CONTEXT = 24


def _names(keys: Sequence[tuple[int, int, str]], text: str, with_text: bool) -> str:
    if not keys:
        return translate("MainWindow", "nothing")
    return " + ".join(f"{text[s:e]} {label}" if with_text else label for s, e, label in keys)


def summary(d: Disagreement, text: str) -> str:
    """"a: LOCATION, b: ORGANIZATION" (with the words too where the annotators' spans differ)."""
    spans = {tuple((s, e) for s, e, _ in keys) for keys in d.versions.values() if keys}
    with_text = len(spans) > 1
    return ", ".join(f"{name}: {_names(keys, text, with_text)}" for name, keys in d.versions.items())


def describe(d: Disagreement, index: int, total: int, text: str) -> str:
    """The status line of disagreement ``index`` (0-based) of ``total``."""
    line = fill(translate("MainWindow", "Disagreement %1 of %2 — %3"), index + 1, total, summary(d, text))
    if d.settled:
        line += " " + fill(translate("MainWindow", "(settled: %1)"), ", ".join(d.settled_by))
    return line


class DisagreementLayer:
    """The disagreements over the text view's text: open ones outlined red, settled ones with a
    thin green underline; the current one thicker (``view.layers``)."""

    def __init__(self, view: TextView) -> None:
        self.view = view
        self.items: list[Disagreement] = []
        self.spans = SpanIndex([])
        self.current = -1

    def set(self, items: list[Disagreement], current: int = -1) -> None:
        before = [(d.start, d.end) for d in self.items]
        self.items = list(items)
        self.spans = SpanIndex([(d.start, d.end) for d in self.items])
        self.current = current
        for s, e in sorted(set(before) | {(d.start, d.end) for d in self.items}):
            self.view.update_span(s, e)

    def paint(self, painter: QPainter, para: Para, base: int, lo: int, hi: int) -> None:
        if not self.items:
            return
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for k in self.spans.meeting(lo, hi):
            d = self.items[k]
            wide = 1.0 if k == self.current else 0.0
            rects = self.view.segments(para, base, max(d.start, lo), min(d.end, hi))
            if d.settled:
                painter.setPen(QPen(QColor(SETTLED_COLOUR), 1.5 + wide, Qt.PenStyle.DotLine))
                for r in rects:
                    painter.drawLine(QPointF(r.left(), r.bottom() + 0.5), QPointF(r.right(), r.bottom() + 0.5))
            else:
                painter.setPen(QPen(QColor(OPEN_COLOUR), 1.6 + wide))
                for r in rects:
                    painter.drawRect(r.adjusted(-1.5, -1.0, 1.5, 1.0))
        painter.restore()


@dataclass
class Lane:
    name: str  # shown as it is (an annotator's name is user text: painted, never markup)
    key: str  # the key that takes this lane's version here ("" for the curated row)
    entities: list[Entity]
    chosen: bool = False  # the curated version holds this annotator's choice here


class LanesWidget(QWidget):
    """One row per version: its name, then the snippet around the disagreement with that
    version's entities painted as in the text view; the disagreement's stretch outlined."""

    def __init__(self, colour_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curationLanes")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._colour_of = colour_of
        self.lanes: list[Lane] = []
        self.text = ""
        self.window_span = (0, 0)  # the snippet shown, code points of the document
        self.span = (0, 0)  # the disagreement
        self._paras: list[Para] = []
        self.set_font(QFont(self.font().family(), 12))

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._tag_font = QFont(font)
        self._tag_font.setPointSizeF(max(6.0, font.pointSizeF() * 0.55))
        self._paints = LabelPaints(self._colour_of)
        self._paints.reset(self._tag_font)
        self._lay_out()

    def labels_changed(self) -> None:
        self._paints.reset()
        self.update()

    def show_lanes(self, text: str, span: tuple[int, int], lanes: list[Lane]) -> None:
        """Show ``lanes`` over ``text`` around ``span`` (``(0, 0)`` and no lanes: nothing)."""
        self.text, self.span, self.lanes = text, span, lanes
        s, e = span
        lo, hi = max(0, s - CONTEXT), min(len(text), e + CONTEXT)
        nl = text.rfind("\n", lo, s)  # the snippet keeps to the disagreement's paragraph
        lo = nl + 1 if nl >= 0 else lo
        nl = text.find("\n", e, hi)
        hi = nl if nl >= 0 else hi
        for lane in lanes:  # and shows the versions' entities there whole
            for ent in lane.entities:
                if ent.start < e and s < ent.end:
                    lo, hi = min(lo, ent.start), max(hi, ent.end)
        self.window_span = (lo, hi)
        self._lay_out()

    def _name_width(self) -> float:
        fm = QFontMetricsF(self.font())
        return 12 + max([fm.horizontalAdvance(f"{lane.key}  {lane.name} ✓") for lane in self.lanes] or [0.0])

    def _lay_out(self) -> None:
        lo, hi = self.window_span
        qt = QtText(self.text[lo:hi])
        fm = QFontMetricsF(self._tag_font)
        width = max(80.0, self.width() - self._name_width() - 12)
        self._paras = [lay_out(qt, self._font, [], width, (3.0, LANE * MAX_LANES + fm.height() + 3), 10.0, 2.0)
                       for _ in self.lanes]
        self.updateGeometry()
        self.update()

    def sizeHint(self):
        size = super().sizeHint()
        size.setHeight(int(sum(p.height for p in self._paras)) + 4)
        return size

    def minimumSizeHint(self):
        return self.sizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().base())
        lo, hi = self.window_span
        left = self._name_width()
        y = 0.0
        for k, (lane, para) in enumerate(zip(self.lanes, self._paras, strict=True)):
            band = QRectF(0, y, self.width(), para.height)
            if k % 2:
                painter.fillRect(band, self.palette().alternateBase())
            painter.setPen(self.palette().text().color())
            painter.setFont(self.font())
            mark = " ✓" if lane.chosen else ""
            painter.drawText(QRectF(6, y, left - 6, para.height), Qt.AlignmentFlag.AlignVCenter,
                             f"{lane.key}  {lane.name}{mark}".strip())
            painter.save()
            painter.translate(left, y)
            shown = [e for e in lane.entities if e.start < hi and lo < e.end]
            drawn = [(e, para.segments(lo, e.start, e.end), self._paints(e.label)) for e in shown]
            lanes = assign_lanes(shown)
            paint_backgrounds(painter, drawn, lanes, None)
            painter.setPen(QPen(QColor(OPEN_COLOUR), 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for r in para.segments(lo, *self.span):
                painter.drawRect(r.adjusted(-1.5, -1, 1.5, 1))
            painter.setPen(self.palette().text().color())
            para.layout.draw(painter, QPointF(0, 0))
            paint_bars(painter, drawn, lanes, self._tag_font, lo)
            painter.restore()
            y += para.height
        painter.end()


class CurationPanel(QWidget):
    """The curation dock's page: the status line, the lanes, the list of disagreements."""

    chosen = Signal(int)  # a disagreement picked in the list (its index)

    def __init__(self, colour_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curationPanel")
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 4, 2)
        self.status = plain_label(name="curationStatus", wrap=True)
        self.lanes = LanesWidget(colour_of)
        self.list = QListWidget()
        self.list.setObjectName("disagreementList")
        self.list.setMinimumWidth(280)
        self.list.itemActivated.connect(lambda item: self.chosen.emit(self.list.row(item)))
        self.list.itemClicked.connect(lambda item: self.chosen.emit(self.list.row(item)))
        split = QSplitter(Qt.Orientation.Horizontal)
        scroll = QScrollArea()  # many annotators: the lanes scroll, the dock stays a strip
        scroll.setObjectName("curationLanesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.lanes)
        self.scroll = scroll
        split.addWidget(scroll)
        split.addWidget(self.list)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 300])
        column.addWidget(self.status)
        column.addWidget(split, 1)

    def show_lanes(self, text: str, span: tuple[int, int], lanes: list[Lane]) -> None:
        self.lanes.show_lanes(text, span, lanes)
        # a few lanes without scrolling (a dock keeps its height once the user set it)
        self.scroll.setMinimumHeight(min(self.lanes.sizeHint().height() + 4, 120))

    def show_items(self, text: str, items: list[Disagreement], current: int) -> None:
        """Fill the list (one row per disagreement: where, what each says, settled or not)."""
        self.list.blockSignals(True)
        self.list.clear()
        for k, d in enumerate(items):
            words = text[d.start:d.end].replace("\n", " ")
            words = words if len(words) <= 16 else words[:15] + "…"
            row = f"{k + 1}. {words} — {summary(d, text)}"
            if d.settled:
                row += " ✓ " + ", ".join(d.settled_by)
            item = QListWidgetItem(row)
            item.setForeground(QColor(SETTLED_COLOUR if d.settled else OPEN_COLOUR))
            self.list.addItem(item)
        if 0 <= current < len(items):
            self.list.setCurrentRow(current)
        self.list.blockSignals(False)

    def row_text(self, row: int) -> str:
        item = self.list.item(row)
        return item.text() if item is not None else ""
