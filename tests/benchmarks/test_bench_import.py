"""Importing the Stockmark corpus: documents per second and peak RSS.

Reference in the same run: ``json.load`` of the same file and a bare ``executemany`` of
its documents and entities into SQLite (no validation, no log, no cache).
"""

from __future__ import annotations

import pytest

from tests.benchmarks._util import report, run_child
from tests.conftest import STOCKMARK, shared_file

pytestmark = pytest.mark.benchmark


def test_import_stockmark(tmp_path):
    src = shared_file(STOCKMARK)
    ours = run_child(f"""
        import time, json
        from pathlib import Path
        from annotator.core.store import Project
        from annotator.core.importer import import_files
        t0 = time.perf_counter()
        with Project.open({str(tmp_path / "sm.annotator")!r}, create=True, label_set="stockmark") as p:
            r = import_files(p, [Path({str(src)!r})], fmt="stockmark")
        dt = time.perf_counter() - t0
        print(json.dumps({{"docs": r.documents, "entities": r.entities, "s": dt, "rss": _peak_rss_mb()}}))
    """)
    ref = run_child(f"""
        import time, json, sqlite3
        t0 = time.perf_counter()
        data = json.load(open({str(src)!r}, encoding="utf-8"))
        con = sqlite3.connect({str(tmp_path / "ref.sqlite")!r})
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE d (id TEXT, text TEXT)")
        con.execute("CREATE TABLE e (doc INTEGER, s INTEGER, e INTEGER, label TEXT)")
        con.executemany("INSERT INTO d VALUES (?, ?)", [(r["curid"], r["text"]) for r in data])
        con.executemany("INSERT INTO e VALUES (?, ?, ?, ?)", [(i, x["span"][0], x["span"][1], x["type"])
                                                             for i, r in enumerate(data) for x in r["entities"]])
        con.commit()
        print(json.dumps({{"s": time.perf_counter() - t0, "rss": _peak_rss_mb()}}))
    """)
    assert (ours["docs"], ours["entities"]) == (5343, 13185)
    report("import_stockmark", {
        "documents": ours["docs"], "entities": ours["entities"], "seconds": ours["s"],
        "documents_per_s": ours["docs"] / ours["s"], "peak_rss_mb": ours["rss"],
        "bare_json_sqlite_s": ref["s"], "bare_peak_rss_mb": ref["rss"], "time_ratio_over_bare": ours["s"] / ref["s"],
    })
