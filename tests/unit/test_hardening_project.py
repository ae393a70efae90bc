"""The project file under faults: read-only, busy, full, damaged, not a file at all; two
processes editing labels and entities. Through the real command and the core."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from annotator.core import faults, opening
from annotator.core.checks import check_project
from annotator.core.editing import label_all_operation
from annotator.core.errors import OperationError, ProjectError
from annotator.core.model import Claim, Document, Entity, Label, Status
from annotator.core.ops import AddClaim, AddEntity, Batch, RelabelEntity, RemoveEntity, SetStatus, UpdateLabel
from annotator.core.store import Project
from tests.conftest import annotator_cmd

TEXT = "孫正義はソフトバンクの会長です。東京で述べた。"
GOOD = {"id": "n1", "text": "大阪の会社", "entities": [{"id": "T1", "start": 0, "end": 2, "label": "LOCATION",
                                                        "text": "大阪"}]}


def run(*args: str | Path, env: dict[str, str] | None = None, preexec_fn=None, timeout: float = 120,
        ) -> subprocess.CompletedProcess[str]:
    res = subprocess.run([*annotator_cmd(), *map(str, args)], capture_output=True, timeout=timeout,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}, preexec_fn=preexec_fn)
    return subprocess.CompletedProcess(res.args, res.returncode, res.stdout.decode(), res.stderr.decode())


def one_line_error(res: subprocess.CompletedProcess[str], *phrases: str) -> None:
    assert res.returncode == 1, res.stdout + res.stderr
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1, res.stderr
    for phrase in phrases:
        assert phrase in res.stderr, res.stderr


def make_project(path: Path, n: int = 1) -> Path:
    with Project.open(path, create=True) as p, p.bulk_import("test") as bulk:
        for i in range(n):
            bulk.add(Document(f"d{i + 1}", TEXT, {"i": i}, entities=[Entity("T1", 0, 3, "PERSON", "孫正義")],
                              claims=[Claim("C1", 0, 16, TEXT[:16], {"claimant": {"kind": "entity", "entity": "T1"},
                                                                     "arguments": []})]))
    return path


@pytest.fixture
def proj(tmp_path) -> Path:
    return make_project(tmp_path / "p.annotator")


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.jsonl"
    path.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def content(project: Path) -> str:
    """What the project holds, read without leaving -wal or -shm files behind."""
    if Path(f"{project}-wal").exists():
        con = sqlite3.connect(project)
    else:
        con = sqlite3.connect(f"{project.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return repr([con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                     for t in ("documents", "entities", "claims", "labels", "oplog")])
    finally:
        con.close()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- 4. read-only projects ------------------------------------------------------------------


def chattr(flag: str, path: Path) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0
    except OSError:
        return False


@pytest.fixture
def immutable():
    """Mark paths immutable, so that even root cannot write them (chmod does not stop root)."""
    marked: list[Path] = []

    def mark(path: Path) -> None:
        if os.geteuid() != 0 or not chattr("+i", path):
            pytest.skip("needs root and a file system where chattr +i works")
        marked.append(path)

    yield mark
    for path in reversed(marked):
        chattr("-i", path)


def reading_commands_work(project: Path, out: Path) -> None:
    res = run("stats", project)
    assert res.returncode == 0 and "documents: 1" in res.stdout, res.stderr
    res = run("export", project, "-o", out)
    assert res.returncode == 0, res.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "d1"
    res = run("check", project)
    assert res.returncode == 0 and "no problems found (1 document, 1 entity, 1 claim)" in res.stdout, res.stderr


def test_a_read_only_project_file_is_read_and_not_written(tmp_path, proj, good, immutable):
    before = content(proj)
    immutable(proj)
    reading_commands_work(proj, tmp_path / "out.jsonl")
    one_line_error(run("import", proj, good), "p.annotator: read-only: the file cannot be written")
    assert content(proj) == before
    with Project.open(proj) as p:  # the window: opens it to read, and says why an edit is refused
        assert p.read_only
        with pytest.raises(ProjectError, match="read-only"):
            p.apply(SetStatus("d1", Status.NEW, Status.DONE))


def test_a_project_in_a_read_only_folder_is_read_and_not_written(tmp_path, good, immutable):
    folder = tmp_path / "ro"
    folder.mkdir()
    proj = make_project(folder / "p.annotator")
    before = content(proj)
    immutable(folder)
    reading_commands_work(proj, tmp_path / "out.jsonl")
    one_line_error(run("import", proj, good), "p.annotator: read-only: the folder", "does not allow creating files")
    one_line_error(run("import", folder / "new.annotator", good), "new.annotator")
    assert listing(folder) == ["p.annotator"] and content(proj) == before


def test_a_read_only_folder_with_changes_only_in_the_wal_is_refused_truly(tmp_path, immutable):
    src = make_project(tmp_path / "src.annotator")
    writer = sqlite3.connect(src, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE documents SET status = 'done'")  # in the WAL only
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copyfile(src, folder / "p.annotator")  # as a backup or a copy would take them: no -shm
    shutil.copyfile(f"{src}-wal", folder / "p.annotator-wal")
    writer.close()
    immutable(folder)
    one_line_error(run("stats", folder / "p.annotator"), "cannot be read: its write-ahead log",
                   "holds changes not yet in the file")


def test_a_read_only_folder_with_an_empty_wal_is_read(tmp_path, immutable):
    folder = tmp_path / "ro"
    folder.mkdir()
    proj = make_project(folder / "p.annotator")
    Path(f"{proj}-wal").touch()
    immutable(folder)
    res = run("stats", proj)
    assert res.returncode == 0 and "documents: 1" in res.stdout, res.stderr


@pytest.fixture
def read_only_mount(tmp_path):
    """A tmpfs holding a project, then remounted read-only (root only; skipped elsewhere)."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    make_project(mount / "p.annotator")
    if subprocess.run(["mount", "-o", "remount,ro", str(mount)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        pytest.skip("cannot remount read-only")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_project_on_a_read_only_file_system(tmp_path, read_only_mount, good):
    proj = read_only_mount / "p.annotator"
    reading_commands_work(proj, tmp_path / "out.jsonl")
    one_line_error(run("import", proj, good), "read-only: the file system is mounted read-only")
    one_line_error(run("export", proj, "-o", read_only_mount / "o.jsonl"), "read-only file system")


# -- 5. a busy project -----------------------------------------------------------------------


def test_a_project_locked_by_another_program_is_busy_not_broken(tmp_path, proj, good, monkeypatch):
    before = content(proj)
    other = sqlite3.connect(proj, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE documents SET status = 'skipped'")
    try:
        env = {"ANNOTATOR_BUSY_TIMEOUT_MS": "300"}
        one_line_error(run("import", proj, good, env=env),
                       "p.annotator: the project is busy: another program is writing to it")
        assert run("stats", proj, env=env).returncode == 0  # reading goes on under WAL
        assert run("export", proj, "-o", tmp_path / "o.jsonl", env=env).returncode == 0
        monkeypatch.setenv("ANNOTATOR_BUSY_TIMEOUT_MS", "100")
        with Project.open(proj) as p:
            for edit in (lambda: p.apply(SetStatus("d1", Status.NEW, Status.DONE)),
                         lambda: p.apply(AddEntity("d1", p.new_entity("d1", 4, 10, "ORGANIZATION")))):
                with pytest.raises(ProjectError, match="the project is busy: another program is writing to it"):
                    edit()
            assert not p.history.can_undo()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert content(proj) == before


def test_busy_timeout_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("ANNOTATOR_BUSY_TIMEOUT_MS", "250")
    assert faults.busy_timeout_ms() == 250
    monkeypatch.setenv("ANNOTATOR_BUSY_TIMEOUT_MS", "soon")
    assert faults.busy_timeout_ms() == faults.DEFAULT_BUSY_TIMEOUT_MS


# -- 3. every SQLite error becomes the project's own, with a true message ---------------------


@pytest.mark.parametrize(("code", "name", "phrase"), [
    (5, "SQLITE_BUSY", "the project is busy: another program is writing to it"),
    (6, "SQLITE_LOCKED", "the project is busy"),
    (13, "SQLITE_FULL", "disk full: no space left on device"),
    (10, "SQLITE_IOERR", "input/output error"),
    (778, "SQLITE_IOERR_WRITE", "p.annotator"),
    (8, "SQLITE_READONLY", "read-only"),
    (11, "SQLITE_CORRUPT", "the project file is damaged"),
    (26, "SQLITE_NOTADB", "not an annotator project file"),
    (14, "SQLITE_CANTOPEN", "cannot open the project"),
    (1, "SQLITE_ERROR", "SQLite error"),
])
def test_sqlite_errors_map_to_project_errors(tmp_path, code, name, phrase):
    exc = sqlite3.OperationalError("the text SQLite gives")
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = name
    err = faults.project_error(exc, tmp_path / "p.annotator")
    assert isinstance(err, ProjectError)
    assert str(err).startswith(f"{tmp_path / 'p.annotator'}: ") and phrase in str(err)


def file_size_limit(n: int):
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (n, n))
    return limit


def big_input(path: Path, n: int = 3000) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"x{i}", "text": TEXT * 20}, ensure_ascii=False) + "\n")
    return path


def test_import_beyond_the_file_size_limit_says_so_and_changes_nothing(tmp_path, proj):
    src = big_input(tmp_path / "big.jsonl")
    before = content(proj)
    res = run("import", proj, src, preexec_fn=file_size_limit(proj.stat().st_size + 100_000))
    one_line_error(res, "p.annotator", "file size limit (ulimit -f)")
    assert "rollback" not in res.stderr
    assert content(proj) == before
    res = run("import", tmp_path / "new.annotator", src, preexec_fn=file_size_limit(100_000))
    one_line_error(res, "new.annotator")
    assert not [p for p in tmp_path.iterdir() if "new.annotator" in p.name]


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_import_onto_a_full_disk_says_disk_full(tmp_path, small_disk):
    src = big_input(tmp_path / "big.jsonl")
    proj = make_project(small_disk / "p.annotator")
    before = content(proj)
    res = run("import", proj, src)
    one_line_error(res, "p.annotator: disk full: no space left on device")
    assert content(proj) == before
    one_line_error(run("import", small_disk / "new.annotator", src), "new.annotator", "disk full")
    assert listing(small_disk) == ["p.annotator"]


def test_an_edit_on_a_full_disk_is_a_project_error(tmp_path, small_disk):
    proj = make_project(small_disk / "p.annotator")
    before = content(proj)
    with Project.open(proj) as p:
        with open(small_disk / "filler", "wb", buffering=0) as fh:  # fill the disk to its last block
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError:
                pass
        with pytest.raises(ProjectError, match=r"p\.annotator: disk full: no space left on device"):
            p.apply(AddEntity("d1", p.new_entity("d1", 4, 10, "ORGANIZATION", note="x" * 500_000)))
        assert not p.history.can_undo()
    (small_disk / "filler").unlink()
    assert content(proj) == before


# -- 6. damaged projects -------------------------------------------------------------------------


def damage(src: Path, dst: Path, offset: int) -> Path:
    shutil.copyfile(src, dst)
    with dst.open("r+b") as fh:
        fh.seek(offset - offset % 4096)
        fh.write(b"\xde\xad\xbe\xef" * 1024)
    return dst


def test_check_finds_overwritten_pages_and_import_refuses_a_damaged_file(tmp_path, good):
    src = make_project(tmp_path / "src.annotator", n=2000)
    size = src.stat().st_size
    bad = damage(src, tmp_path / "bad.annotator", size // 2)
    res = run("check", bad)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert f"{bad}: SQLite's integrity check" in res.stdout
    before = bad.read_bytes()
    one_line_error(run("import", bad, good), "bad.annotator: the project file is damaged",
                   f"annotator check {bad}")
    assert bad.read_bytes() == before
    header = damage(src, tmp_path / "header.annotator", 0)
    for command in (["check", header], ["stats", header], ["export", header, "-o", tmp_path / "o.jsonl"]):
        one_line_error(run(*command), "header.annotator: not an annotator project file")
    short = tmp_path / "short.annotator"
    shutil.copyfile(src, short)
    os.truncate(short, size // 2)
    res = run("check", short)
    assert res.returncode == 1 and res.stdout.startswith(f"{short}: SQLite cannot read the file: "), res.stdout
    one_line_error(run("stats", short), "short.annotator: the project file is damaged")


def test_a_project_missing_a_table_is_damaged_not_an_sqlite_error(tmp_path, proj):
    con = sqlite3.connect(proj)
    con.execute("DROP TABLE labels")
    con.commit()
    con.close()
    one_line_error(run("stats", proj), "p.annotator: the project file is damaged (no such table: labels)")
    res = run("check", proj)
    assert res.returncode == 1 and f"{proj}: the table labels is missing" in res.stdout


def test_check_lists_every_broken_rule_by_document(tmp_path, proj):
    res = run("check", proj)
    assert res.returncode == 0
    assert res.stdout.strip() == f"{proj}: no problems found (1 document, 1 entity, 1 claim)"
    con = sqlite3.connect(proj)
    con.execute("PRAGMA ignore_check_constraints = ON")
    con.executescript("""
        INSERT INTO documents (id, text, meta, status) VALUES ('d2', '東京の話', '{"x": NaN}', 'lost');
        INSERT INTO entities (doc, id, start, "end", label, text) VALUES (2, 'T1', 0, 2, 'VEHICLE', '東京');
        INSERT INTO entities (doc, id, start, "end", label, text) VALUES (2, 'T2', 3, 9, 'PERSON', '話');
        INSERT INTO entities (doc, id, start, "end", label, text, attributes)
            VALUES (2, 'T3', 0, 1, 'PERSON', '京', '[]');
        INSERT INTO claims (doc, id, start, "end", text, data)
            VALUES (2, 'C1', 0, 4, '東京の話', '{"claimant": {"kind": "entity", "entity": "T8"}}');
        INSERT INTO claims (doc, id, start, "end", text, data) VALUES (2, 'C2', 0, 4, '東京の話', 'not json');
        UPDATE export_cache SET entities = '{"id":"T1","start":0,"end":3,"label":"PERSON","text":"孫正"}' WHERE doc = 1;
    """)
    con.commit()
    con.close()
    res = run("check", proj)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    out = res.stdout
    expected = [
        "document d1: the export cache differs from the document's entities",
        "document d2: meta is not valid JSON (NaN is not a JSON number)",
        "document d2: status 'lost' is not one of new, in_progress, done, skipped",
        "document d2: entity T1: label 'VEHICLE' is not in the project's label set",
        "document d2: entity T2: span 3–9 is empty or outside the text (length 4)",
        "document d2: entity T3: text '京' is not text[0:1] = '東'",
        "document d2: entity T3: attributes is not a JSON object",
        "document d2: claim C1: claimant refers to entity 'T8'",
        "document d2: claim C2: data is not valid JSON",
        "SQLite's integrity check: CHECK constraint failed in documents",
    ]
    for line in expected:
        assert f"{proj}: {line}" in out, out
    assert "problems found (2 documents, 4 entities, 3 claims)" in res.stderr


def test_check_on_what_is_not_a_project(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    one_line_error(run("check", other), "other.db: an SQLite file, but not an annotator project")
    one_line_error(run("check", tmp_path / "none.annotator"), "no project file here")
    newer = make_project(tmp_path / "newer.annotator")
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    one_line_error(run("check", newer), "written by a newer annotator")


def test_opening_for_writing_runs_a_quick_check(tmp_path):
    src = make_project(tmp_path / "src.annotator", n=2000)
    bad = damage(src, tmp_path / "bad.annotator", src.stat().st_size // 2)
    with pytest.raises(ProjectError, match="damaged"):
        Project.open(bad, check=True)
    found, counts = check_project(src)
    assert found == [] and counts.documents == 2000


# -- project paths that are not project files -------------------------------------------------


def test_project_paths_that_are_not_files_get_messages_without_hanging(tmp_path, good):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "loop_a").symlink_to(tmp_path / "loop_b")
    (tmp_path / "loop_b").symlink_to(tmp_path / "loop_a")
    cases = [
        (fifo, "is a FIFO (named pipe), not a project file"),
        (Path("/dev/zero"), "is a character device, not a project file"),
        (tmp_path, "is a folder, not a project file"),
        (tmp_path / "loop_a", "a symbolic link loop"),
        (tmp_path / ("x" * 300), "file name too long"),
        (good, "not an annotator project file (not an SQLite database)"),
    ]
    for path, phrase in cases:
        for command in (["stats", path], ["check", path], ["export", path, "-o", tmp_path / "o.jsonl"]):
            one_line_error(run(*command, timeout=30), phrase)
    assert not (tmp_path / "o.jsonl").exists()


# -- 7. nothing new left behind ----------------------------------------------------------------


def test_a_failed_create_leaves_no_file(tmp_path, monkeypatch):
    def broken(self, label_set):
        raise ProjectError("simulated")

    monkeypatch.setattr(opening, "create_schema", broken)
    with pytest.raises(ProjectError, match="simulated"):
        Project.open(tmp_path / "new.annotator", create=True)
    assert listing(tmp_path) == []
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "missing" / "new.annotator", create=True)
    assert listing(tmp_path) == []
    with pytest.raises(ProjectError, match="no project file here"):
        Project.open(tmp_path / "new.annotator")
    assert listing(tmp_path) == []


def test_a_failed_create_never_removes_a_file_another_process_made(tmp_path, monkeypatch):
    target = tmp_path / "new.annotator"

    def raced(self, label_set):  # another process replaced the file meanwhile
        target.unlink()
        target.write_bytes(b"theirs")
        raise ProjectError("simulated")

    monkeypatch.setattr(opening, "create_schema", raced)
    with pytest.raises(ProjectError):
        Project.open(target, create=True)
    assert target.read_bytes() == b"theirs"


def test_an_empty_file_is_not_a_project_and_stays_empty(tmp_path):
    empty = tmp_path / "empty.annotator"
    empty.touch()
    for command in (["stats", empty], ["check", empty], ["export", empty, "-o", tmp_path / "o.jsonl"]):
        one_line_error(run(*command), "empty file, not an annotator project")
    assert empty.stat().st_size == 0 and listing(tmp_path) == ["empty.annotator"]


# -- 8. labels edited by another process --------------------------------------------------------


def test_an_edit_sees_labels_renamed_or_removed_by_another_process(proj):
    a, b = Project.open(proj), Project.open(proj)
    try:
        assert "DATE" in a.label_names()  # cached by a, as when the window opened
        person = next(lb for lb in b.labels() if lb.name == "PERSON")
        b.apply(UpdateLabel(person, Label("人物", person.color, person.key, person.description)))
        date = next(lb for lb in b.labels() if lb.name == "DATE")
        from annotator.core.ops import RemoveLabel

        b.apply(RemoveLabel(date))
        for op in (AddEntity("d1", a.new_entity("d1", 4, 10, "PERSON")),
                   AddEntity("d1", a.new_entity("d1", 4, 10, "DATE")),
                   RelabelEntity("d1", "T1", "人物", "DATE")):
            with pytest.raises(OperationError, match="not in the project's label set"):
                a.apply(op)
        assert [e.label for e in a.entities("d1")] == ["人物"]
        a.apply(AddEntity("d1", a.new_entity("d1", 4, 10, "人物")))  # the new name works at once
        batch = label_all_operation(a, ["d1"], "会長", "DATE")
        assert batch is not None
        with pytest.raises(OperationError, match="DATE"):
            a.apply(batch)
    finally:
        a.close()
        b.close()


# -- 9. new entity ids after another process added entities -----------------------------------


def test_a_new_entity_id_taken_meanwhile_is_given_anew_and_undo_follows(proj):
    a, b = Project.open(proj), Project.open(proj)
    try:
        first = a.new_entity("d1", 4, 10, "ORGANIZATION")  # a caches the top id: T1
        assert first.id == "T2"
        b.apply(AddEntity("d1", b.new_entity("d1", 16, 18, "LOCATION")))  # b takes T2
        change = a.apply(AddEntity("d1", first))
        assert change.applied is not None
        added = change.applied.entity
        assert added.id == "T3" and (added.start, added.end, added.label) == (4, 10, "ORGANIZATION")
        assert {e.id: e.label for e in a.entities("d1")} == {"T1": "PERSON", "T2": "LOCATION", "T3": "ORGANIZATION"}
        second = a.new_entity("d1", 16, 19, "DATE")
        assert second.id == "T4"
        a.undo()  # removes a's own entity, not b's T2
        assert {e.id for e in a.entities("d1")} == {"T1", "T2"}
        a.redo()
        assert {e.id: e.label for e in a.entities("d1")}["T3"] == "ORGANIZATION"
        assert json.loads(a._conn.execute(
            "SELECT payload FROM oplog WHERE kind = 'add_entity' ORDER BY seq DESC LIMIT 1").fetchone()[0]
                          )["entity"]["id"] == "T3"
    finally:
        a.close()
        b.close()


def test_a_batch_follows_the_new_id_into_claims_and_later_steps(proj):
    a, b = Project.open(proj), Project.open(proj)
    try:
        entity = a.new_entity("d1", 4, 10, "ORGANIZATION")
        claim = Claim("C2", 16, 23, TEXT[16:23], {"claimant": {"kind": "entity", "entity": entity.id},
                                                  "arguments": [{"role": "subject", "entity": entity.id}]})
        b.apply(AddEntity("d1", b.new_entity("d1", 16, 18, "LOCATION")))  # takes entity.id
        change = a.apply(Batch((AddEntity("d1", entity), AddClaim("d1", claim),
                                RelabelEntity("d1", entity.id, "ORGANIZATION", "ARTIFACT")), "test"))
        new_id = change.applied.ops[0].entity.id
        assert new_id != entity.id
        labels = {e.id: e.label for e in a.entities("d1")}
        assert labels[new_id] == "ARTIFACT" and labels[entity.id] == "LOCATION"
        stored = next(c for c in a.claims("d1") if c.id == "C2")
        assert stored.data["claimant"]["entity"] == new_id and stored.data["arguments"][0]["entity"] == new_id
        a.undo()
        assert {e.id for e in a.entities("d1")} == {"T1", entity.id} and "C2" not in {c.id for c in a.claims("d1")}
        assert [e.label for e in a.entities("d1") if e.id == entity.id] == ["LOCATION"]  # b's, untouched
    finally:
        a.close()
        b.close()


def test_label_all_after_another_process_added_entities(proj):
    a, b = Project.open(proj), Project.open(proj)
    try:
        batch = label_all_operation(a, ["d1"], "会長", "ARTIFACT")
        assert batch is not None
        b.apply(AddEntity("d1", b.new_entity("d1", 16, 18, "LOCATION")))
        a.apply(batch)
        assert sorted(e.label for e in a.entities("d1")) == ["ARTIFACT", "LOCATION", "PERSON"]
        again = RemoveEntity("d1", next(e for e in a.entities("d1") if e.label == "ARTIFACT"))
        a.apply(again)
    finally:
        a.close()
        b.close()


# -- read-only by the mode bits, as root too; reading creates nothing; full disks --------------


def side_files(folder: Path) -> list[str]:
    return [name for name in listing(folder) if name.endswith(("-wal", "-shm", "-journal"))]


def test_a_project_of_mode_0444_is_read_only_even_for_root(tmp_path, proj, good):
    """Root may write any file, but a project nobody may write (mode 0444) was made read-only on
    purpose: import refuses it, reading commands read it and leave nothing beside it, the window
    opens it for reading and says why an edit is refused."""
    from annotator.core import projectfile

    before = content(proj)
    proj.chmod(0o444)
    try:
        one_line_error(run("import", proj, good), "p.annotator: read-only: the file cannot be written")
        assert content(proj) == before
        reading_commands_work(proj, tmp_path / "out.jsonl")
        assert side_files(tmp_path) == []
        assert not projectfile.writable(proj)
        with Project.open(proj) as p:
            assert p.read_only
            with pytest.raises(ProjectError, match=r"p\.annotator: read-only: the file cannot be written"):
                p.apply(SetStatus("d1", Status.NEW, Status.DONE))
        assert side_files(tmp_path) == [] and content(proj) == before
    finally:
        proj.chmod(0o644)


def test_a_folder_of_mode_0555_is_read_only_even_for_root(tmp_path, good):
    folder = tmp_path / "ro"
    folder.mkdir()
    proj = make_project(folder / "p.annotator")
    before = content(proj)
    folder.chmod(0o555)
    try:
        one_line_error(run("import", proj, good), "p.annotator: read-only: the folder", "does not allow creating files")
        one_line_error(run("import", folder / "new.annotator", good), "new.annotator: cannot create the project",
                       "does not allow creating files")
        reading_commands_work(proj, tmp_path / "out.jsonl")
        assert listing(folder) == ["p.annotator"] and content(proj) == before
    finally:
        folder.chmod(0o755)


def test_an_empty_file_of_mode_0444_is_not_made_a_project(tmp_path, good):
    empty = tmp_path / "e.annotator"
    empty.touch()
    empty.chmod(0o444)
    one_line_error(run("import", empty, good), "e.annotator: an empty file that cannot be read and written")
    assert empty.read_bytes() == b"" and listing(tmp_path) == ["e.annotator", "good.jsonl"]


def test_reading_commands_create_nothing_beside_an_immutable_project(tmp_path, proj, immutable):
    before = content(proj)
    immutable(proj)
    reading_commands_work(proj, tmp_path / "out.jsonl")
    res = run("stats", proj, "--json")
    assert res.returncode == 0, res.stderr
    assert side_files(tmp_path) == [] and content(proj) == before


def test_an_immutable_project_with_changes_in_its_wal_is_read_with_them(tmp_path, immutable):
    """A non-empty -wal holds changes the main file lacks: an immutable reader would not see them,
    so such a project is read through SQLite's read-only mode (which needs its -shm)."""
    src = make_project(tmp_path / "src.annotator")
    writer = sqlite3.connect(src, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE documents SET status = 'done'")  # in the WAL only
    folder = tmp_path / "w"
    folder.mkdir()
    shutil.copyfile(src, folder / "p.annotator")
    shutil.copyfile(f"{src}-wal", folder / "p.annotator-wal")
    writer.close()
    immutable(folder / "p.annotator")
    res = run("stats", folder / "p.annotator", "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["documents"]["done"] == 1


@pytest.fixture
def full_disk(tmp_path):
    """A 512 KiB tmpfs holding a project, then filled to its last block (root only; skipped elsewhere)."""
    mount = tmp_path / "full"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        make_project(mount / "p.annotator")
        with open(mount / "filler", "wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError:
                pass
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_reading_commands_work_on_a_full_disk_and_leave_nothing(tmp_path, full_disk, good):
    proj = full_disk / "p.annotator"
    before = content(proj)
    reading_commands_work(proj, tmp_path / "out.jsonl")
    assert listing(full_disk) == ["filler", "p.annotator"]
    one_line_error(run("import", proj, good), "p.annotator", "disk full")
    assert listing(full_disk) == ["filler", "p.annotator"] and content(proj) == before


def test_creating_a_project_on_a_read_only_file_system(tmp_path, good):
    mount = tmp_path / "ro"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k,ro", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a read-only tmpfs needs root")
    try:
        one_line_error(run("import", mount / "new.annotator", good), f"{mount / 'new.annotator'}: read-only: "
                                                                      "read-only file system")
        assert listing(mount) == []
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
