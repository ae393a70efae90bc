"""Training the entity recommenders of a project as a job (issue 13): in a worker process while
the project is edited, saved models reused only when they fit, and a stale, missing, damaged or
other-version model rebuilt, never trusted."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from annotator.core import training
from annotator.core.model import Document, Entity, Status
from annotator.core.ops import AddEntity, SetStatus
from annotator.core.recommend import CrfRecommender, StringMatcher
from annotator.core.recommend.jobs import load_models, trained_at
from annotator.core.recommend.saved import read_header
from annotator.core.recommend.settings import RecommenderSettings
from annotator.core.session import Session
from annotator.core.store import Project

#: 7 names and 3 places: every 5th sentence (held out when measuring) repeats one seen in training.
NAMES = ["田中", "鈴木", "佐藤", "高橋", "伊藤", "渡辺", "山本"]
PLACES = ["東京", "大阪", "福岡"]


def sentence(name: str, place: str) -> tuple[str, list[Entity]]:
    text = f"{name}さんは{place}に行った。"
    return text, [Entity("T1", 0, len(name), "PERSON", name),
                  Entity("T2", len(name) + 3, len(name) + 3 + len(place), "LOCATION", place)]


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "t.annotator"
    with Project.open(p, create=True, user="tester") as project, project.bulk_import("test") as bulk:
        for i in range(40):
            text, ents = sentence(NAMES[i % len(NAMES)], PLACES[i % len(PLACES)])
            bulk.add(Document(f"d{i}", text, status=Status.DONE, entities=ents))
        bulk.add(Document("new", "山本さんは福岡に行った。2024年3月1日。"))
    return p


def test_a_job_trains_every_recommender_and_a_reopened_project_suggests_at_once(path):
    models = training.train(str(path), ["crf", "matcher", "numeric", "nonsense"])
    assert sorted(models) == ["crf", "matcher", "numeric"]
    assert all(read_header(blob)["recommender"] == name for name, blob in models.items())
    with Project.open(path) as project:
        for name, blob in models.items():
            project.save_model(name, blob)
    with Project.open(path) as project:
        s = Session(project)
        s.set_models(training.load_saved(project))
        s.open("new")
        got = {(x.text, x.label) for x in s.entity_suggestions()}
        assert {("山本", "PERSON"), ("福岡", "LOCATION"), ("2024年3月1日", "DATE")} <= got
        # where two propose the same span and label the higher score is shown: each alone
        for name in models:
            s.set_recommender_settings(RecommenderSettings(enabled={n: n == name for n in models}))
            assert {x.source for x in s.entity_suggestions()} == {name}
        s.set_recommender_settings(RecommenderSettings(enabled={"crf": True, "matcher": False, "numeric": False}))
        crf = {(x.text, x.label) for x in s.entity_suggestions()}
    assert {("山本", "PERSON"), ("福岡", "LOCATION")} <= crf


def test_a_saved_model_that_still_fits_is_reused_and_a_stale_one_retrained(path):
    first = training.train(str(path), ["matcher"])
    with Project.open(path) as project:
        project.save_model("matcher", first["matcher"])
    assert training.train(str(path), ["matcher"]) == first  # nothing changed: not trained again
    with Project.open(path) as project:
        project.apply(AddEntity("new", Entity("T1", 0, 2, "PERSON", "山本")))
        project.apply(SetStatus("new", Status.IN_PROGRESS, Status.DONE))
        stale = training.load_saved(project)
    assert isinstance(stale["matcher"], StringMatcher)  # stale, still used until the new one is ready
    again = training.train(str(path), ["matcher"])
    assert again["matcher"] != first["matcher"]
    assert read_header(again["matcher"])["data"] != read_header(first["matcher"])["data"]
    assert training.train(str(path), ["matcher"], reuse=False)["matcher"] != first["matcher"]


@pytest.mark.parametrize("spoil", ["missing", "damaged", "other version", "other labels", "garbage"])
def test_an_unusable_saved_model_is_rebuilt_not_trusted(path, monkeypatch, spoil):
    blob = training.train(str(path), ["crf"])["crf"]
    if spoil == "missing":
        blob = None
    elif spoil == "damaged":
        blob = blob[:-10]
    elif spoil == "garbage":
        blob = b"\x00" * 100
    elif spoil == "other labels":
        blob = training.train(str(path), ["crf"])["crf"].replace(b'"PERSON"', b'"PERSONA"', 1)
    with Project.open(path) as project:
        project.save_model("crf", blob)
        if spoil == "other version":
            monkeypatch.setattr(CrfRecommender, "version", CrfRecommender.version + 1)
        assert "crf" not in training.load_saved(project)
    rebuilt = training.train(str(path), ["crf"])["crf"]
    assert rebuilt != blob
    assert load_models(["PERSON", "ORGANIZATION", "LOCATION", "ARTIFACT", "DATE", "TIME", "MONEY", "PERCENT"],
                       {"crf": rebuilt})["crf"].trained


def test_inactive_recommenders_are_not_trained_or_loaded(tmp_path):
    p = tmp_path / "s.annotator"
    with Project.open(p, create=True, label_set="stockmark") as project:
        assert "numeric" not in training.load_saved(project)
    assert "numeric" not in training.train(str(p), ["numeric", "matcher"])


def test_training_in_a_spawned_worker_while_the_project_is_edited(path):
    ctx = multiprocessing.get_context("spawn")
    with Project.open(path) as project, ProcessPoolExecutor(1, mp_context=ctx) as pool:
        job = pool.submit(training.train, str(path), ["crf", "matcher"])
        s = Session(project)
        s.open("new")
        for k in range(5):  # edits go on while the worker reads and trains
            s.apply(AddEntity("new", Entity(f"T{k + 1}", k, k + 1, "PERSON", "山本さんは"[k])))
        models = job.result(timeout=120)
        for name, blob in models.items():
            project.save_model(name, blob)
        s.set_models(load_models([lb.name for lb in project.labels()], models))
        s.set_recommender_settings(RecommenderSettings(enabled={"crf": True, "matcher": False}))
        assert ("福岡", "LOCATION", "crf") in {(x.text, x.label, x.source) for x in s.entity_suggestions()}
    assert trained_at(models["crf"]) is not None


def test_the_module_entry_point_trains_and_stores(path, capsys):
    assert training.main([str(path), "matcher"]) == 0
    assert capsys.readouterr().out.split() == ["matcher"]
    with Project.open(path) as project:
        assert read_header(project.saved_model("matcher"))["recommender"] == "matcher"
    assert training.main([]) == 2


def test_quality_is_measured_on_done_documents_held_out_from_training(path):
    got = {q["recommender"]: q for q in training.measure(str(path), ["crf", "matcher", "numeric"])}
    assert set(got) == {"crf", "matcher", "numeric"}
    # 40 done documents: every 5th held out, the other 32 taught (the new one teaches nothing)
    assert got["matcher"]["test_documents"] == 8 and got["matcher"]["train_documents"] == 32
    assert got["matcher"]["gold"] == 16
    # every name and place of the held-out sentences was seen in training: the matcher finds them all
    assert got["matcher"]["precision"] == got["matcher"]["recall"] == got["matcher"]["f1"] == 1.0
    assert got["crf"]["f1"] > 0.9
    assert got["numeric"]["predicted"] == 0 and got["numeric"]["f1"] == 0.0
    with Project.open(path) as project:
        assert project.quality_history() == []
        project.add_quality(list(got.values()), when=1000.0)
        project.add_quality([got["crf"]])
        history = project.quality_history()
        assert not project.history.can_undo()
    assert [q["recommender"] for q in history] == ["crf", "matcher", "numeric", "crf"]
    assert history[0]["time"] == 1000.0 and history[-1]["time"] > 1000.0
    assert history[0]["f1"] == got["crf"]["f1"]


def test_quality_needs_two_done_documents(tmp_path):
    p = tmp_path / "q.annotator"
    with Project.open(p, create=True) as project, project.bulk_import("t") as bulk:
        text, ents = sentence("田中", "東京")
        bulk.add(Document("a", text, status=Status.DONE, entities=ents))
        bulk.add(Document("b", text, status=Status.IN_PROGRESS, entities=ents))
    assert training.measure(str(p), ["matcher"]) == []
