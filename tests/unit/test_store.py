"""The project file and operations: every edit committed at once, undoable, checked."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from annotator.core import opening
from annotator.core.errors import OperationError, ProjectError
from annotator.core.model import Document, Entity, Status
from annotator.core.ops import AddEntity, Batch, RelabelEntity, RemoveEntity, ResizeEntity, SetStatus
from annotator.core.store import Project

TEXT = "𠮷野家の孫正義😀はソフトバンクの会長です。"


def add_doc(project: Project, doc_id: str = "d1", text: str = TEXT, entities=()) -> None:
    with project.bulk_import("test") as bulk:
        bulk.add(Document(doc_id, text, {"k": "v"}, entities=list(entities)))


def reopen(project: Project) -> Project:
    """A second connection: sees only what was committed."""
    return Project.open(project.path)


def newer_schema(where) -> None:
    """Make the project at ``where`` say a schema newer than this program's."""
    if isinstance(where, str):
        import psycopg

        with psycopg.connect(where, autocommit=True) as con:
            con.execute("UPDATE annotator_schema SET version = %s", (opening.SCHEMA_VERSION + 1,))
        return
    con = sqlite3.connect(where)
    con.execute(f"PRAGMA user_version = {opening.SCHEMA_VERSION + 1}")
    con.close()


def snapshot(project: Project) -> list:
    return [(d.id, d.status, [(e.id, e.start, e.end, e.label, e.text) for e in d.entities])
            for d in project.iter_documents()]


def test_new_project_has_irex_labels_with_digit_keys(project):
    labels = project.labels()
    assert [lb.name for lb in labels] == ["PERSON", "ORGANIZATION", "LOCATION", "ARTIFACT", "DATE", "TIME",
                                          "MONEY", "PERCENT"]
    assert [lb.key for lb in labels] == [str(i) for i in range(1, 9)]


def test_stockmark_label_set(where):
    with Project.open(where, create=True, label_set="stockmark") as p:
        assert [lb.name for lb in p.labels()][:3] == ["人名", "法人名", "政治的組織名"]


def test_every_edit_is_committed_and_undoable(project):
    add_doc(project)
    start = TEXT.index("孫正義")
    e = project.new_entity("d1", start, start + 3, "PERSON")
    assert e.text == "孫正義" and e.id == "T1"
    ops = [
        AddEntity("d1", e),
        RelabelEntity("d1", "T1", "PERSON", "ORGANIZATION"),
        ResizeEntity("d1", "T1", (start, start + 3), (start, start + 1)),
        SetStatus("d1", Status.IN_PROGRESS, Status.DONE),  # the first edit marked it in progress
    ]
    states = [snapshot(project)]
    for op in ops:
        project.apply(op)
        other = reopen(project)
        states.append(snapshot(other))
        assert states[-1] == snapshot(project), "committed the moment it was applied"
        other.close()
    assert states[-1][0][2] == [("T1", start, start + 1, "ORGANIZATION", "孫")]
    for expected in reversed(states[:-1]):
        project.undo()
        assert snapshot(project) == expected
    assert project.undo() is None
    for expected in states[1:]:
        project.redo()
        assert snapshot(project) == expected
    project.apply(RemoveEntity("d1", project.entities("d1")[0]))
    assert project.entities("d1") == []
    project.undo()
    assert [x.id for x in project.entities("d1")] == ["T1"]
    kinds = [row[3] for row in project.oplog()]
    assert "undo:add_entity" in kinds and "undo:batch" in kinds and "redo:set_status" in kinds
    # the name the log records: the user's on a file, the role connected as on a server
    assert project.user == ("annotator_admin" if project.on_server else "tester")
    assert all(row[2] == project.user for row in project.oplog())


def test_batch_is_one_undo_step(project):
    add_doc(project)
    ops = tuple(AddEntity("d1", Entity(f"T{i}", i, i + 1, "DATE", TEXT[i])) for i in range(5))
    project.apply(Batch(ops, "label all"))
    assert len(project.entities("d1")) == 5
    project.undo()
    assert project.entities("d1") == []


def test_nested_and_overlapping_allowed_duplicates_refused(project):
    add_doc(project)
    s = TEXT.index("ソフトバンク")
    project.apply(AddEntity("d1", project.new_entity("d1", s, s + 6, "ORGANIZATION")))
    project.apply(AddEntity("d1", project.new_entity("d1", s, s + 6, "ARTIFACT")))  # same span, other label
    project.apply(AddEntity("d1", project.new_entity("d1", s + 2, s + 8, "LOCATION")))  # overlapping
    project.apply(AddEntity("d1", project.new_entity("d1", s, s + 3, "PERSON")))  # nested
    before = snapshot(project)
    with pytest.raises(OperationError, match="same entity already exists"):
        project.apply(AddEntity("d1", project.new_entity("d1", s, s + 6, "ORGANIZATION")))
    assert snapshot(project) == before
    # a relabel or resize that would make a duplicate is refused too
    with pytest.raises(OperationError, match="same entity"):
        project.apply(RelabelEntity("d1", "T2", "ARTIFACT", "ORGANIZATION"))
    project.apply(AddEntity("d1", project.new_entity("d1", s + 1, s + 3, "PERSON")))
    before = snapshot(project)
    with pytest.raises(OperationError, match="same entity"):
        project.apply(ResizeEntity("d1", "T5", (s + 1, s + 3), (s, s + 3)))
    with pytest.raises(OperationError, match="outside"):
        project.apply(ResizeEntity("d1", "T5", (s + 1, s + 3), (s, len(TEXT) + 5)))
    assert snapshot(project) == before


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 3), (5, 2), (0, len(TEXT) + 1)])
def test_span_out_of_range_refused(project, start, end):
    add_doc(project)
    with pytest.raises(OperationError, match=r"outside|empty"):
        project.apply(AddEntity("d1", Entity("T1", start, end, "PERSON", "x")))
    assert project.entities("d1") == []


def test_labels_outside_the_label_set_are_refused(project):
    add_doc(project)
    with pytest.raises(OperationError, match="unknown label 'VEHICLE'"):
        project.apply(AddEntity("d1", project.new_entity("d1", 0, 1, "VEHICLE")))
    project.apply(AddEntity("d1", project.new_entity("d1", 0, 1, "PERSON")))
    with pytest.raises(OperationError, match="unknown label"):
        project.apply(RelabelEntity("d1", "T1", "PERSON", "VEHICLE"))


def test_entity_text_must_match(project):
    add_doc(project)
    with pytest.raises(OperationError, match="not the document's text"):
        project.apply(AddEntity("d1", Entity("T1", 0, 1, "PERSON", "吉")))  # 𠮷 is not 吉


def test_stale_operation_is_refused_not_applied(project):
    add_doc(project)
    project.apply(AddEntity("d1", project.new_entity("d1", 1, 3, "PERSON")))
    other = reopen(project)
    other.apply(RelabelEntity("d1", "T1", "PERSON", "LOCATION"))
    with pytest.raises(OperationError, match="labelled LOCATION"):
        project.apply(RelabelEntity("d1", "T1", "PERSON", "DATE"))
    other.close()


def test_unknown_document(project):
    with pytest.raises(OperationError, match="no document"):
        project.apply(SetStatus("nope", Status.NEW, Status.DONE))


def test_newer_schema_gets_a_clear_message(where):
    Project.open(where, create=True).close()
    newer_schema(where)
    with pytest.raises(ProjectError, match="newer annotator"):
        Project.open(where)
    with pytest.raises(ProjectError, match="newer annotator"):
        Project.open(where, read_only=True)


def test_migration_runs_once_in_a_transaction(tmp_path, monkeypatch):
    path = tmp_path / "old.annotator"
    Project.open(path, create=True).close()
    v = opening.SCHEMA_VERSION
    monkeypatch.setattr(opening, "SCHEMA_VERSION", v + 1)
    monkeypatch.setitem(opening.MIGRATIONS, v, "ALTER TABLE documents ADD COLUMN priority INTEGER DEFAULT 0")
    with Project.open(path) as p:
        assert p._conn.execute("PRAGMA user_version").fetchone()[0] == v + 1
        assert "migrate" in [r[3] for r in p.oplog()]
    Project.open(path).close()  # a second open does not migrate again


def test_server_migration_runs_once_in_a_transaction(pg_server, monkeypatch):
    from annotator.core import serverdb

    url = pg_server.create_database("store_migrate")
    Project.open(url, create=True).close()
    v = opening.SCHEMA_VERSION
    monkeypatch.setattr("annotator.core.schema.SCHEMA_VERSION", v + 1)
    monkeypatch.setitem(serverdb.MIGRATIONS, v, "ALTER TABLE doc_texts ADD COLUMN priority INTEGER DEFAULT 0")
    with Project.open(url) as p:
        assert p._conn.execute("SELECT version FROM annotator_schema").fetchone()[0] == v + 1
        assert p._conn.execute("SELECT count(*) FROM doc_texts WHERE priority = 0").fetchone()[0] == 0
        assert "migrate" in [r[3] for r in p.oplog()]
    Project.open(url).close()
    with Project.open(url) as p:
        assert [r[3] for r in p.oplog()].count("migrate") == 1


def test_server_migration_that_fails_changes_nothing(pg_server, monkeypatch):
    from annotator.core import serverdb

    url = pg_server.create_database("store_migrate_fail")
    Project.open(url, create=True).close()
    v = opening.SCHEMA_VERSION
    monkeypatch.setattr("annotator.core.schema.SCHEMA_VERSION", v + 1)
    monkeypatch.setitem(serverdb.MIGRATIONS, v, "ALTER TABLE doc_texts ADD COLUMN p INTEGER; SELECT 1/0")
    with pytest.raises(ProjectError, match="division by zero"):
        Project.open(url)
    monkeypatch.undo()
    with Project.open(url) as p:
        assert p._conn.execute("SELECT version FROM annotator_schema").fetchone()[0] == v
        assert "migrate" not in [r[3] for r in p.oplog()]


def test_databases_that_hold_no_project_are_refused(pg_server):
    import psycopg

    empty = pg_server.create_database("store_empty")
    with pytest.raises(ProjectError, match="an empty database"):
        Project.open(empty)
    other = pg_server.create_database("store_other")
    with psycopg.connect(other, autocommit=True) as con:
        con.execute("CREATE TABLE t (x int)")
    with pytest.raises(ProjectError, match="holds other tables"):
        Project.open(other, create=True)
    with psycopg.connect(other, autocommit=True) as con:
        assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                           ).fetchone()[0] == 1
    with pytest.raises(ProjectError, match="cannot connect") as info:
        Project.open(pg_server.url("no_such_database").replace("annotator_admin@", "annotator_admin:s3cret@"))
    assert "s3cret" not in str(info.value)


@pytest.mark.parametrize("content", [b"hello, not a database" * 100, b""])
def test_foreign_files_are_refused(tmp_path, content):
    path = tmp_path / "x.annotator"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=r"not an annotator project|empty file"):
        Project.open(path)
    assert path.read_bytes() == content


def test_other_sqlite_file_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(ProjectError, match="not an annotator project"):
        Project.open(path)


def test_missing_project(tmp_path):
    with pytest.raises(ProjectError, match="no project file"):
        Project.open(tmp_path / "missing.annotator")


def _writer(path: str, worker: int, n: int) -> None:
    with Project.open(path, user=f"w{worker}") as p:
        for i in range(n):
            p.apply(AddEntity("d1", Entity(f"W{worker}-{i}", i, i + 1, ("PERSON", "LOCATION")[worker], "あ")))


def test_two_processes_write_the_same_project(where):
    path = where
    with Project.open(path, create=True) as p:
        add_doc(p, text="あ" * 200)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), w, 100)) for w in range(2)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    with Project.open(path) as p:
        assert len(p.entities("d1")) == 200
        logged = [r for r in p.oplog(1000) if r[3] in ("add_entity", "batch")]  # the first marks it in progress
        assert len(logged) == 200  # no operation lost or logged twice
        if not p.on_server:
            assert p._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_label_set_edits_are_operations(project):
    from annotator.core.model import Label
    from annotator.core.ops import AddLabel, RemoveLabel, UpdateLabel

    add_doc(project)
    s = TEXT.index("孫正義")
    project.apply(AddEntity("d1", project.new_entity("d1", s, s + 3, "PERSON")))
    person = next(lb for lb in project.labels() if lb.name == "PERSON")
    renamed = Label("人名", "#123456", "1", "person names")
    project.apply(UpdateLabel(person, renamed))
    assert [e.label for e in project.entities("d1")] == ["人名"]
    assert project.labels()[0] == renamed
    with pytest.raises(OperationError, match="key '2' already applies the label ORGANIZATION"):
        project.apply(UpdateLabel(renamed, Label("人名", "#123456", "2", "")))
    with pytest.raises(OperationError, match="1 entity carries the label 人名"):
        project.apply(RemoveLabel(renamed))
    project.apply(AddLabel(Label("VEHICLE", "#00ff00", "9", "")))
    assert project.labels()[-1].name == "VEHICLE"
    with pytest.raises(OperationError, match="already a label"):
        project.apply(AddLabel(Label("VEHICLE", "#00ff00", "", "")))
    project.undo()  # the added label
    project.undo()  # the rename, entities included
    assert [e.label for e in project.entities("d1")] == ["PERSON"]
    assert project.labels()[0] == person and "VEHICLE" not in project.label_names()


def test_import_cancelled_from_progress_leaves_the_project_unchanged(tmp_path, where):
    import json

    from annotator.core.importer import estimate_documents, import_files
    from annotator.core.store import Project

    class ImportCancelled(Exception):  # what a Cancel button raises from the progress callback
        pass

    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": f"文書{i}"}, ensure_ascii=False) + "\n"
                           for i in range(500)), encoding="utf-8")
    assert estimate_documents([src]) == 500
    assert estimate_documents([src], fmt="txt") == 1
    assert estimate_documents([src], fmt="stockmark") is None
    assert estimate_documents([src], fmt="doccano") == 500  # one record per line too
    assert estimate_documents([src], fmt="conll") is None and estimate_documents([src], fmt="labelstudio") is None
    seen = []

    def progress(n: int) -> None:
        seen.append(n)
        if n == 100:
            raise ImportCancelled

    with Project.open(where, create=True) as project:
        with pytest.raises(ImportCancelled):
            import_files(project, [src], progress=progress)
        assert project.document_ids() == [] and seen[-1] == 100
        assert "import" not in {row[3] for row in project.oplog()}
        report = import_files(project, [src])
        assert report.documents == 500
        assert "import" in {row[3] for row in project.oplog()}
