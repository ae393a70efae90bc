"""Japanese morphology with exact code-point offsets (fugashi + unidic-lite).

fugashi reports no offsets: each node carries the whitespace MeCab skipped before it
(``white_space``) and its ``surface``. Offsets are rebuilt by walking the text and checking
``text[start:end] == surface`` at every step; anything MeCab drops or mangles (NUL, odd
control characters) becomes a one-character unknown token, so tokens plus whitespace always
cover the text.

Texts are tokenized per paragraph (and long paragraphs per chunk), never as one MeCab call.
One ``Tagger`` per thread, created once. Features are read through ``feature_raw`` and
cached per distinct string, because ``node.feature`` builds a named tuple on every access.
"""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Iterable, Iterator

from .text import ASCII_WHITESPACE, iter_paragraphs, to_hiragana

#: Longest piece handed to MeCab in one call; longer paragraphs are cut after a sentence
#: end (or any character, failing that) so memory per call stays bounded.
MAX_CHUNK = 4096
_SENTENCE_ENDS = "。！？!?．"

# UniDic (unidic-lite 2.1.2) feature indexes.
_POS1, _POS2, _POS3, _POS4, _LEMMA, _ORTH_BASE, _KANA = 0, 1, 2, 3, 7, 10, 17


class Token:
    """One morpheme: ``text[start:end] == surface``, offsets in code points."""

    __slots__ = ("end", "lemma", "pos", "pos2", "pos3", "pos4", "reading", "start", "surface", "unknown")

    def __init__(
        self,
        start: int,
        end: int,
        surface: str,
        pos: str,
        pos2: str,
        pos3: str,
        pos4: str,
        lemma: str,
        reading: str,
        unknown: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.surface = surface
        self.pos = pos
        self.pos2 = pos2
        self.pos3 = pos3
        self.pos4 = pos4
        self.lemma = lemma
        self.reading = reading
        self.unknown = unknown

    @property
    def reading_hiragana(self) -> str:
        """The reading in hiragana, as furigana is written."""
        return to_hiragana(self.reading)

    @property
    def pos_full(self) -> str:
        """``名詞-固有名詞-人名-姓``: the UniDic levels that are set, joined by ``-``."""
        return "-".join(p for p in (self.pos, self.pos2, self.pos3, self.pos4) if p and p != "*")

    def shifted(self, delta: int) -> Token:
        return Token(
            self.start + delta, self.end + delta, self.surface, self.pos, self.pos2, self.pos3,
            self.pos4, self.lemma, self.reading, self.unknown,
        )

    def to_json(self) -> dict[str, object]:
        """The export form: the fields of the canonical ``tokens`` list."""
        return {
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "pos": self.pos_full,
            "lemma": self.lemma,
            "reading": self.reading,
        }

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in Token.__slots__)

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.surface!r}, {self.pos_full!r}, {self.lemma!r})"


def _split_features(raw: str) -> list[str]:
    if '"' not in raw:
        return raw.split(",")
    # Fields holding a comma (the surface "," itself) are CSV-quoted.
    return next(csv.reader([raw]))


class Morphology:
    """Tokenizer facade: thread-safe (a tagger per thread), features cached per process."""

    def __init__(self) -> None:
        self._local = threading.local()
        # feature_raw -> (pos1, pos2, pos3, pos4, lemma, reading); bounded by the dictionary.
        self._features: dict[str, tuple[str, str, str, str, str, str]] = {}

    # -- taggers ------------------------------------------------------------------------
    def _tagger(self):  # -> fugashi.Tagger; fugashi is imported lazily (CLI start-up time)
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = self._local.tagger = _new_tagger()
        return tagger

    @property
    def dictionary(self) -> str:
        info = self._tagger().dictionary_info
        return info[0]["filename"] if info else "?"

    # -- features -----------------------------------------------------------------------
    def _features_of(self, raw: str, surface: str) -> tuple[str, str, str, str, str, str]:
        f = _split_features(raw)
        pos = [*f, "*", "*", "*", "*"][:4]
        if len(f) > _KANA:
            lemma = f[_ORTH_BASE] if f[_ORTH_BASE] not in ("", "*") else f[_LEMMA].split("-", 1)[0]
            reading = f[_KANA] if f[_KANA] != "*" else ""
        else:  # unknown word: UniDic gives only the part of speech
            lemma, reading = "", ""
        return (pos[0], pos[1], pos[2], pos[3], lemma, reading)

    # -- tokenizing ---------------------------------------------------------------------
    def tokenize(self, text: str) -> list[Token]:
        """All tokens of ``text``, paragraph by paragraph, offsets relative to ``text``."""
        out: list[Token] = []
        for para in iter_paragraphs(text):
            if para.end > para.start:
                self._tokenize_span(text, para.start, para.end, out)
        return out

    def tokenize_range(self, text: str, start: int, end: int) -> list[Token]:
        """Tokens of ``text[start:end]`` (a paragraph or a run of them), offsets relative to ``text``."""
        out: list[Token] = []
        for para in iter_paragraphs(text[start:end]):
            if para.end > para.start:
                self._tokenize_span(text, start + para.start, start + para.end, out)
        return out

    def iter_tokens(self, texts: Iterable[str]) -> Iterator[list[Token]]:
        for t in texts:
            yield self.tokenize(t)

    def _tokenize_span(self, text: str, start: int, end: int, out: list[Token]) -> None:
        while end - start > MAX_CHUNK:
            cut = _chunk_end(text, start, start + MAX_CHUNK)
            self._tokenize_chunk(text, start, cut, out)
            start = cut
        self._tokenize_chunk(text, start, end, out)

    def _tokenize_chunk(self, text: str, start: int, end: int, out: list[Token]) -> None:
        chunk = text[start:end]
        if "\x00" in chunk:
            # MeCab reads C strings: a NUL would end the input. Cut around it.
            pos = start
            for piece in chunk.split("\x00"):
                if piece:
                    self._tokenize_chunk(text, pos, pos + len(piece), out)
                pos += len(piece)
                if pos < end:
                    out.append(_unknown(text, pos, pos + 1))
                    pos += 1
            return
        features = self._features
        append = out.append
        cursor = start
        first = len(out)
        startswith = text.startswith
        for node in self._tagger()(chunk):
            surface = node.surface
            pos = cursor + len(node.white_space)
            if not surface:
                continue
            if not startswith(surface, pos) or pos + len(surface) > end:
                pos = _resync(text, cursor, end, surface, out)
                if pos < 0:
                    continue
            elif pos > cursor:
                _fill_gap(text, cursor, pos, out)
            raw = node.feature_raw
            f = features.get(raw)
            if f is None:
                f = features[raw] = self._features_of(raw, surface)
            stop = pos + len(surface)
            append(Token(pos, stop, surface, f[0], f[1], f[2], f[3], f[4] or surface, f[5], node.is_unk))
            cursor = stop
        if cursor < end:
            _fill_gap(text, cursor, end, out)
        if _EXTENDERS.search(chunk):
            _merge_grapheme_extenders(out, first)


#: Characters that extend the grapheme before them: combining marks (including the kana
#: voicing marks U+3099/U+309A of decomposed text), ZWJ, variation selectors, skin tones, tags.
_EXTENDERS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u3099\u309a\u200d\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\U000e0100-\U000e01ef]"
)


def _merge_grapheme_extenders(out: list[Token], first: int) -> None:
    """Join a token that starts with a grapheme extender (or follows a ZWJ) to the one before.

    MeCab splits ``e`` + U+0301 and ``👨`` + ZWJ + ``👩``; a selection snapped to such tokens
    would cut a character in half as the reader sees it.
    """
    merged: list[Token] = []
    for tok in out[first:]:
        prev = merged[-1] if merged else None
        if prev is not None and prev.end == tok.start and (
            _EXTENDERS.match(tok.surface) or prev.surface.endswith("\u200d")
        ):
            surface = prev.surface + tok.surface
            lemma = surface if prev.lemma == prev.surface else prev.lemma
            merged[-1] = Token(
                prev.start, tok.end, surface, prev.pos, prev.pos2, prev.pos3, prev.pos4, lemma,
                prev.reading, prev.unknown or tok.unknown,
            )
        else:
            merged.append(tok)
    del out[first:]
    out.extend(merged)


def _chunk_end(text: str, start: int, limit: int) -> int:
    """Where to cut ``text[start:limit]``: after the last sentence end, else at ``limit``."""
    best = max(text.rfind(ch, start, limit) for ch in _SENTENCE_ENDS)
    if best > start:
        return best + 1
    # Never cut a surrogate-free string mid-character (Python strings have none) but avoid
    # cutting between a base character and its combining marks.
    cut = limit
    while cut > start + 1 and (_EXTENDERS.match(text, cut) or text[cut - 1] == "\u200d"):
        cut -= 1
    return cut


def _unknown(text: str, start: int, end: int) -> Token:
    s = text[start:end]
    return Token(start, end, s, "補助記号", "一般", "*", "*", s, "", True)


def _fill_gap(text: str, start: int, end: int, out: list[Token]) -> None:
    """Characters MeCab skipped: whitespace belongs to no token, anything else becomes one."""
    run = -1
    for i in range(start, end):
        if text[i] in ASCII_WHITESPACE:
            if run >= 0:
                out.append(_unknown(text, run, i))
                run = -1
        elif run < 0:
            run = i
    if run >= 0:
        out.append(_unknown(text, run, end))


def _resync(text: str, cursor: int, end: int, surface: str, out: list[Token]) -> int:
    """The node's surface is not where ``white_space`` says: find it, fill what lies between."""
    pos = text.find(surface, cursor, end)
    if pos < 0:
        return -1
    _fill_gap(text, cursor, pos, out)
    return pos


def _new_tagger():
    import fugashi

    try:
        import unidic_lite

        return fugashi.Tagger(f'-d "{unidic_lite.DICDIR}"')
    except (ImportError, AttributeError):  # pragma: no cover - fallback to fugashi's default lookup
        return fugashi.Tagger()


_DEFAULT: Morphology | None = None
_DEFAULT_LOCK = threading.Lock()


def default_morphology() -> Morphology:
    """The process-wide tokenizer (one feature cache, one tagger per thread)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Morphology()
    return _DEFAULT


def tokenize(text: str) -> list[Token]:
    return default_morphology().tokenize(text)
