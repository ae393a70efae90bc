"""The CRF recommender on a small hand-made project with known answers, its sequences and BIO tags."""

from __future__ import annotations

import itertools

import pytest

from annotator.core.morph import default_morphology
from annotator.core.recommend import CrfRecommender, Example, TrainingCancelled, create
from annotator.core.recommend.crf import bio_tags, features, sequences_of, spans_of

LABELS = ["PERSON", "LOCATION", "ORGANIZATION"]
NAMES = ["田中", "鈴木", "佐藤", "高橋", "伊藤", "渡辺", "山本", "中村"]
PLACES = ["大阪", "名古屋", "京都", "札幌", "福岡", "神戸", "横浜", "仙台"]
TEMPLATES = ["{p}さんは{l}に住んでいる。", "{l}で{p}さんに会った。", "{p}さんが{l}から来た。",
             "昨日、{p}さんと{l}へ行った。"]


def _example(template: str, person: str, place: str, *, complete: bool = True, prefix: str = "") -> Example:
    text = prefix + template.format(p=person, l=place)
    spans = []
    for surface, label in ((person, "PERSON"), (place, "LOCATION")):
        start = text.index(surface, len(prefix))
        spans.append((start, start + len(surface), label))
    return Example.of(text, spans, complete=complete)


@pytest.fixture(scope="module")
def trained() -> CrfRecommender:
    examples = [_example(t, p, pl) for t, p, pl in itertools.product(TEMPLATES, NAMES[:6], PLACES[:6])]
    rec = CrfRecommender(LABELS)
    rec.train(examples)
    return rec


def test_known_answers_on_unseen_names_and_places_after_astral_characters(trained):
    text = "𠮷😀 山本さんは仙台に住んでいる。"
    got = [(s.start, s.end, s.label, s.text) for s in trained.suggest(text)]
    assert got == [(3, 5, "PERSON", "山本"), (8, 10, "LOCATION", "仙台")]
    assert all(0.5 < s.score <= 1.0 and s.source == "crf" for s in trained.suggest(text))
    assert trained.trained_entities == 2 * 4 * 36


def test_each_sentence_of_a_document_is_tagged(trained):
    text = "中村さんが横浜から来た。\n𠮷横浜で山本さんに会った。"
    assert [(s.text, s.label) for s in trained.suggest(text)] == [
        ("中村", "PERSON"), ("横浜", "LOCATION"), ("横浜", "LOCATION"), ("山本", "PERSON")]
    for s in trained.suggest(text):
        assert text[s.start:s.end] == s.text


def test_the_threshold_keeps_only_sure_spans(trained):
    text = "山本さんは仙台に住んでいる。"
    scores = [s.score for s in trained.predict(text, default_morphology().tokenize(text))]
    rec = create("crf", LABELS, threshold=min(scores) + 1e-9)
    rec.load_payload(trained.payload())
    assert len(rec.suggest(text)) == len(scores) - 1


def test_payload_round_trip_and_a_damaged_one_refused(trained):
    other = CrfRecommender(LABELS)
    other.load_payload(trained.payload())
    text = "伊藤さんと神戸へ"
    assert other.suggest(text) == trained.suggest(text)
    with pytest.raises(ValueError):
        CrfRecommender(LABELS).load_payload(b"not a crfsuite model at all")


def test_no_entities_means_not_trained():
    rec = CrfRecommender(LABELS)
    rec.train([Example.of("何もない文。", [])])
    assert not rec.trained and rec.suggest("田中さん") == [] and rec.payload() == b""


def test_cancelled_training_keeps_the_previous_model(trained):
    rec = CrfRecommender(LABELS)
    rec.load_payload(trained.payload())
    calls = iter(range(100))
    with pytest.raises(TrainingCancelled):
        rec.train([_example(TEMPLATES[0], "田中", "大阪")] * 5, cancelled=lambda: next(calls) >= 2)
    assert rec.payload() == trained.payload()


def test_a_document_in_progress_teaches_the_crf_nothing(monkeypatch):
    seen: list[list[str]] = []

    class Trainer:
        def __init__(self, **_):
            pass

        def append(self, xseq, yseq):
            seen.append(list(yseq))

        def set_params(self, params):
            pass

        def train(self, path):
            with open(path, "wb") as fh:
                fh.write(b"model")

    import pycrfsuite

    monkeypatch.setattr(pycrfsuite, "Trainer", Trainer)
    text = "田中さんが大阪に来た。犬が走った。"  # 大阪 not annotated yet
    rec = CrfRecommender(LABELS)
    rec.train([Example.of(text, [(0, 2, "PERSON")], complete=False)])
    assert seen == [] and not rec.trained
    rec.train([Example.of(text, [(0, 2, "PERSON"), (5, 7, "LOCATION")], complete=True)])
    assert seen == [["B-PERSON", "O", "O", "B-LOCATION", "O", "O", "O", "O"], ["O"] * 5]
    assert rec.trained_examples == 1 and rec.trained_entities == 2


def test_sequences_are_sentences():
    text = "Yahoo!のニュース。𠮷が来た！\n次の行"
    toks = default_morphology().tokenize(text)
    pieces = ["".join(t[2] for t in toks[a:b]) for a, b in sequences_of(text, toks)]
    assert pieces == ["Yahoo!のニュース。", "𠮷が来た！", "次の行"]
    assert list(sequences_of("", [])) == []


def test_bio_tags_skip_misaligned_and_nested_spans():
    text = "東京都庁に行く"
    toks = default_morphology().tokenize(text)  # 東京 | 都庁 | に | 行く
    assert [t[2] for t in toks][:2] == ["東京", "都庁"]
    tags, used = bio_tags(toks, [(0, 4, "ORGANIZATION"), (0, 2, "LOCATION"), (1, 3, "LOCATION")])
    assert tags[:3] == ["B-ORGANIZATION", "I-ORGANIZATION", "O"] and used == 1
    assert list(spans_of(["O", "B-X", "I-X", "I-Y", "O", "I-X"])) == [(1, 3, "X"), (3, 4, "Y"), (5, 6, "X")]


def test_features_name_neighbours_and_character_types():
    toks = default_morphology().tokenize("𠮷田さん")
    feats = [[a.decode() for a in f] for f in features(toks)]
    assert len(feats) == len(toks)
    assert "w=田" in feats[1] and "w-1=𠮷" in feats[1] and "w1=さん" in feats[1] and "t=C" in feats[1]
    assert "w-2=<>" in feats[0]
