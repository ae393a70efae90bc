"""The one place where Qt positions (UTF-16 code units) become code points and back.

Everything outside ``annotator.ui`` speaks code points. A ``QtText`` wraps one document's
text and converts in both directions; positions inside a surrogate pair snap to a
character boundary.
"""

from __future__ import annotations

from annotator.core.text import Utf16Map


class QtText:
    __slots__ = ("_map", "display", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._map = Utf16Map(text)
        # Qt turns "\r\n" and a lone "\r" into paragraph breaks, which would shift every
        # position after them; a no-break space keeps the length and shows nothing.
        self.display = text.replace("\r", "\u00a0") if "\r" in text else text

    def to_qt(self, cp: int) -> int:
        return self._map.to_utf16(cp)

    def to_cp(self, qt_pos: int, *, snap: str = "left") -> int:
        return self._map.to_codepoint(qt_pos, snap=snap)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self._map.to_utf16(start), self._map.to_utf16(end)

    def span_to_cp(self, qt_start: int, qt_end: int) -> tuple[int, int]:
        """A Qt selection as a code-point span; a half-selected astral character is included."""
        lo, hi = sorted((qt_start, qt_end))
        return self._map.to_codepoint(lo, snap="left"), self._map.to_codepoint(hi, snap="right")

    @property
    def length_qt(self) -> int:
        return self._map.length_utf16
