"""Find in a document, by string or by lemma (pure: "label all" is in ``editing.py``)."""

from __future__ import annotations

from collections.abc import Iterable

from .doctokens import DocTokens
from .morph import Morphology, Token, default_morphology, lemma


def find_string(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` (non-overlapping), as code-point spans."""
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    i = text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + len(needle))
    return out


def needle_lemmas(needle: str, morphology: Morphology | None = None) -> list[str]:
    return [lemma(t) for t in (morphology or default_morphology()).tokenize(needle)]


def find_lemma(tokens: Iterable[Token], lemmas: list[str]) -> list[tuple[int, int]]:
    """Runs of consecutive tokens whose lemmas are ``lemmas`` (述べ finds 述べる, 述べた...)."""
    out: list[tuple[int, int]] = []
    if not lemmas:
        return out
    window: list[Token] = []
    n = len(lemmas)
    for tok in tokens:
        window.append(tok)
        if len(window) > n:
            window.pop(0)
        if len(window) == n and all(lemma(t) == want for t, want in zip(window, lemmas, strict=True)):
            out.append((window[0][0], window[-1][1]))
    return out


def on_boundaries(doc: DocTokens, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that start and end exactly where morphemes do."""
    out = []
    for s, e in spans:
        first, last = doc.token_at(s), doc.token_at(e - 1)
        if first is not None and last is not None and first[0] == s and last[1] == e:
            out.append((s, e))
    return out


def find(doc: DocTokens, needle: str, *, by_lemma: bool = False) -> list[tuple[int, int]]:
    """Matches of ``needle`` in the document; by lemma they are whole morphemes by nature."""
    if by_lemma:
        return find_lemma(doc.all_tokens(), needle_lemmas(needle))
    return find_string(doc.text, needle)
