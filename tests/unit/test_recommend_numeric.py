"""The numeric rules: which expressions, which kinds, which labels, and none for Stockmark."""

from __future__ import annotations

import pytest

from annotator.core.model import LABEL_SETS
from annotator.core.morph import default_morphology
from annotator.core.recommend import Example, NumericRules, create
from annotator.core.recommend.numeric import PRIOR, default_mapping, find

IREX = [lb.name for lb in LABEL_SETS["irex"]]
STOCKMARK = [lb.name for lb in LABEL_SETS["stockmark"]]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind in find(text, default_morphology().tokenize(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("2024年3月1日に1,000万円を支払い、売上は3.5%増えた。",
     [("2024年3月1日", "date"), ("1,000万円", "money"), ("3.5%", "percent")]),
    ("午前10時30分から3時間、50パーセント、3割5分、$300、￥5,000、15ドル",
     [("午前10時30分", "time"), ("3時間", "time"), ("50パーセント", "percent"), ("3割5分", "percent"),
      ("$300", "money"), ("￥5,000", "money"), ("15ドル", "money")]),
    ("平成5年度、1990年代、令和元年、昨年、5人の社員と3台の車、20世紀",
     [("平成5年度", "date"), ("1990年代", "date"), ("令和元年", "date"), ("昨年", "date"), ("5人", "quantity"),
      ("3台", "quantity"), ("20世紀", "date")]),
    ("２０２４年１２月、十二月三日、三千五百円、10:30、5日間、3か月",
     [("２０２４年１２月", "date"), ("十二月三日", "date"), ("三千五百円", "money"), ("10:30", "time"),
      ("5日間", "date"), ("3か月", "date")]),
    # not numeric expressions: a fraction, a bare number, an ordinal without a counter
    ("3分の1を占め、第3四半期に123を", []),
])
def test_kinds_of_numeric_expressions(text, expected):
    assert _kinds(text) == expected


def test_irex_labels_with_code_point_offsets():
    rec = NumericRules(IREX)
    assert rec.mapping == {"date": "DATE", "time": "TIME", "money": "MONEY", "percent": "PERCENT"}
    text = "𠮷😀2024年3月1日に5人で3.5%と100円"
    got = [(s.start, s.end, s.label, s.text) for s in rec.suggest(text)]
    assert got == [(2, 11, "DATE", "2024年3月1日"), (15, 19, "PERCENT", "3.5%"), (20, 24, "MONEY", "100円")]
    assert all(s.score == PRIOR and s.source == "numeric" for s in rec.suggest(text))  # 5人: no QUANTITY label


def test_stockmark_labels_have_no_numeric_kind_so_nothing_is_proposed():
    rec = create("numeric", STOCKMARK)
    assert rec.mapping == {}
    assert rec.suggest("2024年3月1日に100円") == []
    assert "propose nothing" in rec.inactive_reason()
    assert NumericRules(IREX).inactive_reason() is None


def test_label_names_are_matched_case_insensitively_and_in_japanese():
    assert default_mapping(["Date", "金額", "数量", "人名"]) == {"date": "Date", "money": "金額", "quantity": "数量"}
    rec = NumericRules(["DATE", "MONEY"], mapping={"money": "MONEY", "date": "NOPE", "colour": "DATE"})
    assert rec.mapping == {"money": "MONEY"}  # a mapping to a label the project lacks is dropped


def test_training_measures_each_kinds_precision():
    accepted = Example.of("2024年に100円と200円", [(0, 5, "DATE")])  # dates accepted, money never
    rec = NumericRules(IREX)
    rec.train([accepted] * 10)
    scores = {s.label: s.score for s in rec.predict("2025年に300円", default_morphology().tokenize("2025年に300円"))}
    assert scores["DATE"] > 0.9 and scores["MONEY"] < 0.1
    assert [s.label for s in rec.suggest("2025年に300円")] == ["DATE"]  # below the threshold: not proposed
    # a document in progress measures nothing
    fresh = NumericRules(IREX)
    fresh.train([Example.of("2024年に100円", [], complete=False)])
    assert {s.score for s in fresh.suggest("2025年に300円")} == {PRIOR}


def test_payload_round_trip():
    rec = NumericRules(IREX)
    rec.train([Example.of("2024年に100円", [(0, 5, "DATE")])])
    other = NumericRules(IREX)
    other.load_payload(rec.payload())
    assert other.mapping == rec.mapping and other.precision == rec.precision
    with pytest.raises(ValueError):
        other.load_payload(b"[1, 2]")


def test_a_magnitude_alone_is_no_amount_and_one_after_a_space_belongs_to_the_number():
    from annotator.core.morph import tokenize

    def found(text):
        return [(text[s:e], kind) for s, e, kind in find(text, tokenize(text))]

    assert found("米国に5,000 億ドルを投資する") == [("5,000 億ドル", "money")]  # the seed article's spacing
    assert found("億ドル規模の計画") == []
    assert found("3億人が住む") == [("3億人", "quantity")]
