"""Navigation by meaning: phrases (bunsetsu-like units), entity candidates, sentences and the
next unlabelled occurrence of a string, over a document's morphemes. No Qt; code points.

A *phrase* is a content word, or a compound of nouns, prefixes and suffixes (東京都内,
孫正義会長, 5,000億ドル規模), with the function words that follow it: particles, auxiliaries,
dependent verbs (している, 発表しました), punctuation and closing brackets. An opening bracket
starts the phrase after it. What a selection should cover is the phrase's *content*: an entity
never includes が or は, so moving to a phrase selects ``content_start``..``content_end``.

*Entity candidates* are what an annotator is likely to label: runs of proper nouns, numbers
with their counters (5,000億ドル, 49%, 2023年4月1日, 12ヶ月), katakana runs (ソフトバンク is
two common nouns to the dictionary, so every katakana run counts, not only proper nouns) and
Latin runs, single spaces included (OpenAI API, Windows Central). Overlapping runs are joined
(ケビン・オケムワ: a proper noun inside a katakana run); adjacent ones are not (孫正義 and CEO).
A candidate lying inside an entity is labelled already and is skipped.

The text view's controller and the keys-per-entity benchmark both move with these functions,
so the benchmark's model of a key is the key.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .doctokens import DocTokens
from .entity_index import EntityIndex
from .morph import POS, POS2, POS3, UNKNOWN, Token
from .sentences import split_sentences

Span = tuple[int, int]

_FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白"})
_DEPENDENT_POS = frozenset({"動詞", "形容詞"})  # 非自立可能: する, いる, ある, できる, ない...
_NOUN_LEFT = frozenset({"名詞", "接頭辞", "接尾辞", "形状詞"})  # 主要投資家: a na-adjective starts a compound
_NOUN_RIGHT = frozenset({"名詞", "接尾辞"})
_KATAKANA = re.compile("[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]+")
_LATIN = re.compile("[A-Za-z\uff21-\uff3a\uff41-\uff5a][A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a.&'+-]*")
_PERCENT = frozenset({"%", "％"})
_NUMBER_JOINERS = frozenset({",", ".", "，", "．"})
_NAME_JOINERS = frozenset({"・", "･"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """``[start, end)`` the whole unit; ``[content_start, content_end)`` what a selection covers."""

    start: int
    end: int
    content_start: int
    content_end: int

    @property
    def content(self) -> Span:
        return (self.content_start, self.content_end)


# -- token classes ----------------------------------------------------------------------
def _pos(tok: Token) -> str:
    info = tok[3]
    if info[UNKNOWN] and info[POS] == "補助記号" and tok[2].isalpha():
        return "名詞"  # 𠮷: a letter MeCab does not know is a word, not a symbol
    if tok[2] in _PERCENT:
        return "接尾辞"  # 49%: a counter, as ドル and 年 are
    return info[POS]


def _is_open(tok: Token) -> bool:
    return tok[3][POS] == "補助記号" and tok[3][POS2] == "括弧開"


def _is_function(tok: Token) -> bool:
    return _pos(tok) in _FUNCTION_POS and not _is_open(tok)


def _is_dependent(tok: Token) -> bool:
    return tok[3][POS] in _DEPENDENT_POS and tok[3][POS2] == "非自立可能"


def _is_number(tok: Token) -> bool:
    return tok[3][POS2] == "数詞"


def _joins(toks: list[Token], i: int) -> bool:
    """Does token ``i`` continue the compound that token ``i - 1`` is part of?"""
    prev, cur = toks[i - 1], toks[i]
    if prev[1] != cur[0]:
        return False  # a space between them
    if _pos(prev) == "接頭辞" or _pos(cur) == "接尾辞":
        return True
    if _pos(prev) in _NOUN_LEFT and _pos(cur) in _NOUN_RIGHT:
        return True
    if i >= 2 and toks[i - 2][1] == prev[0] and _pos(cur) in _NOUN_RIGHT:  # after the joiner of 5,000
        if prev[2] in _NUMBER_JOINERS:
            return _is_number(toks[i - 2]) and _is_number(cur)
        if prev[2] in _NAME_JOINERS:
            return _pos(toks[i - 2]) in _NOUN_LEFT
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt[0] != cur[1]:
        return False
    if cur[2] in _NUMBER_JOINERS:  # 5,000
        return _is_number(prev) and _is_number(nxt)
    if cur[2] in _NAME_JOINERS:  # ケビン・オケムワ
        return _pos(prev) in _NOUN_LEFT and _pos(nxt) in _NOUN_RIGHT
    return False


# -- phrases ----------------------------------------------------------------------------
def phrases(toks: list[Token]) -> list[Phrase]:
    """The phrases of one paragraph's tokens, in order; together they cover every token."""
    out: list[Phrase] = []
    n, i = len(toks), 0
    while i < n:
        first = i
        while i < n and (_is_function(toks[i]) or _is_open(toks[i])):
            i += 1  # an opening bracket (or what starts a paragraph before its first word)
        if i == n:  # only punctuation left: it ends the phrase before, or is one of its own
            if out and first > 0 and not _is_open(toks[first]):
                last = out.pop()
                out.append(Phrase(last.start, toks[-1][1], last.content_start, last.content_end))
            else:
                out.append(Phrase(toks[first][0], toks[-1][1], toks[first][0], toks[-1][1]))
            break
        content = i
        i += 1
        while i < n and _joins(toks, i):
            i += 1
        content_end = i
        while i < n and (_is_function(toks[i]) or (_is_dependent(toks[i]) and toks[i - 1][1] == toks[i][0])):
            i += 1
        out.append(Phrase(toks[first][0], toks[i - 1][1], toks[content][0], toks[content_end - 1][1]))
    return out


# -- entity candidates ------------------------------------------------------------------
def _runs(toks: list[Token], member, *, gap: str = "") -> list[Span]:
    """Maximal runs of tokens for which ``member(toks, i)`` holds; tokens apart by exactly
    ``gap`` (a single space for Latin runs) still join."""
    out: list[Span] = []
    start = -1
    for i, tok in enumerate(toks):
        if member(toks, i):
            if start >= 0 and (toks[i - 1][1] == tok[0] or (gap and tok[0] - toks[i - 1][1] == len(gap))):
                continue
            if start >= 0:
                out.append((toks[start][0], toks[i - 1][1]))
            start = i
        elif start >= 0:
            out.append((toks[start][0], toks[i - 1][1]))
            start = -1
    if start >= 0:
        out.append((toks[start][0], toks[-1][1]))
    return out


def _proper(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok[3][POS2] == "固有名詞":
        return True
    if tok[3][UNKNOWN] and _pos(tok) == "名詞" and not _latin(toks, i):  # 𠮷 of 𠮷野家: a letter MeCab lacks
        return any(0 <= k < len(toks) and toks[k][3][POS2] == "固有名詞"
                   and (toks[k][0] == tok[1] or toks[k][1] == tok[0]) for k in (i - 1, i + 1))
    return (tok[2] in _NAME_JOINERS and 0 < i < len(toks) - 1 and toks[i - 1][3][POS2] == "固有名詞"
            and toks[i + 1][3][POS2] == "固有名詞")


def _katakana(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok[2] in _NAME_JOINERS:  # inside a run only: ケビン・オケムワ
        return (0 < i < len(toks) - 1 and _KATAKANA.fullmatch(toks[i - 1][2]) is not None
                and _KATAKANA.fullmatch(toks[i + 1][2]) is not None)
    return _KATAKANA.fullmatch(tok[2]) is not None and tok[2] not in ("ー", "ヶ", "ヵ")


def _latin(toks: list[Token], i: int) -> bool:
    return _LATIN.fullmatch(toks[i][2]) is not None


def _numbers(toks: list[Token]) -> list[Span]:
    """Numbers with a counter after them (or Arabic digits alone): 5,000億ドル, 49%, 2023年4月1日."""
    out: list[Span] = []
    n, i = len(toks), 0

    def counter(k: int) -> bool:
        t = toks[k]
        return t[2] in _PERCENT or t[3][POS3] in ("助数詞可能", "助数詞")

    def near(k: int) -> bool:  # 5,000 億ドル: one space inside a number is still the number
        return toks[k + 1][0] - toks[k][1] <= 1

    while i < n:
        if not _is_number(toks[i]):
            i += 1
            continue
        start = i
        end = i
        while True:  # number (with 5,000 joiners), then counters; again for 2023年4月1日
            j = end
            while j + 1 < n and near(j) and (
                    _is_number(toks[j + 1]) or (toks[j + 1][2] in _NUMBER_JOINERS and j + 2 < n
                                                and _is_number(toks[j + 2]) and toks[j + 1][1] == toks[j + 2][0])):
                j += 1
            k = j
            while k + 1 < n and (toks[k][1] == toks[k + 1][0] or (k == j and near(k))) and counter(k + 1):
                k += 1
            end = k
            if k > j and k + 1 < n and toks[k][1] == toks[k + 1][0] and _is_number(toks[k + 1]):
                end = k + 1
                continue
            break
        digits = any(ch.isdigit() for t in toks[start:end + 1] for ch in t[2])
        if end > j or digits:
            out.append((toks[start][0], toks[end][1]))
        i = end + 1
    return out


def candidates(toks: list[Token]) -> list[Span]:
    """Entity candidates of one paragraph's tokens, in order, overlapping runs joined."""
    spans = sorted(_runs(toks, _proper) + _runs(toks, _katakana) + _runs(toks, _latin, gap=" ") + _numbers(toks))
    out: list[Span] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def covered(entities: EntityIndex, start: int, end: int) -> bool:
    """Is ``[start, end)`` inside an entity already?"""
    return any(e.start <= start and end <= e.end for e in entities.overlapping(start, end))


# -- over a whole document ----------------------------------------------------------------
class Navigator:
    """Phrases, candidates and sentences of a document, computed per paragraph when asked."""

    def __init__(self, tokens: DocTokens) -> None:
        self.tokens = tokens
        self._phrases: dict[int, list[Phrase]] = {}
        self._content: dict[int, list[int]] = {}  # content starts, for bisection
        self._candidates: dict[int, list[Span]] = {}
        self._sentences: list[Span] | None = None

    def phrases(self, para: int) -> list[Phrase]:
        got = self._phrases.get(para)
        if got is None:
            got = self._phrases[para] = phrases(self.tokens.tokens(para))
            self._content[para] = [p.content_start for p in got]
        return got

    def candidates(self, para: int) -> list[Span]:
        got = self._candidates.get(para)
        if got is None:
            got = self._candidates[para] = candidates(self.tokens.tokens(para))
        return got

    def phrase_at(self, pos: int) -> Phrase | None:
        """The phrase holding ``pos``."""
        para = self.tokens.paragraph_of(pos)
        ps = self.phrases(para)
        k = bisect.bisect_right([p.start for p in ps], pos) - 1
        return ps[k] if k >= 0 and pos < ps[k].end else None

    def next_phrase(self, pos: int) -> Phrase | None:
        """The first phrase whose content starts after ``pos``."""
        para = self.tokens.paragraph_of(pos)
        while para < len(self.tokens.paragraphs):
            ps = self.phrases(para)
            k = bisect.bisect_right(self._content[para], pos)
            if k < len(ps):
                return ps[k]
            para += 1
        return None

    def prev_phrase(self, pos: int) -> Phrase | None:
        """The last phrase whose content starts before ``pos``."""
        para = self.tokens.paragraph_of(pos)
        while para >= 0:
            ps = self.phrases(para)
            k = bisect.bisect_left(self._content[para], pos) - 1
            if k >= 0:
                return ps[k]
            para -= 1
        return None

    def next_candidate(self, pos: int, entities: EntityIndex) -> Span | None:
        """The first candidate starting after ``pos`` that no entity covers."""
        para = self.tokens.paragraph_of(pos)
        while para < len(self.tokens.paragraphs):
            for s, e in self.candidates(para):
                if s > pos and not covered(entities, s, e):
                    return (s, e)
            para += 1
        return None

    def prev_candidate(self, pos: int, entities: EntityIndex) -> Span | None:
        para = self.tokens.paragraph_of(pos)
        while para >= 0:
            for s, e in reversed(self.candidates(para)):
                if s < pos and not covered(entities, s, e):
                    return (s, e)
            para -= 1
        return None

    def sentences(self) -> list[Span]:
        if self._sentences is None:
            self._sentences = [(s.start, s.end) for s in split_sentences(self.tokens.text)]
        return self._sentences

    def next_sentence(self, pos: int) -> Phrase | None:
        """The first phrase of the next sentence after the one holding ``pos``."""
        ss = self.sentences()
        k = bisect.bisect_right([s for s, _ in ss], pos)
        for start, end in ss[k:]:
            p = self.next_phrase(start - 1)
            if p is not None and p.content_start < end:
                return p
        return None

    def prev_sentence(self, pos: int) -> Phrase | None:
        """The first phrase of the sentence holding ``pos``, or of the one before if ``pos`` is
        at (or before) the start of its sentence's first phrase."""
        ss = self.sentences()
        k = bisect.bisect_right([s for s, _ in ss], pos) - 1
        while k >= 0:
            start, end = ss[k]
            p = self.next_phrase(start - 1)
            if p is not None and p.content_start < min(end, pos):
                return p
            k -= 1
        return None

    def next_occurrence(self, needle: str, pos: int, entities: EntityIndex, step: int = 1) -> Span | None:
        """The next (``step`` < 0: previous) occurrence of ``needle`` after (before) ``pos`` that
        starts and ends on morpheme boundaries and lies in no entity; wraps around the document."""
        text = self.tokens.text
        if not needle:
            return None
        found = []
        i = text.find(needle)
        while i >= 0:
            if self._on_boundaries(i, i + len(needle)) and not covered(entities, i, i + len(needle)):
                found.append(i)
            i = text.find(needle, i + 1)
        if not found:
            return None
        if step > 0:
            k = bisect.bisect_right(found, pos)
            s = found[k] if k < len(found) else found[0]
        else:
            k = bisect.bisect_left(found, pos) - 1
            s = found[k]  # -1: the last one (wrapped)
        return (s, s + len(needle))

    def _on_boundaries(self, start: int, end: int) -> bool:
        first, last = self.tokens.token_at(start), self.tokens.token_at(end - 1)
        return first is not None and first[0] == start and last is not None and last[1] == end


# -- what a key selects (the window's keys and the benchmark's model of them) ---------------
def phrase_step(nav: Navigator, cursor: int, selection: Span, step: int) -> Span | None:
    """The content a phrase key selects: the next (previous) phrase's; going forward, first the
    phrase at the cursor if its content is not what is selected (the morpheme the window opens on)."""
    if step > 0:
        p = nav.next_phrase(cursor - 1)
        if p is not None and (p.content_start != cursor or p.content == selection):
            p = nav.next_phrase(cursor)
    else:
        p = nav.prev_phrase(cursor)
    return None if p is None else p.content


def candidate_step(nav: Navigator, cursor: int, selection: Span, entities: EntityIndex, step: int) -> Span | None:
    """The span a candidate key selects, as ``phrase_step`` does for phrases."""
    if step > 0:
        span = nav.next_candidate(cursor - 1, entities)
        if span is not None and (span[0] != cursor or span == selection):
            span = nav.next_candidate(cursor, entities)
        return span
    return nav.prev_candidate(cursor, entities)


def sentence_step(nav: Navigator, cursor: int, step: int) -> Span | None:
    p = nav.next_sentence(cursor) if step > 0 else nav.prev_sentence(cursor)
    return None if p is None else p.content


# -- growing and shrinking a selection ----------------------------------------------------
@dataclass(frozen=True, slots=True)
class Extent:
    """A selection being grown or shrunk as in a text editor: the ``anchor`` (the selection
    growing started from) stays whole; the moving edge ``active`` is a boundary on one side of it
    (None: not moved yet, the first key decides the side). Moving the edge back toward the anchor
    shrinks what it added; once back at the anchor, the next key in that direction grows the
    other side."""

    anchor: Span
    active: int | None = None

    @property
    def selection(self) -> Span:
        if self.active is None:
            return self.anchor
        return (min(self.anchor[0], self.active), max(self.anchor[1], self.active))

    def cursor(self, tokens: DocTokens) -> int:
        """Where the morpheme cursor goes: the morpheme at the moving edge."""
        if self.active is None or self.active <= self.anchor[0]:
            return self.selection[0]
        tok = tokens.prev_token(self.active)
        return tok[0] if tok is not None else self.selection[0]


def fresh_extent(tokens: DocTokens, selection: Span, cursor: int) -> Extent | None:
    """The extent of a selection nobody grew yet (an empty one: the morpheme under the cursor)."""
    s, e = selection
    if e <= s:
        tok = tokens.token_at(max(cursor, 0)) or tokens.next_token(max(cursor, 0))
        return None if tok is None else Extent((tok[0], tok[1]))
    return Extent((s, e))


def _next_boundary(tokens: DocTokens, nav: Navigator, p: int, by_phrase: bool, end: bool) -> int | None:
    """The next boundary after ``p``: a morpheme's end, or a phrase content's end (``end``) or start."""
    if not by_phrase:
        tok = tokens.next_token(p - 1 if end else p)
        return None if tok is None else tok[1] if end else tok[0]
    cur = nav.phrase_at(p - 1) if end else None
    if cur is not None and cur.content_end > p:
        return cur.content_end
    nxt = nav.next_phrase(p - 1 if end else p)
    if nxt is None:
        return None
    return nxt.content_end if end else nxt.content_start


def _prev_boundary(tokens: DocTokens, nav: Navigator, p: int, by_phrase: bool, end: bool) -> int | None:
    """The boundary before ``p``: a morpheme's start, or a phrase content's end (``end``) or start."""
    if not by_phrase:
        tok = tokens.prev_token(p)
        return None if tok is None else tok[0]
    if end:  # the last content end before p
        prev = nav.prev_phrase(p)
        while prev is not None and prev.content_end >= p:
            prev = nav.prev_phrase(prev.content_start)
        return None if prev is None else prev.content_end
    cur = nav.phrase_at(p)
    if cur is not None and cur.content_start < p:
        return cur.content_start
    prev = nav.prev_phrase(p)
    return None if prev is None else prev.content_start


def extend(tokens: DocTokens, nav: Navigator, extent: Extent, step: int, by_phrase: bool) -> Extent:
    """Move ``extent``'s edge one morpheme or one phrase (``step`` is +1 or -1)."""
    (a0, a1), p = extent.anchor, extent.active
    if p is None:
        p = a1 if step > 0 else a0
    if step > 0:
        if p < a1:  # on the left side: shrink toward the anchor
            if p == a0:
                p = a1  # at the anchor already: grow the right side
            else:
                q = _next_boundary(tokens, nav, p, by_phrase, end=False)
                return Extent(extent.anchor, a0 if q is None or q >= a0 else q)
        q = _next_boundary(tokens, nav, p, by_phrase, end=True)
        return Extent(extent.anchor, p if q is None else q)
    if p > a0:  # on the right side
        if p == a1:
            p = a0
        else:
            q = _prev_boundary(tokens, nav, p, by_phrase, end=True)
            return Extent(extent.anchor, a1 if q is None or q <= a1 else q)
    q = _prev_boundary(tokens, nav, p, by_phrase, end=False)
    return Extent(extent.anchor, p if q is None else q)
