"""Importing the Stockmark corpus: documents per second and peak RSS.

Reference in the same run: ``json.load`` of the same file and a bare ``executemany`` of its
documents and entities into SQLite (no validation, no index, no log, no cache). The two are
run alternately, several times each (the machine may be busy): the ratio of the best times,
and the median of the ratios of each pair, are reported.
"""

from __future__ import annotations

import statistics

import pytest

from tests.benchmarks._util import report, run_child
from tests.conftest import STOCKMARK, shared_file

pytestmark = pytest.mark.benchmark

RUNS = 5


def ours(src, project) -> dict:
    return run_child(f"""
        import time, json
        from pathlib import Path
        from annotator.core.store import Project
        from annotator.core.importer import import_files
        t0 = time.perf_counter()
        with Project.open({str(project)!r}, create=True, label_set="stockmark") as p:
            r = import_files(p, [Path({str(src)!r})], fmt="stockmark")
        dt = time.perf_counter() - t0
        print(json.dumps({{"docs": r.documents, "entities": r.entities, "s": dt, "rss": _peak_rss_mb()}}))
    """)


def bare(src, database) -> dict:
    return run_child(f"""
        import time, json, sqlite3
        t0 = time.perf_counter()
        data = json.load(open({str(src)!r}, encoding="utf-8"))
        con = sqlite3.connect({str(database)!r})
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE d (id TEXT, text TEXT)")
        con.execute("CREATE TABLE e (doc INTEGER, s INTEGER, e INTEGER, label TEXT)")
        con.executemany("INSERT INTO d VALUES (?, ?)", [(r["curid"], r["text"]) for r in data])
        con.executemany("INSERT INTO e VALUES (?, ?, ?, ?)", [(i, x["span"][0], x["span"][1], x["type"])
                                                             for i, r in enumerate(data) for x in r["entities"]])
        con.commit()
        print(json.dumps({{"s": time.perf_counter() - t0, "rss": _peak_rss_mb()}}))
    """)


def test_import_stockmark(tmp_path):
    src = shared_file(STOCKMARK)
    runs, refs = [], []
    for k in range(RUNS):
        runs.append(ours(src, tmp_path / f"sm{k}.annotator"))
        refs.append(bare(src, tmp_path / f"ref{k}.sqlite"))
    assert all((r["docs"], r["entities"]) == (5343, 13185) for r in runs)
    best, best_ref = min(r["s"] for r in runs), min(r["s"] for r in refs)
    report("import_stockmark", {
        "documents": runs[0]["docs"], "entities": runs[0]["entities"], "seconds_best": best,
        "documents_per_s": runs[0]["docs"] / best, "peak_rss_mb": max(r["rss"] for r in runs),
        "bare_json_sqlite_s_best": best_ref, "bare_peak_rss_mb": max(r["rss"] for r in refs),
        "time_ratio_over_bare_best": best / best_ref,
        "time_ratio_over_bare_median": statistics.median(r["s"] / b["s"] for r, b in zip(runs, refs, strict=True)),
    })
    assert best / best_ref < 5  # a regression guard: it was 5 to 8 before the import was batched
