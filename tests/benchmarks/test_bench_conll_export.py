"""Exporting the 100,000-document corpus project (``corpus.py``: real Stockmark sentences three to
a document, a million entities on morphemes, one dense document of 10,000 entities) to CoNLL IOB2.

Measured in child processes, beside references of the same run over the same documents read
from the same project (the machine may be busy: ratios to a reference measured beside it are
what compares across runs):

- bare fugashi: ``fugashi.Tagger`` iterating each text's nodes and reading ``surface`` (the
  floor: a CoNLL export must at least tokenize every text);
- the morphology layer: ``default_morphology().tokenize`` of each text (offsets, the cuts for
  snapping), which the export uses.

Targets: peak RSS that does not grow with the number of documents (compared with a project ten
times smaller: the loss report is the only thing that grows, with the entities lost); CPU time
at most twice the morphology layer's (the tags, sentences and lines cost less than the
tokenizing itself).
"""

from __future__ import annotations

import pytest

from tests.benchmarks._util import report, run_child
from tests.benchmarks.corpus import build_corpus
from tests.conftest import STOCKMARK

pytestmark = pytest.mark.benchmark

RUNS = 2


def export(project, out) -> dict:
    return run_child(f"""
        import time, json
        from annotator.core.store import Project
        from annotator.core.formats import conll
        from annotator.core.formats.base import LossReport
        lost = LossReport()
        t0, c0 = time.perf_counter(), time.process_time()
        with Project.open({str(project)!r}, read_only=True) as p:
            n = conll.write(p, {str(out)!r}, lost=lost, scheme="iob2")
        print(json.dumps({{"docs": n, "s": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                          "rss": _peak_rss_mb(), "lost": len(lost)}}))
    """)


def tokenize_only(project, how: str) -> dict:
    return run_child(f"""
        import time, json
        from annotator.core.store import Project
        t0, c0 = time.perf_counter(), time.process_time()
        if {how!r} == "fugashi":
            import fugashi
            tagger = fugashi.Tagger()
            def run(text):
                n = 0
                for node in tagger(text):
                    node.surface
                    n += 1
                return n
        else:
            from annotator.core.morph import default_morphology
            tokenize = default_morphology().tokenize
            def run(text):
                return len(tokenize(text))
        tokens = 0
        with Project.open({str(project)!r}, read_only=True) as p:
            for doc in p.iter_documents():
                tokens += run(doc.text)
        print(json.dumps({{"tokens": tokens, "s": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                          "rss": _peak_rss_mb()}}))
    """)


def test_conll_export_of_100k_documents(tmp_path):
    small = build_corpus(tmp_path / "small.annotator", STOCKMARK, documents=10_000)
    big = build_corpus(tmp_path / "big.annotator", STOCKMARK, documents=100_000)
    small_run = export(small.path, tmp_path / "small.conll")
    out = tmp_path / "big.conll"
    ours, bare, layer = [], [], []
    for _ in range(RUNS):  # interleaved
        ours.append(export(big.path, out))
        bare.append(tokenize_only(big.path, "fugashi"))
        layer.append(tokenize_only(big.path, "layer"))
    mb = out.stat().st_size / 1e6
    best = min(ours, key=lambda r: r["cpu"])
    best_bare = min(r["cpu"] for r in bare)
    best_layer = min(r["cpu"] for r in layer)
    big_rss = max(r["rss"] for r in ours)
    report("conll_export", {
        "source": big.source, "documents": best["docs"], "entities": big.entities, "megabytes": mb,
        "entities_lost": best["lost"],
        "seconds_wall_best": min(r["s"] for r in ours), "seconds_cpu_best": best["cpu"],
        "docs_per_s_cpu": best["docs"] / best["cpu"], "mb_per_s_cpu": mb / best["cpu"],
        "bare_fugashi_cpu_s": best_bare, "layer_tokenize_cpu_s": best_layer,
        "ratio_export_over_bare_fugashi": best["cpu"] / best_bare,
        "ratio_export_over_layer_tokenize": best["cpu"] / best_layer,
        "peak_rss_mb_100k_docs": big_rss, "peak_rss_mb_10k_docs": small_run["rss"],
        "rss_growth_10x_docs": big_rss / small_run["rss"],
        "peak_rss_mb_layer_tokenize": max(r["rss"] for r in layer),
    })
    assert best["docs"] == 100_000 and small_run["docs"] == 10_000
    assert big_rss / small_run["rss"] < 1.15
    assert best["cpu"] / best_layer <= 2.0
