"""Find in a document, by string or by lemma, and "label all" as one undoable operation."""

from __future__ import annotations

from collections.abc import Iterable

from .doctokens import DocTokens
from .model import Entity
from .morph import Morphology, Token, default_morphology, lemma
from .ops import AddEntity, Batch
from .store import Project


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


def label_all_operation(project: Project, doc_ids: list[str], needle: str, label: str, *,
                        by_lemma: bool = False) -> Batch | None:
    """One operation adding ``label`` on every match on morpheme boundaries, in ``doc_ids``.

    Matches already carrying that label are skipped; None when there is nothing to add.
    """
    ops = []
    for doc_id in doc_ids:
        doc = DocTokens(project.text(doc_id))
        spans = on_boundaries(doc, find(doc, needle, by_lemma=by_lemma))
        if not spans:
            continue
        entities = project.entities(doc_id)
        existing = {e.key for e in entities}
        top = max((int(e.id[1:]) for e in entities if e.id[:1] == "T" and e.id[1:].isdigit()), default=0)
        for s, e in spans:
            if (s, e, label) not in existing:
                top += 1
                ops.append(AddEntity(doc_id, Entity(f"T{top}", s, e, label, doc.text[s:e])))
    if not ops:
        return None
    return Batch(tuple(ops), f"label all {needle!r} as {label}")
