"""A label rename carries to the remembered entity-suggestion rejections (issue 13): a
rejected suggestion stays rejected under the label's new name, back under the old one on
undo, again on redo and after reopening; the models' and imported suggestions are proposed
under the new name meanwhile; decision counts (per source) do not change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annotator.core import training
from annotator.core.model import Document, Entity, Status
from annotator.core.ops import UpdateLabel
from annotator.core.recommend.jobs import load_models
from annotator.core.session import Session
from annotator.core.store import Project

#: Astral characters, an emoji, CRLF and U+3000 before the spans: offsets are code points.
TRAIN = "𠮷野家の社長は東京で語った。"
OPEN = "👍「𠮷野家」は\r\n\u3000大阪でも東京でも語った。"


def ent(text: str, word: str, label: str, eid: str) -> Entity:
    i = text.index(word)
    return Entity(eid, i, i + len(word), label, word)


@pytest.fixture
def session(tmp_path):
    project = Project.open(tmp_path / "r.annotator", create=True, user="tester")
    with project.bulk_import("test") as bulk:
        bulk.add(Document("done", TRAIN, status=Status.DONE,
                          entities=[ent(TRAIN, "𠮷野家", "ORGANIZATION", "T1"), ent(TRAIN, "東京", "LOCATION", "T2")]))
        bulk.add(Document("open", OPEN), suggestions=[
            ent(OPEN, "大阪", "LOCATION", "S1").with_(attributes={"source": "label-studio", "score": 0.9})])
        bulk.add(Document("other", "東京の天気。"))
    s = Session(project)
    s.set_models(load_models([lb.name for lb in project.labels()], training.train(str(project.path), ["matcher"])))
    s.open("open")
    yield s
    project.close()


def shown(s: Session) -> set[tuple[str, str, str]]:
    return {(x.text, x.label, x.source) for x in s.entity_suggestions()}


def rename(s: Session, old: str, new: str) -> None:
    label = s.label_map[old]
    s.apply(UpdateLabel(label, replace(label, name=new)))


def test_a_renamed_label_keeps_its_rejections_through_undo_redo_and_reopening(session):
    s = session
    assert shown(s) == {("𠮷野家", "ORGANIZATION", "matcher"), ("東京", "LOCATION", "matcher"),
                        ("大阪", "LOCATION", "label-studio")}
    s.reject_entity_suggestions([x for x in s.entity_suggestions() if x.label == "LOCATION"])
    decisions = s.project.suggestion_decisions()
    assert decisions == {"matcher": (0, 1), "label-studio": (0, 1)}
    tokyo, osaka = OPEN.index("東京"), OPEN.index("大阪")

    rename(s, "LOCATION", "場所")
    assert "場所" in s.label_map and "LOCATION" not in s.label_map
    assert sorted(s.project.rejected_entity_suggestions("open")) == [
        (osaka, osaka + 2, "場所", "label-studio"), (tokyo, tokyo + 2, "場所", "matcher")]
    assert [e.label for e in s.project.entity_suggestions("open")] == ["場所"]  # the imported one too
    assert shown(s) == {("𠮷野家", "ORGANIZATION", "matcher")}  # still rejected, under the new name
    assert s.entity_suggestions(0, len(OPEN)) == s.entity_suggestions()  # a range agrees
    assert s.project.suggestion_decisions() == decisions  # counted per source: unchanged
    s.open("other")  # not rejected there: proposed under the new name by the model trained before
    assert shown(s) == {("東京", "場所", "matcher")}
    s.open("open")

    s.undo()
    assert "LOCATION" in s.label_map
    assert {k[2] for k in s.project.rejected_entity_suggestions("open")} == {"LOCATION"}
    assert shown(s) == {("𠮷野家", "ORGANIZATION", "matcher")}
    s.open("other")
    assert shown(s) == {("東京", "LOCATION", "matcher")}
    s.open("open")
    s.redo()
    assert {k[2] for k in s.project.rejected_entity_suggestions("open")} == {"場所"}
    assert shown(s) == {("𠮷野家", "ORGANIZATION", "matcher")}
    assert s.project.suggestion_decisions() == decisions

    path = s.project.path
    s.project.close()
    with Project.open(path) as again:  # reopened, with models trained on the renamed labels
        s2 = Session(again)
        s2.set_models(load_models([lb.name for lb in again.labels()], training.train(str(path), ["matcher"])))
        s2.open("other")
        assert shown(s2) == {("東京", "場所", "matcher")}  # the new model proposes the new name
        s2.open("open")
        assert shown(s2) == {("𠮷野家", "ORGANIZATION", "matcher")}
        s2.undo()  # nothing to undo in a new session: still rejected
        assert shown(s2) == {("𠮷野家", "ORGANIZATION", "matcher")}


def test_renames_in_a_row_and_one_back_map_the_models_labels(session):
    s = session
    s.open("other")
    rename(s, "LOCATION", "PLACE")
    rename(s, "PLACE", "SPOT")
    assert shown(s) == {("東京", "SPOT", "matcher")}
    s.undo()
    assert shown(s) == {("東京", "PLACE", "matcher")}
    rename(s, "ORGANIZATION", "LOCATION")  # the old name taken by another label: not the model's LOCATION
    assert shown(s) == {("東京", "PLACE", "matcher")}
    s.open("open")
    assert ("𠮷野家", "LOCATION", "matcher") in shown(s)


def test_a_rename_is_due_for_retraining_and_other_label_edits_are_not(session):
    s = session
    label = s.label_map["LOCATION"]
    change = s.apply(UpdateLabel(label, replace(label, color="#123456")))
    assert not s.training_due(change)
    label = s.label_map["LOCATION"]
    change = s.apply(UpdateLabel(label, replace(label, name="PLACE")))
    assert s.training_due(change)
