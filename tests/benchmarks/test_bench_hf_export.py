"""Exporting 100,000 documents with 1,000,000 entities to the ``datasets`` form (``--format hf``).

The project of ``test_bench_export.build``. Measured in child processes (peak RSS of each):

- the hf export of the 100,000-document project, and of one ten times smaller: peak RSS must
  not grow with the number of documents (streamed in batches, one Parquet row group each);
- the canonical JSONL export of the same project (``jsonl.write_project``), the in-run
  reference: the hf export's time as a multiple of it (the machine may be busy; ratios to a
  reference measured beside it are what compares across runs).

Needs pyarrow (the ``hf`` extra); skipped without it.
"""

from __future__ import annotations

import statistics

import pytest

from tests.benchmarks._util import report, run_child
from tests.benchmarks.test_bench_export import build

pytestmark = pytest.mark.benchmark

RUNS = 2


def export_hf(project, out) -> dict:
    return run_child(f"""
        import time, json, shutil
        from annotator.core.store import Project
        from annotator.core.formats import hf
        from annotator.core.formats.base import LossReport
        shutil.rmtree({str(out)!r}, ignore_errors=True)
        t0 = time.perf_counter()
        with Project.open({str(project)!r}, read_only=True) as p:
            n = hf.write(p, {str(out)!r}, lost=LossReport())
        print(json.dumps({{"docs": n, "s": time.perf_counter() - t0, "rss": _peak_rss_mb()}}))
    """)


def export_jsonl(project, out) -> dict:
    return run_child(f"""
        import time, json
        from annotator.core.store import Project
        from annotator.core.formats import jsonl
        t0 = time.perf_counter()
        with Project.open({str(project)!r}, read_only=True) as p:
            n = jsonl.write_project(p, {str(out)!r})
        print(json.dumps({{"docs": n, "s": time.perf_counter() - t0, "rss": _peak_rss_mb()}}))
    """)


def test_hf_export_100k_documents_1m_entities(tmp_path):
    pytest.importorskip("pyarrow")
    small, big = tmp_path / "small.annotator", tmp_path / "big.annotator"
    build(small, 10_000)
    build(big, 100_000)
    small_run = export_hf(small, tmp_path / "small_hf")
    ours, canonical = [], []
    for _ in range(RUNS):  # alternating with the reference
        ours.append(export_hf(big, tmp_path / "big_hf"))
        canonical.append(export_jsonl(big, tmp_path / "big.jsonl"))
    jsonl_mb = (tmp_path / "big.jsonl").stat().st_size / 1e6
    parquet_mb = sum(p.stat().st_size for p in (tmp_path / "big_hf").rglob("*") if p.is_file()) / 1e6
    best, best_ref = min(r["s"] for r in ours), min(r["s"] for r in canonical)
    big_rss = max(r["rss"] for r in ours)
    report("hf_export", {
        "documents": ours[0]["docs"], "entities": 1_000_000,
        "canonical_jsonl_megabytes": jsonl_mb, "hf_folder_megabytes": parquet_mb,
        "seconds_best": best, "seconds_median": statistics.median(r["s"] for r in ours),
        "documents_per_s": ours[0]["docs"] / best, "jsonl_equivalent_mb_per_s": jsonl_mb / best,
        "canonical_seconds_best": best_ref, "canonical_mb_per_s": jsonl_mb / best_ref,
        "time_over_canonical": best / best_ref,
        "peak_rss_mb_100k_docs": big_rss, "peak_rss_mb_10k_docs": small_run["rss"],
        "canonical_peak_rss_mb_100k_docs": max(r["rss"] for r in canonical),
        "rss_growth_10x_docs": big_rss / small_run["rss"],
    })
    assert ours[0]["docs"] == 100_000 and small_run["docs"] == 10_000
    assert big_rss / small_run["rss"] < 1.15  # flat: batches, not the project, are in memory
    assert best / best_ref < 40  # a guard against a pathological slowdown, not a target
