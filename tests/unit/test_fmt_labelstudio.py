"""Label Studio JSON tasks: annotations as entities, predictions as suggestions, offsets in code
points (and an older Label Studio's UTF-16 units through value.text), export → import round
trips, and bad input named by file, line and task."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import InputError
from annotator.core.formats import FORMATS, labelstudio
from annotator.core.formats.base import LossReport
from annotator.core.importer import import_files
from annotator.core.model import Claim, Document, Entity, Status
from tests.unit.peers_util import corpora, make_project, relation_keys

DATA = Path(__file__).parent / "data" / "interop" / "labelstudio"
LABELS = ("PERSON", "人名", "LOC")


def read_ok(path: Path, **options: str) -> list:
    parsed = list(labelstudio.read(path, **options))
    assert all(not p.problems for p in parsed), [(p.record, p.problems) for p in parsed]
    return parsed


def test_registered():
    fmt = FORMATS["labelstudio"]
    assert fmt.read is labelstudio.read and fmt.write is labelstudio.write
    assert fmt.write_options == {"offsets": ("codepoints", "utf16")}


def test_label_studio_export_annotations_predictions_and_statuses():
    first, second, third = read_ok(DATA / "export.json")
    doc = first.doc
    assert (doc.id, doc.status, first.line, first.record) == ("1", Status.DONE, 2, "task 1, id 1")
    assert doc.meta == {"data": {"source": "blog"}}
    assert [(e.id, e.label, e.text) for e in doc.entities] == [
        ("Ab3xK9pQ1z", "ORG", "𠮷野家"), ("Bc4yL0qR2a", "FOOD", "牛丼"), ("Cd5zM1rS3b#2", "FAC", "東京タワー"),
        ("Cd5zM1rS3b", "LOC", "東京タワー"), ("De6aN2sT4c", "LOC", "東京")]
    (claim,) = doc.claims
    assert claim.text == "𠮷野家で牛丼" and claim.data == {"type": "sells", "arguments": [
        {"role": "from", "entity": "Ab3xK9pQ1z"}, {"role": "to", "entity": "Bc4yL0qR2a"}]}
    assert [(s.label, s.text, s.attributes) for s in first.suggestions] == [
        ("ORG", "𠮷野家", {"source": "label-studio:ner-v2", "score": 0.95}),
        ("LOC", "東京", {"source": "label-studio:ner-v2", "score": 0.87})]
    assert all(s.key not in {e.key for e in doc.entities} or s.id.startswith("p0:") for s in first.suggestions)
    assert len(first.notes) == 2 and "annotations 11 not imported" in first.notes[0] and "'choices'" in first.notes[1]
    assert (second.doc.id, second.doc.status, second.doc.entities) == ("2", Status.SKIPPED, [])
    assert (third.doc.id, third.doc.status, third.doc.meta) == ("3", Status.NEW, {"batch": "2024-05"})


def test_an_older_label_studios_utf16_offsets_are_found_through_value_text():
    (parsed,) = read_ok(DATA / "old_utf16.json")
    assert [(e.start, e.end, e.text) for e in parsed.doc.entities] == [(11, 14, "𠮷野家"), (24, 29, "東京タワー")]


def test_the_unit_is_chosen_per_task_and_the_option_decides_where_both_fit(tmp_path):
    text = "吾吾𠮷吾吾"  # 吾 at 3–4 in code points, at 4–5 in UTF-16 units: both read 吾
    tasks = [{"data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "value": {"start": 4, "end": 5, "text": "吾", "labels": ["X"]}},
        {"id": "b", "type": "labels", "value": {"start": 2, "end": 4, "text": "𠮷", "labels": ["X"]}}]}]},
             {"data": {"text": text}, "annotations": [{"result": [
                 {"id": "a", "type": "labels", "value": {"start": 4, "end": 5, "text": "吾", "labels": ["X"]}}]}]}]
    (tmp_path / "t.json").write_text(json.dumps(tasks), encoding="utf-8")
    first, second = read_ok(tmp_path / "t.json")
    assert [(e.start, e.end) for e in first.doc.entities] == [(2, 3), (3, 4)]  # 𠮷 fits only UTF-16 units
    assert [(e.start, e.end) for e in second.doc.entities] == [(4, 5)]  # both fit: code points
    assert [(e.start, e.end) for e in read_ok(tmp_path / "t.json", offsets="utf16")[1].doc.entities] == [(3, 4)]


def test_json_min_is_refused_with_a_hint():
    (parsed,) = list(labelstudio.read(DATA / "json_min.json"))
    assert parsed.doc is None and "JSON-MIN" in parsed.problems[0] and parsed.record == "task 1, id 1"


def test_import_stores_predictions_as_suggestions_not_entities(tmp_path):
    with make_project(tmp_path / "p.annotator", []) as p:
        report = import_files(p, [DATA / "export.json"], fmt="labelstudio")
        assert report.documents == 3 and report.suggestions == 2
        assert len(p.entities("1")) == 5


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(corpora(LABELS, relations=("from", "to")), st.sampled_from(("codepoints", "utf16")))
def test_export_then_import_gives_back_what_label_studio_holds(tmp_path_factory, docs, offsets):
    tmp = tmp_path_factory.mktemp("ls")
    with make_project(tmp / "p.annotator", docs) as p:
        lost = LossReport()
        assert labelstudio.write(p, tmp / "out.json", lost=lost, offsets=offsets) == len(docs)
        originals = list(p.iter_documents())
    back = [x.doc for x in read_ok(tmp / "out.json", offsets=offsets)]
    assert [d.id for d in back] == [d.id for d in originals]
    for a, b in zip(originals, back, strict=True):
        assert (b.text, b.meta) == (a.text, a.meta)
        assert [(e.id, *e.key, e.text) for e in b.entities] == [(e.id, *e.key, e.text) for e in a.entities]
        assert relation_keys(b) == relation_keys(a)
        assert b.status == a.status
    assert not [x for x in lost.items if x.kind != "claim"]


def test_what_label_studio_cannot_hold_is_listed_and_the_task_shape(tmp_path):
    text = "山田が東京へ行った"
    ents = [Entity("a", 0, 2, "人名", "山田", {"note": "x"}), Entity("b", 3, 5, "LOC", "東京")]
    claims = [Claim("C1", 0, 9, text, {"type": "quote", "arguments": []}),
              Claim("R1", 0, 5, "山田が東京", {"type": "行く", "arguments": [{"role": "Arg1", "entity": "a"},
                                                                           {"role": "Arg2", "entity": "b"}],
                                             "checkworthy": "yes"})]
    with make_project(tmp_path / "p.annotator", [Document("d", text, {"k": 1}, Status.SKIPPED, ents, claims)]) as p:
        lost = LossReport()
        labelstudio.write(p, tmp_path / "o.json", lost=lost)
    assert sorted((x.kind, x.reason.split(" ")[0]) for x in lost.items) == [
        ("attribute", "attributes"), ("attribute", "claim"), ("attribute", "roles"), ("claim", "not")]
    (task,) = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert task == {"data": {"text": text}, "meta": {"annotator": {"id": "d", "status": "skipped", "meta": {"k": 1}}},
                    "predictions": [],
                    "annotations": [{"was_cancelled": True, "ground_truth": False, "result": [
                        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
                         "value": {"start": 0, "end": 2, "text": "山田", "labels": ["人名"]}},
                        {"id": "b", "from_name": "label", "to_name": "text", "type": "labels",
                         "value": {"start": 3, "end": 5, "text": "東京", "labels": ["LOC"]}},
                        {"from_id": "a", "to_id": "b", "type": "relation", "direction": "right", "labels": ["行く"]}]}]}


def _task(value: object, **extra: object) -> dict:
    return {"data": {"text": "𠮷野家で食べた"}, "annotations": [{"result": [
        {"id": "r", "type": "labels", "from_name": "label", "to_name": "text", "value": value}]}], **extra}


BAD_TASKS = [
    (_task({"start": 0, "end": 9, "labels": ["X"]}), "outside the text"),
    (_task({"start": 0, "end": 3, "text": "吉野家", "labels": ["X"]}), "is not the text at 0–3"),
    (_task({"start": "0", "end": 3, "labels": ["X"]}), "must be integers"),
    (_task({"start": 0, "end": 3, "labels": "X"}), "labels must be a non-empty list"),
    (_task({"start": 0, "end": 3, "labels": [5]}), "label must be a non-empty string"),
    (_task({"start": 0, "end": 3, "text": 3, "labels": ["X"]}), "value.text must be a string"),
    ({"data": {"text": 12}}, "text must be a string"),
    ({"data": {"a": "x", "b": "y"}}, "say which holds the text"),
    ({"data": {"text": "ok"}, "id": ["x"]}, "id must be a non-empty string"),
    ({"data": {"text": "ok"}, "annotations": {}}, "annotations must be a list"),
    ({"data": {"text": "ok"}, "predictions": [{"score": "high", "result": []}]}, "score must be a number"),
    ({"data": {"text": "o\u001bk"}}, "U+001B (ESC)"),
    ({"data": {"text": "ok"}, "meta": {"k": "\ud800"}}, "lone surrogate"),
    ([1], "must be a JSON object"),
]


def test_bad_tasks_are_named_by_line_and_task_and_the_good_ones_still_read(tmp_path):
    path = tmp_path / "bad.json"
    tasks = [{"data": {"text": "ok"}}, *[t for t, _ in BAD_TASKS]]
    path.write_text("[\n" + ",\n".join(json.dumps(t) for t in tasks) + "\n]\n", encoding="utf-8")
    parsed = list(labelstudio.read(path))
    assert parsed[0].doc is not None and parsed[0].doc.id == "bad-1"
    for k, (p, (_, expected)) in enumerate(zip(parsed[1:], BAD_TASKS, strict=True), 2):
        assert p.doc is None and p.file == str(path) and p.line == k + 1 and p.record == f"task {k}"
        assert any(expected in x for x in p.problems), (k, p.problems)


@pytest.mark.parametrize(("data", "expected", "line"), [
    (b"[\n{\"data\": {\"text\": \"a\"}},\n\x00\x00", "NUL bytes", 3),
    ('[{"data": {"text": "吾輩"}}]'.encode("cp932"), "not UTF-8", 1),
    ('[{"data": {"text": "a"}}]'.encode("utf-16"), "UTF-16", None),
    (b'[\n{"data": {"text": "a"}},\n{"data": {"text": NaN}}\n]', "NaN is not valid JSON", 3),
    (b'[\n{"data": {"text": "a"}},\n{"data": {"text": "b", "text": "c"}}\n]', "duplicate key", 3),
    (b'[\n{"data": {"text": "a"}}\n{"data": 1}]', "expecting ',' or ']'", 3),
    (b'{"a": 1', "invalid JSON", 1),
])
def test_binary_wrongly_encoded_and_broken_files(tmp_path, data, expected, line):
    path = tmp_path / "x.json"
    path.write_bytes(data)
    bad = [p for p in labelstudio.read(path) if p.problems]
    assert len(bad) == 1 and bad[0].doc is None and bad[0].line == line and expected in bad[0].problems[0]


def test_import_is_all_or_nothing(tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps([{"data": {"text": "ok"}}, _task({"start": 0, "end": 99, "labels": ["X"]})]),
                    encoding="utf-8")
    with make_project(tmp_path / "p.annotator", []) as p:
        with pytest.raises(InputError, match="task 2"):
            import_files(p, [path], fmt="labelstudio")
        assert p.document_ids() == []


@pytest.mark.parametrize(("annotations", "expected"), [
    ([{"result": []}], Status.IN_PROGRESS),  # as exported
    ([{"result": [], "was_cancelled": True}], Status.SKIPPED),  # skipped in Label Studio
    ([], Status.NEW),  # its annotation deleted in Label Studio
])
def test_the_exported_status_holds_while_the_annotations_agree(tmp_path, annotations, expected):
    task = {"data": {"text": "東京"}, "meta": {"annotator": {"id": "d", "status": "in_progress", "meta": {}}},
            "annotations": annotations}
    (tmp_path / "t.json").write_text(json.dumps([task]), encoding="utf-8")
    (parsed,) = read_ok(tmp_path / "t.json")
    assert (parsed.doc.id, parsed.doc.status) == ("d", expected)


# -- claim fields reported whatever their value; cancelled annotations; one problem per fault -----

def test_every_claim_field_a_relation_cannot_hold_is_listed_whatever_its_value(tmp_path):
    text = "𠮷田は😀東京に行く"
    ents = [Entity("T1", 0, 2, "PERSON", "𠮷田"), Entity("T2", 4, 6, "LOC", "東京")]
    defaults = {"checkworthy": "unsure", "certainty": "asserted", "polarity": "affirmed",
                "claimant": {"kind": "author"}, "note": ""}
    claims = [Claim("C1", 0, 6, text[:6], {"type": "quantity", **defaults, "arguments": [
                  {"role": "from", "entity": "T1"}, {"role": "to", "entity": "T2"}]}),
              Claim("C2", 0, 6, text[:6], {"type": None, "arguments": [
                  {"role": "from", "entity": "T2"}, {"role": "to", "entity": "T1"}]})]
    with make_project(tmp_path / "p.annotator", [Document("r1", text, {}, Status.NEW, ents, claims)]) as p:
        lost = LossReport()
        labelstudio.write(p, tmp_path / "o.json", lost=lost)
    assert [(x.kind, x.reason) for x in lost.items] == [
        ("attribute", "claim fields certainty, checkworthy, claimant, note, polarity have no place in a Label "
                      "Studio relation")]
    (parsed,) = read_ok(tmp_path / "o.json")
    assert [(c.data.get("type"), c.data.get("checkworthy"), c.data.get("note")) for c in parsed.doc.claims] == [
        ("quantity", None, None), (None, None, None)]  # what the report said is gone; a null type stays null


def test_a_task_whose_only_annotation_is_cancelled_imports_no_entities(tmp_path):
    region = {"id": "a", "type": "labels", "from_name": "label", "to_name": "text",
              "value": {"start": 0, "end": 2, "text": "東京", "labels": ["LOC"]}}
    tasks = [{"id": 7, "data": {"text": "東京"},
              "annotations": [{"id": 70, "was_cancelled": True, "result": [region]}]},
             {"id": 8, "data": {"text": "東京"}, "annotations": [
                 {"id": 80, "was_cancelled": True, "result": [region]}, {"id": 81, "result": []}]}]
    (tmp_path / "t.json").write_text(json.dumps(tasks), encoding="utf-8")
    skipped, done = read_ok(tmp_path / "t.json")
    assert (skipped.doc.status, skipped.doc.entities, skipped.doc.claims) == (Status.SKIPPED, [], [])
    assert skipped.notes == ["annotations 70 not imported: only the first that is not cancelled is",
                             "the regions of cancelled annotations are not imported: annotations[0].result[0] LOC "
                             "0–2"]
    assert (done.doc.status, done.doc.entities) == (Status.DONE, [])


def test_a_skipped_document_exported_here_comes_back_with_its_entities(tmp_path):
    doc = Document("d", "東京", {}, Status.SKIPPED, [Entity("T1", 0, 2, "LOC", "東京")])
    with make_project(tmp_path / "p.annotator", [doc]) as p:
        labelstudio.write(p, tmp_path / "o.json", lost=LossReport())
    (parsed,) = read_ok(tmp_path / "o.json")
    assert (parsed.doc.status, [e.key for e in parsed.doc.entities], parsed.notes) == (
        Status.SKIPPED, [(0, 2, "LOC")], [])


def test_a_label_with_a_control_character_is_one_problem(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps([_task({"start": 0, "end": 1, "labels": ["L\u009bC", "L\nC"]})]), encoding="utf-8")
    (parsed,) = list(labelstudio.read(path))
    assert parsed.doc is None and len(parsed.problems) == 2, parsed.problems
    assert "labels'][0]: control character U+009B (CSI)" in parsed.problems[0]
    assert "labels[1]: label 'L\\nC': a label name must be one line" in parsed.problems[1]
