"""The morphology and the sentence splitter against the Stockmark NER corpus (issue 11, item 6).

**Morpheme boundaries.** Every gold entity of the corpus (13,185) is tokenized with its
record; an entity counts when both its start and its end are token boundaries (the start or
end of some token), so that snapping a selection to whole morphemes can reach it. Before
item 6: 13,116 of 13,185 = 99.48% (MeCab groups unknown words across ・, runs of symbols like
``-」`` and ``!!!"``, and two-kanji compounds of a country abbreviation: 日米, 渡米).

**Sentence boundaries.** Stockmark records are single sentences (Wikipedia sentences, one
per record), so the corpus gives a test of the splitter without hand-labelled boundaries:
the texts of 5 consecutive records (0-4, 5-9, …) are joined with nothing between them,
and the joined text is split. The true boundaries are the record boundaries (4 per group of
5, 4,274 in all); a record's own sentence ends are none, because each record is one
sentence. A boundary the splitter finds is the start of each sentence but the first. One at
a record boundary is a hit; one inside a record is *false* (it cuts a sentence, typically
inside a title such as 「すすめ!!パイレーツ」 or after Yahoo!); a record boundary with no
boundary found is a *miss*; recall = hits / record boundaries. Before item 6: 45 false,
recall 4,272 / 4,274. (A few "false" boundaries are real: a record that holds two sentences,
「…行方は?そして…」, counts as false here.)

Run: ``.venv/bin/pytest -q -m benchmark tests/benchmarks/test_bench_boundaries.py -s``.
"""

from __future__ import annotations

import json

import pytest

from tests.benchmarks._util import report
from tests.conftest import STOCKMARK, shared_file

pytestmark = pytest.mark.benchmark

BEFORE_ENTITIES_ON_BOUNDARIES = 13116
BEFORE_FALSE_SENTENCE_BOUNDARIES = 45
BEFORE_SENTENCE_HITS = 4272
GROUP = 5


def _records() -> list[dict]:
    return json.loads(shared_file(STOCKMARK).read_text(encoding="utf-8"))


def test_entities_start_and_end_on_morpheme_boundaries():
    from annotator.core.morph import Morphology

    morph = Morphology()
    total = on = 0
    for record in _records():
        text = record["text"]
        tokens = morph.tokenize(text)
        assert all(text[s:e] == surface for s, e, surface, _ in tokens)
        bounds = {t[0] for t in tokens} | {t[1] for t in tokens}
        for entity in record["entities"]:
            start, end = entity["span"]
            total += 1
            on += start in bounds and end in bounds
    rate = on / total
    report("boundaries_morphemes", {
        "entities": total,
        "on_boundaries_before": BEFORE_ENTITIES_ON_BOUNDARIES,
        "rate_before_percent": 100 * BEFORE_ENTITIES_ON_BOUNDARIES / total,
        "on_boundaries_after": on,
        "rate_after_percent": 100 * rate,
    })
    assert rate >= 0.997


def test_sentence_boundaries_on_records_joined_five_at_a_time():
    from annotator.core.sentences import split_sentences

    records = _records()
    false = hits = gold = 0
    for i in range(0, len(records), GROUP):
        texts = [r["text"] for r in records[i:i + GROUP]]
        joined = "".join(texts)
        truth = set()
        pos = 0
        for text in texts[:-1]:
            pos += len(text)
            truth.add(pos)
        found = {s.start for s in split_sentences(joined)[1:]}
        gold += len(truth)
        hits += len(found & truth)
        false += len(found - truth)
    report("boundaries_sentences", {
        "record_boundaries": gold,
        "false_before": BEFORE_FALSE_SENTENCE_BOUNDARIES,
        "false_after": false,
        "recall_before": BEFORE_SENTENCE_HITS / gold,
        "recall_after": hits / gold,
    })
    assert false < 10
    assert hits >= BEFORE_SENTENCE_HITS  # no recall lost
