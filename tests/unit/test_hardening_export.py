"""Exports as a hostile file system would meet them: targets that are not files, projects,
full disks, signals, and data that must not reach the terminal. Through the real command."""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core import queries
from annotator.core.errors import ExportError
from annotator.core.model import Document, Entity, Label, Status
from annotator.core.outputs import (
    TMP_SUFFIX,
    atomic_writer,
    check_export_target,
    remove_stale_temporaries,
    temporary_name,
)
from annotator.core.store import Project
from tests.conftest import annotator_cmd

TEXT = "孫正義はソフトバンクの会長です。"


def run(*args: str | Path, env: dict[str, str] | None = None, preexec_fn=None, timeout: float = 120,
        ) -> subprocess.CompletedProcess[str]:
    res = subprocess.run([*annotator_cmd(), *map(str, args)], capture_output=True, timeout=timeout,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}, preexec_fn=preexec_fn)
    return subprocess.CompletedProcess(res.args, res.returncode, res.stdout.decode(), res.stderr.decode())


def make_project(path: Path, docs: list[Document] | None = None, labels: list[Label] | None = None) -> Path:
    with Project.open(path, create=True) as p, p.bulk_import("test") as bulk:
        if labels:  # in the import's transaction, after the label set the project was created with
            queries.insert_labels(p.db.conn, labels, len(p.labels()))
        for doc in docs if docs is not None else [
                Document("d1", TEXT, {"src": "t"}, entities=[Entity("T1", 0, 3, "PERSON", "孫正義")])]:
            bulk.add(doc)
    return path


@pytest.fixture
def proj(tmp_path) -> Path:
    return make_project(tmp_path / "p.annotator")


def temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(TMP_SUFFIX) or p.name.endswith(".tmp")]


def assert_refused(res: subprocess.CompletedProcess[str], *phrases: str) -> None:
    assert res.returncode == 1, res.stdout + res.stderr
    assert "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    for phrase in phrases:
        assert phrase in res.stderr, res.stderr


# -- 1. targets that an export must not write ----------------------------------------------


def test_export_refuses_the_project_itself_and_its_side_files(tmp_path, proj):
    before = proj.read_bytes()
    assert_refused(run("export", proj, "-o", proj), "is the project being exported")
    assert_refused(run("export", proj, "-o", tmp_path / "." / "p.annotator"), "is the project being exported")
    for suffix, what in (("-wal", "write-ahead log"), ("-shm", "shared-memory index"), ("-journal", "journal")):
        assert_refused(run("export", proj, "-o", f"{proj}{suffix}"), what, "p.annotator")
        assert not Path(f"{proj}{suffix}").exists()
    assert proj.read_bytes() == before
    assert temporaries(tmp_path) == []


def test_export_refuses_any_other_project_and_a_database_in_use(tmp_path, proj):
    other = make_project(tmp_path / "other.annotator")
    before = other.read_bytes()
    assert_refused(run("export", proj, "-o", other), "other.annotator: is an annotator project file")
    assert other.read_bytes() == before
    hard = tmp_path / "hardlink.jsonl"
    os.link(other, hard)
    assert_refused(run("export", proj, "-o", hard), "is an annotator project file")
    # a project just created by another program: its header (and application id) is still in
    # the write-ahead log only, the main file looks like any SQLite file
    live = tmp_path / "live.annotator"
    project = Project.open(live, create=True)
    try:
        assert live.read_bytes()[68:72] == b"\0\0\0\0" and Path(f"{live}-wal").stat().st_size > 0
        assert_refused(run("export", proj, "-o", live), "SQLite database in use")
        assert_refused(run("export", proj, "-o", f"{live}-shm"), "shared-memory index")
    finally:
        project.close()


def test_export_refuses_what_is_not_a_regular_file_without_blocking(tmp_path, proj):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    sock_path = tmp_path / "sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    folder = tmp_path / "folder"
    folder.mkdir()
    try:
        cases = [
            (folder, "is a folder"),
            (fifo, "is a FIFO (named pipe)"),
            (sock_path, "is a socket"),
            (Path("/dev/null"), "a device or a file of the system"),
            (Path("/dev/stdout"), "a device or a file of the system"),
            (Path("/proc/self/fd/1"), "a device or a file of the system"),
            (Path("-"), "standard output is not supported"),
            (Path(""), "is a folder"),
        ]
        for target, phrase in cases:
            assert_refused(run("export", proj, "-o", target, timeout=30), phrase)
        assert stat_kind(fifo) == "fifo" and list(folder.iterdir()) == []
    finally:
        sock.close()
    assert temporaries(tmp_path) == []


def stat_kind(path: Path) -> str:
    import stat

    mode = os.lstat(path).st_mode
    return "fifo" if stat.S_ISFIFO(mode) else "other"


def test_export_refuses_symbolic_links_to_what_it_may_not_write(tmp_path, proj):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "dir").mkdir()
    links = {
        "to_dir": (tmp_path / "dir", "a symbolic link to a folder"),
        "to_fifo": (fifo, "a symbolic link to a FIFO (named pipe)"),
        "to_project": (proj, "is the project being exported"),
        "to_device": (Path("/dev/zero"), "a device or a file of the system"),
        "to_stdout": (Path("/dev/stdout"), "a device or a file of the system"),
        "dangling": (tmp_path / "nowhere.jsonl", "which does not exist"),
    }
    for name, (target, phrase) in links.items():
        (tmp_path / name).symlink_to(target)
        assert_refused(run("export", proj, "-o", tmp_path / name, timeout=30), phrase)
        assert (tmp_path / name).is_symlink()
    (tmp_path / "loop_a").symlink_to(tmp_path / "loop_b")
    (tmp_path / "loop_b").symlink_to(tmp_path / "loop_a")
    assert_refused(run("export", proj, "-o", tmp_path / "loop_a"), "symbolic link loop")
    assert not (tmp_path / "nowhere.jsonl").exists()
    assert temporaries(tmp_path) == []


def test_a_symbolic_link_to_a_regular_file_is_written_through(tmp_path, proj):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    res = run("export", proj, "-o", link)
    assert res.returncode == 0, res.stderr
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["id"] == "d1"


def test_export_refuses_bad_paths_and_folders(tmp_path, proj):
    (tmp_path / "file.txt").write_text("x")
    assert_refused(run("export", proj, "-o", tmp_path / "missing" / "o.jsonl"), "the folder", "does not exist")
    assert_refused(run("export", proj, "-o", tmp_path / "file.txt" / "o.jsonl"), "not a folder")
    assert_refused(run("export", proj, "-o", tmp_path / ("x" * 300 + ".jsonl")), "file name too long")


def chattr(flag: str, path: Path) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0
    except OSError:
        return False


@pytest.fixture
def immutable():
    """Mark paths immutable (so that even root cannot write them); skip where chattr cannot."""
    marked: list[Path] = []

    def mark(path: Path) -> None:
        if os.geteuid() != 0 or not chattr("+i", path):
            pytest.skip("needs root and a file system where chattr +i works")
        marked.append(path)

    yield mark
    for path in reversed(marked):
        chattr("-i", path)


def test_export_into_a_read_only_folder_or_onto_a_read_only_file(tmp_path, proj, immutable):
    out = tmp_path / "ro" / "out.jsonl"
    out.parent.mkdir()
    out.write_text("old\n")
    immutable(out)
    assert_refused(run("export", proj, "-o", out), "out.jsonl: the file is read-only")
    immutable(out.parent)
    assert_refused(run("export", proj, "-o", out.parent / "new.jsonl"), "cannot create files in the folder")
    assert out.read_text() == "old\n" and sorted(p.name for p in out.parent.iterdir()) == ["out.jsonl"]


def test_check_export_target_is_one_function_for_the_window_too(tmp_path, proj):
    check_export_target(tmp_path / "new.jsonl", proj)
    (tmp_path / "old.jsonl").write_text("x")
    check_export_target(tmp_path / "old.jsonl", proj)
    with pytest.raises(ExportError, match="is the project being exported"):
        check_export_target(proj, proj)
    with pytest.raises(ExportError, match="is an annotator project file"):
        check_export_target(proj, None)
    with pytest.raises(ExportError, match="is a folder"):
        check_export_target(tmp_path, proj)
    # the writer checks too (and the window's export calls the writer)
    with pytest.raises(ExportError, match="is the project being exported"), atomic_writer(proj, project_path=proj):
        pass


# -- 2. temporaries ------------------------------------------------------------------------


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_temporaries_are_removed_by_the_next_export(tmp_path, proj):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        mine = temporary_name("out.jsonl")  # this machine, this process: not being written
        host_pid = mine.split(".")[-2]
        host = host_pid.split("-")[0]
        names = {
            "dead": f".out.jsonl.{host}-{dead_pid()}-0000000a{TMP_SUFFIX}",
            "alive": f".out.jsonl.{host}-{sleeper.pid}-0000000b{TMP_SUFFIX}",
            "mine": mine,
            "other_host": f".out.jsonl.ffffffff-{sleeper.pid}-0000000c{TMP_SUFFIX}",
            "old_other_host": f".other.jsonl.ffffffff-1-0000000d{TMP_SUFFIX}",
            "not_ours": ".out.jsonl.abc.tmp",
        }
        for name in names.values():
            (tmp_path / name).write_text("partial")
        day_ago = time.time() - 25 * 3600
        os.utime(tmp_path / names["old_other_host"], (day_ago, day_ago))
        if host_pid.split("-")[1] != str(os.getpid()):
            pytest.fail("temporary names carry the PID")
        removed = {p.name for p in remove_stale_temporaries(tmp_path)}
        assert removed == {names["dead"], names["mine"], names["old_other_host"]}
        (tmp_path / names["dead"]).write_text("partial")
        res = run("export", proj, "-o", tmp_path / "out.jsonl")
        assert res.returncode == 0, res.stderr
        assert not (tmp_path / names["dead"]).exists()
        assert (tmp_path / names["alive"]).exists() and (tmp_path / names["other_host"]).exists()
        assert (tmp_path / names["not_ours"]).exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def big_project(path: Path, n: int = 1500, status: Status = Status.NEW) -> Path:
    text = ("ソフトバンクグループの孫正義会長は東京都内で記者会見を開き、米国に投資すると発表した。" * 40)
    return make_project(path, [Document(f"d{i:05d}", text, status=status) for i in range(n)])


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_mid_export_removes_the_temporary(tmp_path, signum):
    project = big_project(tmp_path / "big.annotator")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "out.jsonl").write_text("previous\n")
    # --tokens makes the export long enough to be caught mid-way on any machine
    child = subprocess.Popen([*annotator_cmd(), "export", str(project), "-o", str(out_dir / "out.jsonl"), "--tokens"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not [p for p in out_dir.iterdir() if p.name.endswith(TMP_SUFFIX) and p.stat().st_size > 0]:
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the export never wrote its temporary file"
            time.sleep(0.01)
        child.send_signal(signum)
        _out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 128 + signum, err
    assert f"stopped by {signal.Signals(signum).name}" in err.decode() and b"Traceback" not in err
    assert sorted(p.name for p in out_dir.iterdir()) == ["out.jsonl"]
    assert (out_dir / "out.jsonl").read_text() == "previous\n"


# -- 3. a full disk ------------------------------------------------------------------------


def file_size_limit(n: int):
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (n, n))
    return limit


def test_export_beyond_the_file_size_limit_says_so_and_writes_nothing(tmp_path):
    project = big_project(tmp_path / "big.annotator")
    out = tmp_path / "out.jsonl"
    res = run("export", project, "-o", out, preexec_fn=file_size_limit(200_000))
    assert_refused(res, "out.jsonl: file too large", "ulimit -f", "nothing was written")
    assert not out.exists() and temporaries(tmp_path) == []


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs (root only; skipped elsewhere)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_export_onto_a_full_disk_says_disk_full(tmp_path, small_disk):
    project = big_project(tmp_path / "big.annotator")
    (small_disk / "out.jsonl").write_text("previous\n")
    res = run("export", project, "-o", small_disk / "out.jsonl")
    assert_refused(res, "out.jsonl: disk full (no space left on device); nothing was written")
    assert (small_disk / "out.jsonl").read_text() == "previous\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["out.jsonl"]


def test_claim_sentences_onto_a_full_disk(tmp_path, small_disk):
    project = big_project(tmp_path / "big.annotator", status=Status.DONE)  # done: every sentence is written
    res = run("export", project, "--format", "claim-sentences", "-o", small_disk / "s.jsonl")
    assert_refused(res, "s.jsonl: disk full")
    assert list(small_disk.iterdir()) == []


# -- 10, 11. what is printed and written ------------------------------------------------------


def test_claim_sentences_escape_line_separators_like_the_canonical_export(tmp_path):
    text = "一行目\u2028二行目\u2029三行目\x85四行目。次の文。"
    project = make_project(tmp_path / "p.annotator", [Document("d1", text, status=Status.DONE)])
    for fmt in ("claim-sentences", "jsonl"):
        out = tmp_path / f"{fmt}.jsonl"
        res = run("export", project, "--format", fmt, "-o", out)
        assert res.returncode == 0, res.stderr
        raw = out.read_bytes()
        assert "\u2028".encode() not in raw and "\u2029".encode() not in raw and "\x85".encode() not in raw
        assert b"\\u2028" in raw and b"\\u2029" in raw and b"\\u0085" in raw
        lines = out.read_text(encoding="utf-8").splitlines()  # str.splitlines splits at all three
        rows = [json.loads(line) for line in lines]
        assert "".join(r["text"] for r in rows) == text


def test_stats_and_messages_never_send_control_sequences_to_the_terminal(tmp_path):
    evil = "\x1b]0;owned\x07EVIL\x1b[31m"
    project = make_project(tmp_path / "p.annotator")
    con = sqlite3.connect(project)  # annotator refuses such a label; another tool may write one
    con.execute("INSERT INTO labels (position, name, color) VALUES (99, ?, '#123456')", (evil,))
    con.execute("UPDATE entities SET label = ?", (evil,))
    con.commit()
    con.close()
    for args in (["stats", project], ["stats", project, "--json"], ["check", project],
                 ["export", project, "-o", tmp_path / f"{evil}.jsonl"],
                 ["export", tmp_path / f"{evil}.annotator", "-o", tmp_path / "x.jsonl"],
                 ["export", project, "-o", tmp_path / evil / "x.jsonl"]):
        res = run(*args)
        assert "\x1b" not in res.stdout + res.stderr and "\x07" not in res.stdout + res.stderr, args
        assert "\\x1b" in res.stdout + res.stderr or "\\u001b" in res.stdout, args
    stats = json.loads(run("stats", project, "--json").stdout)
    assert stats["entities"][evil] == 1  # still the same JSON value


def test_stats_json_is_one_line_of_json(tmp_path, proj):
    res = run("stats", proj, "--json")
    assert res.returncode == 0 and len(res.stdout.splitlines()) == 1
    assert json.loads(res.stdout)["documents"]["new"] == 1


# -- damaged data in a project reaches no output --------------------------------------------


def test_export_refuses_stored_values_that_are_not_json(tmp_path, proj):
    out = tmp_path / "out.jsonl"
    con = sqlite3.connect(proj)
    con.execute("""UPDATE documents SET meta = '{"x": NaN}'""")
    con.commit()
    con.close()
    assert_refused(run("export", proj, "-o", out), "document d1: its meta in the project file is not a JSON object")
    assert not out.exists() and temporaries(tmp_path) == []
    con = sqlite3.connect(proj)
    con.execute("UPDATE documents SET meta = '{}'")
    con.execute("UPDATE entities SET attributes = '{\"x\": 1e999}'")  # read back as infinity
    con.commit()
    con.close()
    res = run("export", proj, "-o", out)
    assert_refused(res, "document d1: a value cannot be written as JSON")
    con = sqlite3.connect(proj)
    con.execute("UPDATE entities SET attributes = 'not json'")
    con.commit()
    con.close()
    assert_refused(run("export", proj, "-o", out), "not valid JSON", "annotator check")
    assert not out.exists()


def test_export_of_a_text_that_is_not_utf8_in_the_file(tmp_path, proj):
    con = sqlite3.connect(proj)
    con.execute("UPDATE documents SET text = CAST(X'EDA080' AS TEXT)")  # an encoded lone surrogate
    con.commit()
    con.close()
    res = run("export", proj, "-o", tmp_path / "out.jsonl")
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_export_status_must_be_valid(tmp_path, proj):
    con = sqlite3.connect(proj)
    con.execute("PRAGMA ignore_check_constraints = ON")
    con.execute("UPDATE documents SET status = 'bogus\"'")
    con.commit()
    con.close()
    assert_refused(run("export", proj, "-o", tmp_path / "o.jsonl"), "document d1: status")
    assert not (tmp_path / "o.jsonl").exists()


def test_the_export_reads_while_another_program_writes(tmp_path, proj):
    con = sqlite3.connect(proj, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE documents SET status = 'done'")
    try:
        res = run("export", proj, "-o", tmp_path / "o.jsonl", env={"ANNOTATOR_BUSY_TIMEOUT_MS": "200"})
        assert res.returncode == 0, res.stderr
        assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))["status"] == Status.NEW.value
    finally:
        con.execute("ROLLBACK")
        con.close()


# -- read-only by the mode bits, as root too; SQLite databases ----------------------------------


def test_export_onto_a_file_of_mode_0444_is_refused_even_for_root(tmp_path, proj):
    out = tmp_path / "ro.jsonl"
    out.write_text("old\n")
    out.chmod(0o444)
    link = tmp_path / "link.jsonl"
    link.symlink_to(out)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert_refused(run("export", proj, "-o", out), "ro.jsonl: the file is read-only; not overwritten")
        assert_refused(run("export", proj, "-o", link), "link.jsonl: the file is read-only; not overwritten")
        assert_refused(run("export", proj, "-o", folder / "new.jsonl"), "cannot create files in the folder")
        with pytest.raises(ExportError, match="the file is read-only"):
            check_export_target(out, proj)
    finally:
        folder.chmod(0o755)
    assert out.read_text() == "old\n" and link.is_symlink() and list(folder.iterdir()) == []
    assert temporaries(tmp_path) == []


def sqlite_database(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES ('keep me')")
    con.commit()
    con.close()
    return path


def test_export_never_overwrites_an_sqlite_database(tmp_path, proj):
    plain = sqlite_database(tmp_path / "plain.db")
    hot = sqlite_database(tmp_path / "hot.db")
    Path(f"{hot}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))  # a hot journal
    empty = tmp_path / "empty.db"  # an empty file that SQLite would roll its journal back into
    empty.touch()
    Path(f"{empty}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    files = {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    for target in (plain, hot):
        assert_refused(run("export", proj, "-o", target),
                       f"{target.name}: is an SQLite database; an export never overwrites a database")
    assert_refused(run("export", proj, "-o", empty), "empty.db: is an SQLite database")
    assert_refused(run("export", proj, "-o", f"{plain}-journal"), "is the rollback journal of the SQLite database")
    assert_refused(run("export", proj, "-o", f"{plain}-wal"), "is the write-ahead log of the SQLite database")
    with pytest.raises(ExportError, match="is an SQLite database"):
        check_export_target(plain, proj)
    assert {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == files
    res = run("export", proj, "-o", tmp_path / "plain.jsonl")  # a file that is not a database is replaced
    assert res.returncode == 0, res.stderr
