"""Merge and agreement through the ``annotator`` command on the Stockmark corpus annotated by
three simulated annotators (issue 14): ``gold`` and two perturbed copies (see
test_bench_agreement.py for the perturbation), each in its own package made by ``annotator
package`` and filled by ``annotator import --update``. Timed: ``annotator merge`` of the three
packages (goal: at most 10 s) and ``annotator agreement --json`` (goal: at most 5 s), each a
fresh process, wall time; then the agreement must be what the perturbation implies, and a
second merge must change nothing.

Run: ``.venv/bin/pytest -q -m benchmark tests/benchmarks/test_bench_merge.py -s``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from tests.benchmarks._util import report
from tests.benchmarks.test_bench_agreement import _gold, _perturb

pytestmark = pytest.mark.benchmark


def _cli(*args: str) -> tuple[float, str]:
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - t0
    assert res.returncode == 0, res.stderr
    return seconds, res.stdout


def _jsonl(path, docs) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs.values():
            fh.write(json.dumps({"id": d.id, "text": d.text, "status": "done",
                                 "entities": [e.to_json() for e in d.entities]}, ensure_ascii=False) + "\n")


def test_merge_and_agreement_of_three_packages(tmp_path):
    from annotator.core import layer_rows
    from annotator.core.model import builtin_label_set
    from annotator.core.morph import Morphology
    from annotator.core.store import Project

    gold = _gold()
    morph = Morphology()
    cache = {d.text: morph.tokenize(d.text) for d in gold.values()}
    labels = [lb.name for lb in builtin_label_set("stockmark")]
    one, done1 = _perturb(gold, cache, labels, seed=1)
    two, done2 = _perturb(gold, cache, labels, seed=2)
    texts = tmp_path / "texts.jsonl"
    with open(texts, "w", encoding="utf-8") as fh:
        for d in gold.values():
            fh.write(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) + "\n")
    lead = tmp_path / "lead.annotator"
    _cli("import", str(lead), str(texts), "--labels", "stockmark")
    with Project.open(lead) as p, p.db.write() as c:  # every document to all three (assign gives two at most)
        rows = [r[0] for r in c.execute("SELECT rowid FROM documents")]
        layer_rows.set_assignments(c, ((r, n) for r in rows for n in ("gold", "one", "two")))
    packages = []
    for name, docs in (("gold", gold), ("one", one), ("two", two)):
        pkg = tmp_path / f"{name}.annotator"
        _cli("package", str(lead), "--for", name, "-o", str(pkg))
        work = tmp_path / f"{name}.jsonl"
        _jsonl(work, docs)
        _cli("import", str(pkg), str(work), "--update", "--annotator", name)
        packages.append(str(pkg))

    merge_s, said = _cli("merge", str(lead), *packages)
    assert "16029 document versions" in said  # 5,343 x 3
    again_s, said = _cli("merge", str(lead), *packages)
    assert "nothing new" in said
    agreement_s, out = _cli("agreement", str(lead), "--json")
    got = json.loads(out)
    pairs = {tuple(p["annotators"]): p for p in got["pairs"]}

    def exact(a: str, b: str) -> float:
        return pairs[(a, b)]["entities"]["exact"]["f1"]

    expected1 = 2 * done1["kept"] / (done1["gold"] + done1["copy"])
    expected2 = 2 * done2["kept"] / (done2["gold"] + done2["copy"])
    figures = {"documents": got["documents"], "merge_seconds": merge_s, "second_merge_seconds": again_s,
               "agreement_seconds": agreement_s, "exact_f1_gold_one": exact("gold", "one"),
               "exact_f1_gold_one_expected": expected1, "exact_f1_gold_two": exact("gold", "two"),
               "exact_f1_gold_two_expected": expected2}
    report("merge_three_packages", figures)
    assert got["documents"] == 5343
    assert abs(exact("gold", "one") - expected1) < 1e-9 and abs(exact("gold", "two") - expected2) < 1e-9
    assert merge_s <= 10 and agreement_s <= 5
