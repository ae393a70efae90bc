"""Morpheme navigation and snapping, in code points, without Qt."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.doctokens import DocTokens

TEXT = "𠮷野家😀の孫正義\r\nはソフトバンク の会長。\n\n最後"


def surfaces(toks):
    return [t[2] for t in toks]


def test_lazy_and_complete():
    d = DocTokens(TEXT)
    assert not d.complete and not d.is_tokenized(1)
    d.tokens(1)
    assert d.is_tokenized(1) and not d.is_tokenized(0)
    while not d.complete:
        d.tokenize_some(5)
    assert "".join(t[2] for t in d.all_tokens()).replace(" ", "") == TEXT.replace("\r\n", "").replace(
        "\n", "").replace(" ", "")


def test_token_at_and_neighbours():
    d = DocTokens(TEXT)
    s = TEXT.index("孫")
    tok = d.token_at(s + 1)
    assert tok is not None and TEXT[tok[0]:tok[1]] == tok[2] and tok[0] <= s + 1 < tok[1]
    assert d.token_at(TEXT.index("\r")) is None  # the line break is no token
    nxt = d.next_token(TEXT.index("\r"))
    assert nxt is not None and nxt[2] == "は"  # across the paragraph break
    prv = d.prev_token(nxt[0])
    assert prv is not None and prv[1] <= TEXT.index("\r")
    assert d.first_token()[2] == "𠮷" and d.last_token()[2] == "最後"
    assert d.next_token(d.last_token()[0]) is None and d.prev_token(0) is None


def test_snap_widens_to_morphemes_and_trims_space():
    d = DocTokens(TEXT)
    k = TEXT.index("ソフトバンク")
    assert d.snap(k + 2, k + 3) == (k, k + 3)  # UniDic's short unit: ソフト|バンク
    assert d.snap(k + 2, k + 4) == (k, k + 6)
    assert d.snap(k + 4, k + 2) == (k, k + 6)  # a drag to the left
    sp = TEXT.index(" ")
    s, e = d.snap(sp, sp + 1)  # whitespace only: nothing to select there
    assert TEXT[s:e].strip() == TEXT[s:e]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_property_snap_lands_on_token_boundaries(data):
    text = data.draw(st.sampled_from([TEXT, "吾輩は猫である。名前はまだ無い。", "a 𠮷 b\n\nc😀d e\u0301f"]))
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(0, len(text)))
    d = DocTokens(text)
    s, e = d.snap(a, b)
    bounds = {t[0] for t in d.all_tokens()} | {t[1] for t in d.all_tokens()}
    assert s == e or (s in bounds and e in bounds and s < e)
    lo, hi = min(a, b), max(a, b)
    covered = [t for t in d.all_tokens() if t[0] < max(hi, lo + 1) and t[1] > lo]
    if s < e:  # every morpheme the drag touched lies inside the snapped span
        assert all(s <= t[0] and t[1] <= e for t in covered)


def test_a_huge_line_is_cut_into_blocks_after_sentence_ends():
    from annotator.core.doctokens import BLOCK

    text = "吾輩は猫である。" * (BLOCK // 2) + "\n次の行"
    d = DocTokens(text)
    assert len(d.paragraphs) > 2 and d.continued
    for p in d.paragraphs[:-2]:
        assert p.end - p.start <= BLOCK and text[p.end - 1] == "。"
    joined = "".join(text[p.start:p.end] for p in d.paragraphs)
    assert joined == text.replace("\n", "")
    assert "".join(t[2] for t in d.all_tokens()) == text.replace("\n", "")
