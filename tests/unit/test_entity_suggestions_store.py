"""Entity suggestions in the project file (issue 13): recommender settings and saved models
outside the undo history, rejections and accepted/rejected counts recorded by undoable ops."""

from __future__ import annotations

import base64

import pytest

from annotator.core import queries
from annotator.core.errors import ProjectError
from annotator.core.model import Document, Entity, Status
from annotator.core.ops import AddEntity, Batch, RejectEntitySuggestions, RemoveEntity
from annotator.core.recommend.settings import RecommenderSettings
from annotator.core.store import Project

TEXT = "𠮷野家の👍社長は\r\n東京で語った。"


@pytest.fixture
def project(tmp_path):
    p = Project.open(tmp_path / "p.annotator", create=True, user="tester")
    with p.bulk_import("test") as bulk:
        bulk.add(Document("d1", TEXT))
        bulk.add(Document("d2", TEXT))
    yield p
    p.close()


def test_default_settings_turn_on_what_the_label_set_can_use(tmp_path, project):
    s = project.recommender_settings()
    assert s.enabled == {"crf": True, "matcher": True, "numeric": True, "ginza": False} and s.retrain_every == 20
    assert s.threshold("crf") == 0.0 and s.threshold("label-studio") == 0.0
    other = Project.open(tmp_path / "o.annotator", create=True, label_set="stockmark")
    try:
        # Stockmark's label set has no label for dates or money: the numeric rules start off
        assert other.recommender_settings().enabled["numeric"] is False
        assert other.recommender_settings().enabled["crf"] is True
    finally:
        other.close()


def test_settings_round_trip_without_undo_and_survive_reopening(project):
    s = RecommenderSettings(enabled={"crf": False, "matcher": True, "numeric": True, "ginza": False,
                                     "label-studio": False},
                            thresholds={"matcher": 0.5, "crf": 0.25}, retrain_every=5)
    project.set_recommender_settings(s)
    assert not project.history.can_undo()
    path = project.path
    project.close()
    with Project.open(path) as again:
        got = again.recommender_settings()
    assert got == s
    assert got.is_enabled("label-studio") is False and got.is_enabled("other-source") is True
    assert got.threshold("matcher") == 0.5


def test_malformed_settings_fall_back_to_defaults():
    s = RecommenderSettings.from_json({"enabled": {"crf": "yes", "matcher": False}, "thresholds": {"crf": 3,
                                       "matcher": True, "numeric": 0.5}, "retrain_every": 0}, ["DATE"])
    assert s.enabled["crf"] is True and s.enabled["matcher"] is False
    assert s.thresholds == {"numeric": 0.5} and s.retrain_every == 20
    assert RecommenderSettings.from_json(["not", "a", "dict"], ["DATE"]) == RecommenderSettings.defaults(["DATE"])


def test_models_are_kept_as_base64_text_and_removed_with_none(project):
    blob = bytes(range(256)) * 3
    assert project.saved_model("crf") is None
    project.save_model("crf", blob)
    assert project.saved_model("crf") == blob
    with project.db.read() as c:
        assert queries.project_text(c, "model:crf") == base64.b64encode(blob).decode()
    project.save_model("crf", None)
    assert project.saved_model("crf") is None
    with project.db.write() as c:  # another program's garbage: no model, rebuilt like any unusable one
        queries.set_project_text(c, "model:crf", "not base64 ✗")
    assert project.saved_model("crf") is None
    assert not project.history.can_undo()


def test_saving_a_model_in_a_read_only_project_says_so(project):
    path = project.path
    with Project.open(path, read_only=True) as ro, pytest.raises(ProjectError):
        ro.save_model("crf", b"x")


def test_rejections_are_remembered_counted_and_undone(project):
    keys = ((0, 3, "ORGANIZATION", "crf"), (4, 5, "PERSON", "matcher"))
    change = project.apply(RejectEntitySuggestions("d1", keys))
    assert change.entity_rejections == {"d1"} and "d1" in change.docs
    assert sorted(project.rejected_entity_suggestions("d1")) == sorted(keys)
    assert project.rejected_entity_suggestions("d2") == []
    assert project.suggestion_decisions() == {"crf": (0, 1), "matcher": (0, 1)}
    assert project.status("d1") == Status.IN_PROGRESS  # an edit of the document, like a claim rejection
    # rejecting one again counts nothing more
    project.apply(RejectEntitySuggestions("d1", keys[:1]))
    assert project.suggestion_decisions() == {"crf": (0, 1), "matcher": (0, 1)}
    project.undo()
    project.undo()
    assert project.rejected_entity_suggestions("d1") == []
    assert project.suggestion_decisions() == {"crf": (0, 0), "matcher": (0, 0)}
    assert project.status("d1") == Status.NEW
    project.redo()
    assert len(project.rejected_entity_suggestions("d1")) == 2
    assert project.oplog(1)[0][3] == "redo:batch"


def test_accepting_counts_for_its_source_and_undo_takes_it_back(project):
    e1 = Entity("T1", 0, 3, "ORGANIZATION", "𠮷野家")
    i = TEXT.index("東京")
    e2 = Entity("T2", i, i + 2, "LOCATION", "東京")
    project.apply(Batch((AddEntity("d1", e1, "crf"), AddEntity("d1", e2, "matcher")), "accept 2"))
    assert project.suggestion_decisions() == {"crf": (1, 0), "matcher": (1, 0)}
    payload = project.oplog(1)[0][5]["ops"][0]  # the acceptance, then "marked in progress"
    assert [op.get("source") for op in payload["ops"]] == ["crf", "matcher"]
    project.undo()
    assert project.suggestion_decisions() == {"crf": (0, 0), "matcher": (0, 0)}
    assert project.entities("d1") == []
    project.redo()
    assert project.suggestion_decisions() == {"crf": (1, 0), "matcher": (1, 0)}
    # removing an accepted entity by hand later is an edit, not an undone decision
    project.apply(RemoveEntity("d1", e1))
    assert project.suggestion_decisions()["crf"] == (1, 0)
    # an entity typed by hand counts for no source
    project.apply(AddEntity("d2", Entity("T1", 0, 3, "ORGANIZATION", "𠮷野家")))
    assert project.suggestion_decisions() == {"crf": (1, 0), "matcher": (1, 0)}


def test_malformed_stored_rejections_are_ignored(project):
    with project.db.write() as c:
        queries.set_project_value(c, "rejected_entity_suggestions:d1", [[0, 3, "PERSON", "crf"], [1, "x"], "no"])
    assert project.rejected_entity_suggestions("d1") == [(0, 3, "PERSON", "crf")]


def test_check_names_malformed_rejected_entity_suggestions(project):
    from annotator.core.checks import check_project

    project.apply(RejectEntitySuggestions("d1", ((0, 3, "ORGANIZATION", "crf"),)))
    assert not [f for f in check_project(project.path)[0] if "entity suggestions" in f.message]
    with project.db.write() as c:
        queries.set_project_value(c, "rejected_entity_suggestions:d2", [[0, 3, "PERSON"]])
    found = [f for f in check_project(project.path)[0] if "entity suggestions" in f.message]
    assert [f.doc for f in found] == ["d2"]
