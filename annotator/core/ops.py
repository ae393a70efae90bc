"""Edits as operations: each knows how to apply itself and what undoes it.

Every edit of annotations goes through ``Project.apply(op)``, which runs ``op.apply(tx)`` in
one SQLite transaction together with the operation-log row, so an operation is either in the
file completely or not at all. ``inverse()`` gives the operation that undoes it; the
``History`` keeps undo and redo stacks of operations (in the core, not in a widget).

Operations carry the values they replace (the old label, the old span, the removed entity)
and check them when applied: if another window changed the same entity meanwhile, the
operation fails with a clear message instead of silently overwriting.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from . import messages as m
from .changes import Change, ClaimChange, EntityChange, LabelChange, StatusChange
from .errors import OperationError
from .model import Claim, Entity, Label, Status
from .writes import Transaction

#: Entity ids given anew while applying: (document id, the id asked for) -> the id given.
Renames = dict[tuple[str, str], str]


class Operation:
    kind: ClassVar[str] = "operation"

    def apply(self, tx: Transaction) -> Change:
        raise NotImplementedError

    def inverse(self) -> Operation:
        raise NotImplementedError

    def describe(self) -> str:
        return self.kind

    def to_json(self) -> dict[str, Any]:
        """The operation-log payload."""
        raise NotImplementedError

    def remapped(self, renamed: Renames) -> Operation:
        """This operation with the entity ids in ``renamed`` replaced (the entity it names got
        another id when it was added); itself when nothing changes."""
        return self


def _entity_id(renamed: Renames, doc_id: str, entity_id: str) -> str:
    return renamed.get((doc_id, entity_id), entity_id)


def _remap_claim(renamed: Renames, doc_id: str, claim: Claim) -> Claim:
    data = claim.data
    claimant = data.get("claimant")
    args = data.get("arguments")
    new_data = dict(data)
    if isinstance(claimant, dict) and isinstance(claimant.get("entity"), str):
        new_data["claimant"] = {**claimant, "entity": _entity_id(renamed, doc_id, claimant["entity"])}
    if isinstance(args, list):
        new_data["arguments"] = [{**a, "entity": _entity_id(renamed, doc_id, a["entity"])}
                                 if isinstance(a, dict) and isinstance(a.get("entity"), str) else a for a in args]
    if new_data == data:
        return claim
    return Claim(claim.id, claim.start, claim.end, claim.text, new_data)


@dataclass(frozen=True)
class AddEntity(Operation):
    kind: ClassVar[str] = "add_entity"
    doc_id: str
    entity: Entity
    #: The recommender (or imported source) whose suggestion this accepts, or None: counted
    #: as an accepted suggestion of that source (``Project.suggestion_decisions``).
    source: str | None = None

    def apply(self, tx: Transaction) -> Change:
        entity = tx.insert_entity(self.doc_id, self.entity)
        if self.source is not None:
            tx.count_decision(self.source, accepted=1)
        change = Change(entities=(EntityChange(self.doc_id, None, entity),))
        return change if entity is self.entity else replace(change, applied=AddEntity(self.doc_id, entity,
                                                                                       self.source))

    def inverse(self) -> Operation:
        return RemoveEntity(self.doc_id, self.entity, self.source)

    def remapped(self, renamed: Renames) -> Operation:
        new = _entity_id(renamed, self.doc_id, self.entity.id)
        return self if new == self.entity.id else AddEntity(self.doc_id, self.entity.with_(id=new), self.source)

    def describe(self) -> str:
        e = self.entity
        return f"add {e.label} {e.text!r}"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "entity": self.entity.to_json()} | (
            {"source": self.source} if self.source is not None else {})


@dataclass(frozen=True)
class RemoveEntity(Operation):
    kind: ClassVar[str] = "remove_entity"
    doc_id: str
    entity: Entity
    #: Set only in the inverse of accepting a suggestion of this source: undoing the
    #: acceptance takes it back from the source's accepted count.
    source: str | None = None

    def apply(self, tx: Transaction) -> Change:
        tx.delete_entity(self.doc_id, self.entity)
        if self.source is not None:
            tx.count_decision(self.source, accepted=-1)
        return Change(entities=(EntityChange(self.doc_id, self.entity, None),))

    def inverse(self) -> Operation:
        return AddEntity(self.doc_id, self.entity, self.source)

    def remapped(self, renamed: Renames) -> Operation:
        new = _entity_id(renamed, self.doc_id, self.entity.id)
        return self if new == self.entity.id else RemoveEntity(self.doc_id, self.entity.with_(id=new), self.source)

    def describe(self) -> str:
        e = self.entity
        return f"remove {e.label} {e.text!r}"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "entity": self.entity.to_json()} | (
            {"source": self.source} if self.source is not None else {})


@dataclass(frozen=True)
class RelabelEntity(Operation):
    kind: ClassVar[str] = "relabel_entity"
    doc_id: str
    entity_id: str
    old: str
    new: str

    def apply(self, tx: Transaction) -> Change:
        before, after = tx.relabel_entity(self.doc_id, self.entity_id, self.old, self.new)
        return Change(entities=(EntityChange(self.doc_id, before, after),))

    def inverse(self) -> Operation:
        return RelabelEntity(self.doc_id, self.entity_id, self.new, self.old)

    def remapped(self, renamed: Renames) -> Operation:
        new = _entity_id(renamed, self.doc_id, self.entity_id)
        return self if new == self.entity_id else replace(self, entity_id=new)

    def describe(self) -> str:
        return f"relabel {self.old} → {self.new}"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "entity": self.entity_id, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class ResizeEntity(Operation):
    kind: ClassVar[str] = "resize_entity"
    doc_id: str
    entity_id: str
    old_span: tuple[int, int]
    new_span: tuple[int, int]

    def apply(self, tx: Transaction) -> Change:
        before, after = tx.resize_entity(self.doc_id, self.entity_id, self.old_span, self.new_span)
        return Change(entities=(EntityChange(self.doc_id, before, after),))

    def inverse(self) -> Operation:
        return ResizeEntity(self.doc_id, self.entity_id, self.new_span, self.old_span)

    def remapped(self, renamed: Renames) -> Operation:
        new = _entity_id(renamed, self.doc_id, self.entity_id)
        return self if new == self.entity_id else replace(self, entity_id=new)

    def describe(self) -> str:
        return f"resize {self.old_span} → {self.new_span}"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "entity": self.entity_id, "old": list(self.old_span),
                "new": list(self.new_span)}


@dataclass(frozen=True)
class SetStatus(Operation):
    kind: ClassVar[str] = "set_status"
    doc_id: str
    old: Status
    new: Status

    def apply(self, tx: Transaction) -> Change:
        tx.set_status(self.doc_id, self.old, self.new)
        return Change(statuses=(StatusChange(self.doc_id, Status(self.old), Status(self.new)),))

    def inverse(self) -> Operation:
        return SetStatus(self.doc_id, self.new, self.old)

    def describe(self) -> str:
        return f"status {self.old.value} → {self.new.value}"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "old": self.old.value, "new": self.new.value}


@dataclass(frozen=True)
class Batch(Operation):
    """Several operations applied, logged and undone as one (``label all``, bulk delete)."""

    kind: ClassVar[str] = "batch"
    ops: tuple[Operation, ...]
    description: str = "batch"

    def apply(self, tx: Transaction) -> Change:
        change = Change()
        applied: list[Operation] = []
        for op in self.ops:
            asked = op.remapped(tx.renamed) if tx.renamed else op  # ids given anew by earlier steps
            step = asked.apply(tx)
            applied.append(step.applied or asked)
            change = change | step
        if any(a is not op for a, op in zip(applied, self.ops, strict=True)):
            change = replace(change, applied=Batch(tuple(applied), self.description))
        return change

    def inverse(self) -> Operation:
        return Batch(tuple(op.inverse() for op in reversed(self.ops)), f"undo {self.description}")

    def remapped(self, renamed: Renames) -> Operation:
        ops = tuple(op.remapped(renamed) for op in self.ops)
        return self if all(a is b for a, b in zip(ops, self.ops, strict=True)) else Batch(ops, self.description)

    def describe(self) -> str:
        return self.description

    def to_json(self) -> dict[str, Any]:
        return {"description": self.description,
                "ops": [{"kind": op.kind, **op.to_json()} for op in self.ops]}


@dataclass(frozen=True)
class AddClaim(Operation):
    kind: ClassVar[str] = "add_claim"
    doc_id: str
    claim: Claim

    def apply(self, tx: Transaction) -> Change:
        tx.insert_claim(self.doc_id, self.claim)
        return Change(claims=(ClaimChange(self.doc_id, None, self.claim),))

    def inverse(self) -> Operation:
        return RemoveClaim(self.doc_id, self.claim)

    def remapped(self, renamed: Renames) -> Operation:
        claim = _remap_claim(renamed, self.doc_id, self.claim)
        return self if claim is self.claim else AddClaim(self.doc_id, claim)

    def describe(self) -> str:
        return f"add claim {self.claim.text[:20]!r}"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "claim": self.claim.to_json()}


@dataclass(frozen=True)
class RemoveClaim(Operation):
    kind: ClassVar[str] = "remove_claim"
    doc_id: str
    claim: Claim

    def apply(self, tx: Transaction) -> Change:
        tx.delete_claim(self.doc_id, self.claim)
        return Change(claims=(ClaimChange(self.doc_id, self.claim, None),))

    def inverse(self) -> Operation:
        return AddClaim(self.doc_id, self.claim)

    def remapped(self, renamed: Renames) -> Operation:
        claim = _remap_claim(renamed, self.doc_id, self.claim)
        return self if claim is self.claim else RemoveClaim(self.doc_id, claim)

    def describe(self) -> str:
        return f"remove claim {self.claim.id}"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "claim": self.claim.to_json()}


@dataclass(frozen=True)
class UpdateClaim(Operation):
    """Replace a claim's span or attributes (type, certainty, claimant, arguments...)."""

    kind: ClassVar[str] = "update_claim"
    doc_id: str
    old: Claim
    new: Claim

    def apply(self, tx: Transaction) -> Change:
        tx.update_claim(self.doc_id, self.old, self.new)
        return Change(claims=(ClaimChange(self.doc_id, self.old, self.new),))

    def inverse(self) -> Operation:
        return UpdateClaim(self.doc_id, self.new, self.old)

    def remapped(self, renamed: Renames) -> Operation:
        old, new = _remap_claim(renamed, self.doc_id, self.old), _remap_claim(renamed, self.doc_id, self.new)
        return self if old is self.old and new is self.new else UpdateClaim(self.doc_id, old, new)

    def describe(self) -> str:
        return f"edit claim {self.old.id}"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "old": self.old.to_json(), "new": self.new.to_json()}


@dataclass(frozen=True)
class AddLabel(Operation):
    kind: ClassVar[str] = "add_label"
    label: Label

    def apply(self, tx: Transaction) -> Change:
        tx.add_label(self.label)
        return Change(labels=(LabelChange(None, self.label),))

    def inverse(self) -> Operation:
        return RemoveLabel(self.label)

    def describe(self) -> str:
        return f"add label {self.label.name}"

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label.to_json()}


@dataclass(frozen=True)
class RemoveLabel(Operation):
    """Remove a label no entity uses (the editor says so when it is in use)."""

    kind: ClassVar[str] = "remove_label"
    label: Label

    def apply(self, tx: Transaction) -> Change:
        tx.remove_label(self.label)
        return Change(labels=(LabelChange(self.label, None),))

    def inverse(self) -> Operation:
        return AddLabel(self.label)

    def describe(self) -> str:
        return f"remove label {self.label.name}"

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label.to_json()}


@dataclass(frozen=True)
class UpdateLabel(Operation):
    """Change a label's name, colour, key or description; a rename relabels its entities."""

    kind: ClassVar[str] = "update_label"
    old: Label
    new: Label

    def apply(self, tx: Transaction) -> Change:
        renamed = tx.update_label(self.old, self.new)
        return Change(labels=(LabelChange(self.old, self.new),), relabelled=frozenset(renamed))

    def inverse(self) -> Operation:
        return UpdateLabel(self.new, self.old)

    def describe(self) -> str:
        return f"edit label {self.old.name}"

    def to_json(self) -> dict[str, Any]:
        return {"old": self.old.to_json(), "new": self.new.to_json()}


@dataclass(frozen=True)
class RejectSuggestions(Operation):
    """Remember that the suggested claims at these spans were rejected (so they stay hidden)."""

    kind: ClassVar[str] = "reject_suggestions"
    doc_id: str
    spans: tuple[tuple[int, int], ...]
    undo: bool = False  # the inverse: forget them again

    def apply(self, tx: Transaction) -> Change:
        tx.reject_suggestions(self.doc_id, self.spans, forget=self.undo)
        return Change(rejections=frozenset([self.doc_id]))

    def inverse(self) -> Operation:
        return RejectSuggestions(self.doc_id, self.spans, not self.undo)

    def describe(self) -> str:
        return f"reject {len(self.spans)} suggestion(s)"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "spans": [list(s) for s in self.spans], "undo": self.undo}


@dataclass(frozen=True)
class RejectEntitySuggestions(Operation):
    """Remember that these suggested entities, ``(start, end, label, source)``, were rejected:
    no recommender proposes that span with that label in this document again. Counted as
    rejections of each source; the inverse forgets them (and the counts) again."""

    kind: ClassVar[str] = "reject_entity_suggestions"
    doc_id: str
    keys: tuple[tuple[int, int, str, str], ...]
    undo: bool = False  # the inverse: forget them again

    def apply(self, tx: Transaction) -> Change:
        tx.reject_entity_suggestions(self.doc_id, self.keys, forget=self.undo)
        return Change(entity_rejections=frozenset([self.doc_id]))

    def inverse(self) -> Operation:
        return RejectEntitySuggestions(self.doc_id, self.keys, not self.undo)

    def describe(self) -> str:
        return f"reject {len(self.keys)} suggested entit{'y' if len(self.keys) == 1 else 'ies'}"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc_id, "keys": [list(k) for k in self.keys], "undo": self.undo}


@dataclass(frozen=True)
class SetClaimSchema(Operation):
    """Replace the project's claim schema (attributes, values, keys, roles)."""

    kind: ClassVar[str] = "set_claim_schema"
    old: dict[str, Any]
    new: dict[str, Any]

    def apply(self, tx: Transaction) -> Change:
        tx.set_claim_schema(self.old, self.new)
        return Change(schema=True)

    def inverse(self) -> Operation:
        return SetClaimSchema(self.new, self.old)

    def describe(self) -> str:
        return "edit the claim schema"

    def to_json(self) -> dict[str, Any]:
        return {"old": self.old, "new": self.new}


def started(tx: Transaction, op: Operation, change: Change) -> tuple[Operation, Change]:
    """The domain rule "the first edit of a document marks it in progress": the documents
    whose annotations ``op`` edited and that were still new are marked in progress by the same
    step (so ``export --status new`` never holds an edited document, and one undo brings back
    both), wherever the edit comes from: the window, "label all in project", a script."""
    steps = [SetStatus(doc, Status.NEW, Status.IN_PROGRESS)
             for doc in sorted(change.edited_docs) if tx.status(doc) == Status.NEW]
    if not steps:
        return op, change
    for step in steps:
        change = change | step.apply(tx)
    return Batch((op, *steps), op.describe()), change


class History:
    """Undo and redo stacks of applied operations."""

    def __init__(self, limit: int = 10_000) -> None:
        self._undo: list[Operation] = []
        self._redo: list[Operation] = []
        self._limit = limit

    def pushed(self, op: Operation) -> None:
        self._undo.append(op)
        if len(self._undo) > self._limit:
            del self._undo[0]
        self._redo.clear()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def peek_undo(self) -> Operation | None:
        return self._undo[-1] if self._undo else None

    def peek_redo(self) -> Operation | None:
        return self._redo[-1] if self._redo else None

    def undone(self, replacement: Operation | None = None) -> None:
        """The top operation was undone; ``replacement``: what redoing it now means (ids given anew)."""
        op = self._undo.pop()
        self._redo.append(replacement or op)

    def redone(self, replacement: Operation | None = None) -> None:
        op = self._redo.pop()
        self._undo.append(replacement or op)

    def rename(self, renamed: Renames) -> None:
        """Entities got other ids than the history knew them by: follow them."""
        self._undo = [op.remapped(renamed) for op in self._undo]
        self._redo = [op.remapped(renamed) for op in self._redo]

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()


def check_span(text_length: int, start: int, end: int) -> None:
    if not (isinstance(start, int) and isinstance(end, int)):
        raise OperationError(m.translate("Core", "span offsets must be integers, not {start!r}, {end!r}")
                             .format(start=start, end=end))
    if not 0 <= start < end <= text_length:
        raise OperationError(m.translate("Core", "span {start}–{end} is outside the document (0–{length}) or empty")
                             .format(start=start, end=end, length=text_length))
