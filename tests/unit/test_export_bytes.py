"""The export of a project writes exactly what the standard library writes.

``jsonl.write_project`` copies stored bytes and checks them in batches (``project_export``,
``stored.CacheCheck``); the reference is ``json.dumps(record, ensure_ascii=False,
separators=(",", ":"), allow_nan=False)`` of each document's canonical record, with U+0085,
U+2028 and U+2029 escaped. Hostile values: astral characters, emoji, line and paragraph
separators, control characters, CRLF, ideographic spaces, combining marks, quotes and
backslashes, nested meta with Unicode keys, floats, integers beyond 64 bits; cached and
uncached entities, claims, labels that JSON must escape, batches that take each path.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core import exporting
from annotator.core.errors import ExportError
from annotator.core.formats import jsonl
from annotator.core.formats.stored import CacheCheck, cache_is_sound
from annotator.core.model import Claim, Document, Entity, Status
from annotator.core.rows import dumps_compact, entities_json, entity_json, object_json
from annotator.core.store import Project

HOSTILE = [
    "𠮷野家😀の牛丼👨‍👩‍👧は\u2028二行目\u2029三段落目\x85NEL",
    "タブ\tと改行\nとCRLF\r\nと\x01\x1f\x7f\x9bの制御文字",
    "全角\u3000空白と結合文字が\u0301\u0308と ZWJ\u200dと BOM\ufeff",
    '引用"符"とバック\\スラッシュと</script>と\\u2028の文字列',
    "ASCII only, nothing to escape at all",
    "、。「」『』〜・ー　ｶﾀｶﾅ半角 and Ω≈ç√∫",
]
META = {
    "ключ": "値\u2028", "🔑": [1, 2.5, -0.0, 1e16, 1e-07, 5e-324, 1.7976931348623157e308, 2**70, -(2**100)],
    "nested": {"a": {"b": {"c": [None, True, False, "\x00\x1f\"\\"]}}}, "空": {}, "list": [],
}


def reference_line(doc: Document) -> bytes:
    """The standard library's bytes for one record (what the format defines)."""
    rec = {"id": doc.id, "text": doc.text, "meta": doc.meta, "status": Status(doc.status).value,
           "entities": [e.to_json() for e in sorted(doc.entities, key=lambda e: (e.start, -e.end, e.label))],
           "claims": [c.to_json() for c in sorted(doc.claims, key=lambda c: (c.start, -c.end, c.id))]}
    line = json.dumps(rec, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        line = line.replace(char, escape)
    return line.encode("utf-8") + b"\n"


def hostile_documents(n: int) -> list[Document]:
    """Runs of 20 documents alternate: in the first, only what the batch path copies (texts
    and ids to escape, raw U+2028 in cached entities, meta of small numbers); in the second,
    what it leaves to the precise path (labels and ids to escape in cached entities,
    attributes, integers beyond 64 bits in meta)."""
    docs = []
    plain_labels = ["PERSON", "ORGANIZATION", "ラベル😀"]
    hard_labels = ['QUOTE"D', "BACK\\SLASH", "PERSON"]
    escaped = re.compile('["\\\\\x00-\x1f]')
    for i in range(n):
        plain = (i // 20) % 2 == 0
        text = HOSTILE[i % len(HOSTILE)] * (1 + i % 3)
        step = 1 + i % 4
        labels = plain_labels if plain else hard_labels
        starts = [s for s in range(0, len(text) - step, 3) if not (plain and escaped.search(text[s:s + step]))]
        entities = [Entity(f"T{k + 1}" if plain or i % 5 else f"e\"{k}\\\u2028", s, s + step,
                           labels[(i + k) % len(labels)], text[s:s + step],
                           {"score": 0.1, "big": 2**70} if not plain and i % 7 == 3 and k == 0 else {})
                    for k, s in enumerate(starts)]
        claims = ([Claim("C1", 0, 4, text[:4], {"type": "fact", "note": "注\u2029", "claimant": None,
                                                  "cue": {"start": 1, "end": 2, "text": text[1:2]}})]
                  if i % 11 == 0 else [])
        doc_id = f"doc{i:05d}" if i % 13 else f"id \"{i}\" \\ \u2028 😀"
        meta = (META if not plain else {"i": i, "f": 0.5, "s": "\u2029 \\ \""}) if i % 3 == 0 else \
            ({} if i % 3 == 1 else {"i": i, "s": "\u2029"})
        docs.append(Document(doc_id, text, meta, list(Status)[i % 4], entities, claims))
    return docs


def make_project(path: Path, docs: list[Document]) -> Path:
    with Project.open(path, create=True) as p, p.bulk_import("test") as bulk:
        for doc in docs:
            bulk.add(doc)
    return path


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(exporting, "EXPORT_BATCH", 7)  # many batches: each path, and switching between them


@pytest.mark.parametrize("n", [1, 40, 3000])
def test_the_export_writes_the_standard_librarys_bytes(tmp_path, n):
    docs = hostile_documents(n)
    proj = make_project(tmp_path / "p.annotator", docs)
    expected = b"".join(reference_line(doc) for doc in docs)
    fast, stdlib = tmp_path / "fast.jsonl", tmp_path / "stdlib.jsonl"
    with Project.open(proj, read_only=True) as p:
        assert jsonl.write_project(p, fast) == n
        jsonl.write(p.iter_documents(), stdlib)
    assert fast.read_bytes() == expected
    assert stdlib.read_bytes() == expected
    lines = fast.read_text(encoding="utf-8").splitlines()  # str.splitlines splits at U+2028 too
    assert len(lines) == n and [json.loads(line)["id"] for line in lines] == [d.id for d in docs]


def test_every_path_of_the_export_writes_the_same_bytes(tmp_path, small_batches):
    """Plain batches, batches with documents to escape, cached and uncached entities, claims."""
    docs = hostile_documents(200)
    proj = make_project(tmp_path / "p.annotator", docs)
    expected = b"".join(reference_line(doc) for doc in docs)
    out = tmp_path / "o.jsonl"
    with Project.open(proj, read_only=True) as p:
        jsonl.write_project(p, out)
    assert out.read_bytes() == expected
    con = sqlite3.connect(proj)
    con.execute("DELETE FROM export_cache WHERE doc % 3 = 0")  # entities from their rows
    con.commit()
    con.close()
    with Project.open(proj, read_only=True) as p:
        jsonl.write_project(p, out)
        statuses = [Status.DONE, None]
        for status in statuses:
            jsonl.write_project(p, tmp_path / "s.jsonl", status=status)
            assert (tmp_path / "s.jsonl").read_bytes() == b"".join(
                reference_line(d) for d in docs if status is None or d.status == status)
    assert out.read_bytes() == expected


def test_progress_counts_every_record(tmp_path, small_batches):
    proj = make_project(tmp_path / "p.annotator", hostile_documents(30))
    seen: list[int] = []
    with Project.open(proj, read_only=True) as p:
        jsonl.write_project(p, tmp_path / "o.jsonl", progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 30


entity_text = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12)


@given(eid=entity_text, label=entity_text, text=entity_text, start=st.integers(0, 2**70),
       attributes=st.dictionaries(entity_text, st.one_of(st.floats(allow_nan=False, allow_infinity=False),
                                                          st.integers(), entity_text, st.none()), max_size=2))
def test_entity_json_is_json_dumps(eid, label, text, start, attributes):
    e = Entity(eid, start, start + len(text), label, text, attributes)
    assert entity_json(e) == json.dumps(e.to_json(), ensure_ascii=False, separators=(",", ":"))
    assert dumps_compact(e.to_json()) == json.dumps(e.to_json(), ensure_ascii=False, separators=(",", ":"))


@given(text=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30), data=st.data())
def test_the_batch_check_of_the_cache_accepts_only_what_the_check_of_one_accepts(text, data):
    """``CacheCheck`` (bytes, a batch) is ``cache_is_sound`` (text, one document), or stricter."""
    labels = frozenset({"PERSON", "LOC"})
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text) + 2)), min_size=1,
                               max_size=5))
    ids = data.draw(st.lists(st.sampled_from(["T1", "T2", "T3", "x", "T1"]), min_size=len(spans),
                             max_size=len(spans)))
    entities = [Entity(eid, s, e, data.draw(st.sampled_from(["PERSON", "LOC", "ORG"])),
                       data.draw(st.sampled_from([text[s:e], text[s:e] + "x", "y"])) or "z")
                for eid, (s, e) in zip(ids, spans, strict=True)]
    cached = entities_json(entities)
    one = cache_is_sound(text, cached, labels)
    batch = CacheCheck(labels)([text, "unrelated"], [cached.encode(), b'{"id":"T1","start":0,"end":1,'
                                                                       b'"label":"LOC","text":"u","attributes":{}}'])
    assert batch == one
    if data.draw(st.booleans()):
        broken = cached.replace('"start"', '"start" ', 1)
        assert not CacheCheck(labels)([text], [broken.encode()])


def test_the_batch_check_refuses_what_is_not_utf8_and_aligns_each_document():
    check = CacheCheck(frozenset({"L"}))
    good = b'{"id":"T1","start":0,"end":1,"label":"L","text":"a","attributes":{}}'
    assert check(["ab", "ab"], [good, good])
    assert not check(["ab"], [b'{"id":"T1","start":0,"end":1,"label":"L","text":"\xff","attributes":{}}'])
    assert not check(["ab"], [b'{"id":"T1","start":0,"end":1,"label":"L","text":"a"}'])  # schema 2's shape
    # a document whose bytes would close its list and open another is refused on its own
    assert not check(["ab", "ab"], [good + b"],[" + good, good])
    assert not check(["ab"], [good.replace(b'"L"', b'"M"')])  # a label not in the project
    assert not check(["ab"], [good + b"," + good])  # an id twice
    assert not check(["a"], [good.replace(b'"end":1', b'"end":2').replace(b'"a"', b'"ab"')])  # past the end


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                          | entity_text, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(entity_text, inner, max_size=3), max_leaves=8)


@given(meta=st.dictionaries(entity_text, json_value, max_size=4))
def test_object_json_is_json_dumps(meta):
    assert object_json(meta) == json.dumps(meta, ensure_ascii=False, separators=(",", ":"))


def test_a_refusal_from_the_batch_path_names_the_document_as_it_is(tmp_path):
    """An entity read from its rows (no cached form) with a wrong span, in a batch the fast
    path takes: the refusal names the document by its id, not by its JSON escape."""
    text = "東京に行く"
    docs = [Document(f'd "{i}" \\', text, entities=[Entity("T1", 0, 2, "LOC", "東京")]) for i in range(3)]
    proj = make_project(tmp_path / "p.annotator", docs)
    con = sqlite3.connect(proj)
    con.execute("DELETE FROM export_cache")
    con.execute("UPDATE entities SET text = '京都' WHERE doc = 2")
    con.commit()
    con.close()
    with Project.open(proj, read_only=True) as p, pytest.raises(ExportError, match=r'document d "1" \\: entity T1'):
        jsonl.write_project(p, tmp_path / "o.jsonl")
    assert not (tmp_path / "o.jsonl").exists()
