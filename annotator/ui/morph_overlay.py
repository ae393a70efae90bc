"""Morphology drawn over the text: part-of-speech colours, boundaries, hints, furigana.

The colours are ``annotator.core.palette``'s (tested there for contrast and distance); the
legend's names are translated here (context ``PosLegend``).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat, QTextLayout

from annotator.core.morph import POS, POS2
from annotator.core.palette import FURIGANA_COLOUR, POS_CATEGORIES, POS_COLOURS, pos_category

from .para_layout import Para, Placed
from .qt_text import QtText

if TYPE_CHECKING:
    from annotator.core.morph import Token

    from .text_view import TextView

translate = QCoreApplication.translate

# the legend's names, for lupdate (the palette keeps the English ones)
_NAMES = {
    "proper noun": lambda: translate("PosLegend", "proper noun"),
    "noun": lambda: translate("PosLegend", "noun"),
    "numeral": lambda: translate("PosLegend", "numeral"),
    "verb": lambda: translate("PosLegend", "verb"),
    "adjective": lambda: translate("PosLegend", "adjective"),
    "adverb, other": lambda: translate("PosLegend", "adverb, other"),
    "particle, auxiliary, affix": lambda: translate("PosLegend", "particle, auxiliary, affix"),
    "symbol, punctuation": lambda: translate("PosLegend", "symbol, punctuation"),
}


def pos_colour(info: tuple) -> str | None:
    """The colour of a morpheme analysed ``info``, or None (left in the text's colour)."""
    key = pos_category(info[POS], info[POS2])
    return POS_COLOURS[key] if key is not None else None


def legend_html() -> str:
    """The legend: a swatch in each category's colour, its name in the window's text colour
    (readable on any window background; the swatch alone carries the colour)."""
    parts = []
    for _, colour, name, _ in POS_CATEGORIES:
        shown = _NAMES[name]() if name in _NAMES else name
        parts.append(f"<span style='color:{colour}'>■</span>&nbsp;{html.escape(shown)}")
    return "&nbsp;&nbsp; ".join(parts)


def pos_formats(tokens: list[Token], base: int, qt: QtText) -> list[QTextLayout.FormatRange]:
    """The part-of-speech colours of a paragraph (starting at ``base``) as layout formats."""
    formats = []
    for tok in tokens:
        colour = pos_colour(tok[3])
        if colour is None:
            continue
        r = QTextLayout.FormatRange()
        s, e = qt.span_to_qt(tok[0] - base, tok[1] - base)
        r.start, r.length = s, e - s
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(colour))
        r.format = fmt
        formats.append(r)
    return formats


def paint_token_overlays(view: TextView, painter: QPainter, para: Para, base: int, toks: list) -> None:
    """Morpheme boundaries and proper-noun hints over the tokens ``toks`` of a paragraph."""
    boundary_pen = QPen(QColor(150, 150, 150, 160), 1)
    proper_pen = QPen(QColor(POS_COLOURS["proper"]), 1, Qt.PenStyle.DotLine)
    boundaries, proper = view.overlays["boundaries"], view.overlays["proper"]
    if not (boundaries or proper):
        return
    for tok in toks:
        is_proper = proper and tok[3][POS2] == "固有名詞"
        if not (boundaries or is_proper):
            continue
        rects = para.segments(base, tok[0], tok[1])
        if not rects:
            continue
        if boundaries:
            painter.setPen(boundary_pen)
            r = rects[0]
            painter.drawLine(QPointF(r.left(), r.top() + 2), QPointF(r.left(), r.bottom() - 2))
        if is_proper:
            painter.setPen(proper_pen)
            for r in rects:
                painter.drawLine(QPointF(r.left(), r.bottom() - 1), QPointF(r.right(), r.bottom() - 1))


def paint_furigana(view: TextView, painter: QPainter, placed: list[Placed]) -> None:
    """Furigana as ``para_layout.place_ruby`` placed them (squeezed where ``scale`` < 1)."""
    painter.setFont(view.ruby_font)
    painter.setPen(QColor(FURIGANA_COLOUR))
    ascent = view.ruby_fm.ascent()
    for box, reading, scale in placed:
        if scale < 1.0:
            painter.save()
            painter.translate(box.left(), box.top() + ascent)
            painter.scale(scale, 1.0)
            painter.drawText(QPointF(0, 0), reading)
            painter.restore()
        else:
            painter.drawText(QPointF(box.left(), box.top() + ascent), reading)
