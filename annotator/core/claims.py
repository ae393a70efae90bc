"""Claims: the default claim schema, new claims, and removing what claims refer to.

A claim is a span with attributes (see ``Claim`` in model.py and the JSONL schema). Its
``claimant`` and ``arguments`` refer to entities of the same document, so removing such an
entity is one operation together with the references it drops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import messages as m
from .model import Claim, Entity
from .ops import Batch, Operation, RemoveEntity, UpdateClaim
from .store import Project
from .transaction import claim_references


@dataclass(frozen=True)
class Attribute:
    name: str
    values: tuple[str, ...]
    keys: tuple[str, ...]  # one shortcut key per value ("" for none), in the claim editor


BUILTIN_ATTRIBUTES = ("type", "checkworthy", "certainty", "polarity")


@dataclass(frozen=True)
class ClaimSchema:
    """A project's claim attributes (values and keys) and argument roles.

    The four built-in attributes are claim fields of their own in the JSONL record;
    attributes a project adds live in the claim's ``attributes`` object.
    """

    attributes: tuple[Attribute, ...]
    roles: tuple[str, ...]

    def attribute(self, name: str) -> Attribute | None:
        return next((a for a in self.attributes if a.name == name), None)

    def keys(self) -> dict[str, tuple[str, str]]:
        """Shortcut key -> (attribute, value)."""
        return {k: (a.name, v) for a in self.attributes for v, k in zip(a.values, a.keys, strict=True) if k}

    def check(self) -> str | None:
        """The first problem of this schema, or None."""
        names = [a.name for a in self.attributes]
        if len(set(names)) != len(names) or any(not n.strip() for n in names):
            return m.translate("Core", "attribute names must be unique and non-empty")
        missing = [b for b in BUILTIN_ATTRIBUTES if b not in names]
        if missing:
            return m.translate("Core", "the built-in attributes stay: {names}").format(names=", ".join(missing))
        seen: dict[str, str] = {}
        for a in self.attributes:
            if not a.values or len(set(a.values)) != len(a.values) or any(not v.strip() for v in a.values):
                return m.translate("Core", "{attribute}: values must be unique and non-empty").format(attribute=a.name)
            if len(a.keys) != len(a.values):
                return m.translate("Core", "{attribute}: one key per value").format(attribute=a.name)
            for v, k in zip(a.values, a.keys, strict=True):
                if not k:
                    continue
                if len(k) != 1 or not (k.isascii() and k.isalpha() and k.islower()):
                    return (m.translate("Core", "{attribute}={value}: a key is one lower-case letter, not {key!r}")
                            .format(attribute=a.name, value=v, key=k))
                if k == "c":
                    return (m.translate("Core", "{attribute}={value}: the key c creates a claim")
                            .format(attribute=a.name, value=v))
                if k in seen:
                    return (m.translate("Core", "{attribute}={value}: the key {key!r} is already {other}")
                            .format(attribute=a.name, value=v, key=k, other=seen[k]))
                seen[k] = f"{a.name}={v}"
        if len(set(self.roles)) != len(self.roles) or any(not r.strip() for r in self.roles):
            return m.translate("Core", "roles must be unique and non-empty")
        return None

    def to_json(self) -> dict[str, Any]:
        return {"attributes": [{"name": a.name, "values": list(a.values), "keys": list(a.keys)}
                               for a in self.attributes], "roles": list(self.roles)}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> ClaimSchema:
        return cls(tuple(Attribute(a["name"], tuple(a["values"]), tuple(a["keys"])) for a in obj["attributes"]),
                   tuple(obj["roles"]))


#: The default claim schema (after Full Fact's claim typology for ``type``).
CLAIM_SCHEMA: tuple[Attribute, ...] = (
    Attribute("type", ("quantity", "prediction", "causation", "law or rule", "personal experience", "quote", "other"),
              ("q", "p", "k", "l", "e", "u", "o")),  # "c" is taken: it creates a claim
    Attribute("checkworthy", ("yes", "no", "unsure"), ("y", "n", "s")),
    Attribute("certainty", ("asserted", "reported", "hedged", "predicted"), ("a", "r", "h", "d")),
    Attribute("polarity", ("affirmed", "negated"), ("f", "g")),
)
ROLES = ("subject", "object", "value", "time", "place")
DEFAULT_SCHEMA = ClaimSchema(CLAIM_SCHEMA, ROLES)


def get_value(claim: Claim, name: str) -> Any:
    """An attribute of ``claim``: a built-in field, or one of its project-defined ``attributes``."""
    if name in BUILTIN_ATTRIBUTES:
        return claim.data.get(name)
    return (claim.data.get("attributes") or {}).get(name)


def with_data(claim: Claim, **changes: Any) -> Claim:
    """``claim`` with some of its fields (type, cue, arguments, claimant...) replaced."""
    return Claim(claim.id, claim.start, claim.end, claim.text, {**claim.data, **changes})


def with_value(claim: Claim, name: str, value: Any) -> Claim:
    """``claim`` with a schema attribute set: a built-in field, or one of its ``attributes``."""
    if name in BUILTIN_ATTRIBUTES:
        return with_data(claim, **{name: value})
    extra = dict(claim.data.get("attributes") or {})
    if value is None:
        extra.pop(name, None)
    else:
        extra[name] = value
    return with_data(claim, attributes=extra)

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
    changes: dict[str, Any] = {
        "arguments": [a for a in claim.data.get("arguments") or [] if a.get("entity") != entity_id]}
    claimant = claim.data.get("claimant")
    if isinstance(claimant, dict) and claimant.get("kind") == "entity" and claimant.get("entity") == entity_id:
        changes["claimant"] = {"kind": "author"}
    return with_data(claim, **changes)


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
