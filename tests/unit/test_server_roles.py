"""``annotator server init`` (issue 15): annotators connect as their own roles and the database
itself lets them write only their own work, whatever SQL they send by hand; curators write the
curated version, the label set and the claim schema; every log row carries its writer's role."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from annotator.cli import main
from annotator.core.errors import ProjectError
from annotator.core.model import Entity
from annotator.core.ops import AddEntity
from annotator.core.store import Project

TEXTS = {"d1": "𠮷野家の社長😀は東京で会見した。", "d2": "ソニーの本社は\r\n品川にある。"}


def as_role(url: str, role: str) -> str:
    return url.replace("annotator_admin@", f"{quote(role)}@")


@pytest.fixture
def shared(pg_server, tmp_path, capsys):
    url = pg_server.create_database("roles")
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps({"id": k, "text": t}, ensure_ascii=False) + "\n" for k, t in TEXTS.items()),
                    encoding="utf-8")
    assert main(["server", "init", url, "--curators", "lead_c", "--annotators", "ann_x,ann_y"]) == 0
    out = capsys.readouterr().out
    assert "ann_x" in out and "annotator_annotators" in out
    assert main(["import", url, str(docs)]) == 0
    for who in ("ann_x", "ann_y"):
        work = tmp_path / f"{who}.jsonl"
        s = TEXTS["d1"].index("東京")
        work.write_text(json.dumps({"id": "d1", "text": TEXTS["d1"], "status": "done", "entities": [
            {"id": "T1", "start": s, "end": s + 2, "label": "LOCATION", "text": "東京"}]}, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        assert main(["import", as_role(url, who), str(work), "--update"]) == 0, capsys.readouterr().err
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
    own = "UPDATE layer_documents SET entities = '[]' WHERE layer = 'ann_x'"
    assert _sql(x, own) == (1, None)
    # another annotator's version: invisible to UPDATE and DELETE, refused to INSERT
    assert _sql(x, "UPDATE layer_documents SET entities = '[]' WHERE layer = 'ann_y'") == (0, None)
    assert _sql(x, "DELETE FROM layer_documents WHERE layer <> 'ann_x'") == (0, None)
    assert _sql(x, "UPDATE layer_documents SET layer = 'ann_y' WHERE layer = 'ann_x'")[1] is not None
    refused = [
        "INSERT INTO layer_documents (layer, doc) SELECT 'ann_y', rowid FROM documents WHERE id = 'd2'",
        "INSERT INTO oplog (ts, \"user\", kind, doc, payload) VALUES (0, 'ann_y', 'x', NULL, '{}')",
        "INSERT INTO layer_oplog (layer, source, seq, ts, \"user\", kind, payload) VALUES "
        "('ann_y', 's', 1, 0, 'ann_y', 'x', '{}')",
        "DELETE FROM entities", "UPDATE documents SET status = 'done'", "UPDATE documents SET text = 'x'",
        "INSERT INTO labels (position, name, color) VALUES (99, 'EVIL', '#000000')",
        "UPDATE project SET value = '{}' WHERE key = 'claim_schema'",
        "INSERT INTO project (key, value) VALUES ('claim_schema', '{}')",
        "DELETE FROM oplog", "UPDATE oplog SET \"user\" = 'ann_y'", "DELETE FROM assignments",
        "UPDATE annotator_schema SET version = 99", "ALTER TABLE layer_documents DISABLE ROW LEVEL SECURITY",
        "DROP POLICY own_update ON layer_documents", "SET ROLE ann_y", "SET ROLE lead_c",
    ]
    for statement in refused:
        _changed, error = _sql(x, statement)
        assert error is not None, statement
    with Project.open(shared, read_only=True) as p:
        assert [e.text for e in p.layer_document("ann_y", "d1").entities] == ["東京"]
        assert p.layer_document("ann_x", "d1").entities == []
        assert p.document_ids() == ["d1", "d2"] and next(lb.name for lb in p.labels()) == "PERSON"


def test_through_annotator_an_annotator_writes_their_version_and_nothing_else(shared, tmp_path, capsys):
    x = as_role(shared, "ann_x")
    with Project.open(x) as p:
        assert p.user == "ann_x"
        with pytest.raises(ProjectError, match="your role may not do this") as info:
            p.apply(AddEntity("d2", Entity("T1", 0, 3, "ORGANIZATION", "ソニー")))
        assert "nothing was written" in str(info.value)
        assert p.entities("d2") == []
    with Project.open(as_role(shared, "lead_c")) as lead:  # a curator writes the curated version
        lead.apply(AddEntity("d2", Entity("T1", 0, 3, "ORGANIZATION", "ソニー")))
        writers = {row[2] for row in lead.oplog(100)}
    assert {"ann_x", "ann_y", "lead_c"} <= writers  # each log row names the role that wrote it
    assert main(["agreement", shared]) == 0
    assert "ann_x" in capsys.readouterr().out


def test_init_refuses_names_that_are_not_plain_roles(pg_server, capsys):
    url = pg_server.create_database("roles_names")
    for bad in ("Robert'); DROP TABLE x;--", "ann x", "1abc", "a" * 64):
        assert main(["server", "init", url, "--annotators", bad]) == 1
        assert "a role name is" in capsys.readouterr().err
    assert main(["server", "init", url, "--curators", "same_one", "--annotators", "same_one"]) == 1
    assert "both curator and annotator" in capsys.readouterr().err
