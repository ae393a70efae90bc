"""What an applied operation changed, described once, by the core.

Operations build these from what the transaction actually wrote (the entity as it was and as
it is), so that a view updates the rows and rectangles named here and never works out an
operation's meaning again. Applying, undoing and redoing all return one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import Claim, Entity, Label, Status


@dataclass(frozen=True, slots=True)
class EntityChange:
    """An entity added (``old`` None), removed (``new`` None) or replaced (both)."""

    doc: str
    old: Entity | None
    new: Entity | None


@dataclass(frozen=True, slots=True)
class ClaimChange:
    """A claim added (``old`` None), removed (``new`` None) or edited (both)."""

    doc: str
    old: Claim | None
    new: Claim | None


@dataclass(frozen=True, slots=True)
class StatusChange:
    doc: str
    old: Status
    new: Status


@dataclass(frozen=True, slots=True)
class LabelChange:
    """A label added (``old`` None), removed (``new`` None) or edited; renamed if the names differ."""

    old: Label | None
    new: Label | None

    @property
    def renamed(self) -> bool:
        return self.old is not None and self.new is not None and self.old.name != self.new.name


@dataclass(frozen=True)
class Change:
    """Everything one operation (with its steps) changed, in the order it was done."""

    entities: tuple[EntityChange, ...] = ()
    claims: tuple[ClaimChange, ...] = ()
    statuses: tuple[StatusChange, ...] = ()
    #: Documents whose rejected claim suggestions changed.
    rejections: frozenset[str] = frozenset()
    labels: tuple[LabelChange, ...] = ()
    #: The claim schema changed.
    schema: bool = False
    #: Documents whose entities a label rename renamed (``labels`` says from what to what).
    relabelled: frozenset[str] = frozenset()
    #: Documents whose rejected entity suggestions changed.
    entity_rejections: frozenset[str] = frozenset()
    #: The entity suggestions changed without any annotation changing (new models, new
    #: recommender settings): views show the open document's suggestions again.
    suggestions_changed: bool = False
    #: Documents whose other annotators' versions may have changed (on a server: another
    #: workstation committed to them); views showing versions read them again.
    versions: frozenset[str] = frozenset()
    #: The operation as applied and recorded (an ``Operation``; its id of a new entity may
    #: differ from the one asked for when another process took that id meanwhile).
    applied: Any = None

    @property
    def docs(self) -> frozenset[str]:
        """Every document whose annotations or status this change touched."""
        return frozenset({c.doc for c in self.entities} | {c.doc for c in self.claims}
                         | {c.doc for c in self.statuses} | self.rejections | self.relabelled
                         | self.entity_rejections)

    @property
    def edited_docs(self) -> frozenset[str]:
        """Documents whose annotations (not only status) changed."""
        return frozenset({c.doc for c in self.entities} | {c.doc for c in self.claims} | self.rejections
                         | self.entity_rejections)

    def entities_of(self, doc: str) -> tuple[EntityChange, ...]:
        return tuple(c for c in self.entities if c.doc == doc)

    def claims_of(self, doc: str) -> tuple[ClaimChange, ...]:
        return tuple(c for c in self.claims if c.doc == doc)

    def status_of(self, doc: str) -> StatusChange | None:
        """The document's status change (first old, last new), or None."""
        mine = [c for c in self.statuses if c.doc == doc]
        return StatusChange(doc, mine[0].old, mine[-1].new) if mine else None

    def __or__(self, other: Change) -> Change:
        return Change(
            self.entities + other.entities,
            self.claims + other.claims,
            self.statuses + other.statuses,
            self.rejections | other.rejections,
            self.labels + other.labels,
            self.schema or other.schema,
            self.relabelled | other.relabelled,
            entity_rejections=self.entity_rejections | other.entity_rejections,
            suggestions_changed=self.suggestions_changed or other.suggestions_changed,
            versions=self.versions | other.versions,
        )


def between(doc: str, entities: tuple[list[Entity], list[Entity]], claims: tuple[list[Claim], list[Claim]],
            status: tuple[Status, Status]) -> Change:
    """What changed in document ``doc`` from the first of each pair to the second (by id): how
    a window describes what another workstation did to the document it shows, as it
    describes its own edits."""
    def pairs(old: list[Any], new: list[Any], kind: Any) -> tuple[Any, ...]:
        before, after = {x.id: x for x in old}, {x.id: x for x in new}
        out = [kind(doc, x, None) for i, x in before.items() if i not in after]
        out += [kind(doc, before.get(i), x) for i, x in after.items() if before.get(i) != x]
        return tuple(out)

    statuses = (StatusChange(doc, status[0], status[1]),) if status[0] != status[1] else ()
    return Change(pairs(*entities, EntityChange), pairs(*claims, ClaimChange), statuses)
