"""Strict and overlap P/R/F1, and the ``suggest`` and ``evaluate`` commands on a small project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.formats import jsonl
from annotator.core.recommend.base import EntitySuggestion, fill_gaps, union
from annotator.core.recommend.evaluate import evaluate


def test_strict_and_overlap_figures_per_label_and_overall():
    gold = [(0, 2, "PER"), (5, 9, "LOC"), (10, 12, "LOC")]
    pred = [(0, 2, "PER"), (5, 8, "LOC"), (10, 12, "ORG"), (20, 22, "PER")]
    ev = evaluate([(gold, pred)])
    per, loc = ev.labels["PER"], ev.labels["LOC"]
    assert (per.strict.precision, per.strict.recall) == (0.5, 1.0)
    assert (loc.strict.precision, loc.strict.recall, loc.strict.f1) == (0.0, 0.0, 0.0)
    assert (loc.overlap.precision, loc.overlap.recall) == (1.0, 0.5)  # 5-8 overlaps 5-9
    assert ev.labels["ORG"].strict.precision == 0.0 and ev.labels["ORG"].gold == 0
    total = ev.overall
    assert (total.gold, total.predicted, total.strict_hits) == (3, 4, 1)
    assert total.strict.f1 == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    lines = ev.table()
    assert lines[0].split()[:3] == ["label", "gold", "suggested"] and lines[-1].startswith("(all)")


def test_one_long_suggestion_finds_two_gold_entities_by_overlap():
    ev = evaluate([([(0, 2, "X"), (3, 5, "X")], [(0, 5, "X")])])
    assert ev.overall.overlap.recall == 1.0 and ev.overall.overlap.precision == 1.0
    assert ev.overall.strict.f1 == 0.0


def test_union_keeps_the_best_score_and_fill_gaps_the_first_recommender():
    a = [EntitySuggestion(0, 2, "X", "ab", "crf", 0.6), EntitySuggestion(5, 7, "X", "cd", "crf", 0.9)]
    b = [EntitySuggestion(0, 2, "X", "ab", "matcher", 0.8), EntitySuggestion(1, 3, "Y", "bc", "matcher", 1.0),
         EntitySuggestion(8, 9, "Y", "e", "matcher", 0.5)]
    assert [(s.key, s.source) for s in union([a, b])] == [
        ((0, 2, "X"), "matcher"), ((1, 3, "Y"), "matcher"), ((5, 7, "X"), "crf"), ((8, 9, "Y"), "matcher")]
    assert [(s.key, s.source) for s in fill_gaps([a, b])] == [
        ((0, 2, "X"), "crf"), ((5, 7, "X"), "crf"), ((8, 9, "Y"), "matcher")]


# -- the commands ---------------------------------------------------------------------------

PEOPLE = ["田中", "鈴木", "佐藤", "高橋", "伊藤", "渡辺"]
PLACES = ["大阪", "名古屋", "京都", "札幌", "福岡", "神戸"]


def _record(i: int, person: str, place: str, status: str, *, annotate: bool = True) -> dict:
    text = f"𠮷😀{person}さんは{place}に住んでいる。"
    ents = []
    if annotate:
        for k, (surface, label) in enumerate(((person, "PERSON"), (place, "LOCATION"))):
            start = text.index(surface)
            ents.append({"id": f"e{k}", "start": start, "end": start + len(surface), "label": label, "text": surface})
    return {"id": f"d{i}", "text": text, "meta": {}, "status": status, "entities": ents, "claims": []}


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path) -> Path:
    records = [_record(i, p, pl, "done") for i, (p, pl) in enumerate((p, pl) for p in PEOPLE for pl in PLACES)]
    records.append(_record(100, "山本", "仙台", "new", annotate=False))
    partly = _record(101, "中村", "横浜", "in_progress")
    partly["entities"] = partly["entities"][:1]  # 中村 accepted, 横浜 not yet
    records.append(partly)
    proj = tmp_path / "p.annotator"
    assert main(["import", str(proj), str(_write(tmp_path / "in.jsonl", records))]) == 0
    return proj


def test_suggest_writes_canonical_records_and_accepts_nothing(project, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(project), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "crf: trained on 36 documents (72 entities)" in said
    assert "matcher: trained on 37 documents (73 entities)" in said and "nothing was accepted" in said
    records = {p.doc.id: p for p in jsonl.read(out)}
    assert all(not p.problems for p in records.values()) and len(records) == 38
    new = records["d100"].doc
    assert [(e.text, e.label, e.start) for e in new.entities] == [("山本", "PERSON", 2), ("仙台", "LOCATION", 7)]
    assert all(e.attributes["source"] in ("crf", "matcher") and 0 < e.attributes["score"] <= 1 for e in new.entities)
    assert new.claims == []
    # an accepted entity is never suggested again with its label; what is not accepted yet is
    partly = records["d101"].doc
    assert [(e.text, e.label) for e in partly.entities] == [("横浜", "LOCATION")]
    assert all(p.doc.entities == [] for k, p in records.items() if k.startswith("d") and int(k[1:]) < 36)
    # the project is unchanged: the new document has no entity
    assert main(["stats", str(project), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["entities"]["PERSON"] == 37


def test_suggest_one_recommender_and_one_status(project, tmp_path, capsys):
    out = tmp_path / "new.jsonl"
    assert main(["suggest", str(project), "--recommender", "matcher", "--status", "new", "-o", str(out)]) == 0
    records = [p.doc for p in jsonl.read(out)]
    assert [d.id for d in records] == ["d100"] and records[0].entities == []  # 山本, 仙台: never accepted
    assert main(["suggest", str(project), "--recommender", "numeric", "-o", str(out)]) == 0
    assert "numeric rules propose nothing" not in capsys.readouterr().out  # irex has DATE: the rules run


def test_evaluate_prints_each_recommender_and_their_combination(project, tmp_path, capsys):
    gold = _write(tmp_path / "gold.jsonl", [_record(200, "山本", "仙台", "done"), _record(201, "中村", "横浜", "done")])
    assert main(["evaluate", str(project), "--gold", str(gold)]) == 0
    said = capsys.readouterr().out
    assert "crf (threshold 0.0) on 2 documents" in said and "combined" in said
    crf_all = next(line for line in said.splitlines()[said.splitlines().index(
        next(x for x in said.splitlines() if x.startswith("crf ("))):] if line.strip().startswith("(all)"))
    assert crf_all.split()[1:] == ["4", "4", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000"]
    assert main(["evaluate", str(project), "--gold", str(gold), "--recommender", "matcher", "--train-on", "0"]) == 0
    assert "trained on 0 documents" in capsys.readouterr().out


def test_evaluate_refuses_a_bad_gold_file_and_a_negative_count(project, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "ab", "entities": [{"start": 0, "end": 9}]}\n', encoding="utf-8")
    assert main(["evaluate", str(project), "--gold", str(bad)]) == 1
    assert "nothing was evaluated" in capsys.readouterr().err
    assert main(["evaluate", str(project), "--gold", str(bad), "--train-on", "-1"]) == 2


def test_an_unknown_recommender_is_wrong_usage(project, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(project), "--recommender", "nonesuch", "-o", str(out)]) == 2
    assert "choose one of crf, matcher, numeric" in capsys.readouterr().err and not out.exists()
    assert main(["evaluate", str(project), "--gold", str(out), "--recommender", "nonesuch"]) == 2


def test_suggest_uses_the_models_the_project_saved_unless_asked_to_train(project, tmp_path, capsys):
    from annotator.core import training

    assert training.main([str(project), "crf", "matcher"]) == 0  # what the window's worker does
    capsys.readouterr()
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(project), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "crf: trained on 36 documents (72 entities), the project's saved model" in said
    assert main(["suggest", str(project), "-o", str(out), "--train"]) == 0
    said = capsys.readouterr().out
    assert "crf: trained on 36 documents (72 entities), in " in said and "saved model" not in said


def test_suggest_leaves_out_what_was_rejected_in_the_window(project, tmp_path):
    from annotator.core.ops import RejectEntitySuggestions
    from annotator.core.store import Project

    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(project), "-o", str(out)]) == 0
    d100 = next(p.doc for p in jsonl.read(out) if p.doc.id == "d100")
    yamamoto = next(e for e in d100.entities if e.text == "山本")
    with Project.open(project) as p:  # rejected once, from whichever recommender: not proposed by any
        p.apply(RejectEntitySuggestions("d100", ((yamamoto.start, yamamoto.end, "PERSON", "crf"),)))
    assert main(["suggest", str(project), "-o", str(out)]) == 0
    again = next(p.doc for p in jsonl.read(out) if p.doc.id == "d100")
    assert [e.text for e in again.entities] == ["仙台"]


def test_evaluate_refuses_an_empty_gold_file_and_a_project(project, tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    assert main(["evaluate", str(project), "--gold", str(empty)]) == 1
    assert "no documents" in capsys.readouterr().err
    assert main(["evaluate", str(project), "--gold", str(project)]) == 1
    assert "SQLite database" in capsys.readouterr().err
