"""Morphology: exact offsets on the inputs that break other tools, as tables and properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.morph import MAX_CHUNK, tokenize
from annotator.core.text import ASCII_WHITESPACE


def check_cover(text: str, tokens) -> None:
    """Tokens are exact, ordered, non-overlapping, and whitespace is all that lies between."""
    pos = 0
    for t in tokens:
        assert text[t.start : t.end] == t.surface, t
        assert t.start >= pos, f"overlap at {t}"
        gap = text[pos : t.start]
        assert all(ch in ASCII_WHITESPACE for ch in gap), (gap, t)
        pos = t.end
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
    assert [t.surface for t in tokens] == surfaces


def test_features():
    t = {tok.surface: tok for tok in tokenize("カフェに行った")}
    assert t["カフェ"].lemma == "カフェ"  # orthBase, not "カフェ-cafe"
    assert t["行っ"].lemma == "行く" and t["行っ"].pos == "動詞"
    assert t["行っ"].reading == "イッ" and t["行っ"].reading_hiragana == "いっ"
    assert not t["カフェ"].unknown
    unk = tokenize("😀")[0]
    assert unk.unknown and unk.lemma == "😀" and unk.reading == ""
    assert tokenize("孫正義")[0].pos_full.startswith("名詞-固有名詞-人名")


def test_offsets_after_astral_characters():
    text = "𠮷😀👍🏽Microsoftが発表"
    toks = tokenize(text)
    check_cover(text, toks)
    ms = next(t for t in toks if t.surface == "Microsoft")
    assert (ms.start, ms.end) == (4, 13)


def test_long_paragraph_is_chunked_without_losing_characters():
    text = ("吾輩は猫である。" * (MAX_CHUNK // 4)) + "名前はまだ無い"
    toks = tokenize(text)
    check_cover(text, toks)
    assert "".join(t.surface for t in toks) == text


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
