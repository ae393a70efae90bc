"""Japanese sentence boundaries, as code-point spans.

A sentence ends after 。！？ (and the half-width ｡ ! ?, and ．), together with any closing
brackets and quotes that follow (「…。」 ends after 」), or at a line break. Runs of enders
(！？, ……。) stay with their sentence. A closing quote followed by a quotative particle
(「…。」と言った) does not end the sentence. Whitespace at the edges belongs to no sentence, so
every span is trimmed and non-empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ENDERS = "。！？｡!?．"
CLOSERS = "」』）)】〕〉》\"'”’〙〛］]"
_SPACE = " \t\u3000\r\n"
_QUOTATIVE = ("と", "って", "とか", "など")
_BOUNDARY = re.compile(f"[{re.escape(ENDERS)}]+[{re.escape(CLOSERS)}]*|\r\n|\n|\r")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order; each ``text[start:end]`` is trimmed of spaces."""
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group()[-1] in CLOSERS and text.startswith(_QUOTATIVE, m.end()):
            continue  # 「行こう。」と言った: the quotation is part of the sentence that takes it up
        end = m.start() if m.group()[0] in "\r\n" else m.end()
        _add(text, pos, end, out)
        pos = m.end()
    _add(text, pos, len(text), out)
    return out


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end))


def sentence_at(sentences: list[Sentence], pos: int) -> Sentence | None:
    """The sentence containing ``pos`` (or the nearest one before it)."""
    best = None
    for s in sentences:
        if s.start <= pos:
            best = s
            if pos < s.end:
                return s
        else:
            break
    return best
