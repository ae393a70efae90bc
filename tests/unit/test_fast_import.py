"""The fast ways of the import read and write what the record-by-record ways do.

A Stockmark file whose records are all valid is decoded at once (``stockmark._read_valid``,
msgspec); any other is read record by record with the strict decoder. Both must give the
same documents and, where the fast way declines, the same problems. The bulk insert batches
rows; what it inserts is what a statement per document inserted.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import bulk as bulk_module
from annotator.core.formats import stockmark
from annotator.core.importer import import_files
from annotator.core.model import Document, Entity
from annotator.core.store import Project

TEXT = "孫正義はソフトバンクの会長です。𠮷野家😀\u2028東京"


def records_as_read(path: Path, fast: bool, monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    with monkeypatch.context() as mp:
        if not fast:
            mp.setattr(stockmark, "_read_valid", lambda name, data: None)
        parsed = list(stockmark.read(path))
    return [(p.doc, p.problems, p.line, p.record,
             msgspec.to_builtins(p.raw) if isinstance(p.raw, msgspec.Struct) else p.raw) for p in parsed]


def entity(text: str, s: int, e: int, label: str = "人名") -> dict:
    return {"name": text[s:e], "span": [s, e], "type": label}


VALID = [{"curid": "100", "text": TEXT, "entities": [entity(TEXT, 0, 3), entity(TEXT, 4, 10, "法人名")]},
         {"curid": 7, "text": "東京に行く", "entities": [entity("東京に行く", 0, 2, "地名")]},
         {"curid": "100", "text": "何もない", "entities": []}]

#: Files the fast way must decline (or read as the other way does), each a change of VALID.
VARIANTS = {
    "valid": json.dumps(VALID, ensure_ascii=False, indent=2),
    "compact": json.dumps(VALID, ensure_ascii=False, separators=(",", ":")),
    "ascii escapes": json.dumps(VALID),
    "bom": "\ufeff" + json.dumps(VALID, ensure_ascii=False),
    "repeated key": json.dumps(VALID, ensure_ascii=False).replace('"curid": "100"', '"curid": "1", "curid": "100"', 1),
    "repeated entity key": json.dumps(VALID, ensure_ascii=False).replace('"type": "地名"',
                                                                         '"type": "x", "type": "地名"', 1),
    "escaped repeated key": json.dumps(VALID, ensure_ascii=False).replace('"curid": 7', '"curid": 7, "\\u0063urid": 8'),
    "key name in a text": json.dumps([{**VALID[0], "text": 'a "curid" b', "entities": []}], ensure_ascii=False),
    "key name as a text": json.dumps([{**VALID[0], "text": "curid", "entities": []}], ensure_ascii=False),
    "unknown key": json.dumps([{**VALID[0], "title": "x"}], ensure_ascii=False),
    "nan": json.dumps(VALID, ensure_ascii=False).replace('"curid": 7', '"curid": NaN'),
    "float curid": json.dumps(VALID, ensure_ascii=False).replace('"curid": 7', '"curid": 7.0'),
    "huge curid": json.dumps(VALID, ensure_ascii=False).replace('"curid": 7', '"curid": ' + "9" * 30),
    "bool span": json.dumps(VALID, ensure_ascii=False).replace("[0, 2]", "[false, 2]"),
    "wrong name": json.dumps(VALID, ensure_ascii=False).replace('"name": "東京"', '"name": "京都"'),
    "span past the end": json.dumps(VALID, ensure_ascii=False).replace("[0, 2]", "[0, 99]"),
    "same span twice": json.dumps([{**VALID[1], "entities": [entity("東京に行く", 0, 2, "地名")] * 2}],
                                  ensure_ascii=False),
    "bad label": json.dumps(VALID, ensure_ascii=False).replace('"地名"', '" 地名"'),
    "empty label": json.dumps(VALID, ensure_ascii=False).replace('"地名"', '""'),
    "control character": json.dumps(VALID, ensure_ascii=False).replace("何もない", "何も\\u0007ない"),
    "raw control character": json.dumps(VALID, ensure_ascii=False).replace("何もない", "何も\x01ない"),
    "DEL": json.dumps(VALID, ensure_ascii=False).replace("何もない", "何も\x7fない"),
    "trailing data": json.dumps(VALID, ensure_ascii=False) + " []",
    "not a list": json.dumps(VALID[0], ensure_ascii=False),
    "empty list": "[]",
    "not an object": json.dumps([VALID[0], 5], ensure_ascii=False),
}


@pytest.mark.parametrize("case", list(VARIANTS))
def test_both_ways_read_the_same(tmp_path, monkeypatch, case):
    path = tmp_path / "ner.json"
    path.write_text(VARIANTS[case], encoding="utf-8")
    fast, slow = records_as_read(path, True, monkeypatch), records_as_read(path, False, monkeypatch)
    assert fast == slow


def test_the_fast_way_reads_a_valid_file_and_declines_the_others(tmp_path):
    path = tmp_path / "ner.json"
    for case in ("valid", "compact", "bom", "key name in a text"):
        data = VARIANTS[case].encode("utf-8")
        assert stockmark._read_valid("x", data) is not None, case
    for case in VARIANTS.keys() - {"valid", "compact", "bom", "empty list", "key name in a text"}:
        path.write_text(VARIANTS[case], encoding="utf-8")
        assert stockmark._read_valid("x", path.read_bytes()) is None, case


label = st.sampled_from(["人名", "地名", "法人名", " bad", "", "a\nb"])


@st.composite
def stockmark_records(draw):
    text = draw(st.text(st.characters(exclude_categories=("Cs",)), max_size=12))
    ents = []
    for _ in range(draw(st.integers(0, 3))):
        s = draw(st.integers(-1, len(text) + 1))
        e = draw(st.integers(-1, len(text) + 2))
        name = text[max(s, 0):max(e, 0)] if draw(st.booleans()) else draw(st.text(max_size=3))
        ents.append({"name": name, "span": [s, e], "type": draw(label)})
    curid = draw(st.one_of(st.integers(-5, 10**6), st.text(max_size=5)))
    return {"curid": curid, "text": text, "entities": ents}


@settings(max_examples=150)
@given(records=st.lists(stockmark_records(), max_size=4), ascii_only=st.booleans())
def test_both_ways_read_the_same_generated_files(tmp_path_factory, records, ascii_only):
    path = tmp_path_factory.mktemp("sm") / "ner.json"
    path.write_text(json.dumps(records, ensure_ascii=ascii_only), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        assert records_as_read(path, True, mp) == records_as_read(path, False, mp)


def test_a_rejected_record_read_the_fast_way_keeps_its_input(tmp_path):
    """A record valid on its own but refused by the import (its id is taken) goes to the
    rejects file as it was read, though the fast way read it as a msgspec Struct."""
    path = tmp_path / "ner.json"
    path.write_text(VARIANTS["valid"], encoding="utf-8")
    assert stockmark._read_valid("x", path.read_bytes()) is not None
    other = tmp_path / "other.json"
    other.write_text(json.dumps([{**VALID[0], "curid": "new"}], ensure_ascii=False), encoding="utf-8")
    with Project.open(tmp_path / "p.annotator", create=True, label_set="stockmark") as p:
        import_files(p, [path], fmt="stockmark")
        rep = import_files(p, [path, other], fmt="stockmark", skip_invalid=True)
    assert rep.documents == 1 and rep.rejected == 3
    rows = [json.loads(line) for line in rep.rejects_path.read_text(encoding="utf-8").splitlines()]
    assert [r["input"] for r in rows] == VALID and all("already in the project" in r["problems"][0] for r in rows)


# -- the bulk insert ---------------------------------------------------------------------------


def test_batched_rows_are_inserted_before_the_import_commits(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk_module, "BATCH_DOCUMENTS", 3)
    docs = [Document(f"d{i}", TEXT, {"i": i}, entities=[Entity("T1", 0, 3, "PERSON", TEXT[:3])] if i % 2 else [])
            for i in range(10)]
    with Project.open(tmp_path / "p.annotator", create=True) as p:
        with p.bulk_import("test") as bulk:
            for doc in docs:
                bulk.add(doc)
            assert bulk.has_document("d9") and not bulk.has_document("d10")
        assert [d.id for d in p.iter_documents()] == [d.id for d in docs]
        assert [d.entities for d in p.iter_documents()] == [d.entities for d in docs]
    con = sqlite3.connect(tmp_path / "p.annotator")
    assert con.execute("SELECT count(*) FROM export_cache").fetchone() == (5,)
    assert json.loads(con.execute("SELECT payload FROM oplog WHERE kind = 'import'").fetchone()[0])["documents"] == 10


def test_a_second_import_numbers_after_the_first_and_sees_its_documents(tmp_path):
    with Project.open(tmp_path / "p.annotator", create=True) as p:
        with p.bulk_import("one") as bulk:
            bulk.add(Document("a", TEXT))
        with p.bulk_import("two") as bulk:
            assert bulk.has_document("a") and not bulk.has_document("b")
            bulk.add(Document("b", TEXT))
        assert [d.id for d in p.iter_documents()] == ["a", "b"]


def test_a_failed_import_leaves_nothing(tmp_path):
    with Project.open(tmp_path / "p.annotator", create=True) as p:
        with pytest.raises(RuntimeError), p.bulk_import("test") as bulk:
            bulk.add(Document("a", TEXT))
            raise RuntimeError
        assert list(p.iter_documents()) == []
