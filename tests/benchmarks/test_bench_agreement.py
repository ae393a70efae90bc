"""Agreement on the Stockmark corpus annotated by three simulated annotators (issue 14).

The annotators: ``gold`` (the corpus's entities, 5,343 sentences) and two copies of it, each
with a seeded share of the gold entities changed: 10% dropped, 10% shifted by one morpheme
(to the right, or to the left where that is impossible or would land on an existing entity),
10% relabelled (to another of the corpus's eight labels that no entity has at that span). A
change that cannot be made without landing on an existing entity becomes a drop, so every
changed entity is certain not to match a gold entity exactly. Then the exact span F1 between
gold and a copy follows from the perturbation alone: 2 * kept / (gold + copy).

``compute`` must take at most 5 s, with the tokens computed by a fresh tokenizer (nothing
cached) and with the tokens cached (a dict of the texts' tokens).

Run: ``.venv/bin/pytest -q -m benchmark tests/benchmarks/test_bench_agreement.py -s``.
"""

from __future__ import annotations

import bisect
import json
import random
import time

import pytest

from tests.benchmarks._util import report
from tests.conftest import STOCKMARK, shared_file

pytestmark = pytest.mark.benchmark

LIMIT_SECONDS = 5.0
SHARES = {"drop": 0.10, "shift": 0.10, "relabel": 0.10}


def _gold():
    from annotator.core.model import Document, Entity, Status

    docs = {}
    for n, record in enumerate(json.loads(shared_file(STOCKMARK).read_text(encoding="utf-8"))):
        text = record["text"]
        keys = sorted({(e["span"][0], e["span"][1], e["type"]) for e in record["entities"]})
        doc_id = f"{n:05d}-{record['curid']}"
        docs[doc_id] = Document(doc_id, text, status=Status.DONE,
                                entities=[Entity(f"g{k}", s, e, lb, text[s:e]) for k, (s, e, lb) in enumerate(keys)])
    return docs


def _place(key, entity, text: str, taken: set, ents: list) -> bool:
    """Add ``entity`` moved to ``key`` (start, end, label) unless it lands on a taken key."""
    if key is None or key in taken:
        return False
    taken.add(key)
    ents.append(entity.with_(start=key[0], end=key[1], label=key[2], text=text[key[0]:key[1]]))
    return True


def _perturb(gold: dict, tokens: dict, labels: list[str], seed: int) -> tuple[dict, dict]:
    """A copy of ``gold`` with SHARES of its entities changed, and what was done (counts)."""
    from annotator.core.model import Document

    rng = random.Random(seed)
    done = {"kept": 0, "drop": 0, "shift": 0, "relabel": 0, "gold": 0, "copy": 0}
    out = {}
    for doc_id, doc in gold.items():
        toks = tokens[doc.text]
        starts = [t[0] for t in toks]
        taken = {e.key for e in doc.entities}  # gold keys and every key produced so far
        ents: list = []

        for e in doc.entities:
            r = rng.random()
            kind = ("drop" if r < SHARES["drop"] else "shift" if r < SHARES["drop"] + SHARES["shift"]
                    else "relabel" if r < sum(SHARES.values()) else "keep")
            if kind == "keep":
                ents.append(e)
                done["kept"] += 1
            elif kind == "shift":
                i = bisect.bisect_right(starts, e.start) - 1
                j = bisect.bisect_right(starts, e.end - 1) - 1
                right = (toks[i + 1][0], toks[j + 1][1], e.label) if i >= 0 and j + 1 < len(toks) else None
                left = (toks[i - 1][0], toks[j - 1][1], e.label) if i >= 1 else None
                placed = _place(right, e, doc.text, taken, ents) or _place(left, e, doc.text, taken, ents)
                done["shift" if placed else "drop"] += 1
            elif kind == "relabel":
                others = [lb for lb in labels if lb != e.label]
                rng.shuffle(others)
                placed = any(_place((e.start, e.end, lb), e, doc.text, taken, ents) for lb in others)
                done["relabel" if placed else "drop"] += 1
            else:
                done["drop"] += 1
        done["gold"] += len(doc.entities)
        done["copy"] += len(ents)
        out[doc_id] = Document(doc_id, doc.text, status=doc.status, entities=ents)
    return out, done


def test_agreement_of_three_simulated_annotators():
    from annotator.core import agreement
    from annotator.core.model import builtin_label_set
    from annotator.core.morph import Morphology

    gold = _gold()
    morph = Morphology()
    cache = {d.text: morph.tokenize(d.text) for d in gold.values()}
    labels = [lb.name for lb in builtin_label_set("stockmark")]
    one, done1 = _perturb(gold, cache, labels, seed=1)
    two, done2 = _perturb(gold, cache, labels, seed=2)
    versions = {"gold": gold, "one": one, "two": two}

    t0 = time.perf_counter()
    fresh = agreement.compute(versions, tokens=Morphology().tokenize)  # a fresh tokenizer: nothing cached
    uncached = time.perf_counter() - t0
    t0 = time.perf_counter()
    r = agreement.compute(versions, tokens=cache.__getitem__)
    cached = time.perf_counter() - t0
    assert fresh.to_json() == r.to_json()

    assert r.documents == r.documents_all == len(gold) == 5343
    for copy, done in (("one", done1), ("two", done2)):
        exact = r.pair("gold", copy).entities.exact
        # the perturbation implies the count: every kept entity matches, no changed one does
        assert (exact.matched, exact.total) == (done["kept"], done["gold"] + done["copy"])
        assert exact.f1 == 2 * done["kept"] / (done["gold"] + done["copy"])
        assert done["gold"] == done["kept"] + done["drop"] + done["shift"] + done["relabel"]
        assert r.pair("gold", copy).entities.overlap.f1 >= exact.f1
    figures = {
        "documents": r.documents,
        "morphemes": r.morphemes,
        "gold_entities": done1["gold"],
        "copy_one_changes": {k: done1[k] for k in ("kept", "drop", "shift", "relabel")},
        "copy_two_changes": {k: done2[k] for k in ("kept", "drop", "shift", "relabel")},
        "compute_seconds_tokens_uncached": uncached,
        "compute_seconds_tokens_cached": cached,
        "exact_f1_gold_one": r.pair("gold", "one").entities.exact.f1,
        "exact_f1_gold_one_expected": 2 * done1["kept"] / (done1["gold"] + done1["copy"]),
        "exact_f1_gold_two": r.pair("gold", "two").entities.exact.f1,
        "exact_f1_gold_two_expected": 2 * done2["kept"] / (done2["gold"] + done2["copy"]),
        "overlap_f1_gold_one": r.pair("gold", "one").entities.overlap.f1,
        "exact_f1_one_two": r.pair("one", "two").entities.exact.f1,
        "cohen_kappa_gold_one": r.pair("gold", "one").entities.cohen_kappa,
        "cohen_kappa_gold_two": r.pair("gold", "two").entities.cohen_kappa,
        "cohen_kappa_one_two": r.pair("one", "two").entities.cohen_kappa,
        "fleiss_kappa": r.entities.fleiss_kappa,
        "krippendorff_alpha": r.entities.krippendorff_alpha,
    }
    report("agreement_three_annotators", figures)
    assert uncached <= LIMIT_SECONDS and cached <= LIMIT_SECONDS
