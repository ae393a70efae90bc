"""The document session, without Qt: the change every operation describes (with undo and
redo), the session's state kept equal to a fresh one, and the domain rules in the core."""

from __future__ import annotations

import random

import pytest

from annotator.core.changes import ClaimChange, EntityChange, LabelChange, StatusChange
from annotator.core.claims import DEFAULT_SCHEMA, with_value
from annotator.core.editing import label_all_operation
from annotator.core.errors import AnnotatorError
from annotator.core.model import Document, Entity, Label, Status
from annotator.core.ops import (
    AddClaim,
    AddEntity,
    AddLabel,
    Batch,
    RejectSuggestions,
    RelabelEntity,
    RemoveClaim,
    RemoveEntity,
    RemoveLabel,
    ResizeEntity,
    SetClaimSchema,
    SetStatus,
    UpdateClaim,
    UpdateLabel,
)
from annotator.core.session import Session
from annotator.core.store import Project

TEXT = "𠮷野家の孫正義社長は\r\n東京で👍新製品を発表した。\u3000ｶﾞ\u0301は語った。"
OTHER = "ソフトバンクの決算は好調だった。孫正義氏が述べた。"


@pytest.fixture
def session(tmp_path):
    project = Project.open(tmp_path / "s.annotator", create=True, user="tester")
    with project.bulk_import("test") as bulk:
        bulk.add(Document("d1", TEXT))
        bulk.add(Document("d2", OTHER))
        bulk.add(Document("d3", OTHER, status=Status.DONE))
    s = Session(project)
    s.open("d1")
    yield s
    project.close()


def span(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def state(s: Session) -> dict:
    """What a view could show of the session."""
    d = s.doc
    assert d is not None
    return {
        "doc": (d.id, d.text, d.status),
        "entities": [(e.id, e.start, e.end, e.label, e.text, e.attributes) for e in d.index.all()],
        "claims": [c.to_json() for c in d.claims],
        "rejected": sorted(d.rejected),
        "doc_counts": {k: v for k, v in d.label_counts.items() if v},
        "labels": [lb.to_json() for lb in s.labels],
        "schema": s.claim_schema.to_json(),
        "project_counts": s.project_label_counts(),
        "status_counts": s.status_counts(),
        "suggestions": [(g.start, g.end) for g in d.suggestions()],
    }


def fresh(s: Session) -> dict:
    """The same of a new session opened on the same file and document."""
    other = Session(Project.open(s.project.path))
    try:
        assert s.doc is not None
        other.open(s.doc.id)
        return state(other)
    finally:
        other.project.close()


def recorded(s: Session) -> list:
    out = []
    s.changed.connect(out.append)
    return out


def test_entity_operations_describe_exactly_what_changed(session):
    s = session
    seen = recorded(s)
    st, en = span(TEXT, "孫正義")
    e = s.new_entity(st, en, "PERSON")
    change = s.apply(AddEntity("d1", e))
    assert change.entities == (EntityChange("d1", None, e),)
    # the first edit of a new document marked it in progress, in the same step
    assert change.statuses == (StatusChange("d1", Status.NEW, Status.IN_PROGRESS),)
    assert s.doc.status == Status.IN_PROGRESS and seen == [change]

    change = s.apply(RelabelEntity("d1", e.id, "PERSON", "ORGANIZATION"))
    assert change.entities == (EntityChange("d1", e, e.with_(label="ORGANIZATION")),) and not change.statuses
    change = s.apply(ResizeEntity("d1", e.id, (st, en), (st, st + 1)))
    resized = e.with_(label="ORGANIZATION", end=st + 1, text="孫")
    assert change.entities == (EntityChange("d1", e.with_(label="ORGANIZATION"), resized),)
    change = s.apply(RemoveEntity("d1", resized))
    assert change.entities == (EntityChange("d1", resized, None),)
    assert state(s) == fresh(s)

    undone = [s.undo() for _ in range(4)]
    assert undone[0].entities == (EntityChange("d1", None, resized),)
    assert undone[1].entities == (EntityChange("d1", resized, e.with_(label="ORGANIZATION")),)
    assert undone[2].entities == (EntityChange("d1", e.with_(label="ORGANIZATION"), e),)
    assert undone[3].entities == (EntityChange("d1", e, None),)
    assert undone[3].statuses == (StatusChange("d1", Status.IN_PROGRESS, Status.NEW),)
    assert s.doc.status == Status.NEW and len(s.doc.index) == 0
    assert state(s) == fresh(s)
    assert s.undo() is None
    redone = s.redo()
    assert redone.entities == (EntityChange("d1", None, e),) and s.doc.status == Status.IN_PROGRESS
    assert state(s) == fresh(s)
    assert seen[-1] is redone and len(seen) == 9  # 4 edits, 4 undos, 1 redo


def test_claim_operations_and_rejections(session):
    s = session
    st, en = span(TEXT, "孫正義")
    e = s.new_entity(st, en, "PERSON")
    s.apply(AddEntity("d1", e))
    c = s.new_claim(0, TEXT.index("。") + 1)
    change = s.apply(AddClaim("d1", c))
    assert change.claims == (ClaimChange("d1", None, c),) and not change.statuses
    typed = with_value(c, "type", "quote")
    change = s.apply(UpdateClaim("d1", c, typed))
    assert change.claims == (ClaimChange("d1", c, typed),)
    assert s.doc.claims == [typed] and s.doc.claim(c.id) == typed
    # removing an entity a claim refers to: the claim edit and the removal in one change
    argued = typed.__class__(typed.id, typed.start, typed.end, typed.text,
                             {**typed.data, "arguments": [{"role": "subject", "entity": e.id}]})
    s.apply(UpdateClaim("d1", typed, argued))
    op, affected = s.remove_entity_operation(e)
    change = s.apply(op)
    assert affected == [c.id]
    assert [x.doc for x in change.claims] == ["d1"] and change.entities == (EntityChange("d1", e, None),)
    assert state(s) == fresh(s)
    change = s.apply(RejectSuggestions("d1", ((0, 3),)))
    assert change.rejections == {"d1"} and (0, 3) in s.doc.rejected
    change = s.apply(RemoveClaim("d1", s.doc.claims[0]))
    assert change.claims[0].new is None and s.doc.claims == []
    assert state(s) == fresh(s)
    for _ in range(6):
        s.undo()
        assert state(s) == fresh(s)
    for _ in range(6):
        s.redo()
        assert state(s) == fresh(s)


def test_status_label_and_schema_changes(session):
    s = session
    st, en = span(TEXT, "孫正義")
    s.apply(AddEntity("d1", s.new_entity(st, en, "PERSON")))
    change = s.apply(SetStatus("d1", Status.IN_PROGRESS, Status.DONE))
    assert change.statuses == (StatusChange("d1", Status.IN_PROGRESS, Status.DONE),)
    assert s.status_counts()["done"] == 2
    new = Label("製品", "#123456", "", "")
    change = s.apply(AddLabel(new))
    assert change.labels == (LabelChange(None, new),) and s.label_map["製品"] == new
    old = s.label_map["PERSON"]
    renamed = Label("人物", old.color, old.key, old.description)
    change = s.apply(UpdateLabel(old, renamed))
    assert change.labels == (LabelChange(old, renamed),) and change.relabelled == {"d1"}
    # the open document's renamed entities are named one by one
    assert [(x.old.label, x.new.label) for x in change.entities] == [("PERSON", "人物")]
    assert s.project_label_counts()["人物"] == 1 and "PERSON" not in s.project_label_counts()
    assert s.doc.label_counts == {"人物": 1}
    change = s.apply(RemoveLabel(new))
    assert change.labels == (LabelChange(new, None),)
    schema = DEFAULT_SCHEMA.to_json()
    schema2 = {**schema, "roles": [*schema["roles"], "source"]}
    change = s.apply(SetClaimSchema(schema, schema2))
    assert change.schema and s.claim_schema.to_json() == schema2
    assert state(s) == fresh(s)
    for _ in range(5):
        s.undo()
        assert state(s) == fresh(s)
    assert s.doc.label_counts == {"PERSON": 1}
    for _ in range(5):
        s.redo()
        assert state(s) == fresh(s)


def test_label_all_in_project_marks_every_edited_document_in_progress(session):
    s = session
    op = label_all_operation(s.project, s.project.document_ids(), "孫正義", "PERSON")
    change = s.apply(op)
    assert {x.doc for x in change.entities} == {"d1", "d2", "d3"}
    # d3 was done: it stays done; the new ones are now in progress, in the same undoable step
    assert {(x.doc, x.new) for x in change.statuses} == {("d1", Status.IN_PROGRESS), ("d2", Status.IN_PROGRESS)}
    assert s.project.status("d3") == Status.DONE
    assert s.project.counts_by_status()["new"] == 0
    assert state(s) == fresh(s)
    s.undo()
    assert s.project.counts_by_status() == {"new": 2, "in_progress": 0, "done": 1, "skipped": 0}
    assert state(s) == fresh(s)


def test_the_rule_holds_for_the_python_api_without_a_session(tmp_path):
    with Project.open(tmp_path / "p.annotator", create=True) as p:
        with p.bulk_import("t") as bulk:
            bulk.add(Document("a", OTHER))
        p.apply(AddEntity("a", p.new_entity("a", 0, 6, "ORGANIZATION")))
        assert p.status("a") == Status.IN_PROGRESS
        p.undo()
        assert p.status("a") == Status.NEW
        p.redo()
        assert p.status("a") == Status.IN_PROGRESS


def test_a_refused_edit_changes_nothing_and_tells_no_one(session):
    s = session
    seen = recorded(s)
    before = state(s)
    with pytest.raises(AnnotatorError):
        s.apply(AddEntity("d1", Entity("T1", 0, 3, "NO SUCH LABEL", TEXT[0:3])))
    with pytest.raises(AnnotatorError):
        s.apply(AddEntity("d1", Entity("T1", 0, 3, "PERSON", "wrong")))
    assert seen == [] and state(s) == before == fresh(s)


def test_edits_of_another_document_leave_the_open_one_alone(session):
    s = session
    before = state(s)["entities"]
    change = s.apply(AddEntity("d2", s.project.new_entity("d2", 0, 6, "ORGANIZATION")))
    assert change.docs == {"d2"} and state(s)["entities"] == before
    assert s.project_label_counts()["ORGANIZATION"] == 1
    assert state(s) == fresh(s)


def test_random_edits_undo_and_redo_keep_the_session_equal_to_a_fresh_one(session):
    """A seeded random walk over every kind of edit, with undo and redo in between."""
    s = session
    rnd = random.Random(17)
    labels = ["PERSON", "ORGANIZATION", "LOCATION"]
    tokens = list(s.doc.tokens.all_tokens())
    for step in range(120):
        d = s.doc
        entities = d.index.all()
        kind = rnd.choice(["add", "add", "relabel", "resize", "remove", "claim", "update", "status",
                           "reject", "undo", "undo", "redo"])
        try:
            if kind == "add":
                a = rnd.randrange(len(tokens))
                b = min(len(tokens) - 1, a + rnd.randrange(3))
                s.apply(AddEntity("d1", s.new_entity(tokens[a][0], tokens[b][1], rnd.choice(labels))))
            elif kind == "relabel" and entities:
                e = rnd.choice(entities)
                s.apply(RelabelEntity("d1", e.id, e.label, rnd.choice([x for x in labels if x != e.label])))
            elif kind == "resize" and entities:
                e = rnd.choice(entities)
                s.apply(ResizeEntity("d1", e.id, (e.start, e.end), (e.start, max(e.start + 1, e.end - 1))))
            elif kind == "remove" and entities:
                s.apply(s.remove_entity_operation(rnd.choice(entities))[0])
            elif kind == "claim":
                a = rnd.randrange(len(TEXT) - 2)
                c = s.new_claim(a, a + 2)
                if entities:
                    c = c.__class__(c.id, c.start, c.end, c.text,
                                    {**c.data, "arguments": [{"role": "subject", "entity": entities[0].id}]})
                s.apply(AddClaim("d1", c))
            elif kind == "update" and d.claims:
                c = rnd.choice(d.claims)
                s.apply(UpdateClaim("d1", c, with_value(c, "checkworthy", rnd.choice(["yes", "no"]))))
            elif kind == "status":
                new = rnd.choice([x for x in Status if x != d.status])
                s.apply(SetStatus("d1", d.status, new))
            elif kind == "reject":
                s.apply(RejectSuggestions("d1", ((rnd.randrange(5), 5 + rnd.randrange(5)),)))
            elif kind == "undo":
                s.undo()
            elif kind == "redo":
                s.redo()
        except AnnotatorError:
            pass  # refused (a duplicate entity, a claim over an entity removed...): nothing changed
        if step % 10 == 9:
            assert state(s) == fresh(s), f"after step {step} ({kind})"
    while s.undo() is not None:
        pass
    assert state(s) == fresh(s)
    assert s.doc.status == Status.NEW and len(s.doc.index) == 0


def test_a_batch_is_one_change_and_one_undo(session):
    s = session
    ops = tuple(AddEntity("d1", Entity(f"T{i}", t[0], t[1], "DATE", t[2]))
                for i, t in enumerate(list(s.doc.tokens.all_tokens())[:5], 1))
    change = s.apply(Batch(ops, "five"))
    assert len(change.entities) == 5 and len(s.doc.index) == 5
    change = s.undo()
    assert len(change.entities) == 5 and all(x.new is None for x in change.entities)
    assert state(s) == fresh(s)


def test_a_label_key_differing_only_in_case_is_refused(session):
    """Shortcut letters ignore case: a second label on A beside a would make both keys dead."""
    s = session
    s.apply(AddLabel(Label("製品", "#123456", "q", "")))
    with pytest.raises(AnnotatorError, match="already applies the label 製品"):
        s.apply(AddLabel(Label("商品", "#654321", "Q", "")))
    person = s.label_map["PERSON"]
    with pytest.raises(AnnotatorError, match="already applies the label 製品"):
        s.apply(UpdateLabel(person, Label(person.name, person.color, "Q", person.description)))
    s.apply(UpdateLabel(s.label_map["製品"], Label("製品", "#123456", "Q", "")))  # its own key, other case
    assert s.label_map["製品"].key == "Q"
