"""Rules for numeric expressions, read off the morphemes: money, percentages, dates, times and
quantities with counters, proposed with the project's labels for them.

A number is a run of UniDic 数詞 morphemes (digits, kanji numerals, 万/億/兆), with the
separators , . ， ． between two of them (1,000 and 3.5). What follows or precedes it decides
the kind:

- money: a currency after it (円, ドル, ユーロ…) or a sign before it ($300, ￥5,000);
- percent: %, ％, パーセント, 割 (3割, 3割5分);
- date: 年, 月, 日 in sequence (2024年3月1日), 年度, 年代, 世紀, durations 日間, 年間, か月, 週間,
  an era before (平成5年, 令和元年), and a few words for days and years (昨年, 今日, 来月…);
- time: 時, 分, 秒 in sequence (午前10時30分), 時間, 10:30;
- quantity: any other counter (5人, 3台, 2件: UniDic's 助数詞 classes).

Each kind goes to a label of the project where its label set has one (IREX's DATE, TIME,
MONEY, PERCENT; QUANTITY; or the Japanese names 日付, 時間, 金額, 割合, 数量); a kind without a
label is not proposed. Stockmark's label set has none of these: there the rules propose
nothing, and ``inactive_reason`` says so. Training only measures each kind's precision on
the accepted entities (how many of its spans were accepted with its label), which becomes
its score; before any training the score is ``PRIOR``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import ClassVar

from .. import messages as m
from ..morph import POS, POS2, POS3, Token
from .base import EntitySuggestion, Example, Recommender, TokenCache, check_cancelled

KINDS = ("date", "time", "money", "percent", "quantity")
#: Label names each kind goes to, in order of preference (ASCII compared case-insensitively).
LABEL_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("DATE", "日付", "日付表現"),
    "time": ("TIME", "時刻", "時間", "時間表現"),
    "money": ("MONEY", "金額", "金額表現"),
    "percent": ("PERCENT", "割合", "割合表現"),
    "quantity": ("QUANTITY", "数量", "数量表現"),
}
PRIOR = 0.8

_SEPARATORS = frozenset(",.，．")
_SIGNS = frozenset("$＄¥￥€£")
_CURRENCIES = frozenset(("円", "ドル", "ユーロ", "元", "ウォン", "ポンド", "ルーブル", "ルピー", "フラン", "セント",
                         "銭", "ドン", "バーツ", "ペソ", "レアル", "ランド", "リラ"))
_PERCENT = frozenset(("%", "％", "パーセント", "パーセンテージ", "割"))
_ERAS = frozenset(("明治", "大正", "昭和", "平成", "令和", "西暦", "紀元前"))
_DATE_AFTER = frozenset(("年度", "年代", "世紀", "日間", "年間", "か月", "ヶ月", "カ月", "ケ月", "箇月", "週間",
                         "月間", "年前", "年後", "日前", "日後", "月末", "月上旬", "月中旬", "月下旬"))
_TIME_AFTER = frozenset(("時間", "分間", "秒間", "時半"))
_DAY_WORDS = frozenset(("今日", "昨日", "明日", "本日", "今年", "昨年", "去年", "来年", "今月", "先月", "来月",
                        "今週", "先週", "来週", "一昨年", "一昨日", "明後日", "翌年", "翌日", "翌月", "前年", "同年",
                        "同月", "同日", "元年", "昨年度", "今年度", "来年度", "前年度"))
_DAY_PARTS = frozenset(("午前", "午後", "正午", "深夜", "早朝", "未明", "夕方", "朝", "夜"))
_DATE_UNITS = ("年", "月", "日")
_TIME_UNITS = ("時", "分", "秒")
#: Counters UniDic files as suffixes of another class (5人: 接尾辞-名詞的-一般).
_COUNTER_SUFFIXES = frozenset(("人", "名", "件", "社", "倍", "歳", "才", "位", "番", "号", "階", "枚", "本", "冊"))


class NumericRules(Recommender):
    name: ClassVar[str] = "numeric"
    version: ClassVar[int] = 1
    #: A kind the annotators never accept (its measured precision falls below) is not proposed.
    default_threshold: ClassVar[float] = 0.2
    learns: ClassVar[bool] = False

    def __init__(self, labels: Sequence[str], *, threshold: float | None = None,
                 mapping: dict[str, str] | None = None) -> None:
        super().__init__(labels, threshold=threshold)
        #: kind -> the project's label (editable; a kind absent is not proposed).
        self.mapping = default_mapping(self.labels) if mapping is None else {
            k: v for k, v in mapping.items() if k in KINDS and v in self.labels}
        self.precision: dict[str, float] = {}

    @property
    def trained(self) -> bool:
        return bool(self.mapping)

    def inactive_reason(self) -> str | None:
        if self.mapping:
            return None
        return m.translate("Core", "the label set has no label for dates, times, money, percentages or quantities "
                                   "(such as DATE, TIME, MONEY, PERCENT, QUANTITY): the numeric rules propose nothing")

    def train(self, examples: Sequence[Example], *, cancelled: Callable[[], bool] | None = None,
              cache: TokenCache | None = None) -> None:
        """Each kind's precision on the done documents: accepted with its label / proposed."""
        hits = dict.fromkeys(self.mapping, 0)
        proposed = dict.fromkeys(self.mapping, 0)
        for ex in examples:
            check_cancelled(cancelled)
            if not ex.complete:
                continue
            accepted = set(ex.spans)
            for start, end, kind in find(ex.text, ex.toks(cache)):
                label = self.mapping.get(kind)
                if label is not None:
                    proposed[kind] += 1
                    hits[kind] += (start, end, label) in accepted
        # Laplace-smoothed towards the prior: two lucky hits do not make a sure rule.
        self.precision = {k: (hits[k] + PRIOR * 2) / (proposed[k] + 2) for k in self.mapping if proposed[k]}
        self.trained_examples = len(examples)
        self.trained_entities = sum(hits.values())

    def predict(self, text: str, tokens: list[Token]) -> list[EntitySuggestion]:
        out = []
        mapping = self.mapping
        if not mapping:
            return out
        for start, end, kind in find(text, tokens):
            label = mapping.get(kind)
            if label is not None:
                out.append(EntitySuggestion(start, end, label, text[start:end], self.name,
                                            self.precision.get(kind, PRIOR)))
        return out

    def payload(self) -> bytes:
        return json.dumps({"mapping": self.mapping, "precision": self.precision}, ensure_ascii=False).encode()

    def load_payload(self, payload: bytes) -> None:
        try:
            obj = json.loads(payload)
            mapping = {str(k): str(v) for k, v in obj["mapping"].items() if k in KINDS and v in self.labels}
            precision = {str(k): float(v) for k, v in obj["precision"].items()}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not the numeric rules' payload: {exc}") from None
        self.mapping, self.precision = mapping, precision


def default_mapping(labels: Sequence[str]) -> dict[str, str]:
    """Each kind -> the first of the project's labels named like it (``LABEL_NAMES``)."""
    by_name = {}
    for label in labels:
        by_name.setdefault(label.upper() if label.isascii() else label, label)
    out = {}
    for kind, names in LABEL_NAMES.items():
        for name in names:
            if name in by_name:
                out[kind] = by_name[name]
                break
    return out


# -- the rules ------------------------------------------------------------------------------


def _is_number(tok: Token) -> bool:
    return tok[3][POS2] == "数詞"


def _is_counter(tok: Token) -> bool:
    info = tok[3]
    return info[POS3] in ("助数詞可能", "助数詞") or (info[POS] == "接尾辞" and tok[2] in _COUNTER_SUFFIXES)


def _adjacent(a: Token, b: Token) -> bool:
    return a[1] == b[0]


#: Numerals that only scale a number before them: 億ドル alone is no amount (5,000 億ドル is one).
_MAGNITUDES = frozenset({"万", "億", "兆", "京"})


def _number_end(tokens: list[Token], i: int) -> int:
    """Index after the number starting at token ``i`` (1,000万 and 3.5 are one number; so is
    5,000 億, a magnitude after one space)."""
    n = len(tokens)
    j = i + 1
    while j < n and (_adjacent(tokens[j - 1], tokens[j])
                     or (tokens[j][0] - tokens[j - 1][1] == 1 and tokens[j][2] in _MAGNITUDES)):
        if _is_number(tokens[j]):
            j += 1
        elif (tokens[j][2] in _SEPARATORS and j + 1 < n and _is_number(tokens[j + 1])
              and _adjacent(tokens[j], tokens[j + 1])):
            j += 2
        else:
            break
    return j


def _follows(tokens: list[Token], j: int, surfaces: frozenset[str] | tuple[str, ...]) -> bool:
    return j < len(tokens) and tokens[j][2] in surfaces and _adjacent(tokens[j - 1], tokens[j])


def _unit_chain(tokens: list[Token], i: int, units: tuple[str, ...]) -> int:
    """From the number at ``i``: number+unit pairs in the order of ``units`` (年 月 日, 時 分 秒);
    index after the last pair, or ``i`` when the number takes none of the units."""
    end = i
    k = 0
    pos = i
    while pos < len(tokens) and _is_number(tokens[pos]) and (pos == i or _adjacent(tokens[pos - 1], tokens[pos])):
        j = _number_end(tokens, pos)
        while k < len(units) and not _follows(tokens, j, (units[k],)):
            k += 1
        if k == len(units):
            break
        end = pos = j + 1
        k += 1
    return end


def find(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """The numeric expressions of ``text``: (start, end, kind), in text order, not overlapping."""
    out: list[tuple[int, int, str]] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        surface = tok[2]
        if surface in _DAY_WORDS:
            out.append((tok[0], tok[1], "date"))
            i += 1
            continue
        first = i
        sign = surface in _SIGNS and i + 1 < n and _is_number(tokens[i + 1]) and _adjacent(tok, tokens[i + 1])
        era = surface in _ERAS and i + 1 < n and _adjacent(tok, tokens[i + 1]) and (
            _is_number(tokens[i + 1]) or tokens[i + 1][2] == "元年")
        part = surface in _DAY_PARTS and i + 1 < n and _is_number(tokens[i + 1]) and _adjacent(tok, tokens[i + 1])
        if sign or era or part:
            i += 1
        if era and tokens[i][2] == "元年":
            out.append((tok[0], tokens[i][1], "date"))
            i += 1
            continue
        if not _is_number(tokens[i]) or (tokens[i][2] in _MAGNITUDES and not (sign or era or part)):
            i = first + 1
            continue
        found = _classify(tokens, i, sign=sign, era=era, part=part)
        if found is None:
            i = _number_end(tokens, i)
            continue
        end, kind = found
        out.append((tokens[first if (sign or era or part) else i][0], tokens[end - 1][1], kind))
        i = end
    return out


def _classify(tokens: list[Token], i: int, *, sign: bool, era: bool, part: bool) -> tuple[int, str] | None:
    """(index after the expression, kind) for the number at token ``i``, or None."""
    j = _number_end(tokens, i)
    if sign:
        return (j + 1 if _follows(tokens, j, _CURRENCIES) else j), "money"
    if _follows(tokens, j, _CURRENCIES):
        return j + 1, "money"
    if _follows(tokens, j, _PERCENT):
        end = j + 1
        if tokens[j][2] == "割" and end < len(tokens) and _is_number(tokens[end]):  # 3割5分
            k = _number_end(tokens, end)
            if _follows(tokens, k, ("分",)):
                end = k + 1
        return end, "percent"
    if _follows(tokens, j, _TIME_AFTER):
        return j + 1, "time"
    if _follows(tokens, j, (":", "：")) and j + 1 < len(tokens) and _is_number(tokens[j + 1]):
        return _number_end(tokens, j + 1), "time"
    if _follows(tokens, j, _DATE_AFTER):
        return j + 1, "date"
    end = _unit_chain(tokens, i, _TIME_UNITS)
    if end > i:
        if tokens[end - 1][2] == "分" and _follows(tokens, end, ("の",)):  # 3分の1 is a fraction
            return None
        return end, "time"
    if part:
        return None
    end = _unit_chain(tokens, i, _DATE_UNITS)
    if end > i:
        if _follows(tokens, end, ("代",)) and tokens[end - 1][2] == "年":  # 1990年代
            end += 1
        return end, "date"
    if era:
        return None
    if _follows(tokens, j, ("ヶ", "か", "カ", "ケ")) and _follows(tokens, j + 1, ("月",)):
        return j + 2, "date"
    if j < len(tokens) and _adjacent(tokens[j - 1], tokens[j]) and _is_counter(tokens[j]):
        return j + 1, "quantity"
    return None
