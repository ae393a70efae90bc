"""Exporting 100,000 documents with 1,000,000 entities as canonical JSONL.

Targets: at least 50 MB/s, and peak RSS that does not grow with the number of documents
(compared with a project ten times smaller). Reference in the same run: copying the
exported file (the disk's own speed for those bytes).
"""

from __future__ import annotations

import shutil
import time

import pytest

from annotator.core.model import Document, Entity
from annotator.core.store import Project
from tests.benchmarks._util import report, run_child

pytestmark = pytest.mark.benchmark

TEXT = ("ソフトバンクグループの孫正義会長は東京都内で記者会見を開き、米国に5,000億ドルを投資すると発表した。"
        "𠮷野家😀の売上は前年比12%増となった。")


def build(path, n_docs: int) -> None:
    with Project.open(path, create=True) as p, p.bulk_import("bench") as bulk:
        for i in range(n_docs):
            ents = [Entity(f"T{k + 1}", k * 7, k * 7 + 3, "PERSON", TEXT[k * 7 : k * 7 + 3]) for k in range(10)]
            bulk.add(Document(f"doc{i:06d}", TEXT, {"i": i}, entities=ents))


def export(project, out) -> dict:
    return run_child(f"""
        import time, json
        from annotator.core.store import Project
        from annotator.core.formats import jsonl
        t0 = time.perf_counter()
        with Project.open({str(project)!r}) as p:
            n = jsonl.write_project(p, {str(out)!r})
        print(json.dumps({{"docs": n, "s": time.perf_counter() - t0, "rss": _peak_rss_mb()}}))
    """)


def test_export_100k_documents_1m_entities(tmp_path):
    small, big = tmp_path / "small.annotator", tmp_path / "big.annotator"
    build(small, 10_000)
    build(big, 100_000)
    small_run = export(small, tmp_path / "small.jsonl")
    big_out = tmp_path / "big.jsonl"
    big_run = export(big, big_out)
    size = big_out.stat().st_size
    t0 = time.perf_counter()
    shutil.copyfile(big_out, tmp_path / "copy.jsonl")
    copy_s = time.perf_counter() - t0
    mb = size / 1e6
    report("export", {
        "documents": big_run["docs"], "entities": 1_000_000, "megabytes": mb, "seconds": big_run["s"],
        "mb_per_s": mb / big_run["s"], "file_copy_mb_per_s": mb / copy_s,
        "ratio_over_file_copy": (mb / big_run["s"]) / (mb / copy_s),
        "peak_rss_mb_100k_docs": big_run["rss"], "peak_rss_mb_10k_docs": small_run["rss"],
        "rss_growth_10x_docs": big_run["rss"] / small_run["rss"],
    })
    assert big_run["docs"] == 100_000
    assert mb / big_run["s"] >= 50
    assert big_run["rss"] / small_run["rss"] < 1.15
