"""Claims: the default claim schema, new claims, and removing what claims refer to.

A claim is a span with attributes (see ``Claim`` in model.py and the JSONL schema). Its
``claimant`` and ``arguments`` refer to entities of the same document, so removing such an
entity is one operation together with the references it drops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .model import Claim, Entity
from .ops import Batch, Operation, RemoveEntity, UpdateClaim
from .store import Project, claim_references


@dataclass(frozen=True)
class Attribute:
    name: str
    values: tuple[str, ...]
    keys: tuple[str, ...]  # one shortcut key per value, in the claim editor


#: The default claim schema (after Full Fact's claim typology for ``type``).
CLAIM_SCHEMA: tuple[Attribute, ...] = (
    Attribute("type", ("quantity", "prediction", "causation", "law or rule", "personal experience", "quote", "other"),
              ("q", "p", "k", "l", "e", "u", "o")),  # "c" is taken: it creates a claim
    Attribute("checkworthy", ("yes", "no", "unsure"), ("y", "n", "s")),
    Attribute("certainty", ("asserted", "reported", "hedged", "predicted"), ("a", "r", "h", "d")),
    Attribute("polarity", ("affirmed", "negated"), ("f", "g")),
)
ROLES = ("subject", "object", "value", "time", "place")

DEFAULTS: dict[str, Any] = {
    "type": None, "checkworthy": "unsure", "certainty": "asserted", "polarity": "affirmed",
    "claimant": {"kind": "author"}, "cue": None, "arguments": [], "note": "",
}

_CLAIM_ID = re.compile(r"^C(\d+)$")


def next_claim_id(claims: list[Claim]) -> str:
    top = max((int(m.group(1)) for c in claims if (m := _CLAIM_ID.match(c.id))), default=0)
    return f"C{top + 1}"


def new_claim(project: Project, doc_id: str, start: int, end: int, **attributes: Any) -> Claim:
    """A claim over ``[start, end)`` with the default attributes, ready for ``AddClaim``."""
    text = project.text(doc_id)
    data = {**DEFAULTS, "arguments": [], **attributes}
    return Claim(next_claim_id(project.claims(doc_id)), start, end, text[start:end], data)


def without_entity(claim: Claim, entity_id: str) -> Claim:
    """``claim`` with every reference to ``entity_id`` dropped (a claimant becomes the author)."""
    data = dict(claim.data)
    data["arguments"] = [a for a in data.get("arguments") or [] if a.get("entity") != entity_id]
    claimant = data.get("claimant")
    if isinstance(claimant, dict) and claimant.get("kind") == "entity" and claimant.get("entity") == entity_id:
        data["claimant"] = {"kind": "author"}
    return Claim(claim.id, claim.start, claim.end, claim.text, data)


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
