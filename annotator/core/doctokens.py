"""A document's morphemes, tokenized lazily paragraph by paragraph, and what the cursor
needs of them: the morpheme at a position, the next and previous one, snapping a span.

No Qt: the text view asks for the paragraphs it shows first and lets a background pass do
the rest; everything here is in code points.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from .morph import Morphology, Token, chunk_end, default_morphology
from .text import Paragraph, iter_paragraphs

#: Longest block of one line: a line without breaks (pasted text) is cut after a sentence end.
BLOCK = 2000


class DocTokens:
    def __init__(self, text: str, morphology: Morphology | None = None) -> None:
        self.text = text
        self.paragraphs: list[Paragraph] = []
        self.continued: set[int] = set()  # blocks whose line goes on in the next block
        for p in iter_paragraphs(text):
            start = p.start
            while p.end - start > BLOCK:  # a huge line is laid out and tokenized in blocks
                cut = chunk_end(text, start, start + BLOCK)
                self.continued.add(len(self.paragraphs))
                self.paragraphs.append(Paragraph(len(self.paragraphs), start, cut))
                start = cut
            self.paragraphs.append(Paragraph(len(self.paragraphs), start, p.end))
        self._para_starts = [p.start for p in self.paragraphs]
        self._tokens: list[list[Token] | None] = [None] * len(self.paragraphs)
        self._starts: list[list[int] | None] = [None] * len(self.paragraphs)
        self._morph = morphology or default_morphology()
        self._pending = len(self.paragraphs)

    # -- paragraphs ---------------------------------------------------------------------
    def paragraph_of(self, pos: int) -> int:
        """Index of the paragraph (block) holding ``pos`` (a line break belongs to the one before)."""
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def tokens(self, para: int) -> list[Token]:
        """The morphemes of paragraph ``para`` (tokenized now if they were not yet)."""
        toks = self._tokens[para]
        if toks is None:
            p = self.paragraphs[para]
            toks = self._morph.tokenize_range(self.text, p.start, p.end) if p.end > p.start else []
            self._tokens[para] = toks
            self._starts[para] = [t[0] for t in toks]
            self._pending -= 1
        return toks

    def is_tokenized(self, para: int) -> bool:
        return self._tokens[para] is not None

    @property
    def complete(self) -> bool:
        return self._pending == 0

    def tokenize_some(self, budget: int = 20_000) -> int:
        """Tokenize not-yet-done paragraphs until about ``budget`` characters; returns how many."""
        done = 0
        for i, toks in enumerate(self._tokens):
            if toks is None:
                self.tokens(i)
                p = self.paragraphs[i]
                done += p.end - p.start + 1
                if done >= budget:
                    break
        return done

    def all_tokens(self) -> Iterator[Token]:
        for i in range(len(self.paragraphs)):
            yield from self.tokens(i)

    # -- morpheme lookup ----------------------------------------------------------------
    def token_index(self, pos: int) -> tuple[int, int]:
        """(paragraph, index) of the token containing ``pos``, or of the first one after it.

        The index may be ``len(tokens)`` when no token of the paragraph starts at or after pos.
        """
        para = self.paragraph_of(pos)
        toks = self.tokens(para)
        starts = self._starts[para]
        assert starts is not None
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and toks[i][1] > pos:
            return para, i
        return para, i + 1

    def token_at(self, pos: int) -> Token | None:
        """The token covering ``pos``, or None (whitespace, line break, end of text)."""
        para, i = self.token_index(pos)
        toks = self.tokens(para)
        if i < len(toks) and toks[i][0] <= pos < toks[i][1]:
            return toks[i]
        return None

    def next_token(self, pos: int) -> Token | None:
        """The first token starting after ``pos`` (across paragraphs)."""
        para, i = self.token_index(pos)
        toks = self.tokens(para)
        if i < len(toks) and toks[i][0] <= pos:
            i += 1
        while True:
            if i < len(toks):
                return toks[i]
            para += 1
            if para >= len(self.paragraphs):
                return None
            toks, i = self.tokens(para), 0

    def prev_token(self, pos: int) -> Token | None:
        """The last token starting before ``pos`` (across paragraphs)."""
        para = self.paragraph_of(pos)
        while para >= 0:
            toks = self.tokens(para)
            starts = self._starts[para]
            assert starts is not None
            i = bisect.bisect_left(starts, pos) - 1
            if i >= 0:
                return toks[i]
            para -= 1
            pos = self.paragraphs[para].end + 1 if para >= 0 else 0
        return None

    def first_token(self) -> Token | None:
        for i in range(len(self.paragraphs)):
            toks = self.tokens(i)
            if toks:
                return toks[0]
        return None

    def last_token(self) -> Token | None:
        for i in range(len(self.paragraphs) - 1, -1, -1):
            toks = self.tokens(i)
            if toks:
                return toks[-1]
        return None

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen ``[start, end)`` to whole morphemes; trim whitespace at the edges.

        An empty or whitespace-only span snaps to the morpheme at ``start`` (or stays empty).
        """
        if end < start:
            start, end = end, start
        first = self.token_at(start) or self.next_token(start)
        last = self.token_at(max(start, end - 1)) or self.prev_token(max(start, end))
        if first is None or last is None:
            return (start, start)
        s, e = first[0], last[1]
        if e <= s:  # the span held only whitespace between two tokens
            tok = self.token_at(start)
            return (tok[0], tok[1]) if tok else (start, start)
        return (s, e)

    def tokens_between(self, para: int, start: int, end: int) -> list[Token]:
        """Tokens of paragraph ``para`` overlapping ``[start, end)`` (found by bisection)."""
        toks = self.tokens(para)
        starts = self._starts[para]
        assert starts is not None
        i = max(0, bisect.bisect_right(starts, start) - 1)
        j = bisect.bisect_left(starts, end)
        return [t for t in toks[i:j] if t[1] > start]
