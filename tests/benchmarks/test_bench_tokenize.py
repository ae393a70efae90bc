"""Tokenizing the novel through the morphology layer vs bare fugashi, in one run.

Target: throughput of the layer (offsets, features, per-paragraph calls) >= 0.7 x bare
fugashi iterating the same text's nodes and reading ``surface``. Times are CPU times
(``process_time``), interleaved, best of five.
"""

from __future__ import annotations

import time

import pytest

from tests.benchmarks._util import report
from tests.conftest import NOVEL, shared_file

pytestmark = pytest.mark.benchmark


def test_tokenize_novel_vs_bare_fugashi():
    import fugashi

    from annotator.core.morph import Morphology

    text = shared_file(NOVEL).read_text(encoding="utf-8")
    tagger = fugashi.Tagger()

    def bare() -> int:
        n = 0
        for node in tagger(text):
            node.surface  # noqa: B018 - reading surface is the reference's whole work
            n += 1
        return n

    clock = time.process_time  # CPU time: a neighbour on the shared machine does not count
    cold = Morphology()
    t0 = clock()
    tokens = cold.tokenize(text)
    cold_s = clock() - t0
    layer = Morphology()
    layer.tokenize(text[:20000])  # warm the tagger (the dictionary mmap), as bare is warmed below
    bare()
    layer_times, bare_times = [], []
    for _ in range(5):  # interleaved, best of five
        t0 = clock()
        layer.tokenize(text)
        layer_times.append(clock() - t0)
        t0 = clock()
        n_bare = bare()
        bare_times.append(clock() - t0)
    ratio = min(bare_times) / min(layer_times)
    report("tokenize", {
        "characters": len(text), "tokens_layer": len(tokens), "tokens_bare": n_bare,
        "layer_s": min(layer_times), "layer_cold_s": cold_s, "bare_fugashi_s": min(bare_times),
        "layer_chars_per_s": len(text) / min(layer_times), "throughput_ratio_layer_over_bare": ratio,
    })
    assert ratio >= 0.7
