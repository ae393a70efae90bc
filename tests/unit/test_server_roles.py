"""``annotator server init`` (issue 15): annotators connect as their own roles and each works on
their own layer, live; the database itself lets them write only their own rows, whatever SQL
they send by hand; curators write the curated version, the documents, the label set and the
claim schema; every log row carries the role that wrote it."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from annotator.cli import main
from annotator.core.errors import ProjectError
from annotator.core.model import Entity, Label, Status
from annotator.core.ops import AddEntity, AddLabel, SetClaimSchema
from annotator.core.store import Project

TEXTS = {"d1": "𠮷野家の社長😀は東京で会見した。", "d2": "ソニーの本社は\r\n品川にある。"}


def as_role(url: str, role: str) -> str:
    return url.replace("annotator_admin@", f"{quote(role)}@")


@pytest.fixture
def shared(pg_server, tmp_path, capsys, request):
    url = pg_server.create_database(f"roles_{request.node.name[:30].lower()}")
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps({"id": k, "text": t}, ensure_ascii=False) + "\n" for k, t in TEXTS.items()),
                    encoding="utf-8")
    assert main(["server", "init", url, "--curators", "lead_c", "--annotators", "ann_x,ann_y"]) == 0
    out = capsys.readouterr().out
    assert "ann_x" in out and "_annotators)" in out
    assert main(["import", as_role(url, "lead_c"), str(docs)]) == 0
    for who in ("ann_x", "ann_y"):  # each annotator's own work, from a file, into their own layer
        work = tmp_path / f"{who}.jsonl"
        s = TEXTS["d1"].index("東京")
        work.write_text(json.dumps({"id": "d1", "text": TEXTS["d1"], "status": "done", "entities": [
            {"id": "T1", "start": s, "end": s + 2, "label": "LOCATION", "text": "東京"}]}, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        assert main(["import", as_role(url, who), str(work), "--update"]) == 0, capsys.readouterr().err
        assert f"as {who}'s work (the project's own annotations)" in capsys.readouterr().out
    return url


def _sql(url: str, statement: str) -> tuple[int | None, str | None]:
    """Run ``statement`` by hand on ``url``: (rows it changed, or None) and the error, if any."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        try:
            return con.execute(statement).rowcount, None
        except psycopg.Error as exc:
            return None, f"{type(exc).__name__}: {exc}"


def test_an_annotator_can_change_only_their_own_rows_even_by_hand(shared):
    x = as_role(shared, "ann_x")
    # their own rows: through the views (their layer) and in the tables themselves
    assert _sql(x, "UPDATE entities SET label = 'PERSON'") == (1, None)
    assert _sql(x, "UPDATE entity_rows SET label = 'DATE' WHERE layer = 'ann_x'") == (1, None)
    # anyone else's rows: invisible to UPDATE and DELETE
    for statement in ("UPDATE entity_rows SET label = 'DATE' WHERE layer <> 'ann_x'",
                      "DELETE FROM entity_rows WHERE layer <> 'ann_x'",
                      "UPDATE doc_states SET status = 'new' WHERE layer <> 'ann_x'",
                      "DELETE FROM claim_rows WHERE layer <> 'ann_x'",
                      "UPDATE project_rows SET value = 'x' WHERE layer <> 'ann_x'",
                      "UPDATE project_rows SET value = '{}' WHERE key = 'label_set'",
                      "DELETE FROM layer_snapshots", "DELETE FROM cache_rows WHERE layer <> 'ann_x'"):
        assert _sql(x, statement) == (0, None), statement
    refused = [
        "UPDATE entity_rows SET layer = 'ann_y' WHERE layer = 'ann_x'",
        "INSERT INTO entity_rows (layer, doc, id, start, \"end\", label, text) "
        "SELECT 'ann_y', rowid, 'T9', 0, 1, 'PERSON', '𠮷' FROM doc_texts WHERE id = 'd1'",
        "INSERT INTO entity_rows (layer, doc, id, start, \"end\", label, text) "
        "SELECT 'curated', rowid, 'T9', 0, 1, 'PERSON', '𠮷' FROM doc_texts WHERE id = 'd1'",
        "INSERT INTO doc_states (layer, doc, status) SELECT 'curated', rowid, 'done' FROM doc_texts",
        "INSERT INTO layer_documents (layer, doc) SELECT 'ann_y', rowid FROM doc_texts WHERE id = 'd2'",
        "INSERT INTO oplog (ts, \"user\", kind, doc, payload) VALUES (0, 'ann_y', 'x', NULL, '{}')",
        "INSERT INTO layer_oplog (layer, source, seq, ts, \"user\", kind, payload) VALUES "
        "('ann_y', 's', 1, 0, 'ann_y', 'x', '{}')",
        "DELETE FROM doc_texts", "UPDATE doc_texts SET text = 'x'",
        "INSERT INTO documents (rowid, id, text) VALUES (99, 'evil', 'x')",
        "INSERT INTO labels (position, name, color) VALUES (99, 'EVIL', '#000000')", "DELETE FROM labels",
        "INSERT INTO project (key, value) VALUES ('claim_schema', '{}') ON CONFLICT (layer, key) "
        "DO UPDATE SET value = EXCLUDED.value",
        "DELETE FROM oplog", "UPDATE oplog SET \"user\" = 'ann_y'", "DELETE FROM assignments",
        "DELETE FROM entity_suggestions", "UPDATE annotator_schema SET version = 99",
        "ALTER TABLE entity_rows DISABLE ROW LEVEL SECURITY", "DROP POLICY own_write ON entity_rows",
        "SET ROLE ann_y", "SET ROLE lead_c", "GRANT annotator_curators TO ann_x",
        "CREATE OR REPLACE FUNCTION annotator_layer() RETURNS text LANGUAGE sql AS $$ SELECT 'curated' $$",
    ]
    for statement in refused:
        _changed, error = _sql(x, statement)
        assert error is not None, statement
    with Project.open(shared, read_only=True) as p:
        assert [(e.text, e.label) for e in p.layer_document("ann_y", "d1").entities] == [("東京", "LOCATION")]
        assert [(e.text, e.label) for e in p.layer_document("ann_x", "d1").entities] == [("東京", "DATE")]
        assert p.entities("d1") == [] and p.status("d1") is Status.NEW  # the curated version
        assert p.document_ids() == ["d1", "d2"] and next(lb.name for lb in p.labels()) == "PERSON"
        assert p.claim_schema().to_json() != {}


def test_each_annotator_edits_their_own_version_and_the_curator_sees_it_live(shared, capsys):
    x, y, lead = (as_role(shared, r) for r in ("ann_x", "ann_y", "lead_c"))
    with Project.open(x) as px, Project.open(y) as py, Project.open(lead) as pc:
        assert (px.user, px.working_layer(), pc.working_layer()) == ("ann_x", "ann_x", "curated")
        assert [e.text for e in px.entities("d1")] == ["東京"]  # their import --update, in their own layer
        px.apply(AddEntity("d2", Entity("T1", 0, 3, "ORGANIZATION", "ソニー")))
        px.undo()
        px.redo()
        assert py.entities("d2") == [] and pc.entities("d2") == []  # nobody else's version changed
        assert [e.text for e in pc.layer_document("ann_x", "d2").entities] == ["ソニー"]  # live, at once
        assert pc.layer_document("ann_x", "d2").status is Status.IN_PROGRESS
        assert [e.text for e in py.layer_document("ann_x", "d2").entities] == ["ソニー"]  # what others see
        assert {"ann_x", "ann_y"} <= set(pc.layer_names())
        with pytest.raises(ProjectError, match="your role may not do this") as info:  # the label set is curators'
            px.apply(AddLabel(Label("EVIL", "#000000", "", "")))
        assert "nothing was written" in str(info.value) and "EVIL" not in px.label_names()
        schema = px.claim_schema().to_json()
        with pytest.raises(ProjectError, match="your role may not do this"):
            px.apply(SetClaimSchema(schema, {**schema, "roles": [*schema["roles"], "witness"]}))
        pc.apply(AddEntity("d2", Entity("T1", 0, 3, "ORGANIZATION", "ソニー")))  # a curator curates
        assert [e.text for e in pc.entities("d2")] == ["ソニー"] and px.entities("d2")[0].text == "ソニー"
        writers = {row[2] for row in pc.oplog(100)}
    assert {"ann_x", "ann_y", "lead_c"} <= writers  # each log row names the role that wrote it
    assert main(["agreement", shared, "--json"]) == 0
    out = capsys.readouterr().out
    assert "ann_x" in out and "ann_y" in out


def test_the_curators_window_learns_of_an_annotators_edit_as_a_version_change(shared):
    import select
    import time

    from annotator.core.serverlive import Listener
    from annotator.core.session import Session

    with Project.open(as_role(shared, "lead_c")) as pc, Project.open(as_role(shared, "ann_y")) as py:
        session = Session(pc)
        session.open("d2")
        listener = Listener(pc.path)
        try:
            py.apply(AddEntity("d2", Entity("T1", 0, 3, "ORGANIZATION", "ソニー")))
            deadline = time.monotonic() + 30
            while not listener.drain() and time.monotonic() < deadline:
                select.select([listener.fileno()], [], [], 1.0)
            seen = []
            session.changed.connect(seen.append)
            change = session.follow_server()
            assert change is not None and "d2" in change.versions and seen == [change]
            assert not change.entities  # the curated version is as it was
            assert [e.text for e in pc.versions_of("d2")["ann_y"].entities] == ["ソニー"]
        finally:
            listener.close()


def test_init_refuses_names_that_are_not_plain_roles(pg_server, capsys):
    url = pg_server.create_database("roles_names")
    for bad in ("Robert'); DROP TABLE x;--", "ann x", "1abc", "a" * 64):
        assert main(["server", "init", url, "--annotators", bad]) == 1
        assert "a role name is" in capsys.readouterr().err
    assert main(["server", "init", url, "--curators", "same_one", "--annotators", "same_one"]) == 1
    assert "both curator and annotator" in capsys.readouterr().err


def test_rights_in_one_project_never_reach_another_on_the_same_server(pg_server, tmp_path, capsys):
    one, two = pg_server.create_database("roles_one"), pg_server.create_database("roles_two")
    assert main(["server", "init", one, "--annotators", "sam_a,sam_b"]) == 0
    assert main(["server", "init", two, "--curators", "sam_a"]) == 0  # a curator there only
    with Project.open(as_role(one, "sam_a")) as p:
        assert p.working_layer() == "sam_a" and not p.may_edit_label_set()  # still an annotator here
    with Project.open(as_role(two, "sam_a")) as p:
        assert p.working_layer() == "curated"
    capsys.readouterr()
    assert main(["stats", as_role(two, "sam_b")]) == 1  # not one of that project's people
    assert "permission denied for database" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["curated", "annotator_1_curators", "pg_monitor", "annotator_admin"])
def test_init_refuses_names_of_the_project_postgresql_or_the_owner(pg_server, capsys, name):
    url = pg_server.create_database("roles_reserved")
    assert main(["server", "init", url, "--annotators", name]) == 1
    err = capsys.readouterr().err
    assert "not a person's" in err or "owns the database or is not bound by its rules" in err


def test_nobody_chooses_the_numbers_of_log_rows_or_entities(shared):
    from annotator.core.session import Session

    x = as_role(shared, "ann_x")
    for statement in (
            "INSERT INTO oplog (seq, ts, \"user\", kind, doc, payload) "
            "VALUES (4611686018427387904, 0, current_user, 'add_entity', 'd1', '{}')",
            "INSERT INTO oplog (seq, ts, \"user\", kind, doc, payload) OVERRIDING SYSTEM VALUE "
            "VALUES (4611686018427387904, 0, current_user, 'add_entity', 'd1', '{}')",
            "INSERT INTO entity_rows (rowid, doc, id, start, \"end\", label, text) SELECT 999999, rowid, "
            "'T77', 0, 1, 'PERSON', '𠮷' FROM doc_texts WHERE id = 'd1'",
            "UPDATE entity_rows SET rowid = 999999 WHERE layer = 'ann_x'",
            "UPDATE entity_rows SET doc = doc WHERE layer = 'ann_x'",
            "UPDATE oplog SET seq = 4611686018427387904"):
        assert "permission denied" in (_sql(x, statement)[1] or ""), statement
    assert _sql(x, "INSERT INTO oplog (ts, \"user\", kind, doc, payload) "
                   "VALUES (0, current_user, 'note', 'd1', '{}')") == (1, None)  # in their own name: numbered
    with Project.open(as_role(shared, "lead_c")) as p:
        seqs = [r[0] for r in p.oplog(100)]
        assert max(seqs) < 4611686018427387904 and len(set(seqs)) == len(seqs)
        session = Session(p)
        assert session.seen == max(seqs)  # the next row another workstation writes is followed
        assert p._conn.execute("SELECT max(rowid) FROM entity_rows").fetchone()[0] < 999999
        p.apply(AddEntity("d2", Entity("T1", 0, 3, "ORGANIZATION", "ソニー")))  # nothing taken from it
        assert session.follow_server() is not None
