"""Claims: the claim schema, the rules of one claim object, and what a claim refers to.

A claim is a span with attributes (see ``Claim`` in model.py and the JSONL schema). Its
``claimant`` and ``arguments`` refer to entities of the same document (``claim_references``).
Pure functions over claims and their JSON objects: creating claims in a project and removing
an entity together with the references to it are in ``editing.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import messages as m
from .fields import check_id, check_span
from .model import CLAIM_FIELDS, Claim
from .strings import MAX_ID_CHARS, Shown, check_value, clip

#: The fields of a claim object in a JSONL record.
CLAIM_KEYS = frozenset({"id", "start", "end", "text", *CLAIM_FIELDS})


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
    #: Display names per interface language: ``{"ja": {"type": "種類", "type=quantity": "数量"}}``
    #: (an attribute by its name, a value as ``name=value``, a role as ``role:name``). What is
    #: stored in claims stays the identifier; a name missing here falls back to
    #: ``DEFAULT_DISPLAY``, then to the identifier itself.
    display: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False, hash=False)

    def shown(self, lang: str, name: str, value: str | None = None, *, role: bool = False) -> str:
        """How the interface in ``lang`` names attribute ``name`` (or its ``value``, or a role)."""
        key = f"role:{name}" if role else name if value is None else f"{name}={value}"
        fallback = name if value is None else value
        return (self.display.get(lang, {}).get(key) or DEFAULT_DISPLAY.get(lang, {}).get(key) or fallback)

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
        out: dict[str, Any] = {"attributes": [{"name": a.name, "values": list(a.values), "keys": list(a.keys)}
                                              for a in self.attributes], "roles": list(self.roles)}
        if self.display:
            out["display"] = {lang: dict(names) for lang, names in self.display.items()}
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> ClaimSchema:
        display = obj.get("display")
        return cls(tuple(Attribute(a["name"], tuple(a["values"]), tuple(a["keys"])) for a in obj["attributes"]),
                   tuple(obj["roles"]),
                   {str(k): {str(n): str(v) for n, v in d.items()} for k, d in display.items()
                    if isinstance(d, dict)} if isinstance(display, dict) else {})


#: The default claim schema (after Full Fact's claim typology for ``type``).
CLAIM_SCHEMA: tuple[Attribute, ...] = (
    Attribute("type", ("quantity", "prediction", "causation", "law or rule", "personal experience", "quote", "other"),
              ("q", "p", "k", "l", "e", "u", "o")),  # "c" is taken: it creates a claim
    Attribute("checkworthy", ("yes", "no", "unsure"), ("y", "n", "s")),
    Attribute("certainty", ("asserted", "reported", "hedged", "predicted"), ("a", "r", "h", "d")),
    Attribute("polarity", ("affirmed", "negated"), ("f", "g")),
)
ROLES = ("subject", "object", "value", "time", "place")

#: Display names of the default schema's identifiers, per interface language (English shows
#: the identifiers themselves, written as words). Keys as in ``ClaimSchema.display``.
DEFAULT_DISPLAY: dict[str, dict[str, str]] = {
    "en": {},  # the identifiers are English words
    "ja": {
        "type": "種類", "type=quantity": "数量", "type=prediction": "予測", "type=causation": "因果関係",
        "type=law or rule": "法律・規則", "type=personal experience": "個人の経験", "type=quote": "引用",
        "type=other": "その他",
        "checkworthy": "検証の価値", "checkworthy=yes": "あり", "checkworthy=no": "なし",
        "checkworthy=unsure": "不明",
        "certainty": "確実性", "certainty=asserted": "断定", "certainty=reported": "伝聞",
        "certainty=hedged": "推量", "certainty=predicted": "予測",
        "polarity": "極性", "polarity=affirmed": "肯定", "polarity=negated": "否定",
        "role:subject": "主体", "role:object": "対象", "role:value": "値", "role:time": "時",
        "role:place": "場所",
    },
}
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


def without_entity(claim: Claim, entity_id: str) -> Claim:
    """``claim`` with every reference to ``entity_id`` dropped (a claimant becomes the author)."""
    changes: dict[str, Any] = {
        "arguments": [a for a in claim.data.get("arguments") or [] if a.get("entity") != entity_id]}
    claimant = claim.data.get("claimant")
    if isinstance(claimant, dict) and claimant.get("kind") == "entity" and claimant.get("entity") == entity_id:
        changes["claimant"] = {"kind": "author"}
    return with_data(claim, **changes)


def with_entity_ids(claim: Claim, ids: Mapping[str, str], claim_id: str | None = None) -> Claim:
    """``claim`` with the entity ids its claimant and arguments name replaced by ``ids`` (ids
    not in it kept), and its id by ``claim_id`` when given: one annotator's claim over another
    version's entities (a merge of versions, a curation step)."""
    data = dict(claim.data)
    claimant = data.get("claimant")
    if isinstance(claimant, dict) and isinstance(claimant.get("entity"), str):
        data["claimant"] = {**claimant, "entity": ids.get(claimant["entity"], claimant["entity"])}
    args = data.get("arguments")
    if isinstance(args, list):
        data["arguments"] = [{**a, "entity": ids.get(a["entity"], a["entity"])}
                             if isinstance(a, dict) and isinstance(a.get("entity"), str) else a for a in args]
    return Claim(claim.id if claim_id is None else claim_id, claim.start, claim.end, claim.text, data)


def claim_references(c: Claim) -> set[str]:
    """Entity ids a claim refers to (claimant and arguments)."""
    refs = {a.get("entity") for a in c.data.get("arguments") or [] if isinstance(a, dict)}
    claimant = c.data.get("claimant")
    if isinstance(claimant, dict) and claimant.get("kind") == "entity":
        refs.add(claimant.get("entity"))
    return {r for r in refs if isinstance(r, str)}


def check_claim(i: int, claim: Any, text: str, entity_ids: set[str], out: list[str],
                walked: bool = False) -> str | None:
    """Appends to ``out`` the problems of ``claims[i]`` of a record; returns its id when usable.

    ``walked``: the caller already checked every string of the record (control characters, depth).
    """
    what = f"claims[{i}]"
    if not isinstance(claim, dict):
        out.append(m.translate("Core", "{what}: must be an object").format(what=what))
        return None
    if not walked:  # a claim keeps free-form objects (claimant, cue): check their strings and depth
        check_value(claim, what, out)
    cid = claim.get("id")
    if isinstance(cid, str) and cid and len(cid) <= MAX_ID_CHARS:
        what = m.translate("Core", "claim {id}").format(id=clip(cid))
    else:
        check_id(cid, what, out)
        cid = None
    for key in sorted(set(claim) - CLAIM_KEYS):
        out.append(m.translate("Core", "{what}: unknown field {key!r}").format(what=what, key=Shown(key)))
    for key in ("start", "end", "text"):
        if key not in claim:
            out.append(m.translate("Core", "{what}: missing {key!r}").format(what=what, key=key))
    check_span(claim, text, what, out)
    for key in ("type", "checkworthy", "certainty", "polarity", "note"):
        v = claim.get(key)
        if v is not None and not isinstance(v, str):
            out.append(m.translate("Core", "{what}: {key} must be a string or null").format(what=what, key=key))
    extra = claim.get("attributes")
    if extra is not None and not (isinstance(extra, dict) and all(isinstance(v, str) for v in extra.values())):
        out.append(m.translate("Core", "{what}: attributes must be an object of strings "
                                       "(the project's own claim attributes)").format(what=what))
    claimant = claim.get("claimant")
    if claimant is not None:
        kind = claimant.get("kind") if isinstance(claimant, dict) else None
        if kind == "entity":
            ref = claimant.get("entity")
            if not isinstance(ref, str) or ref not in entity_ids:
                out.append(m.translate("Core", "{what}: claimant refers to entity {ref!r}, which is not in this record")
                           .format(what=what, ref=Shown(ref)))
        elif kind == "source":
            if not isinstance(claimant.get("text"), str) or not claimant["text"].strip():
                out.append(m.translate("Core", "{what}: a source claimant needs a non-empty text").format(what=what))
        elif kind != "author":
            out.append(m.translate("Core", "{what}: claimant must be null or an object with kind entity, "
                                           "source or author").format(what=what))
    cue = claim.get("cue")
    if cue is not None:
        if isinstance(cue, dict):
            check_span(cue, text, f"{what}: cue", out)
        else:
            out.append(m.translate("Core", "{what}: cue must be null or a span object").format(what=what))
    args = claim.get("arguments", [])
    if not isinstance(args, list):
        out.append(m.translate("Core", "{what}: arguments must be a list").format(what=what))
    else:
        for j, arg in enumerate(args):
            if not (isinstance(arg, dict) and isinstance(arg.get("role"), str) and arg["role"]):
                out.append(m.translate("Core", "{what}: arguments[{j}] must be an object with a non-empty role")
                           .format(what=what, j=j))
                continue
            ref = arg.get("entity")
            if not isinstance(ref, str) or ref not in entity_ids:
                out.append(
                    m.translate("Core", "{what}: arguments[{j}] ({role}) refers to entity {ref!r}, "
                                        "which is not in this record")
                    .format(what=what, j=j, role=clip(arg["role"]), ref=Shown(ref))
                )
    return cid


def check_claim_in_text(claim: dict[str, Any], text: str, entity_ids: set[str]) -> list[str]:
    """The problems of one claim object against a document's text and entity ids."""
    out: list[str] = []
    check_claim(0, claim, text, entity_ids, out)
    return out
