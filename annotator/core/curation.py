"""Adjudication: where the annotators' versions of a document disagree, and the operations a
curator uses to settle it in the curated version (the working layer of a lead's project).

A *disagreement* is a stretch of text where the annotators' entities differ: the entities
of every version are grouped into clusters of overlapping spans, and a cluster is a
disagreement unless every annotator has exactly the same entities (span and label) in it.
Each disagreement says what each annotator has there and what the curated version has now,
and whether the curated version already holds one annotator's choice (settled).

Every curation step is one ordinary operation (``ops.Batch`` of entity and claim additions
and removals), applied through the session: it is logged, committed at once and undone
like any edit. ``prefill`` adds what all annotators agree on; ``take`` makes the curated
version equal one annotator's within a disagreement, or in the whole document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .claims import with_entity_ids
from .model import Claim, Document, Entity, Status
from .ops import AddClaim, AddEntity, Batch, Operation, RemoveClaim, RemoveEntity, SetStatus

SpanKey = tuple[int, int, str]
#: The description of a pre-fill step (in the operation log: offered once per document).
PREFILL = "pre-fill what the annotators agree on"


@dataclass(frozen=True)
class Disagreement:
    """The annotators' entities over ``[start, end)``, where they differ."""

    start: int
    end: int
    #: annotator -> the keys (start, end, label) of their entities here, sorted
    versions: dict[str, tuple[SpanKey, ...]] = field(hash=False)
    #: the curated version's keys here now
    curated: tuple[SpanKey, ...] = ()
    #: the curated document is marked done: leaving a stretch empty is then a decision
    done: bool = False

    @property
    def settled_by(self) -> list[str]:
        """The annotators whose choice the curated version holds here."""
        return [name for name, keys in self.versions.items() if keys == self.curated]

    @property
    def settled(self) -> bool:
        """The curated version holds one annotator's choice here, and it holds something: a
        stretch the curated version leaves empty stays open (on a fresh document every stretch
        "agrees" with the annotator who left it out; the curator settles such a stretch by
        taking a version with entities, or leaves it out and marks the document done)."""
        return bool(self.settled_by) and (bool(self.curated) or self.done)


def _clusters(keys: list[SpanKey]) -> list[tuple[int, int]]:
    """Maximal stretches covered by overlapping spans."""
    out: list[list[int]] = []
    for start, end, _ in sorted(keys):
        if out and start < out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def _inside(keys: list[SpanKey], start: int, end: int) -> tuple[SpanKey, ...]:
    return tuple(sorted(k for k in keys if k[0] < end and start < k[1]))


def disagreements(versions: Mapping[str, Document], curated: Document | None = None) -> list[Disagreement]:
    """Where the annotators' entities differ, in text order (with two or more annotators;
    a stretch only one annotator annotated is a disagreement too, as the others left it out)."""
    names = sorted(versions)
    if len(names) < 2:
        return []
    keys = {n: [e.key for e in versions[n].entities] for n in names}
    cur = [e.key for e in curated.entities] if curated is not None else []
    done = curated is not None and Status(curated.status) is Status.DONE
    out = []
    for start, end in _clusters([k for n in names for k in keys[n]]):
        here = {n: _inside(keys[n], start, end) for n in names}
        if len(set(here.values())) > 1:
            out.append(Disagreement(start, end, here, _inside(cur, start, end), done))
    return out


def agreed(versions: Mapping[str, Document]) -> list[Entity]:
    """The entities every annotator has (same span and label), as the first annotator wrote them."""
    names = sorted(versions)
    if not names:
        return []
    common = set.intersection(*({e.key for e in versions[n].entities} for n in names))
    return [e for e in versions[names[0]].entities if e.key in common]


def _fresh_ids(existing: list[Entity], wanted: list[Entity]) -> list[Entity]:
    taken = {e.id for e in existing}
    out = []
    n = len(taken)
    for e in wanted:
        new_id = e.id
        while new_id in taken:
            n += 1
            new_id = f"T{n}"
        taken.add(new_id)
        out.append(e if new_id == e.id else e.with_(id=new_id))
    return out


def prefill(curated: Document, versions: Mapping[str, Document]) -> Operation | None:
    """Add to the curated version the entities all annotators agree on that it lacks (None:
    nothing to add). With one annotator, nothing is agreed: nothing is added."""
    if len(versions) < 2:
        return None
    have = {e.key for e in curated.entities}
    add = [e for e in agreed(versions) if e.key not in have]
    if not add:
        return None
    add = _fresh_ids(curated.entities, add)
    return Batch(tuple(AddEntity(curated.id, e) for e in add), PREFILL)


def take(curated: Document, version: Document, annotator: str, start: int | None = None,
         end: int | None = None) -> Operation | None:
    """Make the curated version's entities over ``[start, end)`` (the whole document when not
    given: its claims and status too) those of ``annotator``'s ``version``; None when they
    already are. Claims of the curated version pointing at an entity removed lose nothing
    silently: such a removal is refused by the session (the claim names it)."""
    whole = start is None or end is None
    lo = 0 if start is None else start
    hi = len(curated.text) if end is None else end

    def here(e: Entity | Claim) -> bool:
        return whole or (e.start < hi and lo < e.end)

    theirs = {e.key: e for e in version.entities if here(e)}
    mine = {e.key: e for e in curated.entities if here(e)}
    ops: list[Operation] = []
    if whole:  # claims first out (they may point at entities that go), in last
        ops.extend(RemoveClaim(curated.id, c) for c in curated.claims)
    ops.extend(RemoveEntity(curated.id, e) for k, e in mine.items() if k not in theirs)
    # ids new to the document (none of its entities', removed ones included): an id met again
    # would be renamed on insertion, and the history follows such renames through every step
    added = _fresh_ids(curated.entities, [e for k, e in theirs.items() if k not in mine])
    ids = {e.id: e.id for e in curated.entities}
    for old, new in zip([e for k, e in theirs.items() if k not in mine], added, strict=True):
        ids[old.id] = new.id
    for k, e in theirs.items():
        if k in mine:
            ids[e.id] = mine[k].id
    ops.extend(AddEntity(curated.id, e) for e in added)
    if whole:
        ops.extend(AddClaim(curated.id, with_entity_ids(c, ids)) for c in version.claims)
        if Status(version.status) is not Status(curated.status) and Status(version.status) is not Status.NEW:
            ops.append(SetStatus(curated.id, Status(curated.status), Status(version.status)))
    if not ops or (whole and not _differs(curated, version)):
        return None
    what = f"take {annotator}'s version" + ("" if whole else f" at {lo}–{hi}")
    return Batch(tuple(ops), what)


def _differs(curated: Document, version: Document) -> bool:
    return ({e.key for e in curated.entities} != {e.key for e in version.entities}
            or [c.to_json() | {"id": ""} for c in curated.claims] != [c.to_json() | {"id": ""} for c in version.claims]
            or (Status(version.status) is not Status.NEW and Status(version.status) is not Status(curated.status)))
