"""The document list's index (annotator/core/doclist.py), without Qt."""

from __future__ import annotations

import pytest

from annotator.core import doclist
from annotator.core.changes import Change, EntityChange, StatusChange
from annotator.core.doclist import DocumentIndex, snippet
from annotator.core.errors import ProjectError
from annotator.core.model import Document, Entity, Status
from annotator.core.ops import AddEntity, RemoveEntity, SetStatus
from annotator.core.store import Project

LONG_ID = "長い" * 600  # 1,200 characters (ids may have up to 1,000 when imported; the store takes more)
HOSTILE = {
    "𠮷野家": "𠮷野家😀の売上は\r\n前年比12%増。",
    "emoji👨‍👩‍👧": "家族👨‍👩‍👧で\u3000\u3000旅行",
    "rtl\u202eevil": "\u202eright-to-left\u202c text and \u2066isolate\u2069",
    "combining": "e\u0301te\u0301 cafe\u0301 " + "が" * 60,
    LONG_ID: "本文",
    "lines": "\n\n\t first\r\nsecond\u2028third\u2029fourth\x0bfifth\x0csixth",
    "<b>html</b> & co": "<i>本文</i>",
}


def make(path, docs: dict[str, str], entities: dict[str, int] | None = None,
         statuses: dict[str, Status] | None = None) -> Project:
    p = Project.open(path, create=True)
    with p.bulk_import("test") as bulk:
        for doc_id, text in docs.items():
            n = (entities or {}).get(doc_id, 0)
            ents = [Entity(f"T{k + 1}", k, k + 1, "PERSON", text[k]) for k in range(n)]
            bulk.add(Document(doc_id, text, status=(statuses or {}).get(doc_id, Status.NEW), entities=ents))
    return p


@pytest.fixture
def hostile(tmp_path):
    docs = {"a": "東京都に住む", "b": "大阪", **HOSTILE}
    p = make(tmp_path / "h.annotator", docs, entities={"a": 3, "𠮷野家": 2},
             statuses={"b": Status.DONE, "rtl\u202eevil": Status.SKIPPED})
    yield p, docs
    p.close()


def test_snippet_collapses_white_space_and_cuts_at_a_character():
    assert snippet("  a\r\n\tb\u3000\u3000c\u2028d  ") == "a b c d"
    assert snippet("x" * 40) == "x" * 40
    assert snippet("x" * 41) == "x" * 40 + "…"
    assert snippet("𠮷" * 50) == "𠮷" * 40 + "…"  # code points, not UTF-16 units
    # a base character keeps the marks that combine with it, an emoji its joined parts
    assert snippet("x" * 39 + "e\u0301\u0301tail") == "x" * 39 + "e\u0301\u0301…"
    assert snippet("x" * 39 + "👨\u200d👩\u200d👧 tail") == "x" * 39 + "👨\u200d👩\u200d👧…"
    assert snippet("x" * 39 + "👍🏽 tail") == "x" * 39 + "👍🏽…"
    assert snippet("") == ""


def test_load_reads_ids_and_statuses_in_project_order(hostile):
    p, docs = hostile
    index = DocumentIndex.load(p)
    assert len(index) == len(docs)
    assert index.ids() == list(docs) == p.document_ids()
    assert index.status_at(index.position("b")) == Status.DONE
    assert index.status_at(index.position("rtl\u202eevil")) == Status.SKIPPED
    assert index.position("nowhere") is None and index.position(None) is None
    assert not index.cached(0)  # counts and snippets are read when shown
    for doc_id in docs:  # before and after the id -> position table exists
        assert index.id_at(index.position(doc_id)) == doc_id
    index.positions()
    for doc_id in docs:
        assert index.id_at(index.position(doc_id)) == doc_id


def test_rows_read_lazily_match_the_project(hostile):
    p, docs = hostile
    index = DocumentIndex.load(p)
    summaries = {s.id: s for s in p.summaries()}
    for pos, doc_id in enumerate(index.ids()):
        row = index.row(pos)
        assert (row.id, row.status, row.entities, row.length) == (
            doc_id, summaries[doc_id].status, summaries[doc_id].entities, len(docs[doc_id]))
        assert row.snippet == snippet(docs[doc_id])
        assert "\n" not in row.snippet and "\r" not in row.snippet and "\u3000" not in row.snippet
    assert index.row(index.position("𠮷野家")).snippet == "𠮷野家😀の売上は 前年比12%増。"
    assert index.row(index.position("lines")).snippet == "first second third fourth fifth sixth"
    assert index.row(index.position("combining")).snippet.endswith("…")


def test_prefetch_reads_many_rows_in_a_few_queries(tmp_path):
    p = make(tmp_path / "m.annotator", {f"d{i:04d}": f"本文{i}" for i in range(1200)}, entities={"d0700": 2})
    index = DocumentIndex.load(p)
    queries = []
    p.db.conn.set_trace_callback(queries.append)
    index.prefetch(range(1200))
    p.db.conn.set_trace_callback(None)
    assert sum(q.lstrip().startswith("SELECT") for q in queries) == 3  # 500 rows a query
    assert index.row(700).entities == 2 and index.row(699).snippet == "本文699"
    p.close()


def test_filter_by_status_and_by_needle_in_id_or_text(hostile):
    p, docs = hostile
    index = DocumentIndex.load(p)

    def ids(status=None, needle=""):
        return index.ids(index.filter(status, needle))

    assert ids() == list(docs)
    assert ids(Status.DONE) == ["b"] and ids("done") == ["b"]
    assert ids(Status.IN_PROGRESS) == []
    assert ids(None, "東京") == ["a"]
    assert ids(None, "𠮷") == ["𠮷野家"]  # an astral character, in the id and the text
    assert ids(None, "😀") == ["𠮷野家"]
    assert ids(None, "👩\u200d👧") == ["emoji👨‍👩‍👧"]
    assert ids(None, "\u3000\u3000") == ["emoji👨‍👩‍👧"]
    assert ids(None, "\r\n") == ["𠮷野家", "lines"]
    assert ids(None, "e\u0301") == ["combining"]  # exactly: é written as e + combining acute
    assert ids(None, "\u00e9") == []
    assert ids(None, "\u202e") == ["rtl\u202eevil"]
    assert ids(Status.NEW, "\u202e") == []
    assert ids(None, "<b>") == ["<b>html</b> & co"] and ids(None, "<i>") == ["<b>html</b> & co"]
    assert ids(None, LONG_ID[100:900]) == [LONG_ID]
    assert ids(None, "住む\x00") == []  # the id/text separator is no part of any document
    assert ids(None, "a\x00東京") == []  # not across the end of an id and the start of its text
    assert ids(None, "Tokyo") == []


def test_filter_narrows_from_an_earlier_needle_and_remembers_a_few(hostile, monkeypatch):
    p, _ = hostile
    index = DocumentIndex.load(p)
    seen = []
    real = doclist._search

    def spy(texts, needle, within):
        seen.append((needle, None if within is None else list(within)))
        return real(texts, needle, within)

    monkeypatch.setattr(doclist, "_search", spy)
    assert index.ids(index.filter(None, "家")) == ["𠮷野家", "emoji👨‍👩‍👧"]
    assert index.ids(index.filter(None, "野家")) == ["𠮷野家"]  # contains "家": only its matches searched
    assert index.ids(index.filter(None, "家")) == ["𠮷野家", "emoji👨‍👩‍👧"]  # a backspace: remembered
    assert seen == [("家", None), ("野家", [index.position("𠮷野家"), index.position("emoji👨‍👩‍👧")])]


def test_searching_asks_the_file_when_the_texts_are_too_long_to_keep(hostile, monkeypatch):
    p, _ = hostile
    monkeypatch.setattr(doclist, "MAX_TEXT_CHARS", 20)
    index = DocumentIndex.load(p)
    assert index.load_search_texts(None) and index.search_ready and index.text_chars == 0
    assert index.ids(index.filter(None, "東京")) == ["a"]
    assert index.ids(index.filter(None, "𠮷")) == ["𠮷野家"]
    assert index.ids(index.filter(Status.DONE, "大")) == ["b"]
    assert index.ids(index.filter(None, "\u202e")) == ["rtl\u202eevil"]
    queries = []
    p.db.conn.set_trace_callback(queries.append)
    assert index.ids(index.filter(None, "京都")) == ["a"]
    assert index.ids(index.filter(None, "東京都")) == ["a"]  # only the matches of "京都" asked about
    p.db.conn.set_trace_callback(None)
    assert "rowid IN (" not in queries[0] and "rowid IN (" in queries[1]


def test_search_texts_load_a_step_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setattr(doclist, "_POSITIONS_STEP", 70)
    p = make(tmp_path / "s.annotator", {f"d{i}": "あ" * 100 for i in range(300)})
    index = DocumentIndex.load(p)
    steps = 0
    while not index.load_search_texts(2_000):
        steps += 1
        assert steps < 100
        assert index.position("d299") == 299 and index.position("d7") == 7  # while the table is built
    assert index.positions() == {f"d{i}": i for i in range(300)}
    assert steps > 5 + 4 and index.search_ready
    assert index.text_chars == sum(len(f"d{i}") + 1 + 100 for i in range(300))
    assert len(index.filter(None, "あ")) == 300
    p.close()


def test_apply_change_updates_statuses_and_counts_of_rows_it_names(hostile):
    p, _ = hostile
    index = DocumentIndex.load(p)
    a = index.position("a")
    assert index.row(a).entities == 3
    change = p.apply(AddEntity("a", p.new_entity("a", 3, 4, "PERSON")))
    assert index.apply_change(change) == [a]
    assert index.row(a).entities == 4 and index.status_at(a) == Status.IN_PROGRESS  # the first edit
    assert index.ids(index.filter(Status.IN_PROGRESS)) == ["a"]
    undone = p.undo()
    assert index.apply_change(undone) == [a]
    assert index.row(a).entities == 3 and index.status_at(a) == Status.NEW
    assert index.apply_change(p.redo()) == [a]
    assert index.row(a).entities == 4
    # a row not read yet is read from the file, which has the change already
    unread = DocumentIndex.load(p)
    yoshi = unread.position("𠮷野家")
    change = p.apply(RemoveEntity("𠮷野家", p.entities("𠮷野家")[0]))
    index.apply_change(change)
    assert not unread.cached(yoshi)
    assert unread.apply_change(change) == [yoshi]
    assert unread.row(yoshi).entities == 1 and unread.status_at(yoshi) == Status.IN_PROGRESS
    assert index.row(yoshi).entities == 1
    change = p.apply(SetStatus("b", Status.DONE, Status.SKIPPED))
    assert index.apply_change(change) == [index.position("b")]
    assert index.status_at(index.position("b")) == Status.SKIPPED
    fresh = DocumentIndex.load(p)
    assert [fresh.row(i) for i in range(len(fresh))] == [index.row(i) for i in range(len(index))]


def test_apply_change_of_many_documents_and_unknown_ones(hostile):
    p, docs = hostile
    index = DocumentIndex.load(p)
    index.prefetch(range(len(index)))
    e = Entity("T9", 0, 1, "PERSON", "x")
    change = Change(
        entities=(*(EntityChange(d, None, e) for d in docs), EntityChange("a", e, None),
                  EntityChange("gone", None, e)),
        statuses=tuple(StatusChange(d, Status.NEW, Status.DONE) for d in docs),
    )
    rows = index.apply_change(change)
    assert rows == list(range(len(docs)))
    assert index.row(index.position("a")).entities == 3  # +1 -1
    assert index.row(index.position("b")).entities == 1
    assert all(index.status_at(i) == Status.DONE for i in range(len(index)))


def test_a_damaged_or_vanished_file_is_a_project_error(tmp_path):
    p = make(tmp_path / "v.annotator", {"a": "本文"})
    index = DocumentIndex.load(p)
    p.db.conn.execute("DROP TRIGGER export_cache_entity_delete")  # then the entities table itself
    p.db.conn.execute("DROP TABLE entities")
    with pytest.raises(ProjectError):
        index.prefetch([0])
    p.close()
    with pytest.raises(ProjectError):
        index.load_search_texts(None)


def test_an_empty_index():
    index = DocumentIndex.empty()
    assert len(index) == 0 and index.ids() == [] and list(index.filter(Status.NEW, "x")) == []
    assert index.load_search_texts() and index.position("a") is None
    assert index.apply_change(Change(statuses=(StatusChange("a", Status.NEW, Status.DONE),))) == []
