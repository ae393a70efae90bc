"""export → import → export is byte-identical, on generated documents and on the real corpus."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.formats import jsonl
from annotator.core.importer import import_files
from annotator.core.model import Claim, Document, Entity, Status
from annotator.core.ops import AddEntity
from annotator.core.store import Project

CHARS = st.sampled_from(
    [*"吾輩猫名前東京日本かなカナabcXYZ019０１、。「」", "𠮷", "😀", "👨\u200d👩\u200d👧", "e\u0301", "\u3099",
     "\r\n", "\n", "\u3000", "\t", " ", '"', "\\", "\u2028", "\u2029", "\x0b", "\x0c", "\ufeff"]
)  # U+0085 and \x1c split lines too, but the input policy refuses them (C1 and C0 controls: README)
LABELS = st.sampled_from(["PERSON", "ORGANIZATION", "人名", "製品名", "NEW LABEL"])


@st.composite
def documents(draw, doc_id: str) -> Document:
    text = "".join(draw(st.lists(CHARS, min_size=1, max_size=40)))
    n = len(text)
    entities: dict[tuple[int, int, str], Entity] = {}
    for i, (a, b, label) in enumerate(draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n), LABELS),
                                                    max_size=6))):
        s, e = min(a, b), max(a, b)
        if s < e and (s, e, label) not in entities:
            attrs = draw(st.sampled_from([{}, {"confidence": 0.5}, {"note": "メモ"}]))
            entities[(s, e, label)] = Entity(f"T{i + 1}", s, e, label, text[s:e], attrs)
    ents = sorted(entities.values(), key=lambda x: (x.start, -x.end, x.label))
    claims = []
    if ents and draw(st.booleans()):
        e0 = ents[0]
        claims.append(Claim("C1", 0, n, text, {"type": "quote", "checkworthy": "yes",
                                               "claimant": {"kind": "entity", "entity": e0.id},
                                               "arguments": [{"role": "subject", "entity": e0.id}], "note": "𠮷"}))
    meta = draw(st.sampled_from([{}, {"source": "x.txt", "line": 3}, {"nested": {"a": [1, "𠮷"]}}]))
    status = draw(st.sampled_from(list(Status)))
    return Document(doc_id, text, meta, status, ents, claims)


@st.composite
def corpora(draw) -> list[Document]:
    n = draw(st.integers(1, 4))
    return [draw(documents(f"doc-{i}")) for i in range(n)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(corpora())
def test_property_export_import_export_identical(tmp_path_factory, docs):
    tmp = tmp_path_factory.mktemp("rt")
    first = tmp / "first.jsonl"
    jsonl.write(docs, first)
    # str.splitlines() splits on U+2028, \x0b, \x0c...: a record must still be one line
    lines = first.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(docs)
    for line in lines:
        assert jsonl.check_record(json.loads(line)) == []
    with Project.open(tmp / "p.annotator", create=True) as p:
        import_files(p, [first])
        second = tmp / "second.jsonl"
        jsonl.write_project(p, second)  # the fast path the CLI uses
        generic = tmp / "generic.jsonl"
        jsonl.write(p.iter_documents(), generic)  # the object path
        # An edit and its undo drop every document's export cache: the uncached path.
        for d in docs:
            p.apply(AddEntity(d.id, p.new_entity(d.id, 0, 1, "PERCENT")))
            p.undo()
        assert p._conn.execute("SELECT count(*) FROM export_cache").fetchone()[0] == 0
        uncached = tmp / "uncached.jsonl"
        jsonl.write_project(p, uncached)
    assert first.read_bytes() == second.read_bytes() == generic.read_bytes() == uncached.read_bytes()
    # what was exported is exactly what was given
    again = [jsonl.to_document(json.loads(x)) for x in second.read_text(encoding="utf-8").splitlines()]
    assert [(d.id, d.text, d.meta, d.status, d.entities) for d in again] == [
        (d.id, d.text, d.meta, d.status, d.entities) for d in docs]


def test_stockmark_corpus_preserved_exactly(tmp_path, stockmark_path):
    source = json.loads(stockmark_path.read_text(encoding="utf-8"))
    with Project.open(tmp_path / "sm.annotator", create=True, label_set="stockmark") as p:
        report = import_files(p, [stockmark_path], fmt="stockmark")
        assert (report.documents, report.entities) == (5343, 13185)
        out = tmp_path / "sm.jsonl"
        jsonl.write_project(p, out)
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(source) == 5343
    for src, rec in zip(source, records, strict=True):
        assert rec["text"] == src["text"] and rec["meta"] == {"curid": src["curid"]}
        want = sorted((e["span"][0], e["span"][1], e["type"], e["name"]) for e in src["entities"])
        got = sorted((e["start"], e["end"], e["label"], e["text"]) for e in rec["entities"])
        assert got == want
    assert sum(len(r["entities"]) for r in records) == 13185
    with Project.open(tmp_path / "sm2.annotator", create=True, label_set="stockmark") as p:
        import_files(p, [out])
        jsonl.write_project(p, tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_bytes() == out.read_bytes()
