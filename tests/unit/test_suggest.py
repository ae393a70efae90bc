"""Claim suggestions on the seed article's sentences: type, certainty, cue, claimant."""

from __future__ import annotations

from annotator.core.model import Entity
from annotator.core.morph import tokenize
from annotator.core.suggest import suggest
from tests.conftest import SEED


def one(text, entities=()):
    found = suggest(text, tokenize(text), list(entities))
    assert len(found) == 1, found
    return found[0]


def test_quantity():
    s = one("MicrosoftはOpenAIの最大の投資家であり、49%の株式を保有しています。")
    assert s.data["type"] == "quantity" and s.data["checkworthy"] == "yes" and s.data["certainty"] == "asserted"
    s = one("これは140億ドルに相当します。")
    assert s.data["type"] == "quantity"


def test_prediction_with_amount():
    s = one("OpenAIは12ヶ月で50億ドルの損失を出すと予測されています。")
    assert s.data["type"] == "prediction" and s.data["certainty"] == "predicted"
    assert s.data["cue"]["text"] in ("と予測", "予測")


def test_attribution_to_an_entity_and_to_a_source():
    text = "Microsoftによれば、契約は継続される。"
    ms = Entity("T1", 0, 9, "ORGANIZATION", "Microsoft")
    s = one(text, [ms])
    assert s.data["certainty"] == "reported" and s.data["claimant"] == {"kind": "entity", "entity": "T1"}
    assert s.data["cue"] == {"start": 9, "end": 13, "text": "によれば"}
    s = one("関係者によると、発表は来週だ。")
    assert s.data["claimant"] == {"kind": "source", "text": "関係者"}


def test_reporting_verb_and_hedge():
    s = one("孫正義CEOは、AGIの実現は間近だと述べています。", [Entity("T1", 0, 3, "PERSON", "孫正義")])
    assert s.data["type"] == "quote" and s.data["claimant"] == {"kind": "entity", "entity": "T1"}
    s = one("価格は上がる可能性がある。")
    assert s.data["certainty"] == "hedged"


def test_plain_sentences_are_not_suggested():
    assert suggest("吾輩は猫である。", tokenize("吾輩は猫である。"), []) == []


def test_seed_article_has_suggestions_with_exact_spans():
    text = SEED.read_text(encoding="utf-8")
    found = suggest(text, tokenize(text), [])
    assert len(found) >= 8
    for s in found:
        assert text[s.start:s.end] == s.text
        cue = s.data["cue"]
        assert cue is None or text[cue["start"]:cue["end"]] == cue["text"]


def test_dates_are_not_quantities():
    assert suggest("同社は2010年3月5日に設立された。", tokenize("同社は2010年3月5日に設立された。"), []) == []
    assert one("売上は3年間で2倍になった。").data["type"] == "quantity"
