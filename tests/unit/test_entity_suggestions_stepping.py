"""``Session.next_entity_suggestion``: ] and [ past the part of a long document suggested for
(issue 13). Found sentence by sentence from where it starts, the models run on the sentences
passed over only; accepted and rejected ones skipped; None when none remains."""

from __future__ import annotations

import pytest

from annotator.core import training
from annotator.core.model import Document, Entity, Status
from annotator.core.recommend.jobs import load_models
from annotator.core.session import Session
from annotator.core.store import Project

TRAIN = "𠮷野家の社長は東京で語った。"
FILLER = "猫が👍寝ている。\r\n"  # no name in it; an emoji and CRLF: offsets are code points
FAR = "𠮷野家は東京に来た。\r\n"
LONG = FILLER * 2000 + FAR + FILLER * 2000


def ent(text: str, word: str, label: str, eid: str, at: int = 0) -> Entity:
    i = text.index(word, at)
    return Entity(eid, i, i + len(word), label, word)


@pytest.fixture
def session(tmp_path):
    project = Project.open(tmp_path / "n.annotator", create=True, user="tester")
    far = LONG.index(FAR)
    with project.bulk_import("test") as bulk:
        bulk.add(Document("done", TRAIN, status=Status.DONE,
                          entities=[ent(TRAIN, "𠮷野家", "ORGANIZATION", "T1"), ent(TRAIN, "東京", "LOCATION", "T2")]))
        bulk.add(Document("long", LONG), suggestions=[  # an imported one further on still
            ent(LONG, "猫", "PERSON", "S1", far + 3000).with_(attributes={"source": "label-studio", "score": 0.9})])
        bulk.add(Document("short", FAR + FAR))
    s = Session(project)
    s.set_models(load_models([lb.name for lb in project.labels()], training.train(str(project.path), ["matcher"])))
    yield s
    project.close()


def counting(s: Session, monkeypatch) -> list[int]:
    """How many sentences the matcher is run on from now on."""
    calls: list[int] = []
    rec = s.models["matcher"]
    real = rec.predict
    monkeypatch.setattr(rec, "predict", lambda text, tokens: calls.append(1) or real(text, tokens))
    return calls


def test_the_next_one_far_past_the_window_runs_the_model_on_the_sentences_between_only(session, monkeypatch):
    s = session
    s.open("long")
    far, cat = LONG.index(FAR), LONG.index("猫", LONG.index(FAR) + 3000)
    assert s.entity_suggestions(0, 2000) == []  # the window shown at the top: nothing
    calls = counting(s, monkeypatch)
    org = s.next_entity_suggestion(1000)
    assert (org.start, org.end, org.label, org.text, org.source) == (far, far + 3, "ORGANIZATION", "𠮷野家", "matcher")
    assert LONG[org.start:org.end] == org.text
    # the 2,000 filler sentences less the 200 of the window (computed already) and the far one; none after it
    assert len(calls) == 2000 - 200 + 1
    tokyo = s.next_entity_suggestion(org.start)
    assert (tokyo.text, tokyo.label) == ("東京", "LOCATION")
    after = s.next_entity_suggestion(tokyo.start)
    assert (after.start, after.text, after.source) == (cat, "猫", "label-studio")
    assert s.next_entity_suggestion(cat) is None  # none remains: the caller wraps
    # backwards: the last one before
    assert s.next_entity_suggestion(cat, backwards=True) == tokyo
    assert s.next_entity_suggestion(tokyo.start, backwards=True) == org
    assert s.next_entity_suggestion(org.start, backwards=True) is None
    assert s.next_entity_suggestion(len(LONG), backwards=True) == after
    # as the range around it gives them
    assert s.entity_suggestions(far - 50, far + 50) == [org, tokyo]


def test_accepted_and_rejected_ones_are_stepped_over(session):
    s = session
    s.open("long")
    org = s.next_entity_suggestion(0)
    s.reject_entity_suggestions([org])
    tokyo = s.next_entity_suggestion(0)
    assert tokyo.text == "東京"
    s.accept_entity_suggestions([tokyo])
    assert s.next_entity_suggestion(0).source == "label-studio"
    s.undo()
    assert s.next_entity_suggestion(0) == tokyo


def test_a_short_document_uses_what_is_shown_for_all_of_it(session):
    s = session
    s.open("short")
    whole = s.entity_suggestions()
    assert [x.text for x in whole] == ["𠮷野家", "東京", "𠮷野家", "東京"]
    assert s.next_entity_suggestion(-1) == whole[0]
    assert s.next_entity_suggestion(whole[1].start) == whole[2]
    assert s.next_entity_suggestion(whole[2].start, backwards=True) == whole[1]
    assert s.next_entity_suggestion(whole[3].start) is None
    s.doc.entity_shown = None  # computed sentence by sentence: the same answers
    assert s.next_entity_suggestion(whole[1].start) == whole[2]
    assert s.next_entity_suggestion(whole[2].start, backwards=True) == whole[1]


def test_a_long_stretch_without_one_stops_the_step_and_the_next_goes_on(session, monkeypatch):
    from annotator.core.recommend import live

    monkeypatch.setattr(live, "STEP_SENTENCES", 500)
    s = session
    s.open("long")
    far = LONG.index(FAR)
    assert s.next_entity_suggestion(1000) is None
    stopped = s.entity_step_stopped_at
    assert stopped is not None and 1000 < stopped < far  # said where it stopped looking
    found = None
    while found is None:
        assert s.entity_step_stopped_at is not None
        found = s.next_entity_suggestion(s.entity_step_stopped_at)
    assert (found.start, found.text) == (far, "𠮷野家") and s.entity_step_stopped_at is None
