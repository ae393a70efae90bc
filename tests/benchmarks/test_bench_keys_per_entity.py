"""Keys per entity: a scripted annotator labels every gold entity of the seed article (one
document per line) with the fewest key presses the keymap allows from where the cursor is,
before and after navigation by meaning (issue 11). Goal: a mean of at most 3.0 after.

The keys are modelled in ``keys_model`` with the core functions the window calls; the window
replays them in tests/ui/test_navigation_meaning.py. Each entity costs its moves plus one label
key; opening the next document (Alt+Down, one press per line) is counted separately.

    .venv/bin/pytest -q -p no:cacheprovider -m benchmark tests/benchmarks/test_bench_keys_per_entity.py -s
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from annotator.core.model import LABEL_SETS
from tests.benchmarks._util import percentile, report
from tests.benchmarks.keys_model import annotate

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((Path(__file__).parent / "data" / "seed_gold_entities.json").read_text(encoding="utf-8"))
LABEL_KEYS = {lb.name: lb.key for lb in LABEL_SETS["irex"]}


def documents() -> list[tuple[str, list[dict]]]:
    lines = (ROOT / GOLD["source"]).read_text(encoding="utf-8").split("\n")
    return [(lines[d["line"]], d["entities"]) for d in GOLD["documents"]]


def test_the_gold_spans_are_the_text_they_say():
    total = 0
    for text, gold in documents():
        for g in gold:
            assert text[g["start"]:g["end"]] == g["text"]
            assert g["label"] in LABEL_KEYS
            total += 1
    assert total == 89


def run(new: bool) -> tuple[list[int], Counter]:
    costs, used = [], Counter()
    for text, gold in documents():
        for _g, keys in annotate(text, gold, new=new, label_keys=LABEL_KEYS):
            costs.append(len(keys))
            used.update(keys[:-1])
    return costs, used


def test_keys_per_entity_before_and_after():
    results = {}
    for name, new in (("before", False), ("after", True)):
        costs, used = run(new)
        results[f"{name}_mean"] = sum(costs) / len(costs)
        results[f"{name}_p95"] = percentile(costs, 95)
        results[f"{name}_max"] = max(costs)
        results[f"{name}_total"] = sum(costs)
        results[f"{name}_keys_used"] = dict(used.most_common())
    docs = len(GOLD["documents"])
    n = sum(len(d["entities"]) for d in GOLD["documents"])
    results["entities"] = n
    results["documents"] = docs
    results["document_keys"] = docs - 1  # Alt+Down from one line to the next
    results["after_mean_with_document_keys"] = (results["after_total"] + docs - 1) / n
    results["before_mean_with_document_keys"] = (results["before_total"] + docs - 1) / n
    report("keys_per_entity", results)
    assert results["after_mean"] <= 3.0
    assert results["after_mean"] < results["before_mean"]
