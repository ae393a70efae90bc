"""What the window asks of the core to start fast on a corpus and to step through it (issue
10): the document list's size and first document without listing them, positions looked up
by scanning remembered, and whether counting entities per label is slow. Without Qt."""

from __future__ import annotations

from annotator.core import doclist
from annotator.core import session as session_module
from annotator.core.doclist import DocumentIndex
from annotator.core.model import Document, Entity
from annotator.core.ops import AddEntity
from annotator.core.session import Session
from annotator.core.store import Project


def make(path, n: int) -> Project:
    p = Project.open(path, create=True)
    with p.bulk_import("test") as bulk:
        for k in range(n):
            bulk.add(Document(f"d{k}", "東京の話です。", entities=[Entity("T1", 0, 2, "LOCATION", "東京")]))
    return p


def test_first_document_and_size_without_listing(tmp_path, monkeypatch):
    p = make(tmp_path / "p.annotator", 5)
    assert doclist.first_id(p) == "d0"
    assert doclist.has_document(p, "d3") and not doclist.has_document(p, "nowhere")
    assert not doclist.is_large(p)
    monkeypatch.setattr(doclist, "LARGE", 4)
    assert doclist.is_large(p)
    p.close()
    empty = Project.open(tmp_path / "e.annotator", create=True)
    assert doclist.first_id(empty) is None and not doclist.is_large(empty)
    empty.close()


def test_positions_found_by_scanning_are_remembered(tmp_path, monkeypatch):
    monkeypatch.setattr(doclist, "_KNOWN", 3)
    p = make(tmp_path / "p.annotator", 10)
    index = DocumentIndex.load(p)
    for _ in range(2):  # found by a scan, then remembered (at most _KNOWN at a time)
        assert [index.position(f"d{k}") for k in range(10)] == list(range(10))
    index.remember("d7", 7)
    assert index.position("d7") == 7 and index.position("nowhere") is None
    index.positions()  # the whole table: no more remembering
    assert index.position("d9") == 9
    p.close()


def test_counting_labels_is_slow_only_on_a_large_project(tmp_path, monkeypatch):
    p = make(tmp_path / "p.annotator", 5)
    s = Session(p)
    assert not s.counting_labels_is_slow() and not s.label_counts_known()
    monkeypatch.setattr(session_module, "SLOW_COUNT", 4)
    assert s.counting_labels_is_slow()
    assert s.project_label_counts()["LOCATION"] == 5 and s.label_counts_known()
    s.open("d0")
    s.apply(AddEntity("d0", s.new_entity(3, 5, "PERSON")))  # kept up to date once counted
    assert s.project_label_counts()["PERSON"] == 1
    p.close()
