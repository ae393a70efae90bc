"""Claims through core operations: the seed article annotated, exported and validated."""

from __future__ import annotations

import json

import pytest

from annotator.core.editing import new_claim, remove_entity_operation
from annotator.core.errors import OperationError
from annotator.core.formats import jsonl
from annotator.core.importer import import_files
from annotator.core.model import Claim, Status
from annotator.core.ops import AddClaim, AddEntity, RemoveClaim, RemoveEntity, SetStatus, UpdateClaim
from annotator.core.sentences import split_sentences
from tests.conftest import SEED


@pytest.fixture
def seed(project):
    import_files(project, [SEED])
    doc = project.document_ids()[0]
    return project, doc, project.text(doc)


def ent(project, doc, text, word, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    e = project.new_entity(doc, start, start + len(word), label)
    project.apply(AddEntity(doc, e))
    return e


def sentence_with(text, needle):
    return next(s for s in split_sentences(text) if needle in text[s.start : s.end])


def test_seed_article_claims_exported_field_by_field(seed, tmp_path):
    project, doc, text = seed
    ms = ent(project, doc, text, "Microsoft", "ORGANIZATION", nth=2)
    oa = ent(project, doc, text, "OpenAI", "ORGANIZATION", nth=3)
    pct = ent(project, doc, text, "49%", "PERCENT")
    s = sentence_with(text, "49%の株式")
    claim = new_claim(project, doc, s.start, s.end, type="quantity", checkworthy="yes",
                      arguments=[{"role": "subject", "entity": ms.id}, {"role": "object", "entity": oa.id},
                                 {"role": "value", "entity": pct.id}])
    project.apply(AddClaim(doc, claim))
    s2 = sentence_with(text, "と報じられ")
    cue_at = text.index("と報じられ", s2.start)
    reported = new_claim(project, doc, s2.start, s2.end, type="quote", certainty="reported",
                         cue={"start": cue_at, "end": cue_at + 5, "text": "と報じられ"})
    project.apply(AddClaim(doc, reported))
    out = tmp_path / "seed.jsonl"
    jsonl.write_project(project, out)
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert jsonl.check_record(rec) == []
    c1, c2 = sorted(rec["claims"], key=lambda c: c["id"])
    assert c1 == {
        "id": "C1", "start": s.start, "end": s.end,
        "text": "MicrosoftはOpenAIの最大の投資家であり、49%の株式を保有しています。",
        "type": "quantity", "checkworthy": "yes", "certainty": "asserted", "polarity": "affirmed",
        "claimant": {"kind": "author"}, "cue": None,
        "arguments": [{"role": "subject", "entity": ms.id}, {"role": "object", "entity": oa.id},
                      {"role": "value", "entity": pct.id}],
        "note": "", "attributes": {},
    }
    assert rec["text"][c1["start"]:c1["end"]] == c1["text"]
    assert c2["cue"] == {"start": cue_at, "end": cue_at + 5, "text": "と報じられ"} and c2["certainty"] == "reported"
    ents = {e["id"]: e for e in rec["entities"]}
    assert ents[pct.id]["text"] == "49%" and ents[ms.id]["text"] == "Microsoft"


def test_claim_edits_are_checked_and_undoable(seed):
    project, doc, text = seed
    ms = ent(project, doc, text, "Microsoft", "ORGANIZATION")
    c = new_claim(project, doc, 0, 10, claimant={"kind": "entity", "entity": ms.id})
    project.apply(AddClaim(doc, c))
    bad = Claim(c.id, c.start, c.end, c.text, {**c.data, "arguments": [{"role": "subject", "entity": "T99"}]})
    with pytest.raises(OperationError, match="refers to entity 'T99'"):
        project.apply(UpdateClaim(doc, c, bad))
    with pytest.raises(OperationError, match="is not text"):
        project.apply(AddClaim(doc, Claim("C9", 0, 3, "xyz", {})))
    better = Claim(c.id, c.start, c.end, c.text, {**c.data, "type": "prediction", "certainty": "predicted"})
    project.apply(UpdateClaim(doc, c, better))
    assert project.claims(doc)[0].data["type"] == "prediction"
    project.undo()
    assert project.claims(doc)[0].data["type"] is None
    project.apply(RemoveClaim(doc, c))
    assert project.claims(doc) == []
    project.undo()
    assert [x.id for x in project.claims(doc)] == ["C1"]


def test_removing_a_referenced_entity_takes_its_references_in_one_step(seed):
    project, doc, text = seed
    ms = ent(project, doc, text, "Microsoft", "ORGANIZATION")
    c = new_claim(project, doc, 0, 30, claimant={"kind": "entity", "entity": ms.id},
                  arguments=[{"role": "subject", "entity": ms.id}])
    project.apply(AddClaim(doc, c))
    with pytest.raises(OperationError, match="referred to by claim"):
        project.apply(RemoveEntity(doc, ms))
    op, affected = remove_entity_operation(project, doc, ms)
    assert affected == ["C1"]
    project.apply(op)
    claim = project.claims(doc)[0]
    assert claim.data["arguments"] == [] and claim.data["claimant"] == {"kind": "author"}
    assert ms.id not in {e.id for e in project.entities(doc)}
    project.undo()  # one step brings back the entity and the references
    assert project.claims(doc)[0].data["claimant"] == {"kind": "entity", "entity": ms.id}
    assert ms.id in {e.id for e in project.entities(doc)}


def test_validate_catches_a_claim_whose_argument_is_missing(tmp_path):
    rec = {"id": "d", "text": "孫正義が述べた。", "entities": [],
           "claims": [{"id": "C1", "start": 0, "end": 8, "text": "孫正義が述べた。",
                       "arguments": [{"role": "subject", "entity": "T1"}]}]}
    problems = jsonl.check_record(rec)
    assert any("refers to entity 'T1'" in p for p in problems)


def test_claim_sentences_export(seed, tmp_path):
    import subprocess

    from tests.conftest import annotator_cmd

    project, doc, text = seed
    s = sentence_with(text, "49%の株式")
    project.apply(AddClaim(doc, new_claim(project, doc, s.start, s.end, checkworthy="yes")))
    s2 = sentence_with(text, "これは140億ドル")
    project.apply(AddClaim(doc, new_claim(project, doc, s2.start, s2.end, checkworthy="no")))
    project.apply(SetStatus(doc, Status.IN_PROGRESS, Status.DONE))  # "no claim" only where a person looked
    out = tmp_path / "sentences.jsonl"
    res = subprocess.run([*annotator_cmd(), "export", str(project.path), "--format", "claim-sentences", "-o",
                          str(out)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(split_sentences(text))
    by_text = {r["text"]: r for r in rows}
    assert by_text[text[s.start:s.end]]["label"] == "checkworthy"
    assert by_text[text[s2.start:s2.end]]["label"] == "not checkworthy"
    assert {r["label"] for r in rows} == {"checkworthy", "not checkworthy", "no claim"}
    assert all(text[r["start"]:r["end"]] == r["text"] and r["doc_id"] == doc for r in rows)
    assert set(rows[0]) == {"doc_id", "sentence_id", "text", "start", "end", "label"}


def test_claim_schema_is_the_projects_and_undoable(seed):
    from annotator.core.claims import DEFAULT_SCHEMA, Attribute, ClaimSchema, with_value
    from annotator.core.ops import SetClaimSchema

    project, doc, _text = seed
    assert project.claim_schema() == DEFAULT_SCHEMA
    schema = ClaimSchema((*DEFAULT_SCHEMA.attributes, Attribute("source quality", ("primary", "secondary"),
                                                                ("i", "j"))), (*DEFAULT_SCHEMA.roles, "cause"))
    project.apply(SetClaimSchema(DEFAULT_SCHEMA.to_json(), schema.to_json()))
    assert project.claim_schema() == schema and schema.keys()["i"] == ("source quality", "primary")
    bad = ClaimSchema((*DEFAULT_SCHEMA.attributes, Attribute("x", ("v",), ("q",))), DEFAULT_SCHEMA.roles)
    with pytest.raises(OperationError, match="the key 'q' is already type=quantity"):
        project.apply(SetClaimSchema(schema.to_json(), bad.to_json()))
    no_type = ClaimSchema(DEFAULT_SCHEMA.attributes[1:], DEFAULT_SCHEMA.roles)
    with pytest.raises(OperationError, match="built-in attributes stay: type"):
        project.apply(SetClaimSchema(schema.to_json(), no_type.to_json()))
    claim = with_value(new_claim(project, doc, 0, 10), "source quality", "primary")
    project.apply(AddClaim(doc, claim))
    rec = jsonl.record(project.document(doc))
    assert rec["claims"][0]["attributes"] == {"source quality": "primary"}
    assert jsonl.check_record(rec) == []
    project.undo()
    project.undo()
    assert project.claim_schema() == DEFAULT_SCHEMA
