"""Sentence rules for titles and names: 「すすめ!!パイレーツ」, Yahoo!の, and what must still split."""

from __future__ import annotations

import pytest

from annotator.core.sentences import CLOSE_SOON, split_sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title or name in brackets that closes soon holds together
        ("同年連載デビュー作である「すすめ!!パイレーツ」の連載を開始する。次の文。",
         ["同年連載デビュー作である「すすめ!!パイレーツ」の連載を開始する。", "次の文。"]),
        ("「TBS宇宙プロジェクト「日本人初!宇宙へ」」と題した。", None),
        ("番組「たのも〜!暮らし必剣!お助け道場」を放送。", None),
        ("ライブ「UHHA! YAAA!! TOUR!!!」を開催。", None),
        # ! or ? followed by a particle, a comma, or (after Latin) a Japanese word
        ("その後Yahoo!の成功を手本にした。", None),
        ("同日にYahoo!百科事典は終了。", None),
        ("モバHO!と同じ衛星。", None),
        ("本当ですか?と聞いた。", None),
        # a closing bracket followed by a particle or a comma
        ("「ノンストップ!」がスタートした。", None),
        ("「知りたがり!」を移動させ、「行う!」、「出るぞ」と叫ぶ。", None),
        # a straight quote after an ender opens the next sentence's quotation unless one is open
        ('撮影に協力している。"ネイティブ"に対して', ["撮影に協力している。", '"ネイティブ"に対して']),
        ('"Your Health Comes First!!!"のような漫画', None),
        # what still splits
        ("本当か！？嘘だろ。", ["本当か！？", "嘘だろ。"]),
        ("「行こう。」「うん。」", ["「行こう。」", "「うん。」"]),
        ("「何、猫だ？　猫が聞いてあきれらあ」", ["「何、猫だ？", "猫が聞いてあきれらあ」"]),  # speech: ？ + U+3000
        ("「なぜ眠いんでしょう。きっと神経衰弱なんでしょう」",
         ["「なぜ眠いんでしょう。", "きっと神経衰弱なんでしょう」"]),
        ("行方は?そして明かされる。", ["行方は?", "そして明かされる。"]),
        ("Hello! World.", ["Hello!", "World."]),
    ],
)
def test_rules(text, expected):
    assert texts(text) == (expected or [text])  # None: one sentence, the whole text


def test_a_bracket_that_never_closes_does_not_hold_sentences_together():
    assert texts("「すすめ!!パイレーツの連載。次の文。") == ["「すすめ!!", "パイレーツの連載。", "次の文。"]
    assert texts("「すすめ!!パイレーツ") == ["「すすめ!!", "パイレーツ"]


def test_a_long_bracket_still_splits():
    inner = "あ" * (CLOSE_SOON + 5)
    assert texts(f"「すごい!{inner}」") == ["「すごい!", f"{inner}」"]
    unclosed = "「" + "長い!文章" * 500
    got = texts(unclosed)
    assert len(got) == 501 and "".join(got) == unclosed  # 「長い! · 文章長い! ×499 · 文章


def test_nested_and_mismatched_brackets():
    assert texts("『「やあ!」は名作!』を見た。") == ["『「やあ!」は名作!』を見た。"]
    assert texts("（やあ!」じゃない。") == ["（やあ!」", "じゃない。"]  # 」 does not close （


def test_a_line_break_ends_the_bracket():
    assert texts("「すすめ!!\r\nパイレーツ」") == ["「すすめ!!", "パイレーツ」"]
    assert texts("「すすめ!!\nパイレーツ」") == ["「すすめ!!", "パイレーツ」"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("𠮷野家「𠮷!😀パイレーツ」の店。次。", ["𠮷野家「𠮷!😀パイレーツ」の店。", "次。"]),
        ("「e\u0301!カ\u3099」の歌。\u3000次。", ["「e\u0301!カ\u3099」の歌。", "次。"]),
        ("\u3000「すすめ!!パイレーツ」\u3000", ["「すすめ!!パイレーツ」"]),
        ("x!\u3000y", ["x!", "y"]),
    ],
)
def test_hostile_text(text, expected):
    got = split_sentences(text)
    assert [text[s.start : s.end] for s in got] == expected
    assert all(0 <= s.start < s.end <= len(text) for s in got)
