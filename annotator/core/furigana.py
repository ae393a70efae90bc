"""Where furigana go: a token's reading aligned to its kanji, not to its okurigana.

``生れ`` read ``うまれ`` gets ``う`` over ``生`` (the ``れ`` is written already); ``取り扱い``
read ``とりあつかい`` gets ``と`` over ``取`` and ``あつか`` over ``扱``. The kana of the surface
are matched against the reading (katakana as hiragana); the kanji runs between them take what
is left. Where the kana do not match (a reading that is not the surface's), the whole token
keeps its whole reading minus the kana prefix and suffix it shares with the surface.

The author's ruby (Aozora ``《…》``) is preferred over the dictionary's reading: a token that
meets an author's ruby span gets no dictionary furigana there.

Offsets are code points (``𠮷`` is one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .morph import READING, Token
from .text import has_kanji, to_hiragana

#: (start, end, reading in hiragana): furigana over ``text[start:end]``.
Run = tuple[int, int, str]


def _is_kana(ch: str) -> bool:
    o = ord(ch)
    return 0x3041 <= o <= 0x3096 or 0x30A1 <= o <= 0x30FA or ch in "ーゝゞヽヾ"


def _segments(surface: str) -> list[tuple[bool, int, int]]:
    """(is kana, start, end) runs of ``surface``."""
    out: list[tuple[bool, int, int]] = []
    for k, ch in enumerate(surface):
        kana = _is_kana(ch)
        if out and out[-1][0] == kana:
            out[-1] = (kana, out[-1][1], k + 1)
        else:
            out.append((kana, k, k + 1))
    return out


def align(surface: str, reading: str, start: int = 0) -> list[Run]:
    """The furigana runs of one word ``surface`` (at ``start``) read ``reading``: one per
    run of kanji (or other non-kana) that holds a kanji."""
    return [(start + a, start + b, r) for a, b, r in _aligned(surface, reading)]


@lru_cache(maxsize=8192)
def _aligned(surface: str, reading: str) -> tuple[Run, ...]:
    """``align`` at 0 (words repeat: a novel's screen holds the same few hundred again and again)."""
    return tuple(_align(surface, reading))


def _align(surface: str, reading: str) -> list[Run]:
    reading = to_hiragana(reading)
    if not reading or not has_kanji(surface):
        return []
    segs = _segments(surface)
    pattern = "".join(re.escape(to_hiragana(surface[a:b])) if kana else "(.+?)" for kana, a, b in segs)
    m = re.fullmatch(pattern, reading)
    if m is not None:
        bases = [(a, b) for kana, a, b in segs if not kana]
        return [(a, b, r) for (a, b), r in zip(bases, m.groups(), strict=True)
                if has_kanji(surface[a:b]) and r]
    # the kana do not match: strip the shared kana prefix and suffix only
    hira = to_hiragana(surface)
    a, b, ra, rb = 0, len(surface), 0, len(reading)
    while a < b and ra < rb and _is_kana(surface[a]) and hira[a] == reading[ra]:
        a, ra = a + 1, ra + 1
    while b > a and rb > ra and _is_kana(surface[b - 1]) and hira[b - 1] == reading[rb - 1]:
        b, rb = b - 1, rb - 1
    if a >= b or ra >= rb:
        return []
    return [(a, b, reading[ra:rb])]


def furigana_runs(text: str, tokens: Iterable[Token], ruby: Sequence[tuple[int, int, str]] = ()) -> list[Run]:
    """The furigana of ``tokens`` of ``text``, sorted by start: the author's ``ruby``
    (start, end, reading) where given, the dictionary's reading aligned to the kanji of the
    other tokens. A ruby span overlapping an earlier one is ignored (markup gone wrong), as is
    one outside the text."""
    taken: list[tuple[int, int]] = []
    runs: list[Run] = []
    for s, e, reading in sorted(ruby, key=lambda r: (r[0], r[1])):
        if not (0 <= s < e <= len(text)) or not reading or (taken and s < taken[-1][1]):
            continue
        taken.append((s, e))
        aligned = align(text[s:e], reading, s)
        runs.extend(aligned or [(s, e, to_hiragana(reading))])
    k = 0
    for tok in tokens:
        s, e, surface, info = tok
        while k < len(taken) and taken[k][1] <= s:
            k += 1
        if k < len(taken) and taken[k][0] < e:  # the author's ruby covers (part of) it
            continue
        if info[READING] and has_kanji(surface):
            runs.extend(align(surface, info[READING], s))
    runs.sort()
    return runs
