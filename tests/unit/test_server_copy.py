"""``annotator push`` / ``annotator pull`` against a real PostgreSQL server (issue 15): a
project copied into an empty database and back exports byte for byte the same; a database
that is not empty is refused untouched; a password never shows."""

from __future__ import annotations

import json

from annotator.cli import main
from annotator.core.server import shown_url

RECORDS = [
    {"id": "d1", "text": "𠮷野家の社長は東京で会見した。\r\n　e\u0301", "status": "done",
     "entities": [{"id": "T1", "start": 0, "end": 3, "label": "ORGANIZATION", "text": "𠮷野家"},
                  {"id": "T2", "start": 7, "end": 9, "label": "LOCATION", "text": "東京"}],
     "claims": [{"id": "C1", "start": 0, "end": 15, "text": "𠮷野家の社長は東京で会見した。", "type": "statement",
                 "claimant": {"kind": "entity", "entity": "T1"}}]},
    {"id": "d2", "text": "😀トヨタは大阪に工場を持つ。", "meta": {"source": "x"}},
]


def test_push_then_pull_gives_the_same_project(pg_server, tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    project = tmp_path / "p.annotator"
    assert main(["import", str(project), str(src)]) == 0
    assert main(["assign", str(project), "--annotators", "a,b", "--overlap", "1"]) == 0
    url = pg_server.create_database("copy")
    assert main(["push", str(project), url]) == 0
    assert "pushed 2 documents" in capsys.readouterr().out
    back = tmp_path / "back.annotator"
    assert main(["pull", url, "-o", str(back)]) == 0
    for layer in (None, "all"):
        a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
        extra = ["--layer", layer] if layer else []
        assert main(["export", str(project), "-o", str(a), *extra]) == 0
        assert main(["export", str(back), "-o", str(b), *extra]) == 0
        assert a.read_bytes() == b.read_bytes()
    from annotator.core.store import Project

    with Project.open(project, read_only=True) as p, Project.open(back, read_only=True) as q:
        assert p.project_id() == q.project_id() and p.labels() == q.labels() and p.assignments() == q.assignments()
        assert p.oplog(1000) == q.oplog(1000)
    assert main(["check", str(back)]) == 0
    capsys.readouterr()
    assert main(["push", str(project), url]) == 1  # not empty: refused, nothing changed
    assert "not empty" in capsys.readouterr().err
    assert main(["pull", url, "-o", str(back)]) == 1  # never over a file
    assert main(["pull", pg_server.create_database("empty"), "-o", str(tmp_path / "x.annotator")]) == 1
    assert "not an annotator project" in capsys.readouterr().err and not (tmp_path / "x.annotator").exists()


def test_a_password_never_shows():
    url = "postgresql://ann:s3cr3t%21@db.example:5433/proj?sslmode=require"
    assert shown_url(url) == "postgresql://ann@db.example:5433/proj?sslmode=require"
    assert "s3cr3t" not in shown_url(url)


def test_a_refused_connection_says_so_without_the_password(tmp_path, capsys):
    from annotator.core.model import Document
    from annotator.core.store import Project

    with Project.open(tmp_path / "p.annotator", create=True) as p, p.bulk_import("t") as bulk:
        bulk.add(Document("a", "東京"))
    code = main(["push", str(tmp_path / "p.annotator"),
                 f"postgresql://ann:hunter2@/nodb?host={tmp_path}&port=1&connect_timeout=2"])
    err = capsys.readouterr().err
    assert code == 1 and "hunter2" not in err and "cannot connect" in err


def test_passwords_in_the_query_and_malformed_urls(tmp_path, capsys):
    from annotator.core.server import url_problem

    url = "postgresql://u@/db?host=/tmp&port=5432&password=S3cretPW&sslmode=disable"
    assert "S3cretPW" not in shown_url(url) and "sslmode=disable" in shown_url(url)
    assert url_problem("postgresql://u:pw@host:abc/db") is not None
    assert url_problem("mysql://x") is not None
    assert "S3cretPW" not in shown_url("postgresql://u:S3cretPW@[::1/pw")
    for bad in ("postgresql://u:S3cretPW@host:abc/db", "postgresql://u:S3cretPW@[::1/pw"):
        code = main(["pull", bad, "-o", str(tmp_path / "x.annotator")])
        err = capsys.readouterr().err
        assert code == 2 and "S3cretPW" not in err and "Traceback" not in err


def test_pull_never_writes_a_file_sqlite_keeps_beside_a_project(pg_server, tmp_path, capsys):
    from annotator.core.model import Document
    from annotator.core.store import Project

    project = tmp_path / "p.annotator"
    with Project.open(project, create=True) as p, p.bulk_import("t") as bulk:
        bulk.add(Document("a", "東京"))
    url = pg_server.create_database("side")
    assert main(["push", str(project), url]) == 0
    for suffix in ("-wal", "-shm", "-journal"):
        assert main(["pull", url, "-o", f"{project}{suffix}"]) == 1
        assert "SQLite keeps this file" in capsys.readouterr().err


def test_unsound_content_is_neither_pushed_nor_pulled(pg_server, tmp_path, capsys):
    import sqlite3

    import psycopg

    from annotator.core.model import Document, Entity
    from annotator.core.store import Project

    project = tmp_path / "p.annotator"
    with Project.open(project, create=True) as p, p.bulk_import("t") as bulk:
        bulk.add(Document("a", "東京へ", entities=[Entity("T1", 0, 2, "LOCATION", "東京")]))
    good = pg_server.create_database("sound")
    assert main(["push", str(project), good]) == 0
    # spoilt on the server (its labels are a key there, its texts are not): pulled, it would be unsound
    with psycopg.connect(good) as conn:
        conn.execute("UPDATE entities SET text = 'BOGUS'")
    out = tmp_path / "back.annotator"
    assert main(["pull", good, "-o", str(out)]) == 1
    assert "BOGUS" in capsys.readouterr().err and not out.exists()
    con = sqlite3.connect(project)
    con.execute("DROP TRIGGER export_cache_entity_update")
    con.execute('UPDATE entities SET "end" = 99')
    con.commit()
    con.close()
    bad = pg_server.create_database("unsound")
    assert main(["push", str(project), bad]) == 1
    assert "has problems; nothing was pushed" in capsys.readouterr().err
    with psycopg.connect(bad) as conn:
        assert conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                            ).fetchone()[0] == 0
