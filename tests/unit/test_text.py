from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.text import Utf16Map, has_kanji, iter_paragraphs, to_hiragana


def test_utf16_map_astral_and_bmp():
    text = "a𠮷b😀c"
    m = Utf16Map(text)
    assert m.length == 5 and m.length_utf16 == 7
    assert [m.to_utf16(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [m.to_codepoint(u) for u in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]
    # inside the surrogate pair of 𠮷 (units 1-2): snaps to a boundary
    assert m.to_codepoint(2) == 1
    assert m.to_codepoint(2, snap="right") == 2


def test_utf16_map_rejects_out_of_range():
    m = Utf16Map("あ")
    with pytest.raises(ValueError):
        m.to_utf16(2)
    with pytest.raises(ValueError):
        m.to_codepoint(-1)


@given(st.text(alphabet=st.sampled_from(list("aあ𠮷😀\u3000\r\n\u0301")), max_size=40))
def test_utf16_map_matches_python_encoding(text):
    m = Utf16Map(text)
    for cp in range(len(text) + 1):
        u16 = len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_utf16(cp) == u16
        assert m.to_codepoint(u16) == cp


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("", [(0, 0)]),
        ("abc", [(0, 3)]),
        ("a\nb", [(0, 1), (2, 3)]),
        ("a\r\nb", [(0, 1), (3, 4)]),
        ("a\rb\n", [(0, 1), (2, 3), (4, 4)]),
        ("\n\n", [(0, 0), (1, 1), (2, 2)]),
    ],
)
def test_paragraphs(text, spans):
    assert [(p.start, p.end) for p in iter_paragraphs(text)] == spans


def test_hiragana_and_kanji():
    assert to_hiragana("ワガハイ") == "わがはい"
    assert to_hiragana("ヴァー") == "ゔぁー"
    assert has_kanji("猫だ") and has_kanji("𠮷") and not has_kanji("ねこ")


@given(st.text(alphabet="ab\r\n", max_size=30))
def test_paragraphs_agree_with_a_regex_split(text):
    import re

    assert [text[p.start : p.end] for p in iter_paragraphs(text)] == re.split(r"\r\n|\r|\n", text)


def test_the_qt_boundary_converts_both_ways_with_astral_characters():
    from annotator.ui.qt_text import QtText  # no Qt import: the boundary's arithmetic is plain Python

    q = QtText("𠮷野家😀の\r\n孫正義")
    assert q.to_qt(4) == 6 and q.to_cp(6) == 4  # after 𠮷 and 😀 (two UTF-16 units each)
    assert q.span_to_qt(7, 10) == (9, 12)
    assert q.span_to_cp(12, 9) == (7, 10)  # a selection made right to left
    assert q.span_to_cp(1, 3) == (0, 2)  # half of 𠮷 selected: the whole character is taken
    assert len(q.display) == len(q.text) and "\r" not in q.display
