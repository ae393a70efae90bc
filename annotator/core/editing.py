"""Edits that read a project to build their operation: new claims, removing an entity with the
claim references to it, and "label all" over several documents.

Above ``store`` (each takes a ``Project``); the pure rules they use are in ``claims.py`` and
``search.py``. The operations they return are applied with ``Project.apply`` (or a session's).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .claims import DEFAULTS, claim_references, next_claim_id, without_entity
from .doctokens import DocTokens
from .entity_index import EntityIndex
from .model import Claim, Entity
from .ops import AddEntity, Batch, Operation, RemoveEntity, UpdateClaim
from .phrases import Navigator
from .search import find
from .store import Project


def new_claim(project: Project, doc_id: str, start: int, end: int, **attributes: Any) -> Claim:
    """A claim over ``[start, end)`` with the default attributes, ready for ``AddClaim``."""
    text = project.text(doc_id)
    data = {**DEFAULTS, "arguments": [], **attributes}
    return Claim(next_claim_id(project.claims(doc_id)), start, end, text[start:end], data)


def remove_entity_operation(project: Project, doc_id: str, entity: Entity) -> tuple[Operation, list[str]]:
    """Remove ``entity`` and the claim references to it, as one undoable step.

    Returns the operation and the ids of the claims it changes, so the caller can say so.
    """
    users = [c for c in project.claims(doc_id) if entity.id in claim_references(c)]
    if not users:
        return RemoveEntity(doc_id, entity), []
    ops: list[Operation] = [UpdateClaim(doc_id, c, without_entity(c, entity.id)) for c in users]
    ops.append(RemoveEntity(doc_id, entity))
    return Batch(tuple(ops), f"remove {entity.label} {entity.text!r} and its claim references"), [c.id for c in users]


#: Characters of context shown on each side of an occurrence in "label all"'s preview.
CONTEXT_CHARS = 12


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A match that "label all" would label: where it is, its context, and whether it starts
    and ends where morphemes do (``inside`` is then None; else the text of the longer word(s)
    it lies in: 京都 inside 東京都, which "label all" skips unless asked)."""

    doc_id: str
    start: int
    end: int
    text: str
    before: str
    after: str
    inside: str | None


def label_all_occurrences(project: Project, doc_ids: list[str], needle: str, label: str, *,
                          by_lemma: bool = False) -> list[Occurrence]:
    """Every match of ``needle`` in ``doc_ids`` that does not carry ``label`` yet, in order.

    Only documents whose text holds the string are tokenized (a lemma search reads them all)."""
    out: list[Occurrence] = []
    for doc_id in doc_ids:
        text = project.text(doc_id)
        if not by_lemma and needle not in text:
            continue
        doc = DocTokens(text)
        spans = find(doc, needle, by_lemma=by_lemma)
        if not spans:
            continue
        labelled = {(e.start, e.end) for e in project.entities(doc_id) if e.label == label}
        for s, e in spans:
            if (s, e) in labelled:
                continue
            first, last = doc.token_at(s), doc.token_at(e - 1)
            on = first is not None and last is not None and first[0] == s and last[1] == e
            inside = None if on else text[first[0] if first is not None else s:last[1] if last is not None else e]
            out.append(Occurrence(doc_id, s, e, text[s:e], text[max(0, s - CONTEXT_CHARS):s],
                                  text[e:e + CONTEXT_CHARS], inside))
    return out


def label_occurrences_operation(project: Project, occurrences: list[Occurrence], label: str,
                                needle: str = "") -> Batch | None:
    """One operation adding ``label`` on each of ``occurrences`` (as ``label_all_occurrences``
    gave them); None when there is nothing to add."""
    ops: list[Operation] = []
    top: dict[str, int] = {}
    for occ in occurrences:
        if occ.doc_id not in top:
            entities = project.entities(occ.doc_id)
            if any(e.start == occ.start and e.end == occ.end and e.label == label for e in entities):
                continue
            top[occ.doc_id] = max((int(e.id[1:]) for e in entities if e.id[:1] == "T" and e.id[1:].isdigit()),
                                  default=0)
        top[occ.doc_id] += 1
        ops.append(AddEntity(occ.doc_id, Entity(f"T{top[occ.doc_id]}", occ.start, occ.end, label, occ.text)))
    if not ops:
        return None
    return Batch(tuple(ops), f"label all {needle or occurrences[0].text!r} as {label}")


def label_all_operation(project: Project, doc_ids: list[str], needle: str, label: str, *,
                        by_lemma: bool = False) -> Batch | None:
    """One operation adding ``label`` on every match on morpheme boundaries, in ``doc_ids``.

    Matches already carrying that label are skipped; None when there is nothing to add.
    """
    found = label_all_occurrences(project, doc_ids, needle, label, by_lemma=by_lemma)
    return label_occurrences_operation(project, [o for o in found if o.inside is None], label, needle)


def unlabelled_occurrence_in(project: Project, doc_ids: list[str], needle: str,
                             step: int = 1) -> tuple[str, tuple[int, int]] | None:
    """The first document of ``doc_ids`` (in the order given) holding ``needle`` on morpheme
    boundaries outside every entity, with its first such span (``step`` < 0: its last): where
    F3 goes when the open document has no other one. The documents that hold the string are
    found by one query; only those are tokenized."""
    if not needle:
        return None
    holders = project.search_documents(needle)
    for doc_id in doc_ids:
        if doc_id not in holders:
            continue
        text = project.text(doc_id)
        if needle not in text:  # the id held it
            continue
        span = Navigator(DocTokens(text)).next_occurrence(
            needle, -1 if step > 0 else len(text) + 1, EntityIndex(project.entities(doc_id)), step)
        if span is not None:
            return doc_id, span
    return None

