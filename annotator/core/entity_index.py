"""The entities of the open document, indexed for drawing and hit-testing.

Edits update it in place (add, remove, replace one entity) so that a key press on a
document with 10,000 entities costs work proportional to the edit, not to the document.
``assign_lanes`` gives overlapping entities different lanes (nesting depth) for drawing.
"""

from __future__ import annotations

import bisect

from .model import Entity, entity_sort_key


class EntityIndex:
    def __init__(self, entities: list[Entity] | None = None) -> None:
        self._by_id: dict[str, Entity] = {}
        self._order: list[tuple[int, int, str, str]] = []  # entity_sort_key, sorted
        self._max_len = 0
        for e in entities or []:
            self._by_id[e.id] = e
        self._order = sorted(entity_sort_key(e) for e in self._by_id.values())
        self._max_len = max((e.end - e.start for e in self._by_id.values()), default=0)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def get(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def all(self) -> list[Entity]:
        """Every entity in document order (by start, longer first)."""
        return [self._by_id[k[3]] for k in self._order]

    def add(self, e: Entity) -> None:
        self._by_id[e.id] = e
        bisect.insort(self._order, entity_sort_key(e))
        self._max_len = max(self._max_len, e.end - e.start)

    def remove(self, entity_id: str) -> Entity | None:
        e = self._by_id.pop(entity_id, None)
        if e is not None:
            key = entity_sort_key(e)
            i = bisect.bisect_left(self._order, key)
            if i < len(self._order) and self._order[i] == key:
                del self._order[i]
        return e

    def replace(self, e: Entity) -> None:
        self.remove(e.id)
        self.add(e)

    def overlapping(self, start: int, end: int) -> list[Entity]:
        """Entities with a character in ``[start, end)``, in document order."""
        lo = bisect.bisect_left(self._order, (start - self._max_len,))
        hi = bisect.bisect_left(self._order, (end,))
        return [self._by_id[k[3]] for k in self._order[lo:hi] if -k[1] > start]

    def at(self, pos: int) -> list[Entity]:
        """Entities covering ``pos``, innermost (shortest) first."""
        return sorted(self.overlapping(pos, pos + 1), key=lambda e: (e.end - e.start, e.start, e.label))

    def next_after(self, pos: int, current: str | None = None) -> Entity | None:
        """The entity after ``current`` (or the first starting at or after ``pos``), in document order."""
        if current in self._by_id:
            i = bisect.bisect_right(self._order, entity_sort_key(self._by_id[current]))
        else:
            i = bisect.bisect_left(self._order, (pos,))
        return self._by_id[self._order[i][3]] if i < len(self._order) else None

    def prev_before(self, pos: int, current: str | None = None) -> Entity | None:
        if current in self._by_id:
            i = bisect.bisect_left(self._order, entity_sort_key(self._by_id[current])) - 1
        else:
            i = bisect.bisect_left(self._order, (pos,)) - 1
        return self._by_id[self._order[i][3]] if i >= 0 else None


def assign_lanes(entities: list[Entity]) -> dict[str, int]:
    """Lane per entity id (0 = outermost) so that overlapping entities never share one.

    Computed per drawn paragraph, from that paragraph's entities in document order.
    """
    lanes: dict[str, int] = {}
    active: list[tuple[int, int]] = []  # (end, lane)
    for e in sorted(entities, key=entity_sort_key):
        active = [(end, lane) for end, lane in active if end > e.start]
        used = {lane for _, lane in active}
        lane = next(k for k in range(len(used) + 1) if k not in used)
        lanes[e.id] = lane
        active.append((e.end, lane))
    return lanes
