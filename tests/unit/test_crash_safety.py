"""Killed at any moment, the project keeps every operation it reported as committed.

A child process applies a stream of operations and prints each one after ``apply`` returns;
the parent kills it with SIGKILL. Half the kills land inside a transaction: the child stops
between an operation's writes and its commit, says so, and waits to be killed. The others land
wherever the child is after it reported a random number of operations. Nothing waits for a
time, so a busy machine changes nothing. The random choices come from a seed that each
failure message shows; ``ANNOTATOR_CRASH_SEED=N`` repeats a run and ``ANNOTATOR_CRASH_RUNS=500``
makes more of them.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading

import pytest

from annotator.core.model import Document
from annotator.core.ops import AddEntity
from annotator.core.store import Project

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

RUNS = int(os.environ.get("ANNOTATOR_CRASH_RUNS", "20"))
SEED = int(os.environ.get("ANNOTATOR_CRASH_SEED") or random.SystemRandom().randrange(1, 2**31))
WAIT_S = 120  # for the child's next line: only a hung child ever takes this long


class _Lines:
    """The child's stdout, line by line, read in a thread so that a hung child fails the test."""

    def __init__(self, child: subprocess.Popen[str]) -> None:
        self._q: queue.Queue[str | None] = queue.Queue()
        assert child.stdout is not None
        stdout = child.stdout

        def pump() -> None:
            for line in stdout:
                self._q.put(line.rstrip("\n"))
            self._q.put(None)

        self._thread = threading.Thread(target=pump, daemon=True)
        self._thread.start()
        self.seen: list[str] = []

    def next(self) -> str | None:
        line = self._q.get(timeout=WAIT_S)
        if line is not None:
            self.seen.append(line)
        return line

    def rest(self) -> list[str]:
        self._thread.join(WAIT_S)
        while True:
            try:
                line = self._q.get_nowait()
            except queue.Empty:
                return self.seen
            if line is not None:
                self.seen.append(line)


CHILD = textwrap.dedent("""
    import sys
    from annotator.core.store import Project
    from annotator.core.ops import AddEntity, RelabelEntity, RemoveEntity, SetStatus, Batch
    from annotator.core.model import Status
    p = Project.open(sys.argv[1])
    out = sys.stdout
    i = int(sys.argv[2])
    stop_inside = int(sys.argv[3])  # > 0: stop inside the transaction of that operation
    applied = 0

    def trace(statement):  # SQLite calls this as each statement starts, inside the transaction
        if stop_inside and applied + 1 == stop_inside and statement.startswith("INSERT INTO oplog"):
            out.write("inside\\n")  # the operation's writes are done, its commit is not
            out.flush()
            sys.stdin.readline()  # wait to be killed

    p._conn.set_trace_callback(trace)
    labels = ["PERSON", "LOCATION", "DATE"]
    while True:
        doc = f"d{i % 3}"
        s = (i * 7) % 900
        e = p.new_entity(doc, s, s + 1 + i % 5, labels[i % 3])
        if i % 11 == 0:
            e2 = p.new_entity(doc, s, s + 2 + i % 5, labels[(i + 1) % 3])
            e2 = e2.with_(id=f"B{i}")
            op = Batch((AddEntity(doc, e), AddEntity(doc, e2)), "pair")
        else:
            op = AddEntity(doc, e)
        try:
            p.apply(op)
        except Exception as exc:  # duplicate span from an earlier run: skip it
            i += 1
            continue
        applied += 1
        out.write(f"{doc} {e.id}\\n")
        if i % 11 == 0:
            out.write(f"{doc} B{i}\\n")
        out.flush()
        if i % 13 == 0:
            ids = [e.id, f"B{i}"] if i % 11 == 0 else [e.id]
            out.write("undoing " + doc + " " + " ".join(ids) + "\\n")
            out.flush()
            p.undo()
            for x in ids:
                out.write("undo " + doc + " " + x + "\\n")
            out.flush()
        i += 1
""")


def _make_project(path) -> None:
    with Project.open(path, create=True) as p, p.bulk_import("crash test") as bulk:
        for d in range(3):
            bulk.add(Document(f"d{d}", "あいうえおかきくけこ" * 100))


def _entity_ids(path) -> set[tuple[str, str]]:
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = con.execute("SELECT d.id, e.id FROM entities e JOIN documents d ON d.rowid = e.doc").fetchall()
    con.close()
    return set(rows)


def _check(lines: list[str], expected: set[tuple[str, str]], path, where: str) -> set[tuple[str, str]]:
    in_flight: set[tuple[str, str]] = set()  # an undo started but not reported: either state is right
    reported = 0
    for line in lines:
        parts = line.split()
        if not parts or parts[0] == "inside":
            continue
        if parts[0] == "undoing":
            in_flight = {(parts[1], x) for x in parts[2:]}
        elif len(parts) == 3 and parts[0] == "undo":
            expected.discard((parts[1], parts[2]))
            in_flight = set()
        elif len(parts) == 2:
            expected.add((parts[0], parts[1]))
            reported += 1
            in_flight = set()
    in_file = _entity_ids(path)
    missing = expected - in_file - in_flight
    assert not missing, f"{where}: committed operations lost: {sorted(missing)[:5]}"
    # The file may hold at most the operation in flight beyond what was reported.
    assert len(in_file - expected) <= 2, f"{where}: {sorted(in_file - expected)[:5]}"
    return in_file


def test_sigkill_never_loses_a_reported_operation(tmp_path):
    rng = random.Random(SEED)
    path = tmp_path / "crash.annotator"
    _make_project(path)
    expected: set[tuple[str, str]] = set()
    start = 0
    inside = 0
    for run in range(RUNS):
        where = f"run {run} (ANNOTATOR_CRASH_SEED={SEED})"
        stop_inside = rng.randint(1, 40) if run % 2 == 0 else 0
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(start), str(stop_inside)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        lines = _Lines(child)
        if stop_inside:  # killed between an operation's writes and its commit
            while (line := lines.next()) is not None and line != "inside":
                pass
            assert line == "inside", f"{where}: the child ended before its operation {stop_inside}"
            inside += 1
        else:  # killed wherever it is after it reported some operations
            wanted = rng.randint(1, 60)
            reported = 0
            while reported < wanted and (line := lines.next()) is not None:
                reported += len(line.split()) == 2
        child.send_signal(signal.SIGKILL)
        child.wait(WAIT_S)
        expected = _check(lines.rest(), expected, path, where)
        start += 1000
    assert inside == (RUNS + 1) // 2
    with Project.open(path) as p:  # still opens as a project, and takes edits
        p.apply(AddEntity("d0", p.new_entity("d0", 998, 1000, "MONEY")))


IMPORT_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from annotator.core.importer import import_files
    from annotator.core.store import Project

    stop_at = int(sys.argv[3])

    def progress(n):  # called inside the import's transaction, after each document
        if stop_at and n >= stop_at:
            print("inside", n, flush=True)
            sys.stdin.readline()  # wait to be killed

    with Project.open(sys.argv[1]) as p:
        report = import_files(p, [Path(sys.argv[2])], progress=progress)
    print("done", report.documents, flush=True)
""")


def test_sigkill_during_import_leaves_all_or_nothing(tmp_path):
    rng = random.Random(SEED)
    src = tmp_path / "big.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(20000):
            fh.write(json.dumps({"id": f"doc{i}", "text": "𠮷野家の孫正義" * 20, "entities": [
                {"id": "T1", "start": 4, "end": 7, "label": "PERSON", "text": "孫正義"}]}, ensure_ascii=False) + "\n")
    path = tmp_path / "imp.annotator"
    _make_project(path)

    def count() -> int:
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (n,) = con.execute("SELECT count(*) FROM documents").fetchone()
        con.close()
        return n

    for stop_at in (1, *sorted(rng.sample(range(2, 20001), 3)), 0):
        where = f"killed after document {stop_at} (ANNOTATOR_CRASH_SEED={SEED})"
        child = subprocess.Popen([sys.executable, "-c", IMPORT_CHILD, str(path), str(src), str(stop_at)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        lines = _Lines(child)
        line = lines.next()
        if stop_at:
            assert line is not None and line.startswith("inside"), f"{where}: {line!r}"
            child.send_signal(signal.SIGKILL)
            child.wait(WAIT_S)
            assert count() == 3, f"{where}: a killed import left {count() - 3} of 20000 documents"
        else:  # not killed: all of it
            assert line == "done 20000", line
            assert child.wait(WAIT_S) == 0
            assert count() == 20003
