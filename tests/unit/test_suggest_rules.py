"""The claim-suggestion rules that went wrong on the seed article (issue 11), each reproduced,
and their neighbours: として after a noun, passive reports, the claimant of Xは…と予測,
示唆 and 報道では as cues, a cue with nothing claimed, exact offsets beside 𠮷 and emoji."""

from __future__ import annotations

import pytest

from annotator.core import messages
from annotator.core.model import Entity
from annotator.core.morph import tokenize
from annotator.core.sentences import split_sentences
from annotator.core.suggest import Suggestion, suggest
from tests.conftest import SEED


def run(text: str, entities: list[Entity] | tuple[Entity, ...] = ()) -> list[Suggestion]:
    return suggest(text, tokenize(text), list(entities))


def one(text: str, entities: list[Entity] | tuple[Entity, ...] = ()) -> Suggestion:
    found = run(text, entities)
    assert len(found) == 1, found
    return found[0]


def ent(text: str, word: str, label: str, eid: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Entity(eid, start, start + len(word), label, word)


def exact(text: str, s: Suggestion) -> None:
    """Every span of a suggestion is a code-point span of the text."""
    assert text[s.start:s.end] == s.text
    cue = s.data["cue"]
    if cue is not None:
        assert text[cue["start"]:cue["end"]] == cue["text"]


# -- として after a noun is "treat as", not a report ------------------------------------------
@pytest.mark.parametrize("sentence", [
    "米国はAI技術の発展を支援することを目的としています。",
    "同社は売上の拡大を目標としている。",
    "同社は東京を拠点とする企業として知られています。",
    "この制度は中小企業を対象とした。",
    "彼は研究者として働いている。",
])
def test_toshite_after_a_noun_is_no_attribution_cue(sentence):
    assert run(sentence) == []


def test_the_seed_purpose_sentence_is_a_quantity_not_a_quote_of_the_us():
    text = ("このプロジェクトは5,000億ドル規模のもので、ChatGPTを開発するOpenAIが米国にデータセンターを構築し、"
            "AGI(汎用人工知能)などのAI技術の発展を支援することを目的としています。")
    us = ent(text, "米国", "LOCATION", "T1")
    s = one(text, [us])
    assert s.data["type"] == "quantity" and s.data["certainty"] == "asserted"
    assert s.data["cue"] is None and s.data["claimant"] == {"kind": "author"}


def test_toshiteiru_after_a_predicate_still_reports():
    s = one("日銀は物価が上がるとしている。")
    assert s.data["certainty"] == "reported" and s.data["cue"]["text"] == "としてい"
    assert s.data["claimant"] == {"kind": "source", "text": "日銀"}


# -- passives name nobody -----------------------------------------------------------------------
def test_a_passive_report_is_reported_with_no_claimant_named():
    text = ("また、OpenAIはAGIベンチマークを達成した後、Microsoftとの提携を解消する厳格な条項を撤廃し、"
            "さらなる資金を確保する計画があると報じられました。")
    openai = ent(text, "OpenAI", "ORGANIZATION", "T1")
    s = one(text, [openai])
    assert s.data["certainty"] == "reported"  # not predicted: the report frames the plan
    assert s.data["claimant"] is None  # not OpenAI, not the author: the source is unnamed
    assert s.data["cue"]["text"] == "と報じ"
    exact(text, s)


@pytest.mark.parametrize(("sentence", "certainty", "cue"), [
    ("OpenAIは大規模な資金調達を行うと報じられました。", "reported", "と報じ"),
    ("同社は撤退すると伝えられている。", "reported", "と伝え"),
    ("OpenAIは12ヶ月で50億ドルの損失を出すと予測されています。", "predicted", "と予測"),
    ("価格は上がると見られている。", "hedged", "と見られ"),
    ("価格は上がるとみられる。", "hedged", "とみられ"),
    ("AGIは利益を生むシステムであると考えられます。", "hedged", "と考えられ"),
    ("市場では増えるとされている。", "reported", "とされ"),
    ("景気後退が示唆されている。", "reported", "示唆"),
])
def test_passives_leave_the_claimant_unspecified(sentence, certainty, cue):
    first = sentence[:sentence.index("は")] if "は" in sentence else ""
    entities = [Entity("T1", 0, len(first), "ORGANIZATION", first)] if first.isascii() and first else []
    s = one(sentence, entities)
    assert s.data["certainty"] == certainty and s.data["cue"]["text"] == cue
    assert s.data["claimant"] is None


def test_a_passive_with_a_named_source_keeps_the_source():
    s = one("報道によると、同社は撤退すると見られている。")
    assert s.data["certainty"] == "hedged" and s.data["claimant"] == {"kind": "source", "text": "報道"}


# -- Xは…と予測/述べた: X is the claimant ------------------------------------------------------------
def test_the_topic_of_a_prediction_verb_is_its_claimant():
    text = ("興味深いことに、市場アナリストは、AIへの投資家の関心が薄れ始めているため、"
            "Microsoftが3年以内にOpenAIを買収する可能性があると予測しています。")
    s = one(text)
    assert s.data["certainty"] == "predicted" and s.data["type"] == "prediction"
    assert s.data["claimant"] == {"kind": "source", "text": "市場アナリスト"}
    ents = [ent(text, "市場アナリスト", "PERSON", "T1"), ent(text, "Microsoft", "ORGANIZATION", "T2"),
            ent(text, "OpenAI", "ORGANIZATION", "T3")]
    assert one(text, ents).data["claimant"] == {"kind": "entity", "entity": "T1"}


def test_the_topic_entity_not_the_nearest_entity_before_the_cue():
    text = "OpenAIはMicrosoftとの提携もあって、2029年に黒字化すると予測しています。"
    s = one(text, [ent(text, "OpenAI", "ORGANIZATION", "T1"), ent(text, "Microsoft", "ORGANIZATION", "T2")])
    assert s.data["claimant"] == {"kind": "entity", "entity": "T1"}


def test_a_named_speaker_of_nobeta():
    text = "ソフトバンクの孫正義CEOは、AGIの実現は間近だと述べています。"
    ents = [ent(text, "ソフトバンク", "ORGANIZATION", "T1"), ent(text, "孫正義", "PERSON", "T2")]
    s = one(text, ents)
    assert s.data["certainty"] == "reported" and s.data["type"] == "quote"
    assert s.data["claimant"] == {"kind": "entity", "entity": "T2"}  # the head of the topic
    assert one(text).data["claimant"] == {"kind": "source", "text": "孫正義CEO"}  # not "間近だ"


def test_a_topic_inside_a_quotation_is_not_the_speaker():
    s = one("首相は「景気は回復する」と述べた。")
    assert s.data["claimant"] == {"kind": "source", "text": "首相"}
    s = one("「景気は回復する」と述べた。")
    assert s.data["claimant"] is None


def test_a_spaced_topic_speaks_and_a_nominalised_clause_does_not():
    text = "Microsoft は、売上が伸びると発表した。"
    assert one(text, [ent(text, "Microsoft", "ORGANIZATION", "T1")]).data["claimant"] == {
        "kind": "entity", "entity": "T1"}
    assert one("増えるのは確実だと述べた。").data["claimant"] is None


def test_a_subject_marked_by_ga_and_a_comma_speaks():
    s = one("Microsoftが、売上が伸びると発表した。")
    assert s.data["claimant"] == {"kind": "source", "text": "Microsoft"}


# -- 示唆 and 報道では are cues ----------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "cue"), [
    ("調査は景気後退を示唆した。", "を示唆"),
    ("調査は景気が後退すると示唆している。", "と示唆"),
    ("専門家は景気後退の可能性を示唆している。", "を示唆"),
])
def test_shisa_is_a_reporting_cue(sentence, cue):
    s = one(sentence)
    assert s.data["cue"]["text"] == cue and s.data["certainty"] == "reported"
    assert s.data["claimant"]["kind"] == "source"


def test_houdou_dewa_is_an_attribution_cue():
    text = ("報道ではさらに、このテクノロジー大手がコンピューティング需要を満たせていないことが"
            "次世代AI製品のリリースを遅らせていると示唆している。")
    s = one(text)
    assert s.data["certainty"] == "reported"
    assert s.data["claimant"] == {"kind": "source", "text": "報道"}
    assert "報道では" in s.reason and "と示唆" in s.reason
    s = one("報道では、同社は撤退する。")
    assert s.data["cue"] == {"start": 0, "end": 4, "text": "報道では"}
    assert s.data["claimant"] == {"kind": "source", "text": "報道"}
    s = one("一部報道によると、同社は撤退する。")
    assert s.data["claimant"] == {"kind": "source", "text": "一部報道"}


def test_the_owner_of_a_report_is_the_source():
    text = "ロイターの報道によると、同社は撤退する。"
    assert one(text).data["claimant"] == {"kind": "source", "text": "ロイター"}
    reuters = ent(text, "ロイター", "ORGANIZATION", "T1")
    assert one(text, [reuters]).data["claimant"] == {"kind": "entity", "entity": "T1"}
    assert one("ロイターの報道では、同社は撤退する。").data["claimant"] == {"kind": "source", "text": "ロイター"}


def test_houdou_alone_is_no_cue():
    assert run("倒産報道が相次いだ。") == []


# -- a cue with nothing claimed ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Microsoft によれば:", "Microsoftによれば、", "関係者によると……", "報道では:", "と述べた。", "と報じられた。",
    "😀Microsoft によれば:", "によれば、",
])
def test_a_cue_with_nothing_claimed_gives_no_suggestion(text):
    assert run(text) == []


def test_a_cue_alone_on_a_line_before_the_claim_on_the_next():
    text = "Microsoft によれば:\nOpenAIは最近、Azureへの新たな大規模なコミットメントを発表しました。\n"
    assert run(text) == []  # を発表: an announcement, not a reported claim


def test_a_cue_at_the_start_of_a_line_with_the_claim_after_it():
    text = "前置き。\nによれば、同社は撤退する。"
    s = one(text)
    assert s.data["certainty"] == "reported" and s.data["claimant"] is None and s.start == 5


def test_the_seed_article_no_longer_suggests_the_empty_quote_or_the_purpose():
    text = SEED.read_text(encoding="utf-8")
    found = run(text)
    texts = {s.text for s in found}
    assert "Microsoft によれば:" not in texts
    assert all(s.data["cue"] is None or s.data["cue"]["text"] != "としてい" for s in found)
    for s in found:
        exact(text, s)


# -- plans -----------------------------------------------------------------------------------------
def test_a_plan_is_a_verb_or_verbal_noun_before_keikaku():
    assert run("都市計画を変えた。") == []
    assert one("政府は増税する計画だ。").data["certainty"] == "predicted"
    assert one("関係者の話では、来月発売予定だ。").data["claimant"] == {"kind": "source", "text": "関係者"}


# -- offsets beside astral characters, emoji, CRLF, U+3000 and combining marks -------------------
def test_offsets_stay_exact_beside_astral_characters_and_emoji():
    text = "😀見出し\r\n𠮷野家は😀売上が伸びると発表した。\u3000か\u3099んは、𠮷野家によれば、増益だ。"
    yoshi = ent(text, "𠮷野家", "ORGANIZATION", "T1")
    yoshi2 = ent(text, "𠮷野家", "ORGANIZATION", "T2", nth=1)
    found = run(text, [yoshi, yoshi2])
    assert len(found) == 2
    first, second = found
    for s in found:
        exact(text, s)
    assert first.data["claimant"] == {"kind": "entity", "entity": "T1"}
    assert first.data["cue"]["start"] == text.index("と発表")
    assert second.data["claimant"] == {"kind": "entity", "entity": "T2"}
    assert second.data["cue"]["start"] == text.index("によれば")
    assert [(s.start, s.end) for s in found] == [(x.start, x.end) for x in split_sentences(text)[1:]]
    assert one("𠮷野家は😀売上が伸びると発表した。").data["claimant"] == {"kind": "source", "text": "𠮷野家"}


# -- why: Suggestion.reason ---------------------------------------------------------------------------
def test_every_suggestion_says_why_in_words():
    text = SEED.read_text(encoding="utf-8")
    for s in run(text):
        assert isinstance(s.reason, str) and s.reason
        cue = s.data["cue"]
        if cue is not None:
            assert f"“{cue['text']}”" in s.reason
    s = one("アナリストは来年の売上が伸びると予測しています。")
    assert s.reason == "prediction verb “と予測”: the claimant is the topic “アナリスト” before は/が"
    assert s.reasons == (s.reason,)
    assert "49%" in one("同社は49%の株式を保有しています。").reason


def test_the_reason_goes_through_the_core_translator():
    messages.install(lambda context, text: f"[{context}] {text}" if "“{cue}”" in text else text)
    try:
        s = one("OpenAIは大規模な資金調達を行うと報じられました。")
    finally:
        messages.install(None)
    assert s.reason == "[Core] passive “と報じ”: the sentence does not name who says so"


def test_suggestions_still_compare_by_span_text_and_reasons():
    a, b = run("価格は上がる可能性がある。"), run("価格は上がる可能性がある。")
    assert a == b and hash(a[0]) == hash(b[0])
    assert a[0].data["certainty"] == "hedged" and a[0].data["claimant"] == {"kind": "author"}
