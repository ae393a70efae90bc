"""Claim suggestions from morphology, sentence by sentence.

A sentence is suggested as a claim when it holds a number with a counter or currency
(数詞 followed by ドル, 円, %, 人, 年...), an attribution cue or reporting verb (によれば,
と述べ, と発表, と報じ...), or a prediction or hedge (予測, 見込み, 可能性, とみられる,
かもしれない...). ``type``, ``certainty``, ``cue`` and ``claimant`` are filled in where the
text tells. Suggestions are computed, never stored or exported until accepted (as claims).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from .model import Entity
from .morph import POS, POS2, POS3, Token
from .sentences import Sentence, split_sentences

#: Counters and currencies that make a number a quantity (besides UniDic's 助数詞 classes).
COUNTERS = frozenset((
    "ドル", "円", "%", "％", "人", "億", "万", "兆", "倍", "割", "件", "社", "台", "ヶ月", "か月", "カ月",
    "年間", "日間", "時間", "歳", "位", "回", "個", "株", "ポイント", "ユーロ", "元", "ウォン", "名", "基", "機",
    "GW", "MW", "km", "トン", "枚", "店", "校", "票", "世帯", "倍増",
))
#: Attribution: (cue, certainty). The claimant precedes the cue.
ATTRIBUTION = ("によれば", "によると", "と述べ", "と発表", "と報じ", "と語っ", "と明らかにし", "と指摘", "と伝え",
               "と説明", "と強調", "と主張", "としてい", "と話し")
PREDICTION = ("と予測", "予測", "と予想", "予想", "見込み", "見込ま", "見通し", "予定", "計画", "になる見込",
              "する見通し")
HEDGE = ("可能性", "とみられ", "と見られ", "かもしれ", "だろう", "でしょう", "恐れ", "おそれ", "模様", "とされ",
         "ようだ", "らしい")
_CUES = re.compile("|".join(re.escape(c) for c in sorted({*ATTRIBUTION, *PREDICTION, *HEDGE}, key=len, reverse=True)))
_PREDICTION = frozenset(PREDICTION)
_HEDGE = frozenset(HEDGE)
_SOURCE_STOP = frozenset("、。，,「」（）() \u3000はがをにでとものへ")


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    text: str
    data: dict[str, Any] = field(hash=False, compare=False)
    reasons: tuple[str, ...] = ()


def _is_number(tok: Token) -> bool:
    return tok[3][POS2] == "数詞" or tok[2].replace(",", "").replace(".", "").isdigit()


#: Units of dates and times of day: 2010年, 3月5日, 10時 state when, not how much.
DATE_UNITS = frozenset(("年", "月", "日", "時", "分", "秒", "年度", "世紀", "代"))


def _is_counter(tok: Token) -> bool:
    if tok[2] in DATE_UNITS:
        return False
    info = tok[3]
    return tok[2] in COUNTERS or info[POS2] == "助数詞" or info[POS3] == "助数詞可能" or info[POS] == "接尾辞"


def _quantity(tokens: list[Token]) -> tuple[int, int] | None:
    """The first number-with-counter run, as a span."""
    for i, tok in enumerate(tokens):
        if not _is_number(tok):
            continue
        j = i + 1
        while j < len(tokens) and (_is_number(tokens[j]) or tokens[j][2] in ",.，．"):
            j += 1
        if j < len(tokens) and _is_counter(tokens[j]):
            return (tok[0], tokens[j][1])
    return None


def _claimant_before(text: str, sentence: Sentence, cue_start: int, entities: list[Entity]) -> dict[str, Any]:
    """The entity nearest before the cue in the sentence, else the words right before it."""
    before = [e for e in entities if sentence.start <= e.start and e.end <= cue_start]
    if before:
        nearest = max(before, key=lambda e: (e.end, -e.start))
        return {"kind": "entity", "entity": nearest.id}
    i = cue_start
    while i > sentence.start and text[i - 1] not in _SOURCE_STOP:
        i -= 1
    source = text[i:cue_start].strip()
    return {"kind": "source", "text": source} if source else {"kind": "author"}


def suggest_in_sentence(text: str, sentence: Sentence, tokens: list[Token],
                        entities: list[Entity]) -> Suggestion | None:
    """A suggested claim for one sentence (its tokens and entities given), or None."""
    s_text = text[sentence.start : sentence.end]
    quantity = _quantity(tokens)
    reported = predicted = hedged = None
    for m in _CUES.finditer(s_text):
        cue = m.group()
        span = (sentence.start + m.start(), sentence.start + m.end())
        if cue in _PREDICTION:
            predicted = predicted or span
        elif cue in _HEDGE:
            hedged = hedged or span
        else:
            reported = reported or span
    if not (quantity or reported or predicted or hedged):
        return None
    reasons = []
    data: dict[str, Any] = {"type": "other", "checkworthy": "unsure", "certainty": "asserted",
                            "polarity": "negated" if _negated(s_text) else "affirmed",
                            "claimant": {"kind": "author"}, "cue": None, "arguments": [], "note": ""}
    if quantity:
        data["type"] = "quantity"
        data["checkworthy"] = "yes"
        reasons.append(f"quantity {text[quantity[0]:quantity[1]]}")
    if reported:
        data["certainty"] = "reported"
        data["claimant"] = _claimant_before(text, sentence, reported[0], entities)
        if not quantity:
            data["type"] = "quote"
    cue = reported or predicted or hedged
    if predicted:
        data["type"] = "prediction"
        data["certainty"] = "predicted"
        data["checkworthy"] = "yes"
    elif hedged and not reported:
        data["certainty"] = "hedged"
    assert cue is not None or quantity is not None
    if cue is not None:
        data["cue"] = {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]}
        reasons.append(f"cue {text[cue[0]:cue[1]]}")
    return Suggestion(sentence.start, sentence.end, s_text, data, tuple(reasons))


_NEGATION = re.compile("(ない|ません|なかった|ず[、。]|ではな)")


def _negated(s: str) -> bool:
    return bool(_NEGATION.search(s))


def suggest(text: str, tokens: list[Token], entities: list[Entity],
            sentences: list[Sentence] | None = None) -> list[Suggestion]:
    """Suggested claims for a document (``tokens`` in order, as from ``Morphology.tokenize``)."""
    starts = [t[0] for t in tokens]
    ents = sorted(entities, key=lambda e: (e.start, e.end))
    ent_starts = [e.start for e in ents]
    out = []
    for sentence in sentences if sentences is not None else split_sentences(text):
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        elo = bisect.bisect_left(ent_starts, sentence.start)
        ehi = bisect.bisect_left(ent_starts, sentence.end)
        found = suggest_in_sentence(text, sentence, tokens[lo:hi], ents[elo:ehi])
        if found is not None:
            out.append(found)
    return out
