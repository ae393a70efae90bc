"""The optional pretrained recommender (GiNZA): its label mapping, its remote mode, and (where
GiNZA is installed) real suggestions on code-point offsets; the rest skips cleanly without it."""

from __future__ import annotations

import pytest

from annotator.core.model import LABEL_SETS
from annotator.core.recommend import GinzaRecommender, create, pretrained
from annotator.core.recommend.jobs import load_models
from annotator.core.recommend.settings import RecommenderSettings, default_enabled

IREX = [lb.name for lb in LABEL_SETS["irex"]]
STOCKMARK = [lb.name for lb in LABEL_SETS["stockmark"]]

needs_ginza = pytest.mark.skipif(pretrained.missing() is not None, reason="GiNZA (ja_ginza) is not installed")


def test_default_mapping_for_stockmark_and_irex_label_sets():
    sm = pretrained.default_mapping(STOCKMARK)
    assert sm["Person"] == "人名"
    assert sm["Company"] == "法人名"
    assert sm["Political_Party"] == "政治的組織名"
    assert sm["Sports_Team"] == "その他の組織名"
    assert sm["Province"] == "地名"
    assert sm["Station"] == "施設名"
    assert sm["Car"] == "製品名"
    assert sm["Conference"] == "イベント名"
    assert "Date" not in sm  # Stockmark has no date label
    ir = pretrained.default_mapping(IREX)
    assert ir["Company"] == ir["Government"] == ir["Sports_Team"] == "ORGANIZATION"
    assert ir["Station"] == "LOCATION"  # no facility label: the place label
    assert ir["Period_Year"] == "DATE" and ir["Money"] == "MONEY" and ir["Percent"] == "PERCENT"
    assert "Position_Vocation" not in ir  # no kind: never proposed
    assert pretrained.default_mapping(["X", "Y"]) == {}
    assert set(pretrained.known_labels()) >= set(pretrained.ENE_KINDS)


def test_the_projects_mapping_overrides_entry_by_entry():
    rec = GinzaRecommender(IREX, mapping={"Position_Vocation": "PERSON", "Company": "", "Money": "NO SUCH"})
    assert rec.mapping["Position_Vocation"] == "PERSON"
    assert "Company" not in rec.mapping  # "" = not proposed
    assert rec.mapping["Money"] == "MONEY"  # a label the project lacks is ignored
    assert rec.mapping["Person"] == "PERSON"


def test_with_a_results_store_it_answers_only_from_it_and_lists_what_it_was_asked():
    text = "𠮷野家の社長は東京で会見した。"
    store = pretrained.Results(keep=2)
    rec = GinzaRecommender(IREX, results=store)
    assert rec.pending(text) and rec.pending(text)
    assert rec.predict(text, []) == []
    assert store.take_wanted() == [text]
    assert store.take_wanted() == []
    store.put([text], [[(0, 3, "Company"), (7, 9, "Province"), (10, 12, "Dish")]])
    assert not rec.pending(text)
    found = rec.predict(text, [])
    assert [(s.start, s.end, s.label, s.text, s.source) for s in found] == [
        (0, 3, "ORGANIZATION", "𠮷野家", "ginza"), (7, 9, "LOCATION", "東京", "ginza")]
    other = GinzaRecommender(IREX, mapping={"Province": ""}, results=store)  # a new mapping, the same store
    assert [s.text for s in other.predict(text, [])] == ["𠮷野家"]
    # a result out of the text's range is dropped, never an offset error
    store.put([text], [[(5, 99, "Company")]])
    assert rec.predict(text, []) == []
    store.put(["a", "b"], [[], []])  # the oldest is let go beyond ``keep``
    assert store.get(text) is None and rec.pending(text)


def test_a_model_that_learns_nothing_is_made_fresh_with_the_projects_mapping():
    store = pretrained.Results()
    models = load_models(IREX, {}, {"ginza": {"mapping": {"Company": ""}, "results": store}})
    if pretrained.missing() is None:
        assert "Company" not in models["ginza"].mapping and models["ginza"].results is store
    else:
        assert "ginza" not in models  # inactive: left out


def test_off_by_default_and_inactive_without_its_packages(monkeypatch):
    assert not default_enabled("ginza", IREX)
    assert not RecommenderSettings.defaults(IREX).is_enabled("ginza", IREX)
    monkeypatch.setattr(pretrained, "missing", lambda: "GiNZA is not installed")
    rec = create("ginza", IREX)
    assert rec.inactive_reason() == "GiNZA is not installed"
    assert not rec.trained and rec.suggest("東京") == []
    monkeypatch.undo()
    if pretrained.missing() is None:
        assert "no GiNZA label" in create("ginza", ["X"]).inactive_reason()


def test_settings_keep_the_mapping_through_json():
    s = RecommenderSettings.defaults(IREX)
    s.mappings["ginza"] = {"Company": "", "Position_Vocation": "PERSON"}
    back = RecommenderSettings.from_json(s.to_json(), IREX)
    assert back.options("ginza") == {"mapping": {"Company": "", "Position_Vocation": "PERSON"}}
    assert back.options("crf") == {}
    assert RecommenderSettings.from_json({"mappings": {"ginza": {"A": 3, "B": "PERSON"}, "x": 1}}, IREX).mappings \
        == {"ginza": {"B": "PERSON"}}


@needs_ginza
def test_ginza_suggests_on_code_point_offsets_after_astral_characters():
    text = "😀𠮷は、トヨタ自動車の豊田章男社長は2024年3月に東京で100億円を投資すると述べた。"
    found = create("ginza", IREX).suggest(text)
    got = {(s.text, s.label) for s in found}
    assert ("トヨタ自動車", "ORGANIZATION") in got
    assert ("豊田章男", "PERSON") in got
    assert ("東京", "LOCATION") in got
    for s in found:
        assert text[s.start:s.end] == s.text and s.source == "ginza"
    many = create("ginza", IREX).predict_many([text, "大阪"])
    assert [(s.start, s.end, s.label) for s in many[0]] == [(s.start, s.end, s.label) for s in found]


def _project(path):
    from annotator.core.model import Document
    from annotator.core.store import Project

    with Project.open(path, create=True) as project, project.bulk_import("test") as bulk:
        bulk.add(Document("a", "😀𠮷は、トヨタ自動車の豊田章男社長と大阪で会った。"))
    return path


def test_the_commands_refuse_ginza_where_it_is_not_installed(tmp_path, monkeypatch, capsys):
    from annotator.cli import main

    monkeypatch.setattr(pretrained, "missing", lambda: "GiNZA is not installed (pip install 'annotator[ginza]')")
    project = _project(tmp_path / "p.annotator")
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(project), "--recommender", "ginza", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "ginza: GiNZA is not installed" in err and "nothing was written" in err and not out.exists()
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "g", "text": "東京", "entities": []}\n', encoding="utf-8")
    assert main(["evaluate", str(project), "--gold", str(gold), "--recommender", "ginza"]) == 1
    assert "GiNZA is not installed" in capsys.readouterr().err
    # without --recommender: the project's recommenders (GiNZA off by default), no complaint
    assert main(["suggest", str(project), "-o", str(out)]) == 0
    assert "GiNZA" not in capsys.readouterr().out


@needs_ginza
def test_annotator_suggest_with_ginza_writes_its_suggestions_and_accepts_nothing(tmp_path):
    from annotator.cli import main
    from annotator.core.formats import jsonl
    from annotator.core.store import Project

    project = _project(tmp_path / "p.annotator")
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(project), "--recommender", "ginza", "-o", str(out)]) == 0
    [doc] = [p.doc for p in jsonl.read(out)]
    got = {(e.text, e.label, e.attributes["source"]) for e in doc.entities}
    assert ("トヨタ自動車", "ORGANIZATION", "ginza") in got and ("大阪", "LOCATION", "ginza") in got
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    with Project.open(project, read_only=True) as p:
        assert p.entities("a") == []


def test_a_label_rename_carries_to_the_projects_mapping(tmp_path):
    from annotator.core.model import Label
    from annotator.core.ops import UpdateLabel
    from annotator.core.store import Project

    path = _project(tmp_path / "p.annotator")
    with Project.open(path) as p:
        s = p.recommender_settings()
        s.mappings["ginza"] = {"Company": "LOCATION", "Dish": "PERSON"}
        p.set_recommender_settings(s)
        old = next(lb for lb in p.labels() if lb.name == "LOCATION")
        new = Label("PLACE", old.color, old.key, old.description)
        p.apply(UpdateLabel(old, new))
        assert p.recommender_settings().mappings["ginza"] == {"Company": "PLACE", "Dish": "PERSON"}
        p.undo()
        assert p.recommender_settings().mappings["ginza"] == {"Company": "LOCATION", "Dish": "PERSON"}
