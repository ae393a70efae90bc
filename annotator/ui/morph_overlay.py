"""Morphology drawn over the text: part-of-speech colours, boundaries, hints, furigana."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from annotator.core.morph import POS, POS2, READING, reading_hiragana
from annotator.core.text import has_kanji

if TYPE_CHECKING:
    from .text_view import TextView

#: Part-of-speech colours (UniDic pos1; proper nouns by pos2), with the legend's names.
POS_COLOURS: dict[str, tuple[str, str]] = {
    "固有名詞": ("#c0392b", "proper noun"),
    "名詞": ("#1f4e9e", "noun"),
    "代名詞": ("#2c7fb8", "pronoun"),
    "動詞": ("#1b7d3a", "verb"),
    "形容詞": ("#b35806", "adjective"),
    "形状詞": ("#b35806", "adjectival noun"),
    "副詞": ("#6a3d9a", "adverb"),
    "連体詞": ("#6a3d9a", "adnominal"),
    "接続詞": ("#6a3d9a", "conjunction"),
    "感動詞": ("#6a3d9a", "interjection"),
    "助詞": ("#808080", "particle"),
    "助動詞": ("#a05195", "auxiliary"),
    "接頭辞": ("#4d9221", "prefix"),
    "接尾辞": ("#4d9221", "suffix"),
    "補助記号": ("#a0a0a0", "symbol"),
    "記号": ("#a0a0a0", "symbol"),
}


def pos_colour_key(info: tuple) -> str:
    return "固有名詞" if info[POS2] == "固有名詞" else info[POS]


def paint_token_overlays(view: TextView, painter: QPainter, para, base: int, toks: list) -> None:
    """Morpheme boundaries, proper-noun hints and furigana over the tokens ``toks`` of a paragraph."""
    boundary_pen = QPen(QColor(150, 150, 150, 160), 1)
    proper_pen = QPen(QColor("#c0392b"), 1, Qt.PenStyle.DotLine)
    painter.setFont(view.ruby_font)
    ruby_pen = QPen(QColor(90, 90, 90))
    boundaries, proper, furigana = (view.overlays[k] for k in ("boundaries", "proper", "furigana"))
    for tok in toks:
        info = tok[3]
        is_proper = proper and info[POS2] == "固有名詞"
        ruby = furigana and info[READING] and has_kanji(tok[2])
        if not (boundaries or is_proper or ruby):
            continue
        rects = view.segments(para, base, tok[0], tok[1])
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
        if ruby:
            text = reading_hiragana(tok)
            r = rects[0]
            w = view.ruby_fm.horizontalAdvance(text)
            painter.setPen(ruby_pen)
            painter.drawText(QPointF(r.center().x() - w / 2, r.top() - view.ruby_fm.descent() - 1), text)
