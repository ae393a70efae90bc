"""Import as a hostile world meets it, through the real ``annotator`` command.

Creation of a project by import is one atomic step (two real processes race for the same
new project); ``--skip-invalid`` never loses the rejected records; inputs that are not
regular files are refused before they are read (no hang); every odd input gets a one-line
message naming the file (and line), exit status 1, and leaves the project byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import annotator_cmd

TIMEOUT = 120
GOOD = {"id": "d1", "text": "𠮷野家の孫正義😀はソフトバンクの会長", "meta": {"src": "test"}, "status": "new",
        "entities": [{"id": "T1", "start": 4, "end": 7, "label": "PERSON", "text": "孫正義"}], "claims": []}


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONIOENCODING": "utf-8"}


def run(*args: str | Path, input: bytes | None = None, **kw) -> subprocess.CompletedProcess[str]:
    res = subprocess.run([*annotator_cmd(), *map(str, args)], input=input, capture_output=True, env=_env(),
                         timeout=TIMEOUT, **kw)
    return subprocess.CompletedProcess(res.args, res.returncode, res.stdout.decode("utf-8", "replace"),
                                       res.stderr.decode("utf-8", "replace"))


def start(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*annotator_cmd(), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_env())


def write_jsonl(path: Path, records: list, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def big_jsonl(path: Path, n: int, prefix: str, bad_last_line: bool) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(f'{{"id":"{prefix}{i}","text":"吾輩は猫である。名前はまだ無い。"}}\n')
        if bad_last_line:
            fh.write('{"id": "broken", "text": \n')
    return path


def digest(project: Path) -> str:
    """The bytes of the project file and which SQLite files lie beside it."""
    sides = [s for s in ("-wal", "-shm", "-journal") if Path(f"{project}{s}").exists()]
    return hashlib.sha256(project.read_bytes()).hexdigest() + repr(sides)


def ids(project: Path) -> list[str]:
    con = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT id FROM documents ORDER BY rowid")]
    finally:
        con.close()


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".annotator-creating" in p.name or p.name.endswith(".tmp"))


def wait_until(condition, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.002)


@pytest.fixture
def proj(tmp_path) -> Path:
    p = tmp_path / "p.annotator"
    res = run("import", p, write_jsonl(tmp_path / "seed.jsonl", [GOOD]))
    assert res.returncode == 0, res.stderr
    return p


def assert_refused(res: subprocess.CompletedProcess[str], *messages: str) -> None:
    assert res.returncode == 1, (res.stdout, res.stderr)
    assert "Traceback" not in res.stderr, res.stderr
    for message in messages:
        assert message in res.stderr, (message, res.stderr)


# -- creating a project is atomic ---------------------------------------------------------------


def test_a_failed_import_creates_nothing(tmp_path):
    target = tmp_path / "new.annotator"
    bad = big_jsonl(tmp_path / "bad.jsonl", 2000, "b", bad_last_line=True)
    before = sorted(os.listdir(tmp_path))
    res = run("import", target, bad)
    assert_refused(res, f"{bad}:2001: invalid JSON")
    assert sorted(os.listdir(tmp_path)) == before  # no project, no temporary, no -wal, no -shm
    for args in ([tmp_path / "missing.jsonl"], [tmp_path], ["--format", "jsonl", os.devnull]):
        assert_refused(run("import", target, *args))
        assert sorted(os.listdir(tmp_path)) == before, args


def test_a_failing_import_never_deletes_a_project_another_import_made(tmp_path):
    """The data-loss race of issue 9: a big import with a bad last line creates new.annotator
    while a second import of a good file into new.annotator succeeds."""
    target = tmp_path / "new.annotator"
    bad = big_jsonl(tmp_path / "big-bad.jsonl", 60_000, "big", bad_last_line=True)
    good = write_jsonl(tmp_path / "good.jsonl", [{"id": "good-1", "text": "良い文書"}, {"id": "good-2", "text": "二"}])
    slow = start("import", target, bad)
    wait_until(lambda: temporaries(tmp_path) or slow.poll() is not None)  # the big import is under way
    quick = run("import", target, good)
    _, err = slow.communicate(timeout=TIMEOUT)
    assert quick.returncode == 0, quick.stderr
    assert "imported 2 documents" in quick.stdout
    assert slow.returncode == 1 and f"{bad}:60001: invalid JSON" in err.decode()
    assert temporaries(tmp_path) == []
    assert not Path(f"{target}-wal").exists() and not Path(f"{target}-shm").exists()
    assert ids(target) == ["good-1", "good-2"]  # what the successful import reported is there


def test_two_imports_creating_the_same_project_both_land(tmp_path):
    target = tmp_path / "new.annotator"
    big = big_jsonl(tmp_path / "big.jsonl", 20_000, "big", bad_last_line=False)
    small = write_jsonl(tmp_path / "small.jsonl", [{"id": "small-1", "text": "小さい"}])
    slow = start("import", target, big)
    wait_until(lambda: temporaries(tmp_path) or slow.poll() is not None)
    quick = run("import", target, small)
    out, err = slow.communicate(timeout=TIMEOUT)
    assert quick.returncode == 0 and slow.returncode == 0, (quick.stderr, err)
    assert "imported 20000 documents" in out.decode()
    assert sorted(ids(target)) == sorted([f"big{i}" for i in range(20_000)] + ["small-1"])
    assert temporaries(tmp_path) == []


def test_a_killed_creating_import_leaves_a_temporary_the_next_one_removes(tmp_path):
    target = tmp_path / "new.annotator"
    big = big_jsonl(tmp_path / "big.jsonl", 200_000, "big", bad_last_line=False)
    victim = start("import", target, big)
    wait_until(lambda: temporaries(tmp_path) or victim.poll() is not None)
    if victim.poll() is not None:
        pytest.skip("the import finished before it could be killed")
    victim.send_signal(signal.SIGKILL)
    victim.communicate(timeout=TIMEOUT)
    assert not target.exists()
    assert temporaries(tmp_path)  # left by the killed process (and recognisable)
    res = run("import", target, write_jsonl(tmp_path / "good.jsonl", [GOOD]))
    assert res.returncode == 0, res.stderr
    assert temporaries(tmp_path) == []  # the stale temporary, its -wal and -shm are gone
    assert ids(target) == ["d1"]


def test_a_terminated_creating_import_removes_its_temporary(tmp_path):
    target = tmp_path / "new.annotator"
    big = big_jsonl(tmp_path / "big.jsonl", 200_000, "big", bad_last_line=False)
    victim = start("import", target, big)
    wait_until(lambda: temporaries(tmp_path) or victim.poll() is not None)
    if victim.poll() is not None:
        pytest.skip("the import finished before it could be stopped")
    victim.send_signal(signal.SIGTERM)
    _, err = victim.communicate(timeout=TIMEOUT)
    assert victim.returncode == 128 + signal.SIGTERM and b"Traceback" not in err, err
    assert not target.exists() and temporaries(tmp_path) == []


def test_an_empty_target_becomes_a_project_only_on_success(tmp_path):
    target = tmp_path / "reserved.annotator"
    target.write_bytes(b"")
    bad = write_jsonl(tmp_path / "bad.jsonl", [GOOD], ('{"id": 3}',))
    assert_refused(run("import", target, bad), f"{bad}:2: id must be a non-empty string")
    assert target.read_bytes() == b"" and temporaries(tmp_path) == []
    assert not Path(f"{target}-wal").exists()
    res = run("import", target, write_jsonl(tmp_path / "good.jsonl", [GOOD]))
    assert res.returncode == 0, res.stderr
    assert ids(target) == ["d1"]


def test_a_write_ahead_log_left_without_its_project_is_never_replayed_into_a_new_one(tmp_path):
    target = tmp_path / "gone.annotator"
    wal = Path(f"{target}-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    assert_refused(run("import", target, write_jsonl(tmp_path / "good.jsonl", [GOOD])),
                   f"{target}: no project here, but its write-ahead log {wal} is")
    assert not target.exists() and wal.read_bytes()[:4] == b"\x37\x7f\x06\x82" and temporaries(tmp_path) == []


def test_a_target_that_is_not_a_file_is_refused_without_blocking(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", [GOOD])
    fifo = tmp_path / "fifo.annotator"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.annotator"
    folder.mkdir()
    dangling = tmp_path / "dangling.annotator"
    dangling.symlink_to(tmp_path / "nowhere.annotator")
    for target, message in [(fifo, "is a FIFO (named pipe), not a project file"),
                            (folder, "is a folder (directory), not a project file"),
                            (dangling, "a symbolic link to a file that does not exist"),
                            (tmp_path / "no" / "p.annotator", "does not exist")]:
        assert_refused(run("import", target, good), f"{target}: ", message)
    assert not (tmp_path / "nowhere.annotator").exists() and temporaries(tmp_path) == []


# -- --skip-invalid: the rejects file -----------------------------------------------------------


def _mixed(path: Path, prefix: str) -> Path:
    return write_jsonl(path, [GOOD | {"id": f"{prefix}-ok"}, {"id": f"{prefix}-bad", "text": 5}])


def test_rejects_never_overwrite_an_existing_file(tmp_path, proj):
    now = int(time.time())
    taken = {}
    for t in range(now - 1, now + 90):  # every name this import could choose in the next 90 s
        name = proj.with_name(f"p.rejected-{time.strftime('%Y%m%d-%H%M%S', time.localtime(t))}.jsonl")
        name.write_text("an earlier import's rejects\n", encoding="utf-8")
        taken[name] = name.read_bytes()
    res = run("import", proj, _mixed(tmp_path / "mixed.jsonl", "a"), "--skip-invalid")
    assert res.returncode == 0, res.stderr
    path = Path(res.stdout.split("with their reasons to ")[1].strip())
    assert re.fullmatch(r"p\.rejected-\d{8}-\d{6}-2\.jsonl", path.name), path.name
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert [r["input"]["id"] for r in rows] == ["a-bad"]
    assert all(name.read_bytes() == data for name, data in taken.items())


def test_two_skip_invalid_imports_at_once_keep_both_rejects(tmp_path, proj):
    a = start("import", proj, _mixed(tmp_path / "a.jsonl", "a"), "--skip-invalid")
    b = start("import", proj, _mixed(tmp_path / "b.jsonl", "b"), "--skip-invalid")
    outs = [p.communicate(timeout=TIMEOUT) for p in (a, b)]
    assert a.returncode == 0 and b.returncode == 0, outs
    paths = {Path(out.decode().split("with their reasons to ")[1].strip()) for out, _ in outs}
    assert len(paths) == 2
    bad_ids = sorted(json.loads(p.read_text(encoding="utf-8"))["input"]["id"] for p in paths)
    assert bad_ids == ["a-bad", "b-bad"]
    assert sorted(ids(proj)) == ["a-ok", "b-ok", "d1"]


def test_rejects_that_cannot_be_written_mean_nothing_is_imported(tmp_path, proj):
    """A file-size limit stands in for a full disk: the rejects file is written first, fails,
    and the valid record is not committed."""
    resource = pytest.importorskip("resource")
    src = write_jsonl(tmp_path / "mixed.jsonl", [GOOD | {"id": "ok"},
                                                 {"id": "big-bad", "text": "猫" * 300_000, "status": "?"}])
    before = digest(proj)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (400_000, 400_000))

    res = run("import", proj, src, "--skip-invalid", preexec_fn=limit)
    assert_refused(res, "cannot write the rejected records", "nothing was imported")
    assert digest(proj) == before
    assert not list(tmp_path.glob("p.rejected-*")) and temporaries(tmp_path) == []


def test_skip_invalid_with_no_valid_record_is_an_error_that_leaves_nothing(tmp_path, proj):
    before, listing = digest(proj), sorted(os.listdir(tmp_path))
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "x", "text": 5}])
    listing.append("bad.jsonl")
    for target in (proj, tmp_path / "new.annotator"):
        res = run("import", target, bad, tmp_path / "missing.jsonl", "--skip-invalid")
        assert_refused(res, f"{bad}:1: text must be a string", "missing.jsonl: no such file")
        assert sorted(os.listdir(tmp_path)) == sorted(listing)  # no project, no rejects, no temporary
    assert digest(proj) == before


def test_rejects_of_a_new_project_are_named_after_it_and_hold_lone_surrogates_escaped(tmp_path):
    target = tmp_path / "fresh.annotator"
    src = tmp_path / "mixed.jsonl"
    src.write_text(json.dumps(GOOD) + "\n" + '{"id": "s", "text": "half \\ud800 of it"}\n', encoding="utf-8")
    res = run("import", target, src, "--skip-invalid")
    assert res.returncode == 0, res.stderr
    path = Path(res.stdout.split("with their reasons to ")[1].strip())
    assert path.parent == tmp_path and path.name.startswith("fresh.rejected-")
    (row,) = [json.loads(x) for x in path.read_bytes().decode("utf-8").splitlines()]
    assert row["input"]["text"] == "half \ud800 of it" and row["line"] == 2
    assert "lone surrogate U+D800" in row["problems"][0]
    assert ids(target) == ["d1"] and temporaries(tmp_path) == []


# -- inputs that are not regular files: refused before they are read, never a hang -------------


def _special_inputs(tmp: Path) -> list[tuple[Path, str]]:
    fifo = tmp / "pipe.jsonl"
    os.mkfifo(fifo)
    folder = tmp / "folder.jsonl"
    folder.mkdir()
    link_to_fifo = tmp / "link.jsonl"
    link_to_fifo.symlink_to(fifo)
    out = [(fifo, "is a FIFO (named pipe), not a regular file"),
           (folder, "is a folder (directory), not a regular file"),
           (link_to_fifo, "is a symbolic link to a FIFO (named pipe), not to a regular file")]
    if Path("/dev/zero").exists():
        zero = tmp / "zero.txt"
        zero.symlink_to("/dev/zero")
        out += [(Path("/dev/zero"), "is a character device, not a regular file"),
                (Path("/dev/null"), "is a character device, not a regular file"),
                (zero, "is a symbolic link to a character device, not to a regular file")]
    sock_path = tmp / "sock.jsonl"
    if len(str(sock_path)) < 100 and hasattr(socket, "AF_UNIX"):
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(sock_path))
        sock.close()
        out.append((sock_path, "is a socket, not a regular file"))
    return out


def test_special_files_are_refused_by_import_validate_and_tokenize(tmp_path, proj):
    before = digest(proj)
    for path, message in _special_inputs(tmp_path):
        fmt = ["--format", "jsonl"] if path.suffix not in (".jsonl", ".txt") else []
        assert_refused(run("import", proj, *fmt, path), f"{path}: {message}")
        assert digest(proj) == before, path
        assert_refused(run("validate", path), f"{path}: {message}")
        assert_refused(run("tokenize", path), f"{path}: {message}")
    assert_refused(run("tokenize", "/dev/stdin", stdin=subprocess.DEVNULL) if Path("/dev/stdin").exists()
                   else run("tokenize", tmp_path / "missing.txt"))


def test_tokenize_reads_standard_input_but_not_forever(tmp_path):
    assert run("tokenize", input="猫が".encode()).returncode == 0
    if Path("/dev/zero").exists():
        with open("/dev/zero", "rb") as zero:
            res = run("tokenize", stdin=zero)
        assert_refused(res, "<stdin>: binary data")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every file")
def test_unreadable_input_is_a_message(tmp_path, proj):
    src = write_jsonl(tmp_path / "secret.jsonl", [GOOD | {"id": "s"}])
    src.chmod(0)
    assert_refused(run("import", proj, src), f"{src}: cannot read: permission denied")
    assert_refused(run("validate", src), f"{src}: cannot read: permission denied")
    assert_refused(run("tokenize", src), f"{src}: cannot read: permission denied")


def test_a_stockmark_file_over_the_limit_is_refused_before_it_is_read(tmp_path, proj):
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as fh:  # sparse: reading it would take a while and 256 MiB
        fh.truncate(256 * 1024 * 1024 + 1)
    assert_refused(run("import", proj, huge), f"{huge}: file too large")


# -- every odd input: one line naming the file (and line), exit 1, project unchanged -----------


def _odd_inputs(tmp: Path, proj: Path) -> list[tuple[list, str]]:
    def raw(name: str, data: bytes) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    good = write_jsonl(tmp / "good.jsonl", [GOOD | {"id": "fresh"}])
    line = json.dumps(GOOD | {"id": "x"}, ensure_ascii=False).encode()
    stockmark_rec = {"curid": "1", "text": "孫正義", "entities": []}
    return [
        ([raw("empty.jsonl", b"")], "empty.jsonl: no documents in this file"),
        ([raw("bom.jsonl", b"\xef\xbb\xbf")], "bom.jsonl: no documents in this file"),
        ([raw("blank.jsonl", b"\n\n  \n")], "blank.jsonl: no documents in this file"),
        ([raw("empty.txt", b"")], "empty.txt: empty file"),
        ([raw("bom.txt", b"\xef\xbb\xbf")], "bom.txt: empty file"),
        ([raw("spaces.txt", " \n\u3000\n".encode())], "spaces.txt: only white space"),
        ([raw("lines.txt", b"\n\n"), "--split", "lines"], "lines.txt: no documents in this file"),
        ([raw("empty.json", b"")], "empty.json: empty file"),
        ([raw("emptylist.json", b"[ ]")], "emptylist.json: no documents in this file"),
        ([raw("array.jsonl", b"[1, 2]\n")], "array.jsonl:1: a record must be a JSON object, not array"),
        ([raw("number.jsonl", line + b"\n5\n")], "number.jsonl:2: a record must be a JSON object, not number"),
        ([raw("string.jsonl", b'"text"\n')], "string.jsonl:1: a record must be a JSON object, not string"),
        ([raw("null.jsonl", b"null\n")], "null.jsonl:1: a record must be a JSON object, not null"),
        ([raw("dupkey.jsonl", b'{"id": "a", "text": "x", "id": "b"}\n')],
         "dupkey.jsonl:1: invalid JSON: duplicate key 'id' in one object"),
        ([raw("hugeid.jsonl", json.dumps({"id": "i" * 100_000, "text": "x"}).encode() + b"\n")],
         "hugeid.jsonl:1: id is 100,000 characters long; the limit is 1,000"),
        ([raw("midbom.jsonl", line + b"\n\xef\xbb\xbf" + line.replace(b'"x"', b'"y"') + b"\n")],
         "midbom.jsonl:2: a byte-order mark (U+FEFF) starts this line"),
        ([raw("cr.jsonl", line + b"\r" + line.replace(b'"x"', b'"y"') + b"\r")],
         "cr.jsonl:1: invalid JSON at column"),
        ([raw("utf16.jsonl", (line.decode() + "\n").encode("utf-16"))],
         "utf16.jsonl:1: the file is UTF-16"),
        ([raw("utf16nobom.jsonl", (line.decode() + "\n").encode("utf-16-le"))], "utf16nobom.jsonl:1: NUL bytes"),
        ([raw("sjis.jsonl", '{"id": "s", "text": "猫"}\n'.encode("cp932"))], "sjis.jsonl:1: not UTF-8"),
        ([raw("sjis.json", json.dumps([stockmark_rec], ensure_ascii=False).encode("cp932"))],
         "sjis.json:1: not UTF-8"),
        ([raw("utf16.json", json.dumps([stockmark_rec]).encode("utf-16"))], "utf16.json: the file is UTF-16"),
        ([raw("text20m1.jsonl", json.dumps({"id": "t", "text": "a" * 20_000_001}).encode() + b"\n")],
         "text20m1.jsonl:1: text has 20,000,001 characters; the limit is 20,000,000"),
        (["--format", "stockmark", good], "good.jsonl:1: a Stockmark NER file is a JSON list of records; this "
                                          "one starts with an object"),
        (["--format", "jsonl", raw("ner.json", json.dumps([stockmark_rec]).encode())],
         "ner.json:1: a record must be a JSON object, not array (a Stockmark file is one JSON list"),
        ([good, good], "good.jsonl: is the same file as"),
        ([proj], f"{proj}: is the project being imported into, not an input file"),
        (["--format", "txt", proj], f"{proj}: is the project being imported into"),
        ([raw("other.jsonl", b"SQLite format 3\x00" + b"\x00" * 100)],
         "other.jsonl: is an SQLite database (an annotator project?), not a jsonl file"),
        ([raw("trailing.json", json.dumps([stockmark_rec]).encode() + b" x")],
         "trailing.json:1: invalid JSON at column"),
        ([raw("deep.jsonl", b'{"id": "d", "text": "x", "meta": ' + b"[" * 200_000 + b"\n")],
         "deep.jsonl:1: invalid JSON: nested too deeply to read"),
        ([raw("deepmeta.jsonl", b'{"id": "d", "text": "x", "meta": {"a": ' + b"[" * 150 + b"]" * 150 + b"}}\n")],
         "deepmeta.jsonl:1: meta['a']"),
    ]


def test_every_odd_input_is_refused_cleanly(tmp_path, proj):
    before = digest(proj)
    for args, message in _odd_inputs(tmp_path, proj):
        res = run("import", proj, *args)
        assert_refused(res, message, "nothing was changed")
        assert digest(proj) == before, f"project changed by {args}"


def test_the_project_files_are_never_inputs(tmp_path, proj):
    before = digest(proj)
    with sqlite3.connect(proj) as con:  # keep a WAL beside the project while the import runs
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("BEGIN")
        con.execute("SELECT count(*) FROM documents").fetchone()
        wal = Path(f"{proj}-wal")
        if wal.exists():
            assert_refused(run("import", proj, "--format", "jsonl", wal),
                           f"{wal}: is the write-ahead log of the project, not an input file")
        con.execute("COMMIT")
    con.close()
    assert digest(proj) == before


def test_validate_calls_valid_only_what_imports(tmp_path):
    def check(content: bytes, message: str) -> None:
        path = tmp_path / "v.jsonl"
        path.write_bytes(content)
        res = run("validate", path)
        assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
        assert f"{path}:1: {message}" in res.stdout, (message, res.stdout)

    check(b'{"id": "a", "text": "x\\ud800"}\n', "text: lone surrogate U+D800 at character 2")
    check(b'{"id": "a", "text": "x", "meta": {"n": NaN}}\n', "invalid JSON: NaN is not valid JSON")
    check(b'{"id": "a", "text": "x", "meta": {"n": 1e999}}\n', "invalid JSON: the number 1e999 is too large")
    check(b'{"id": "a", "text": "x", "meta": {"n": ' + b"9" * 5000 + b"}}\n",
          "invalid JSON: an integer with more than 4300 digits")
    check(b'{"id": "a", "text": "x\\u0000y"}\n', "text: control character U+0000 (NUL) at character 2")
    check(b'{"id": "a", "text": "ab", "entities": [{"id": "T1", "start": 0, "end": 1, "label": " X", "text": "a"}]}\n',
          "entity T1: label ' X': a label name must be non-empty and have no surrounding spaces")


def test_what_is_printed_from_data_cannot_drive_the_terminal(tmp_path, proj):
    esc_name = tmp_path / "evil\x1b]0;owned\x07.jsonl"
    write_jsonl(esc_name, [{"id": "e\x1b[2J", "text": "x", "entities": [
        {"id": "T1", "start": 0, "end": 1, "label": "\x1b[31mRED", "text": "x"}]}])
    for args in (["import", proj, esc_name], ["validate", esc_name], ["tokenize", esc_name]):
        res = run(*args)
        assert "\x1b" not in res.stdout + res.stderr and "\x07" not in res.stderr, res.stderr
        if args[0] != "tokenize":
            assert "\\x1b" in res.stdout + res.stderr  # shown escaped
    labelled = write_jsonl(tmp_path / "labels.jsonl", [{"id": "L", "text": "x", "entities": [
        {"id": "T1", "start": 0, "end": 1, "label": "\u202eLABEL", "text": "x"}]}])
    res = run("import", proj, labelled)
    assert res.returncode == 0, res.stderr
    assert "\u202e" not in res.stdout and "\\u202e" in res.stdout
    res = run("tokenize", input="a\x9bb\u2028".encode())
    assert res.returncode == 0 and "\x9b" not in res.stdout and "\u2028" not in res.stdout
    assert [json.loads(x)["surface"] for x in res.stdout.splitlines()][:3] == ["a", "\x9b", "b"]
