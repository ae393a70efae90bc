"""Applying one operation (apply + commit) on a document with 10,000 entities.

Target: p95 <= 2 ms. Reference in the same run: a bare SQLite INSERT + COMMIT with the same
pragmas (WAL, synchronous=FULL) on the same disk.
"""

from __future__ import annotations

import sqlite3
import time

import pytest

from annotator.core.model import Document, Entity
from annotator.core.ops import AddEntity, RelabelEntity
from annotator.core.store import Project
from tests.benchmarks._util import percentile, report

pytestmark = pytest.mark.benchmark

N = 10_000
OPS = 1000


def test_apply_on_document_with_10k_entities(tmp_path):
    text = "ソフトバンクの孫正義会長は米国に投資すると発表した。" * 1000
    with Project.open(tmp_path / "apply.annotator", create=True) as p:
        with p.bulk_import("bench") as bulk:
            bulk.add(Document("big", text, entities=[
                Entity(f"T{i + 1}", i * 2, i * 2 + 2, "PERSON", text[i * 2 : i * 2 + 2]) for i in range(N)]))
        p.new_entity("big", 0, 1, "PERSON")  # the one-off id scan, as opening a document would
        times = []
        for i in range(OPS):
            e = p.new_entity("big", i * 2, i * 2 + 2, "LOCATION")
            t0 = time.perf_counter()
            p.apply(AddEntity("big", e) if i % 2 == 0 else RelabelEntity("big", f"T{i}", "PERSON", "DATE"))
            times.append(time.perf_counter() - t0)
        assert len(p.entities("big")) == N + OPS // 2

    con = sqlite3.connect(tmp_path / "ref.sqlite", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (doc INTEGER, start INTEGER, end_ INTEGER, label TEXT, text TEXT)")
    con.execute("CREATE UNIQUE INDEX t_span ON t (doc, start, end_ DESC, label)")
    con.executemany("INSERT INTO t VALUES (1, ?, ?, 'PERSON', 'xx')", [(i * 2, i * 2 + 2) for i in range(N)])
    ref = []
    for i in range(OPS):
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t VALUES (1, ?, ?, 'LOCATION', 'xx')", (i * 2, i * 2 + 2))
        con.execute("COMMIT")
        ref.append(time.perf_counter() - t0)
    con.close()
    p50, p95 = percentile(times, 50) * 1e3, percentile(times, 95) * 1e3
    r50, r95 = percentile(ref, 50) * 1e3, percentile(ref, 95) * 1e3
    report("apply", {"entities": N, "operations": OPS, "p50_ms": p50, "p95_ms": p95,
                     "bare_sqlite_commit_p50_ms": r50, "bare_sqlite_commit_p95_ms": r95,
                     "p95_ratio_over_bare_commit": p95 / r95})
    assert p95 <= 2.0
