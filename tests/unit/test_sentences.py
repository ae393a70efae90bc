"""The sentence splitter: tables of input and expected sentences, the seed article, the novel."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.sentences import split_sentences
from tests.conftest import NOVEL, SEED, shared_file


def texts(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("吾輩は猫である。名前はまだ無い。", ["吾輩は猫である。", "名前はまだ無い。"]),
        ("本当か！？嘘だろ。", ["本当か！？", "嘘だろ。"]),
        ("「行こう。」と彼は言った。", ["「行こう。」と彼は言った。"]),
        ("「行こう。」「うん。」", ["「行こう。」", "「うん。」"]),
        ("彼は「行こう」と言った。次。", ["彼は「行こう」と言った。", "次。"]),
        ("見出し\n本文です。\r\n\r\n最後", ["見出し", "本文です。", "最後"]),
        ("半角!終わり?ok｡", ["半角!", "終わり?", "ok｡"]),
        ("𠮷野家😀です。　次の文。", ["𠮷野家😀です。", "次の文。"]),
        ("それは……。そうか", ["それは……。", "そうか"]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_table(text, expected):
    assert texts(text) == expected


@given(st.text(alphabet=st.sampled_from(list("あ猫。！？」』 \n\r　a𠮷")), max_size=60))
def test_property_sentences_are_ordered_trimmed_and_cover_the_non_space(text):
    sents = split_sentences(text)
    pos = 0
    for s in sents:
        assert pos <= s.start < s.end <= len(text)
        chunk = text[s.start : s.end]
        assert chunk == chunk.strip(" \t\u3000\r\n") and "\n" not in chunk and "\r" not in chunk
        assert text[pos : s.start].strip(" \t\u3000\r\n。！？」』") == ""  # nothing left between
        pos = s.end
    assert text[pos:].strip(" \t\u3000\r\n。！？」』") == ""


def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    got = texts(text)
    assert "MicrosoftはOpenAIの最大の投資家であり、49%の株式を保有しています。" in got
    assert "これは140億ドルに相当します。" in got
    assert all(s.endswith(("。", "…", ":", "!", "！")) or "\n" not in s for s in got)


def test_novel_splits_into_many_sentences():
    text = shared_file(NOVEL).read_text(encoding="utf-8")
    got = split_sentences(text)
    assert len(got) > 5000
    assert all(text[s.start : s.end].strip() for s in got)
