"""Curation steps (core/curation.py) are ordinary operations: applied one after another and
undone in reverse, whatever ids the annotators' versions use (𠮷 and emoji in the text)."""

from __future__ import annotations

import json

from annotator.core import curation, layer_rows
from annotator.core.model import Document, Entity, Status
from annotator.core.session import Session
from annotator.core.store import Project

TEXT = "𠮷野家😀東京都とOpenAIが提携した。"


def _ents(keys):
    return json.dumps([Entity(f"T{k}", s, e, lb, TEXT[s:e]).to_json() for k, (s, e, lb) in enumerate(keys, 1)],
                      ensure_ascii=False)


def test_takes_then_a_whole_document_undo_step_by_step(tmp_path):
    p = Project.open(tmp_path / "l.annotator", create=True)
    with p.bulk_import("t") as bulk:
        bulk.add(Document("d1", TEXT))
    a = [(0, 3, "ORGANIZATION"), (4, 7, "LOCATION"), (8, 14, "ORGANIZATION")]
    b = [(0, 3, "ORGANIZATION"), (4, 6, "LOCATION"), (8, 14, "ARTIFACT")]
    with p.db.write() as c:
        for name, keys in (("a", a), ("b", b)):
            layer_rows.put_layer_document(c, name, 1, Status.DONE, _ents(keys), "[]", 1.0, "test")
    s = Session(p)
    s.open("d1")
    seen = []

    def now():
        return sorted(e.key for e in p.entities("d1"))

    v = p.versions_of("d1")
    s.apply(curation.prefill(p.document("d1"), v))
    seen.append(now())
    first = curation.disagreements(v, p.document("d1"))[0]
    for name in ("a", "b"):
        s.apply(curation.take(p.document("d1"), v[name], name, first.start, first.end))
        seen.append(now())
    s.apply(curation.take(p.document("d1"), v["b"], "b"))
    assert now() == sorted(b)
    for expected in reversed(seen):
        s.undo()
        assert now() == expected
    s.undo()
    assert now() == []
    assert curation.take(p.document("d1"), v["a"], "a") is not None
    p.close()


def test_a_stretch_left_empty_is_settled_once_the_curated_document_is_done(tmp_path):
    a = Document("d1", TEXT, status=Status.DONE, entities=[Entity("T1", 4, 7, "LOCATION", TEXT[4:7])])
    b = Document("d1", TEXT, status=Status.DONE, entities=[])
    curated = Document("d1", TEXT)
    [d] = curation.disagreements({"a": a, "b": b}, curated)
    assert d.settled_by == ["b"] and not d.settled  # empty everywhere on a fresh document: open
    curated.status = Status.DONE
    [d] = curation.disagreements({"a": a, "b": b}, curated)
    assert d.settled and d.settled_by == ["b"]  # marked done: leaving it out was decided


def test_the_pre_fill_is_logged_so_a_window_offers_it_once_ever(tmp_path):
    p = Project.open(tmp_path / "l.annotator", create=True)
    with p.bulk_import("t") as bulk:
        bulk.add(Document("d1", TEXT))
    keys = [(0, 3, "ORGANIZATION")]
    with p.db.write() as c:
        for name in ("a", "b"):
            layer_rows.put_layer_document(c, name, 1, Status.DONE, _ents(keys), "[]", 1.0, "test")
    assert not p.logged("d1", "batch", curation.PREFILL)
    s = Session(p)
    s.open("d1")
    s.apply(curation.prefill(p.document("d1"), p.versions_of("d1")))
    s.undo()
    assert p.logged("d1", "batch", curation.PREFILL) and p.entities("d1") == []
    p.close()
