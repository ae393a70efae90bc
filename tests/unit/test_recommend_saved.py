"""Saved models: a missing, damaged, stale or other-version model is rebuilt, never trusted."""

from __future__ import annotations

import pytest

from annotator.core.recommend import REGISTRY, CrfRecommender, Example, StringMatcher, create, train_payload
from annotator.core.recommend.saved import dump_model, fingerprint, load_model, load_or_train, read_header

LABELS = ["PERSON", "LOCATION"]
EXAMPLES = [
    Example.of("𠮷田中さんは大阪に住んでいる。", [(1, 3, "PERSON"), (6, 8, "LOCATION")]),
    Example.of("😀鈴木さんが京都から来た。", [(1, 3, "PERSON"), (6, 8, "LOCATION")]),
    Example.of("佐藤さんは書いている途中", [(0, 2, "PERSON")], complete=False),
]


@pytest.fixture(params=sorted(REGISTRY))
def name(request) -> str:
    return request.param


def _saved(name: str) -> tuple[bytes, str]:
    rec = create(name, LABELS if name != "numeric" else ["DATE", "MONEY"])
    rec.train(EXAMPLES)
    data = fingerprint(EXAMPLES, rec.labels)
    return dump_model(rec, data), data


def test_a_fitting_model_loads_and_suggests_like_the_trained_one(name):
    blob, data = _saved(name)
    labels = LABELS if name != "numeric" else ["DATE", "MONEY"]
    loaded = load_model(blob, REGISTRY[name], labels, data=data)
    assert loaded.recommender is not None and loaded.reason is None and not loaded.stale
    fresh = create(name, labels)
    fresh.train(EXAMPLES)
    text = "𠮷田中さんは2024年に大阪へ100円"
    assert loaded.recommender.suggest(text) == fresh.suggest(text)
    assert loaded.header["recommender"] == name and loaded.header["examples"] == fresh.trained_examples


@pytest.mark.parametrize("blob", [None, b"", b"random bytes", b"ANNOTATOR-RECOMMENDER\nnot json\npayload"])
def test_missing_or_not_a_model(blob):
    loaded = load_model(blob, StringMatcher, LABELS)
    assert loaded.recommender is None and loaded.reason


def test_damaged_payload_is_refused():
    blob, data = _saved("crf")
    for bad in (blob[:-10], blob[:-1] + bytes([blob[-1] ^ 1])):
        loaded = load_model(bad, CrfRecommender, LABELS, data=data)
        assert loaded.recommender is None and "damaged" in loaded.reason


def test_another_recommender_version_environment_or_label_set(monkeypatch):
    blob, data = _saved("crf")
    assert "another recommender" in load_model(blob, StringMatcher, LABELS, data=data).reason
    assert "another label set" in load_model(blob, CrfRecommender, ["PERSON"], data=data).reason
    monkeypatch.setattr(CrfRecommender, "version", CrfRecommender.version + 1)
    assert "another version" in load_model(blob, CrfRecommender, LABELS, data=data).reason
    monkeypatch.undo()
    monkeypatch.setattr(CrfRecommender, "environment", classmethod(lambda cls: "python-crfsuite 0.0.1"))
    assert "another version" in load_model(blob, CrfRecommender, LABELS, data=data).reason


def test_a_stale_model_is_refused_unless_asked_for_while_retraining():
    blob, _ = _saved("matcher")
    changed = [*EXAMPLES[:2], Example.of("佐藤さんは書いている途中", [(0, 2, "PERSON")], complete=True)]
    data = fingerprint(changed, LABELS)
    loaded = load_model(blob, StringMatcher, LABELS, data=data)
    assert loaded.recommender is None and loaded.stale and "other annotations" in loaded.reason
    loaded = load_model(blob, StringMatcher, LABELS, data=data, stale_ok=True)
    assert loaded.recommender is not None and loaded.stale


def test_fingerprint_follows_every_change_of_the_training_data():
    base = fingerprint(EXAMPLES, LABELS)
    assert fingerprint(list(EXAMPLES), LABELS) == base
    assert fingerprint(EXAMPLES, [*LABELS, "ORG"]) != base
    relabelled = [Example.of(EXAMPLES[0].text, [(1, 3, "LOCATION"), (6, 8, "LOCATION")]), *EXAMPLES[1:]]
    assert fingerprint(relabelled, LABELS) != base
    edited = [Example.of(EXAMPLES[0].text + "。", EXAMPLES[0].spans), *EXAMPLES[1:]]
    assert fingerprint(edited, LABELS) != base


def test_load_or_train_rebuilds_and_then_trusts_what_it_built():
    rec, blob, why = load_or_train(None, StringMatcher, LABELS, EXAMPLES)
    assert why == "no saved model" and rec.trained
    again, blob2, why2 = load_or_train(blob, StringMatcher, LABELS, EXAMPLES)
    assert why2 is None and blob2 is blob and again.suggest("田中") == rec.suggest("田中")
    _, _, why3 = load_or_train(blob[:-3], StringMatcher, LABELS, EXAMPLES)
    assert "damaged" in why3


def test_train_payload_for_a_worker_process_takes_and_gives_plain_data():
    plain = [(ex.text, [list(s) for s in ex.spans], ex.complete) for ex in EXAMPLES]
    blob = train_payload("crf", LABELS, plain)
    header = read_header(blob)
    assert header is not None and header["recommender"] == "crf" and header["data"] == fingerprint(EXAMPLES, LABELS)
    loaded = load_model(blob, CrfRecommender, LABELS, data=fingerprint(EXAMPLES, LABELS))
    assert loaded.recommender is not None and loaded.recommender.trained
