"""Furigana over the kanji only, the author's ruby preferred (furigana.py)."""

from __future__ import annotations

from annotator.core.furigana import align, furigana_runs
from annotator.core.morph import Token


def tok(text: str, start: int, surface: str, reading: str, pos: str = "名詞") -> Token:
    assert text[start:start + len(surface)] == surface
    return (start, start + len(surface), surface, (pos, "一般", "*", "*", surface, reading, False))


def test_okurigana_get_no_furigana() -> None:
    # 生れ: 生 reads うま, the れ is written; 生まれ: 生 reads う
    assert furigana_runs("生れ", [tok("生れ", 0, "生れ", "ウマレ")]) == [(0, 1, "うま")]
    assert furigana_runs("生まれ", [tok("生まれ", 0, "生まれ", "ウマレ")]) == [(0, 1, "う")]


def test_kana_in_the_middle_are_matched() -> None:
    text = "取り扱い"
    assert furigana_runs(text, [tok(text, 0, text, "トリアツカイ")]) == [(0, 1, "と"), (2, 3, "あつか")]
    assert align("引き出し", "ひきだし") == [(0, 1, "ひ"), (2, 3, "だ")]


def test_all_kanji_word_and_offsets_after_it() -> None:
    text = "東京に行く"
    toks = [tok(text, 0, "東京", "トウキョウ"), tok(text, 2, "に", "ニ", "助詞"), tok(text, 3, "行く", "イク", "動詞")]
    assert furigana_runs(text, toks) == [(0, 2, "とうきょう"), (3, 4, "い")]


def test_kana_only_and_katakana_tokens_get_none() -> None:
    text = "コーヒーをのむ"
    toks = [tok(text, 0, "コーヒー", "コーヒー"), tok(text, 4, "を", "ヲ", "助詞"),
            tok(text, 5, "のむ", "ノム", "動詞")]
    assert furigana_runs(text, toks) == []
    assert furigana_runs("ABC", [tok("ABC", 0, "ABC", "")]) == []


def test_astral_kanji_count_as_one_code_point() -> None:
    text = "🍣𠮷野家で"
    toks = [tok(text, 0, "🍣", ""), tok(text, 1, "𠮷野家", "ヨシノヤ"), tok(text, 4, "で", "デ", "助詞")]
    assert furigana_runs(text, toks) == [(1, 4, "よしのや")]
    assert text[1:4] == "𠮷野家"


def test_a_reading_that_does_not_match_the_kana_keeps_prefix_and_suffix_stripped() -> None:
    # the kana of the surface (ヶ) are not in the reading: the kanji around take all of it
    assert align("三ヶ月", "サンカゲツ") == [(0, 3, "さんかげつ")]
    assert align("お茶", "オチャ") == [(1, 2, "ちゃ")]


def test_the_authors_ruby_is_preferred() -> None:
    text = "吾輩は猫である"
    toks = [tok(text, 0, "吾輩", "ワガハイ"), tok(text, 2, "は", "ハ", "助詞"), tok(text, 3, "猫", "ネコ")]
    assert furigana_runs(text, toks, [(0, 2, "わがはい")]) == [(0, 2, "わがはい"), (3, 4, "ねこ")]
    assert furigana_runs(text, toks, [(3, 4, "ビョウ")]) == [(0, 2, "わがはい"), (3, 4, "びょう")]
    # ruby over part of a token: the token's dictionary reading is not shown at all there
    assert furigana_runs(text, toks, [(0, 1, "われ")]) == [(0, 1, "われ"), (3, 4, "ねこ")]


def test_the_authors_ruby_over_okurigana_is_aligned() -> None:
    text = "生れた"
    assert furigana_runs(text, [], [(0, 2, "うまれ")]) == [(0, 1, "うま")]


def test_overlapping_or_bad_ruby_is_ignored() -> None:
    text = "東京都"
    toks = [tok(text, 0, "東京", "トウキョウ"), tok(text, 2, "都", "ト")]
    runs = furigana_runs(text, toks, [(0, 2, "とうきょう"), (1, 3, "きょうと"), (2, 9, "x"), (2, 2, "y")])
    assert runs == [(0, 2, "とうきょう"), (2, 3, "と")]
