"""Edits that read a project to build their operation: new claims, removing an entity with the
claim references to it, and "label all" over several documents.

Above ``store`` (each takes a ``Project``); the pure rules they use are in ``claims.py`` and
``search.py``. The operations they return are applied with ``Project.apply`` (or a session's).
"""

from __future__ import annotations

from typing import Any

from .claims import DEFAULTS, claim_references, next_claim_id, without_entity
from .doctokens import DocTokens
from .model import Claim, Entity
from .ops import AddEntity, Batch, Operation, RemoveEntity, UpdateClaim
from .search import find, on_boundaries
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
