"""Phrases, entity candidates, sentences, occurrences and the growing selection (annotator.core.phrases),
on sentences of the seed article and on text with 𠮷, emoji and U+3000."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from annotator.core.doctokens import DocTokens
from annotator.core.entity_index import EntityIndex
from annotator.core.model import Entity
from annotator.core.morph import POS, tokenize
from annotator.core.phrases import Extent, Navigator, candidates, extend, fresh_extent, phrases

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "stargate-microsoft-openai.ja.txt").read_text(encoding="utf-8")
LINES = SEED.split("\n")
SOFTBANK = LINES[2]  # ご存知の通り、OpenAIとソフトバンク、… ソフトバンクの孫正義CEOは、…
MS = LINES[3]  # MicrosoftはOpenAIの最大の投資家であり、49%の株式を…
AUTHOR = LINES[17]  # ケビン・オケムワは、ケニアのナイロビを…
ODD = "𠮷野家😀の\u3000東京都内で孫正義会長が2023年4月1日に12%を👨\u200d👩\u200d👧と言った。"


def shown(text: str) -> list[tuple[str, str]]:
    """(whole phrase, content) of every phrase of ``text``."""
    return [(text[p.start:p.end], text[p.content_start:p.content_end]) for p in phrases(tokenize(text))]


def cands(text: str) -> list[str]:
    return [text[s:e] for s, e in candidates(tokenize(text))]


def test_a_phrase_is_a_content_word_or_compound_with_the_function_words_after_it():
    got = shown(SOFTBANK)
    assert ("ソフトバンクの", "ソフトバンク") in got
    assert ("孫正義CEOは、", "孫正義CEO") in got  # a compound of nouns, the particle and comma after it
    assert ("主要投資家は", "主要投資家") in got  # a na-adjective and a suffix inside the compound
    assert ("発表しました。", "発表") in got  # する and the auxiliaries belong to the noun's phrase
    assert ("述べています。", "述べ") in got
    assert ("「Stargate」と", "Stargate") in got  # the opening bracket starts the phrase after it
    assert ("000億ドル規模の", "000億ドル規模") not in got and ("5,000億ドル規模の", "5,000億ドル規模") in got
    ms = shown(MS)
    assert ("49%の", "49%") in ms and ("140億ドルに", "140億ドル") in ms


def test_phrases_cover_every_token_in_order_and_content_never_ends_on_a_particle():
    for line in LINES:
        toks = tokenize(line)
        ps = phrases(toks)
        if not toks:
            assert ps == []
            continue
        assert ps[0].start == toks[0][0] and ps[-1].end == toks[-1][1]
        for a, b in pairwise(ps):
            assert a.end <= b.start
        bounds = {t[0] for t in toks} | {t[1] for t in toks}
        last = {t[1]: t for t in toks}
        for p in ps:
            assert p.start <= p.content_start < p.content_end <= p.end
            assert p.content_start in bounds and p.content_end in bounds
            if line[p.content_end - 1] != "%":  # 49%: a counter that UniDic calls a symbol
                assert last[p.content_end][3][POS] not in ("助詞", "助動詞", "補助記号")  # never が or は, nor 、


def test_odd_characters_keep_exact_code_point_offsets():
    got = shown(ODD)
    assert ("東京都内で", "東京都内") in got  # after U+3000, which is a phrase's trailing space
    assert ("孫正義会長が", "孫正義会長") in got
    assert ("2023年4月1日に", "2023年4月1日") in got
    assert ("12%を👨\u200d👩\u200d👧と", "12%") in got  # an emoji is a symbol: it trails as punctuation does
    assert got[0][1].startswith("𠮷")  # an unknown kanji is a word, not a symbol
    assert "2023年4月1日" in cands(ODD) and "12%" in cands(ODD) and "孫正義" in cands(ODD)
    nav = Navigator(DocTokens(ODD))
    p = nav.next_phrase(ODD.index("\u3000"))
    assert ODD[p.content_start:p.content_end] == "東京都内"


def test_entity_candidates_of_the_seed_article():
    got = cands(SOFTBANK)
    for want in ("OpenAI", "ソフトバンク", "オラクル", "Stargate", "5,000億ドル", "米国", "孫正義", "ChatGPT"):
        assert want in got
    assert "孫正義CEO" not in got  # adjacent runs of different kinds stay apart
    assert "5,000 億ドル" in cands(LINES[0])  # one space inside a number
    author = cands(AUTHOR)
    for want in ("ケビン・オケムワ", "ケニア", "ナイロビ", "Windows Central", "OnMSFT", "Windows Report"):
        assert want in author
    assert "OpenAI API" in cands(LINES[7])
    assert "12ヶ月" in cands(LINES[16]) and "2029年" in cands(LINES[16])


def test_a_candidate_inside_an_entity_is_skipped_and_navigation_crosses_paragraphs():
    text = "MicrosoftはOpenAIに投資した。\nソフトバンクも。"
    nav = Navigator(DocTokens(text))
    none = EntityIndex()
    assert nav.next_candidate(-1, none) == (0, 9)
    labelled = EntityIndex([Entity("T1", 0, 9, "ORGANIZATION", "Microsoft")])
    assert nav.next_candidate(-1, labelled) == (10, 16)
    s, e = nav.next_candidate(10, labelled)
    assert text[s:e] == "ソフトバンク"
    assert nav.prev_candidate(s, labelled) == (10, 16)
    assert nav.prev_candidate(10, labelled) is None


def test_next_and_previous_phrase_and_sentence():
    text = SOFTBANK
    nav = Navigator(DocTokens(text))
    p = nav.next_phrase(-1)
    assert text[p.content_start:p.content_end] == "ご存知"
    q = nav.next_phrase(p.content_start)
    assert text[q.content_start:q.content_end] == "通り"
    assert nav.prev_phrase(q.content_start) == p
    inside = text.index("の通り")  # a particle inside the phrase: back to its content
    assert nav.prev_phrase(inside + 1) == p
    second = nav.next_sentence(0)
    assert text[second.content_start:second.content_end] == "この"
    third = nav.next_sentence(second.content_start)
    assert text[third.content_start:third.content_end] == "ソフトバンク"
    assert nav.prev_sentence(third.content_start + 2) == third  # the start of this sentence
    assert nav.prev_sentence(third.content_start) == second  # already there: the one before


def test_next_unlabelled_occurrence_wraps_and_skips_labelled_ones():
    text = MS
    nav = Navigator(DocTokens(text))
    starts = [i for i in range(len(text)) if text.startswith("OpenAI", i)]
    none = EntityIndex()
    assert nav.next_occurrence("OpenAI", starts[0], none) == (starts[1], starts[1] + 6)
    assert nav.next_occurrence("OpenAI", starts[-1], none) == (starts[0], starts[0] + 6)  # wraps
    assert nav.next_occurrence("OpenAI", starts[0], none, -1) == (starts[-1], starts[-1] + 6)
    labelled = EntityIndex([Entity("T1", starts[1], starts[1] + 6, "ORGANIZATION", "OpenAI")])
    assert nav.next_occurrence("OpenAI", starts[0], labelled) == (starts[2], starts[2] + 6)
    assert nav.next_occurrence("Open", 0, none) is None  # never half a morpheme


@pytest.mark.parametrize("text", [SOFTBANK, ODD])
def test_the_selection_grows_and_shrinks_like_an_editors(text):
    dt = DocTokens(text)
    nav = Navigator(dt)
    start = text.index("孫")
    sun = dt.token_at(start)
    ext = fresh_extent(dt, (sun[0], sun[1]), sun[0])
    assert ext.selection == (sun[0], sun[1])
    grown = extend(dt, nav, ext, 1, by_phrase=False)
    assert text[slice(*grown.selection)] == "孫正義"
    back = extend(dt, nav, grown, -1, by_phrase=False)
    assert back.selection == ext.selection  # shrinks back to where it started
    left = extend(dt, nav, back, -1, by_phrase=False)
    assert left.selection == (dt.prev_token(sun[0])[0], sun[1])  # and then grows the other side
    assert extend(dt, nav, left, 1, by_phrase=False).selection == ext.selection
    whole = extend(dt, nav, ext, 1, by_phrase=True)  # by a phrase: to the end of this compound
    assert text[slice(*whole.selection)] in ("孫正義CEO", "孫正義会長")
    more = extend(dt, nav, whole, 1, by_phrase=True)
    assert more.selection[1] > whole.selection[1] and text[more.selection[1] - 1] not in "はが、"
    assert extend(dt, nav, more, -1, by_phrase=True).selection == whole.selection
    assert extend(dt, nav, whole, -1, by_phrase=True).selection == ext.selection
    assert dt.token_at(more.cursor(dt))[1] == more.selection[1]  # the cursor on the moving edge


def test_a_fresh_extent_of_several_morphemes_grows_on_the_side_of_the_first_key():
    text = SOFTBANK
    dt = DocTokens(text)
    nav = Navigator(dt)
    s = text.index("孫正義")
    ext = fresh_extent(dt, (s, s + 3), s)
    assert ext == Extent((s, s + 3))
    assert text[slice(*extend(dt, nav, ext, -1, by_phrase=False).selection)] == "の孫正義"
    right = extend(dt, nav, ext, 1, by_phrase=False)
    assert text[slice(*right.selection)] == "孫正義CEO"
    assert extend(dt, nav, right, -1, by_phrase=False).selection == (s, s + 3)
    p = extend(dt, nav, ext, -1, by_phrase=True)
    assert text[slice(*p.selection)] == "ソフトバンクの孫正義"
