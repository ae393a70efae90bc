"""Morphology: exact offsets on the inputs that break other tools, as tables and properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.morph import (
    MAX_CHUNK,
    POS,
    READING,
    UNKNOWN,
    lemma,
    pos_full,
    reading_hiragana,
    token_json,
    tokenize,
)
from annotator.core.text import ASCII_WHITESPACE


def check_cover(text: str, tokens) -> None:
    """Tokens are exact, ordered, non-overlapping, and whitespace is all that lies between."""
    pos = 0
    for start, end, surface, _info in tokens:
        assert text[start:end] == surface, (start, end, surface)
        assert start >= pos, f"overlap at {start}"
        gap = text[pos:start]
        assert all(ch in ASCII_WHITESPACE for ch in gap), (gap, start)
        pos = end
    assert all(ch in ASCII_WHITESPACE for ch in text[pos:])


CASES = [
    ("吾輩は猫である。", ["吾輩", "は", "猫", "で", "ある", "。"]),
    ("𠮷野家で牛丼", ["𠮷", "野家", "で", "牛丼"]),
    ("😀カフェ", ["😀", "カフェ"]),
    ("東京\u3000大阪", ["東京", "\u3000", "大阪"]),
    ("一行目\r\n二行目", ["一", "行", "目", "二", "行", "目"]),
    ("A\tB  C", ["A", "B", "C"]),
    ("e\u0301te", ["e\u0301", "te"]),
    ("👨\u200d👩\u200d👧です", ["👨\u200d👩\u200d👧", "です"]),
    ("nul\x00byte", ["nul", "\x00", "byte"]),
]


@pytest.mark.parametrize(("text", "surfaces"), CASES)
def test_table(text, surfaces):
    tokens = tokenize(text)
    check_cover(text, tokens)
    assert [t[2] for t in tokens] == surfaces


def test_features():
    t = {tok[2]: tok for tok in tokenize("カフェに行った")}
    assert lemma(t["カフェ"]) == "カフェ"  # orthBase, not "カフェ-cafe"
    assert lemma(t["行っ"]) == "行く" and t["行っ"][3][POS] == "動詞"
    assert t["行っ"][3][READING] == "イッ" and reading_hiragana(t["行っ"]) == "いっ"
    assert not t["カフェ"][3][UNKNOWN]
    unk = tokenize("😀")[0]
    assert unk[3][UNKNOWN] and lemma(unk) == "😀" and unk[3][READING] == ""
    assert pos_full(tokenize("孫正義")[0][3]).startswith("名詞-固有名詞-人名")
    assert token_json(tokenize("東京")[0]) == {
        "start": 0, "end": 2, "surface": "東京", "pos": "名詞-固有名詞-地名-一般", "lemma": "東京",
        "reading": "トウキョウ",
    }


def test_ideographic_space_at_paragraph_edges_keeps_its_analysis():
    toks = tokenize("\u3000吾輩は猫\u3000")
    assert [t[2] for t in toks] == ["\u3000", "吾輩", "は", "猫", "\u3000"]
    assert toks[0][3][POS] == "空白" and toks[-1][3][POS] == "空白"


def test_tokens_are_plain_tuples_untracked_by_the_gc():
    import gc

    toks = tokenize("吾輩は猫である")
    # A tuple is untracked once its elements are; within one pass the token may be looked at
    # before its shared analysis tuple, so the second pass is the one that counts.
    gc.collect()
    gc.collect()
    assert type(toks[0]) is tuple and not any(gc.is_tracked(t) for t in toks)


def test_offsets_after_astral_characters():
    text = "𠮷😀👍🏽Microsoftが発表"
    toks = tokenize(text)
    check_cover(text, toks)
    ms = next(t for t in toks if t[2] == "Microsoft")
    assert (ms[0], ms[1]) == (4, 13)


def test_long_paragraph_is_chunked_without_losing_characters():
    text = ("吾輩は猫である。" * (MAX_CHUNK // 4)) + "名前はまだ無い"
    toks = tokenize(text)
    check_cover(text, toks)
    assert "".join(t[2] for t in toks) == text


def test_long_paragraph_without_sentence_end():
    text = "あ" * (MAX_CHUNK * 2 + 17)
    check_cover(text, tokenize(text))


ALPHABET = st.sampled_from(
    [*"吾輩猫名前東京都日本語かなカナabcXYZ019０１２、。「」！？",
     "𠮷", "😀", "👨\u200d👩\u200d👧", "👍🏽", "\u0301", "\u3099", "\r\n", "\n", "\r", "\u3000", "\t", " ",
     "ｶﾀｶﾅ", "①", "\ufe0f", "\u200d", "Ð", "\x0b"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_property_tokens_are_exact_and_cover_the_text(text):
    check_cover(text, tokenize(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_property_any_unicode(text):
    check_cover(text, tokenize(text))
