"""The morphology serves snapping: unknown words split at ・, symbol runs and 日米 split apart."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.morph import LEMMA, POS, POS2, READING, UNKNOWN, tokenize
from tests.unit.test_morph import check_cover


def surfaces(text: str) -> list[str]:
    toks = tokenize(text)
    check_cover(text, toks)
    return [t[2] for t in toks]


def info_of(text: str, surface: str):
    return next(t[3] for t in tokenize(text) if t[2] == surface)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ミニシアター・シネマスコーレで上映", ["ミニシアター", "・", "シネマスコーレ", "で", "上映"]),
        ("ザールブリュッケン・カイザースラウテルン・ドイツ",
         ["ザールブリュッケン", "・", "カイザースラウテルン", "・", "ドイツ"]),
        ("-」と", ["-", "」", "と"]),
        ('!!!"で', ["!", "!", "!", '"', "で"]),
        ('「"アイ"」', ["「", '"', "アイ", '"', "」"]),
        ("日米と渡米と全米", ["日", "米", "と", "渡", "米", "と", "全", "米"]),
    ],
)
def test_split_for_snapping(text, expected):
    assert surfaces(text) == expected


def test_split_pieces_have_sensible_analyses():
    dot = info_of("ミニシアター・シネマスコーレ", "・")
    assert (dot[POS], dot[POS2], dot[LEMMA], dot[UNKNOWN]) == ("補助記号", "一般", "・", False)
    name = info_of("ミニシアター・シネマスコーレ", "シネマスコーレ")
    assert name[POS] == "名詞" and name[UNKNOWN]  # still an unknown noun; its lemma is its surface
    close = info_of("-」と", "」")
    assert (close[POS], close[POS2]) == ("補助記号", "括弧閉")
    bang = info_of('!!!"で', "!")
    assert (bang[POS], bang[POS2]) == ("補助記号", "句点")
    bei = info_of("日米", "米")
    assert (bei[POS], bei[POS2], bei[READING]) == ("名詞", "固有名詞", "ベイ")
    assert [t[3][READING] for t in tokenize("渡米")] == ["ト", "ベイ"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京・大阪", ["東京", "・", "大阪"]),  # MeCab already splits known words
        ("今日は", ["今日", "は"]),
        ("日中は暑い", ["日中", "は", "暑い"]),  # 中 is no country here: daytime
        ("中日新聞", ["中日", "新聞"]),  # a proper noun stays whole
        ("日本", ["日本"]),
        ("（株）", ["（株）"]),  # a known symbol word stays whole
    ],
)
def test_left_whole(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "𠮷野・ミニシアター",
        "ミニシアター・😀",
        "アイ・゙ウ",  # a combining voiced mark stays with its ・
        "アイ・\u3099ウエオ",
        "ア・\r\nイ",
        "ア・\u3000イ",
        '"」😀👍🏽!!',
        "!\u0301!",  # a combining mark on a symbol stays with it
        "👨\u200d👩・カ",
    ],
)
def test_hostile_offsets_stay_exact(text):
    toks = tokenize(text)
    check_cover(text, toks)
    for start, _e, surface, _info in toks:
        assert start == 0 or surface[0] not in "\u0301\u3099", surface  # no mark cut from its character
        assert start == 0 or text[start - 1] != "\u200d", surface  # no ZWJ sequence cut apart
    assert "".join(t[2] for t in toks) == "".join(ch for ch in text if ch not in " \t\r\n")


def test_middle_dot_is_a_token_of_its_own_in_unknown_words():
    text = "スラッシュメタルバンド・メガデスの𠮷・ア"
    toks = tokenize(text)
    check_cover(text, toks)
    dots = [t for t in toks if "・" in t[2]]
    assert dots and all(t[2] == "・" for t in dots)


PIECES = [*'・･-」「"!?！…ア𠮷😀日米渡全 \u3000\r\nｱ', "\u3099", "\u0301", "\u200d", "👍🏽"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_property_exact_and_no_symbol_runs_from_unknown_words(text):
    toks = tokenize(text)
    check_cover(text, toks)
    for _s, _e, surface, info in toks:
        if info[UNKNOWN] and len(surface) > 1:
            for i, ch in enumerate(surface):  # a ・ stays glued only by a ZWJ or a mark: one grapheme
                if ch == "・":
                    assert surface[i - 1:i] == "\u200d" or surface[i + 1:i + 2] in ("\u3099", "\u0301", "\u200d")
