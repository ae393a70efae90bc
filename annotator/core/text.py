"""Text positions: code points everywhere, UTF-16 only at the Qt boundary.

Python ``str`` indexes by code point, which is what every exported offset means. Qt's
``QString`` indexes by UTF-16 code unit, so an astral character (𠮷, 😀) counts as one here
and two there. The conversion tables live here (pure Python, testable without Qt); the UI's
``qt_text`` module is the only caller on the Qt side.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

#: Characters that separate tokens without belonging to any. U+3000 (ideographic space)
#: is deliberately absent: MeCab returns it as a token and annotators may select it.
ASCII_WHITESPACE = frozenset(" \t\n\r\x0b\x0c")


class Utf16Map:
    """Converts between code-point offsets and UTF-16 offsets of one text.

    Stores only the code-point positions of astral characters, so a text without any
    (the common case) costs nothing and every conversion is O(log k) for k astral characters.
    """

    __slots__ = ("_astral_cp", "_astral_u16", "length", "length_utf16")

    def __init__(self, text: str) -> None:
        self._astral_cp: list[int] = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if (
            not text.isascii()
        ) else []
        # UTF-16 position of each astral character's first unit.
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral_cp)]
        self.length = len(text)
        self.length_utf16 = self.length + len(self._astral_cp)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of code-point offset ``cp`` (0 <= cp <= len(text))."""
        if not 0 <= cp <= self.length:
            raise ValueError(f"code-point offset {cp} outside 0..{self.length}")
        return cp + bisect.bisect_left(self._astral_cp, cp)

    def to_codepoint(self, u16: int, *, snap: str = "left") -> int:
        """Code-point offset of UTF-16 offset ``u16``.

        A UTF-16 offset that falls between the two halves of a surrogate pair is not a
        character boundary; ``snap`` decides whether it moves to the start ("left") or the
        end ("right") of that character.
        """
        if not 0 <= u16 <= self.length_utf16:
            raise ValueError(f"UTF-16 offset {u16} outside 0..{self.length_utf16}")
        k = bisect.bisect_left(self._astral_u16, u16)
        # k astral characters start strictly before u16.
        if k and self._astral_u16[k - 1] + 1 == u16:  # inside a surrogate pair
            return self._astral_cp[k - 1] + (1 if snap == "right" else 0)
        return u16 - k


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A line of text, without its line break: ``text[start:end]``."""

    index: int
    start: int
    end: int


def iter_paragraphs(text: str) -> Iterator[Paragraph]:
    """Split on line breaks (``\\n``, ``\\r\\n`` or a lone ``\\r``), keeping code-point offsets.

    Line breaks belong to no paragraph, so every paragraph can be tokenized on its own and
    its offsets shifted by ``start``. Linear: the next ``\\n`` and ``\\r`` are each searched
    for again only once passed (a search for an absent ``\\r`` would otherwise rescan the
    rest of the text for every line).
    """
    n = len(text)
    find = text.find
    start = index = 0
    nl = find("\n")
    cr = find("\r")
    while nl >= 0 or cr >= 0:
        brk = nl if cr < 0 else cr if nl < 0 else min(nl, cr)
        yield Paragraph(index, start, brk)
        index += 1
        start = brk + (2 if brk == cr and nl == brk + 1 else 1)
        if 0 <= nl < start:
            nl = find("\n", start)
        if 0 <= cr < start:
            cr = find("\r", start)
    yield Paragraph(index, start, n)


def line_starts(text: str) -> list[int]:
    """Code-point offset where each ``\\n``-separated line begins (for line:column messages)."""
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def to_hiragana(kana: str) -> str:
    """Katakana to hiragana (ァ..ヶ shift by 0x60); other characters (ー, ヴ's kin) stay."""
    return kana.translate(_KATA_TO_HIRA)


_KATA_TO_HIRA = {cp: cp - 0x60 for cp in range(0x30A1, 0x30F7)}


def has_kanji(s: str) -> bool:
    """True when ``s`` holds a CJK ideograph (BMP, extension A, or the astral extensions)."""
    for ch in s:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3FFFF or o in (0x3005, 0x3006):
            return True
    return False
