"""Entity suggestions in the session, without Qt (issue 13): what is shown for the open
document, accepting and rejecting as undoable steps, models and settings changing what is shown."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core import training
from annotator.core.changes import Change
from annotator.core.model import Document, Entity, Status
from annotator.core.ops import SetStatus
from annotator.core.recommend import EntitySuggestion, StringMatcher
from annotator.core.recommend.jobs import load_models
from annotator.core.recommend.settings import RecommenderSettings
from annotator.core.session import Session
from annotator.core.store import Project

#: Astral characters, an emoji, CRLF and U+3000 before the spans: offsets are code points.
TRAIN = "𠮷野家の社長は東京で語った。"
OPEN = "👍「𠮷野家」は\r\n\u3000大阪でも東京でも2024年3月1日に100万円を集めた。"


def ent(text: str, word: str, label: str, eid: str, nth: int = 0) -> Entity:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return Entity(eid, i, i + len(word), label, word)


@pytest.fixture
def session(tmp_path):
    project = Project.open(tmp_path / "s.annotator", create=True, user="tester")
    with project.bulk_import("test") as bulk:
        bulk.add(Document("done", TRAIN, status=Status.DONE,
                          entities=[ent(TRAIN, "𠮷野家", "ORGANIZATION", "T1"), ent(TRAIN, "東京", "LOCATION", "T2")]))
        bulk.add(Document("open", OPEN), suggestions=[
            ent(OPEN, "大阪", "LOCATION", "S1").with_(attributes={"source": "label-studio", "score": 0.4})])
        bulk.add(Document("other", "東京の天気。"))
    models = load_models([lb.name for lb in project.labels()], training.train(str(project.path), ["matcher"]))
    s = Session(project)
    s.set_models(models)
    s.open("open")
    yield s
    project.close()


def keys(items: list[EntitySuggestion]) -> list[tuple[int, int, str, str]]:
    return [(x.start, x.end, x.label, x.source) for x in items]


def find(s: Session, word: str, label: str) -> EntitySuggestion:
    return next(x for x in s.entity_suggestions() if x.text == word and x.label == label)


def test_matcher_numeric_and_imported_suggestions_with_code_point_offsets(session):
    got = session.entity_suggestions()
    by = {(x.text, x.label): x for x in got}
    assert set(by) == {("𠮷野家", "ORGANIZATION"), ("東京", "LOCATION"), ("大阪", "LOCATION"),
                       ("2024年3月1日", "DATE"), ("100万円", "MONEY")}
    assert by["𠮷野家", "ORGANIZATION"].source == "matcher" and by["大阪", "LOCATION"].source == "label-studio"
    assert by["2024年3月1日", "DATE"].source == "numeric"
    for x in got:
        assert OPEN[x.start:x.end] == x.text
    assert got == sorted(got, key=lambda x: (x.start, -x.end, x.label))
    assert session.entity_suggestions() is got  # kept until something changes


def test_a_range_runs_only_what_it_covers_and_agrees_with_the_whole(session):
    whole = session.entity_suggestions()
    cut = OPEN.index("\u3000")
    assert session.entity_suggestions(0, cut) == [x for x in whole if x.start < cut]
    assert session.entity_suggestions(cut, len(OPEN)) == [x for x in whole if x.end > cut]


def test_accepting_adds_entities_as_one_step_and_undo_brings_them_back(session):
    seen: list[Change] = []
    session.changed.connect(seen.append)
    org, tokyo = find(session, "𠮷野家", "ORGANIZATION"), find(session, "東京", "LOCATION")
    change = session.accept_entity_suggestions([org, tokyo])
    assert seen == [change]
    assert [(e.new.start, e.new.end, e.new.label, e.new.text) for e in change.entities] == [
        (org.start, org.end, "ORGANIZATION", "𠮷野家"), (tokyo.start, tokyo.end, "LOCATION", "東京")]
    assert len({e.new.id for e in change.entities}) == 2
    assert session.doc.status == Status.IN_PROGRESS
    assert org not in session.entity_suggestions() and tokyo not in session.entity_suggestions()
    assert session.project.suggestion_decisions() == {"matcher": (2, 0)}
    assert session.entities_since_training == 2
    # accepting again adds nothing
    assert session.accept_entity_suggestions([org]) == Change()
    session.undo()
    assert session.doc.index.all() == [] and org in session.entity_suggestions()
    assert session.project.suggestion_decisions() == {"matcher": (0, 0)}


def test_rejected_suggestions_stay_rejected_after_reopening_for_every_source(session):
    tokyo = find(session, "東京", "LOCATION")
    change = session.reject_entity_suggestions([tokyo])
    assert change.entity_rejections == {"open"}
    assert tokyo not in session.entity_suggestions()
    assert session.project.suggestion_decisions() == {"matcher": (0, 1)}
    # another recommender proposing the same span and label is not shown either
    same = EntitySuggestion(tokyo.start, tokyo.end, "LOCATION", "東京", "crf", 0.9)
    assert session.reject_entity_suggestions([same]) == Change()
    path, models = session.project.path, session.models
    session.project.close()
    with Project.open(path) as again:
        s2 = Session(again)
        s2.set_models(models)
        s2.open("open")
        assert ("東京", "LOCATION") not in {(x.text, x.label) for x in s2.entity_suggestions()}
        assert ("𠮷野家", "ORGANIZATION") in {(x.text, x.label) for x in s2.entity_suggestions()}
        s2.undo()  # a new session has no history: nothing to undo, still rejected
        assert ("東京", "LOCATION") not in {(x.text, x.label) for x in s2.entity_suggestions()}


def test_undoing_a_rejection_shows_it_again(session):
    tokyo = find(session, "東京", "LOCATION")
    session.reject_entity_suggestions([tokyo])
    session.undo()
    assert tokyo in session.entity_suggestions()
    session.redo()
    assert tokyo not in session.entity_suggestions()


def test_settings_switch_recommenders_and_thresholds(session):
    seen: list[Change] = []
    session.changed.connect(seen.append)
    off = RecommenderSettings(enabled={"matcher": False, "numeric": True, "crf": True, "ginza": False,
                                       "label-studio": True},
                              thresholds={"label-studio": 0.5})
    change = session.set_recommender_settings(off)
    assert change.suggestions_changed and seen == [change] and not session.can_undo()
    assert {x.source for x in session.entity_suggestions()} == {"numeric"}  # 大阪 scored 0.4 < 0.5
    assert session.project.recommender_settings() == off
    session.set_recommender_settings(RecommenderSettings.defaults([lb.name for lb in session.labels]))
    assert {x.source for x in session.entity_suggestions()} == {"numeric", "matcher", "label-studio"}


def test_new_models_replace_the_shown_suggestions(session):
    assert {x.source for x in session.entity_suggestions()} >= {"matcher"}
    change = session.set_models({})
    assert change.suggestions_changed and change.docs == frozenset()
    assert keys(session.entity_suggestions()) == [(OPEN.index("大阪"), OPEN.index("大阪") + 2, "LOCATION",
                                                   "label-studio")]
    matcher = StringMatcher([lb.name for lb in session.labels])
    from annotator.core.recommend import Example
    matcher.train([Example.of("大阪の店", [(0, 2, "ORGANIZATION")])])
    session.set_models({"matcher": matcher})
    assert ("大阪", "ORGANIZATION", "matcher") in {(x.text, x.label, x.source) for x in session.entity_suggestions()}


def test_no_model_and_nothing_imported_gives_nothing_at_once(session):
    session.set_models({})
    session.open("other")
    assert session.entity_suggestions() == []
    session.close()
    assert session.entity_suggestions() == []


def test_training_is_due_after_enough_edits_or_a_document_done(session):
    session.set_recommender_settings(RecommenderSettings(retrain_every=2))
    assert not session.training_due()
    session.accept_entity_suggestions([find(session, "東京", "LOCATION")])
    assert not session.training_due()
    change = session.apply(SetStatus("open", Status.IN_PROGRESS, Status.DONE))
    assert session.training_due(change)
    session.accept_entity_suggestions([find(session, "𠮷野家", "ORGANIZATION")])
    assert session.training_due()
    session.set_models(session.models)
    assert session.entities_since_training == 0 and not session.training_due()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=st.integers(0, len(OPEN)), b=st.integers(0, len(OPEN)))
def test_any_range_gives_the_whole_documents_suggestions_over_it(session, a, b):
    lo, hi = min(a, b), max(a, b)
    whole = session.entity_suggestions()
    assert session.entity_suggestions(lo, hi) == [x for x in whole if x.start < hi and x.end > lo]
