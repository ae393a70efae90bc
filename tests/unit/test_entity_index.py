from __future__ import annotations

from annotator.core.entity_index import EntityIndex, assign_lanes
from annotator.core.model import Entity


def E(i, s, e, label="PERSON"):
    return Entity(f"T{i}", s, e, label, "x" * (e - s))


def test_index_updates_in_place_and_answers_queries():
    idx = EntityIndex([E(1, 0, 10), E(2, 2, 4), E(3, 20, 25)])
    assert [e.id for e in idx.overlapping(3, 5)] == ["T1", "T2"]
    assert [e.id for e in idx.at(3)] == ["T2", "T1"]  # innermost first
    assert idx.overlapping(10, 20) == []
    idx.add(E(4, 8, 22, "LOCATION"))
    assert [e.id for e in idx.overlapping(12, 13)] == ["T4"]
    idx.replace(E(2, 2, 4, "DATE"))
    assert idx.get("T2").label == "DATE"
    assert idx.remove("T1").id == "T1" and "T1" not in idx
    assert [e.id for e in idx.all()] == ["T2", "T4", "T3"]
    assert idx.next_after(0).id == "T2" and idx.next_after(0, "T2").id == "T4"
    assert idx.prev_before(0, "T4").id == "T2" and idx.prev_before(0, "T2") is None


def test_lanes_never_shared_by_overlapping_entities():
    ents = [E(1, 0, 10), E(2, 2, 4), E(3, 3, 8), E(4, 12, 14), E(5, 0, 10, "ORG")]
    lanes = assign_lanes(ents)
    for a in ents:
        for b in ents:
            if a.id != b.id and a.start < b.end and b.start < a.end:
                assert lanes[a.id] != lanes[b.id]
    assert lanes["T4"] == 0

