"""The claim-suggestion pass vs tokenization alone, on the Stockmark corpus and the novel.

Target: throughput of (tokenize + sentences + suggestions) at least 0.5 x that of
tokenizing the same texts, measured in the same run (CPU time, interleaved, best of three).
"""

from __future__ import annotations

import json
import time

import pytest

from annotator.core.morph import Morphology
from annotator.core.suggest import suggest
from tests.benchmarks._util import report
from tests.conftest import NOVEL, STOCKMARK, shared_file

pytestmark = pytest.mark.benchmark


def _measure(name: str, texts: list[str]) -> None:
    morph = Morphology()
    for t in texts[:50]:
        morph.tokenize(t)
    tok_times, sug_times = [], []
    n_suggestions = 0
    for _ in range(3):
        t0 = time.process_time()
        for t in texts:
            morph.tokenize(t)
        tok_times.append(time.process_time() - t0)
        t0 = time.process_time()
        n_suggestions = 0
        for t in texts:
            n_suggestions += len(suggest(t, morph.tokenize(t), []))
        sug_times.append(time.process_time() - t0)
    chars = sum(len(t) for t in texts)
    ratio = min(tok_times) / min(sug_times)
    report(f"suggest_{name}", {
        "texts": len(texts), "characters": chars, "suggestions": n_suggestions,
        "tokenize_s": min(tok_times), "tokenize_and_suggest_s": min(sug_times),
        "chars_per_s_with_suggestions": chars / min(sug_times), "throughput_ratio": ratio,
    })
    assert ratio >= 0.5


def test_suggest_stockmark():
    data = json.loads(shared_file(STOCKMARK).read_text(encoding="utf-8"))
    _measure("stockmark", [r["text"] for r in data])


def test_suggest_novel():
    _measure("novel", [shared_file(NOVEL).read_text(encoding="utf-8")])
