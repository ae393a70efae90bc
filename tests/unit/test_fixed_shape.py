"""Schema 3's canonical export of fixed shape (issue 12): every record has every key, every
entity its ``attributes``, every claim every field; and a schema-2 file's export cache is
brought to that shape when the file is upgraded."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from annotator.core import opening
from annotator.core.formats import jsonl
from annotator.core.model import CLAIM_FIELDS, Claim
from annotator.core.rows import export_seal
from annotator.core.store import Project
from tests.unit.test_cli import run, write_jsonl

TEXT = "𠮷野家😀の孫正義は東京で「売上は12%増えた」と述べた。"
RECORDS = [
    {"id": "a", "text": TEXT, "meta": {"src": "x"}, "status": "new",
     "entities": [{"id": "T1", "start": 0, "end": 3, "label": "ORGANIZATION", "text": "𠮷野家"},
                  {"id": "T2", "start": 5, "end": 8, "label": "PERSON", "text": "孫正義"}], "claims": []},
    {"id": "b", "text": TEXT, "meta": {}, "status": "done",
     "entities": [{"id": "T1", "start": 9, "end": 11, "label": "LOCATION", "text": "東京",
                   "attributes": {"note": "都"}}],
     "claims": [{"id": "C1", "start": 13, "end": 22, "text": TEXT[13:22], "type": "quantity", "claimant": None,
                 "arguments": [{"role": "subject", "entity": "T1"}]}]},
]


def project(tmp_path: Path) -> Path:
    p = tmp_path / "p.annotator"
    res = run("import", p, write_jsonl(tmp_path / "in.jsonl", RECORDS))
    assert res.returncode == 0, res.stderr
    return p


def test_every_record_has_every_key(tmp_path):
    out = tmp_path / "out.jsonl"
    assert run("export", project(tmp_path), "-o", out).returncode == 0
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for rec in recs:
        assert list(rec) == ["id", "text", "meta", "status", "entities", "claims"]
        for e in rec["entities"]:
            assert list(e) == ["id", "start", "end", "label", "text", "attributes"]
        for c in rec["claims"]:
            assert list(c) == ["id", "start", "end", "text", *CLAIM_FIELDS]
    assert recs[0]["entities"][0]["attributes"] == {}
    assert recs[1]["entities"][0]["attributes"] == {"note": "都"}
    claim = recs[1]["claims"][0]
    assert claim["certainty"] is None and claim["cue"] is None and claim["attributes"] == {}
    assert claim["arguments"] == [{"role": "subject", "entity": "T1"}]
    assert recs == [jsonl.fixed_shape(r) for r in RECORDS]
    # and it reads back to the same bytes
    again = tmp_path / "again.jsonl"
    assert run("import", tmp_path / "q.annotator", out).returncode == 0
    assert run("export", tmp_path / "q.annotator", "-o", again).returncode == 0
    assert again.read_bytes() == out.read_bytes()


def test_absent_and_empty_claim_fields_are_one():
    bare = Claim.from_json({"id": "C1", "start": 0, "end": 1, "text": "x"})
    full = Claim.from_json(Claim(bare.id, 0, 1, "x", {}).to_json())
    assert bare == full and bare.data == full.data == {}
    assert Claim.from_json({"id": "C1", "start": 0, "end": 1, "text": "x", "note": ""}).data == {"note": ""}


def _as_schema_2(path: Path) -> None:
    """What schema 2 wrote: cached entities without "attributes" when they had none, sealed."""
    con = sqlite3.connect(path)
    rows = con.execute("SELECT x.doc, x.entities, d.text FROM export_cache x JOIN documents d ON d.rowid = x.doc")
    for doc, cached, text in rows.fetchall():
        old = cached.replace(',"attributes":{}}', "}")
        con.execute("UPDATE export_cache SET entities = ?, seal = ? WHERE doc = ?",
                    (old, export_seal(text.encode(), old.encode()), doc))
    con.execute("DROP TABLE entity_suggestions")
    for table in ("layer_documents", "layer_oplog", "assignments"):  # schema 4's
        con.execute(f"DROP TABLE {table}")
    con.execute("DELETE FROM project WHERE key IN ('project_id', 'layer')")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()


def test_a_schema_2_file_gets_the_fixed_shape_and_keeps_its_fast_export(tmp_path):
    proj = project(tmp_path)
    before = tmp_path / "before.jsonl"
    assert run("export", proj, "-o", before).returncode == 0
    _as_schema_2(proj)
    con = sqlite3.connect(proj)
    cached = [r[0] for r in con.execute("SELECT entities FROM export_cache ORDER BY doc")]
    con.close()
    assert '"attributes"' not in cached[0] and '"attributes":{"note"' in cached[1]
    with Project.open(proj) as p:
        assert p.db.conn.execute("PRAGMA user_version").fetchone()[0] == opening.SCHEMA_VERSION == 4
        rows = p.db.conn.execute("SELECT CAST(d.text AS BLOB), CAST(x.entities AS BLOB), x.seal "
                                 "FROM export_cache x JOIN documents d ON d.rowid = x.doc").fetchall()
    assert len(rows) == 2 and all(seal == export_seal(t, c) for t, c, seal in rows)  # reshaped and sealed
    after = tmp_path / "after.jsonl"
    assert run("export", proj, "-o", after).returncode == 0
    assert after.read_bytes() == before.read_bytes()
    assert run("check", proj).returncode == 0


def test_a_schema_2_cache_row_that_is_wrong_is_dropped_not_trusted(tmp_path):
    proj = project(tmp_path)
    before = tmp_path / "before.jsonl"
    assert run("export", proj, "-o", before).returncode == 0
    _as_schema_2(proj)
    con = sqlite3.connect(proj)  # a row edited by hand: its span no longer says the text
    con.execute("UPDATE export_cache SET entities = replace(entities, '\"start\":5', '\"start\":4') WHERE doc = 1")
    con.commit()
    con.close()
    with Project.open(proj) as p:
        docs = [r[0] for r in p.db.conn.execute("SELECT doc FROM export_cache")]
    assert docs == [2]
    after = tmp_path / "after.jsonl"
    assert run("export", proj, "-o", after).returncode == 0  # written from the entity rows, checked
    assert after.read_bytes() == before.read_bytes()


def test_a_reading_command_upgrades_a_schema_2_file_it_may_write(tmp_path):
    proj = project(tmp_path)
    before = tmp_path / "before.jsonl"
    assert run("export", proj, "-o", before).returncode == 0
    _as_schema_2(proj)
    after = tmp_path / "after.jsonl"
    res = run("export", proj, "-o", after)
    assert res.returncode == 0, res.stderr
    assert after.read_bytes() == before.read_bytes()
    con = sqlite3.connect(proj)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 4
    con.close()
