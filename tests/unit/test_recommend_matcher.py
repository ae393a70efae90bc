"""The string matcher on small hand-made projects with known answers (astral characters and
emoji before the spans: offsets are code points)."""

from __future__ import annotations

import pytest

from annotator.core.recommend import Example, StringMatcher, TrainingCancelled, create, suggest
from annotator.core.recommend.base import EntitySuggestion

LABELS = ["PERSON", "ORGANIZATION", "LOCATION", "ARTIFACT"]


def _ex(text: str, *spans: tuple[str, str], complete: bool = True) -> Example:
    """An example with the entities given as (surface, label), each at its first occurrence."""
    keys = []
    for surface, label in spans:
        start = text.index(surface)
        keys.append((start, start + len(surface), label))
    return Example.of(text, keys, complete=complete)


def _found(rec, text: str) -> list[tuple[str, str, int]]:
    out = []
    for s in rec.suggest(text):
        assert text[s.start:s.end] == s.text
        out.append((s.text, s.label, s.start))
    return out


def test_learns_an_entity_and_proposes_it_elsewhere_at_code_point_offsets():
    rec = StringMatcher(LABELS)
    rec.train([_ex("😀東京に行った。", ("東京", "LOCATION"))])
    text = "𠮷田さんは東京と大阪に住む。"
    assert _found(rec, text) == [("東京", "LOCATION", 5)]  # 𠮷 is one code point
    (s,) = rec.suggest(text)
    assert s.source == "matcher" and s.score == 1.0


def test_longest_match_first_and_no_overlap():
    rec = StringMatcher(LABELS)
    rec.train([_ex("東京に行った。", ("東京", "LOCATION")), _ex("東京タワーを見た。", ("東京タワー", "ARTIFACT"))])
    # 東京タワー is two morphemes (東京 | タワー): the longer string wins, 東京 is not proposed inside it
    assert _found(rec, "😀東京タワーと東京。") == [("東京タワー", "ARTIFACT", 1), ("東京", "LOCATION", 7)]


def test_never_inside_a_longer_token():
    rec = StringMatcher(LABELS)
    rec.train([_ex("京都に行く。", ("京都", "LOCATION"))])
    # 東京都 is 東京 | 都: 京都 would start inside the morpheme 東京
    assert _found(rec, "東京都に行く") == []
    assert _found(rec, "𠮷京都に行く") == [("京都", "LOCATION", 1)]


def test_the_most_frequent_label_of_an_ambiguous_string():
    rec = StringMatcher(LABELS)
    rec.train([
        _ex("アップルが発表した。", ("アップル", "ORGANIZATION")),
        _ex("アップルの株価。", ("アップル", "ORGANIZATION")),
        _ex("アップルを食べた。", ("アップル", "ARTIFACT")),
    ])
    ((text, label, _),) = _found(rec, "😀アップルの新製品")
    assert (text, label) == ("アップル", "ORGANIZATION")
    (s,) = rec.suggest("アップルの新製品")
    assert s.score == pytest.approx(2 / 3)


def test_an_occurrence_left_unannotated_in_a_done_document_lowers_the_score():
    done = _ex("田中さんは田中さんと田中さんに会った。", ("田中", "PERSON"))  # annotated once in three
    rec = StringMatcher(LABELS, threshold=0.0)
    rec.train([done])
    (s,) = rec.suggest("田中さん")
    assert s.score == pytest.approx(1 / 3)
    rec.threshold = 0.5
    assert rec.suggest("田中さん") == []
    # in a document in progress the unannotated rest is no evidence
    partial = StringMatcher(LABELS, threshold=0.0)
    partial.train([_ex("田中さんは田中さんと田中さんに会った。", ("田中", "PERSON"), complete=False)])
    assert partial.suggest("田中さん")[0].score == 1.0


def test_labels_outside_the_label_set_are_not_learnt():
    rec = StringMatcher(["PERSON"])
    rec.train([_ex("東京に行った。", ("東京", "LOCATION"))])
    assert not rec.trained and rec.suggest("東京") == []


def test_payload_round_trip_gives_the_same_suggestions():
    rec = StringMatcher(LABELS)
    rec.train([_ex("𠮷野家と東京。", ("東京", "LOCATION")), _ex("田中さん", ("田中", "PERSON"))])
    other = create("matcher", LABELS)
    other.load_payload(rec.payload())
    text = "😀田中さんは東京へ"
    assert other.suggest(text) == rec.suggest(text)
    with pytest.raises(ValueError):
        other.load_payload(b"not zlib")


def test_cancelled_training_raises_and_keeps_the_old_model():
    rec = StringMatcher(LABELS)
    rec.train([_ex("東京に行った。", ("東京", "LOCATION"))])
    with pytest.raises(TrainingCancelled):
        rec.train([_ex("大阪に行った。", ("大阪", "LOCATION"))], cancelled=lambda: True)
    assert _found(rec, "東京と大阪") == [("東京", "LOCATION", 0)]


def test_suggest_leaves_out_what_is_accepted_with_that_label_or_rejected():
    rec = StringMatcher(LABELS)
    rec.train([_ex("東京と大阪と京都。", ("東京", "LOCATION"), ("大阪", "LOCATION"), ("京都", "LOCATION"))])
    text = "😀東京と大阪と京都"
    got = suggest([rec], text, rec_tokens(text), accepted=[(1, 3, "LOCATION")], rejected=[(4, 6, "LOCATION")])
    assert [(s.text, s.label) for s in got] == [("京都", "LOCATION")]
    # an accepted entity with another label does not hide the suggestion
    got = suggest([rec], text, rec_tokens(text), accepted=[(1, 3, "ORGANIZATION")])
    assert [s.text for s in got] == ["東京", "大阪", "京都"]
    assert all(isinstance(s, EntitySuggestion) for s in got)


def rec_tokens(text: str):
    from annotator.core.morph import default_morphology

    return default_morphology().tokenize(text)
