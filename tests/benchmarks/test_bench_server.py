"""A project on a PostgreSQL server (issue 15), on the test server (Unix socket, tests/pg.py).

1. One operation (apply + commit) on a document with 10,000 entities: p95, as a ratio to a
   bare psycopg INSERT + COMMIT on the same server in the same run (goal: at most 2×).
2. Twenty simulated annotators, each its own process and its own role (``server init``),
   editing their own documents for ``SECONDS`` (bounded to 60 s): operations per second, p95
   latency, nothing lost or duplicated (every operation a worker saw succeed is in its layer and
   in the log, once), and how long a committed operation takes to reach another client's
   listener (p95; goal at most 1 s).
3. Export of 100,000 documents (a million entities) from the server, as a ratio to the same
   project's export from its file in the same run; the bytes equal; peak RSS flat (against a
   project ten times smaller).

Run: ``.venv/bin/pytest -q -m benchmark tests/benchmarks/test_bench_server.py -s``.
"""

from __future__ import annotations

import filecmp
import multiprocessing
import os
import time

import pytest

from annotator.core.model import Document, Entity
from annotator.core.ops import AddEntity, RelabelEntity
from annotator.core.store import Project
from tests.benchmarks._util import percentile, report, run_child

pytestmark = pytest.mark.benchmark

N = 10_000
OPS = 2000
ANNOTATORS = 20
SECONDS = float(os.environ.get("ANNOTATOR_BENCH_SECONDS", "30"))  # bounded to 60 s
TEXT = "ソフトバンクの孫正義会長は米国に投資すると発表した。" * 1000


def test_one_operation_on_10k_entities_against_a_bare_insert(pg_server):
    """Each operation is timed next to a bare INSERT + COMMIT on another database of the same
    server (interleaved: a busy moment of the machine weighs on both alike)."""
    import psycopg

    url = pg_server.create_database("bench_apply")
    ref_url = pg_server.create_database("bench_apply_ref")
    times, ref = [], []
    with Project.open(url, create=True) as p, psycopg.connect(ref_url, autocommit=True) as con:
        with p.bulk_import("bench") as bulk:
            bulk.add(Document("big", TEXT, entities=[
                Entity(f"T{i + 1}", i * 2, i * 2 + 2, "PERSON", TEXT[i * 2 : i * 2 + 2]) for i in range(N)]))
        p.new_entity("big", 0, 1, "PERSON")
        con.execute('CREATE TABLE t (doc BIGINT, start INT, "end" INT, label TEXT, text TEXT, '
                    'UNIQUE (doc, start, "end", label))')
        with con.cursor() as cur:
            cur.executemany("INSERT INTO t VALUES (1, %s, %s, 'PERSON', 'xx')", [(i * 2, i * 2 + 2) for i in range(N)])
        for i in range(OPS):
            e = p.new_entity("big", i * 2, i * 2 + 2, "LOCATION")
            t0 = time.perf_counter()
            p.apply(AddEntity("big", e) if i % 2 == 0 else RelabelEntity("big", f"T{i}", "PERSON", "DATE"))
            times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            with con.transaction():
                con.execute("INSERT INTO t VALUES (1, %s, %s, 'LOCATION', 'xx')", (i * 2, i * 2 + 2))
            ref.append(time.perf_counter() - t0)
        assert len(p.entities("big")) == N + OPS // 2
    adds, relabels = times[0::2], times[1::2]
    bare = percentile(ref, 95)
    report("server_apply", {
        "ops": OPS, "bare_insert_commit_p50_ms": percentile(ref, 50) * 1000, "bare_insert_commit_p95_ms": bare * 1000,
        "add_p50_ms": percentile(adds, 50) * 1000, "add_p95_ms": percentile(adds, 95) * 1000,
        "add_ratio_p95": percentile(adds, 95) / bare,
        "relabel_p50_ms": percentile(relabels, 50) * 1000, "relabel_p95_ms": percentile(relabels, 95) * 1000,
        "relabel_ratio_p95": percentile(relabels, 95) / bare,
        "all_p95_ms": percentile(times, 95) * 1000, "all_ratio_p95": percentile(times, 95) / bare})
    # An added entity is two round trips (its statement with BEGIN, the write lock and the status
    # read ahead; its log row with COMMIT); a relabel reads the entity first (the stale check):
    # three. The goal is 2x; measured here 1.9-2.1x for an addition, 2.3-2.6x for a relabel
    # (the closing note of issue 15): these guard against regressions.
    assert percentile(adds, 95) / bare <= 3.0
    assert percentile(times, 95) / bare <= 3.5


def _annotator(url: str, doc: str, ready, go, until, out) -> None:
    """One annotator's workstation: add entities one after another, relabel every third, from
    ``go`` until ``until``."""
    from annotator.core.errors import AnnotatorError

    added, latencies, failures = [], [], 0
    with Project.open(url) as p:
        text = p.text(doc)
        i = 0
        ready.put(doc)
        go.wait()
        while time.time() < until.value:
            s = (i * 3) % (len(text) - 2)
            try:
                t0 = time.perf_counter()
                if i % 3 == 2 and added:
                    p.apply(RelabelEntity(doc, added[-1], "PERSON", "LOCATION"))
                    added.append(added.pop())  # relabelled, still there
                else:
                    e = p.new_entity(doc, s, s + 2, "PERSON")
                    change = p.apply(AddEntity(doc, e))
                    added.append(change.entities[0].new.id)
                latencies.append(time.perf_counter() - t0)
            except AnnotatorError:
                failures += 1
            i += 1
    out.put((p.user, added, latencies, failures))


def _listener(url: str, until, out, ready) -> None:
    """Another client: how long after its log row was written each operation reaches it."""
    import select

    import psycopg

    delays = []
    # notifications arriving while a query runs are the query's connection's: look up on another
    with psycopg.connect(url, autocommit=True) as con, psycopg.connect(url, autocommit=True) as lookup:
        con.execute("LISTEN annotator_oplog")
        ready.set()
        pg = con.pgconn
        while until.value == 0 or time.time() < until.value + 5:
            select.select([pg.socket], [], [], 0.5)
            pg.consume_input()
            seqs = []
            while (n := pg.notifies()) is not None:
                seqs.append(int(n.extra))
            now = time.time()
            if seqs:
                rows = lookup.execute("SELECT ts FROM oplog WHERE seq = ANY(%s)", (seqs,)).fetchall()
                delays.extend(now - ts for (ts,) in rows)
    out.put(delays)


def test_twenty_annotators_on_one_project(pg_server, tmp_path):
    from annotator.cli import main

    url = pg_server.create_database("bench_team")
    names = [f"bench_a{i:02d}" for i in range(ANNOTATORS)]
    assert main(["server", "init", url, "--annotators", ",".join(names)]) == 0
    with Project.open(url) as p, p.bulk_import("bench") as bulk:
        for i in range(ANNOTATORS):
            bulk.add(Document(f"doc{i:02d}", "𠮷野家の社長は東京で会見した。" * 200, {}))
    seconds = min(SECONDS, 60.0)
    ctx = multiprocessing.get_context("spawn")
    out, connected = ctx.Queue(), ctx.Queue()
    listening, go = ctx.Event(), ctx.Event()
    until = ctx.Value("d", 0.0)
    listener = ctx.Process(target=_listener, args=(url, until, out, listening))
    listener.start()
    assert listening.wait(60)
    procs = [ctx.Process(target=_annotator, args=(url.replace("annotator_admin@", f"{n}@"), f"doc{i:02d}",
                                                  connected, go, until, out)) for i, n in enumerate(names)]
    for proc in procs:
        proc.start()
    for _ in procs:  # every workstation connected before the clock starts
        connected.get(timeout=120)
    until.value = time.time() + seconds
    go.set()
    results = [out.get(timeout=seconds + 120) for _ in range(ANNOTATORS + 1)]
    for proc in [*procs, listener]:
        proc.join(60)
    delays = next(r for r in results if isinstance(r, list))
    workers = [r for r in results if isinstance(r, tuple)]
    latencies = [t for w in workers for t in w[2]]
    ops = len(latencies)
    with Project.open(url, read_only=True) as p:
        for who, added, _lat, _failures in workers:
            stored = p.layer_document(who, f"doc{names.index(who):02d}")
            assert stored is not None and sorted(e.id for e in stored.entities) == sorted(added), who
        logged = p._conn.execute("SELECT count(*) FROM oplog WHERE \"user\" LIKE 'bench_a%'").fetchone()[0]
    assert logged == ops  # each operation logged once: none lost, none twice
    report("server_twenty_annotators", {
        "annotators": ANNOTATORS, "seconds": seconds, "operations": ops, "ops_per_s": ops / seconds,
        "p50_ms": percentile(latencies, 50) * 1000, "p95_ms": percentile(latencies, 95) * 1000,
        "refused": sum(w[3] for w in workers), "propagated": len(delays),
        "propagation_p50_ms": percentile(delays, 50) * 1000, "propagation_p95_ms": percentile(delays, 95) * 1000,
    })
    assert len(delays) == ops and percentile(delays, 95) <= 1.0


def _export(where: str, out: str) -> dict:
    return run_child(f"""
        import time, json
        from annotator.core.store import Project
        from annotator.core.formats import jsonl
        t0 = time.perf_counter()
        with Project.open({where!r}, read_only=True) as p:
            n = jsonl.write_project(p, {out!r})
        print(json.dumps({{"docs": n, "s": time.perf_counter() - t0, "rss": _peak_rss_mb()}}))
    """)


def test_export_of_100k_documents_from_the_server(pg_server, tmp_path):
    from annotator.core.server import push
    from tests.benchmarks.test_bench_export import build

    figures = {}
    for n_docs in (10_000, 100_000):
        path = tmp_path / f"p{n_docs}.annotator"
        build(path, n_docs)
        url = pg_server.create_database(f"bench_export_{n_docs}")
        t0 = time.perf_counter()
        push(path, url)
        figures[f"push_s_{n_docs}"] = time.perf_counter() - t0
        from_file = _export(str(path), str(tmp_path / f"file{n_docs}.jsonl"))
        from_server = _export(url, str(tmp_path / f"server{n_docs}.jsonl"))
        assert from_server["docs"] == n_docs
        assert filecmp.cmp(tmp_path / f"file{n_docs}.jsonl", tmp_path / f"server{n_docs}.jsonl", shallow=False)
        figures[f"file_s_{n_docs}"] = from_file["s"]
        figures[f"server_s_{n_docs}"] = from_server["s"]
        figures[f"server_rss_mb_{n_docs}"] = from_server["rss"]
        figures[f"file_rss_mb_{n_docs}"] = from_file["rss"]
    figures["server_docs_per_s"] = 100_000 / figures["server_s_100000"]
    figures["ratio_server_to_file"] = figures["server_s_100000"] / figures["file_s_100000"]
    figures["server_rss_growth_10x_docs"] = figures["server_rss_mb_100000"] / figures["server_rss_mb_10000"]
    report("server_export", figures)
    assert figures["server_rss_growth_10x_docs"] < 1.15
