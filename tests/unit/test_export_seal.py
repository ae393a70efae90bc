"""The export cache's seal (schema 2): sealed rows are copied without a second check, and
anything that changed them outside annotator, or a file from before the seal, is checked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core import opening
from annotator.core.formats import jsonl
from annotator.core.rows import export_seal
from annotator.core.store import Project
from tests.unit.test_hardening_damage import make_project, one_line_error, run, sql


def rows(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT CAST(d.text AS BLOB), CAST(x.entities AS BLOB), x.seal FROM export_cache x "
                           "JOIN documents d ON d.rowid = x.doc ORDER BY x.doc").fetchall()
    finally:
        con.close()


def test_an_import_seals_every_cached_row_with_its_text(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    found = rows(proj)
    assert len(found) == 2
    for text, cached, seal in found:
        assert seal == export_seal(text, cached)
    # the seal binds the text and the entities: moving a byte between them changes it
    text, cached, _ = found[0]
    assert export_seal(text[:-1], text[-1:] + cached) != export_seal(text, cached)


def test_a_text_changed_behind_the_triggers_is_refused(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, "DROP TRIGGER export_cache_text_update")
    sql(proj, "UPDATE documents SET text = '京都に行く' WHERE id = 'd2'")  # the cache still says 東京 at 0–2
    out = tmp_path / "o.jsonl"
    res = run("export", proj, "-o", out)
    one_line_error(res, "document d2", "東京", "nothing was written")
    assert not out.exists()


def test_a_cache_edited_with_its_old_seal_is_checked(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, "UPDATE export_cache SET entities = ? WHERE doc = 2",
        '{"id":"T1","start":0,"end":2,"label":"LOCATION","text":"XX"}')
    res = run("export", proj, "-o", tmp_path / "o.jsonl")
    one_line_error(res, "document d2: the export cache in the project file", "text 'XX'")


def test_a_label_deleted_by_hand_sends_the_export_to_the_full_check(tmp_path):
    """No seal is trusted when an entity row carries a label the project lacks; the export
    still writes the same bytes (the precise path accepts entities whatever their label)."""
    proj = make_project(tmp_path / "p.annotator")
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    assert run("export", proj, "-o", before).returncode == 0
    sql(proj, "DELETE FROM labels WHERE name = 'LOCATION'")
    with Project.open(proj) as p:
        assert "LOCATION" not in p.label_names()
        assert jsonl.write_project(p, after) == 2
    assert before.read_bytes() == after.read_bytes()


def test_a_schema_1_file_is_upgraded_and_its_unsealed_rows_are_checked(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    sealed = tmp_path / "sealed.jsonl"
    assert run("export", proj, "-o", sealed).returncode == 0
    con = sqlite3.connect(proj)
    con.execute("ALTER TABLE export_cache DROP COLUMN seal")
    con.execute("DROP TABLE entity_suggestions")  # schema 3's
    for table in ("layer_documents", "layer_oplog", "assignments"):  # schema 4's
        con.execute(f"DROP TABLE {table}")
    con.execute("DELETE FROM project WHERE key IN ('project_id', 'layer')")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    with Project.open(proj) as p:
        assert p.db.conn.execute("PRAGMA user_version").fetchone()[0] == opening.SCHEMA_VERSION == 4
    # schema 2 → 3 verified every row against its text and sealed it (in schema 3's shape)
    assert all(seal is not None for _, _, seal in rows(proj)) and len(rows(proj)) == 2
    unsealed = tmp_path / "unsealed.jsonl"
    assert run("export", proj, "-o", unsealed).returncode == 0
    assert unsealed.read_bytes() == sealed.read_bytes()
    assert run("check", proj).returncode == 0
    # an unsealed row edited by hand is refused as before
    sql(proj, "UPDATE export_cache SET entities = ? WHERE doc = 2", '{"id":"T9"}')
    one_line_error(run("export", proj, "-o", tmp_path / "x.jsonl"), "document d2", "entity T9: missing 'start'")
