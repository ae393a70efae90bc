"""brat standoff: brat's own folders, discontinuous spans refused by name, events and relations
as claims, export → import round trips, safe file names, the folder written atomically, and
bad input named by file and line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.core.errors import ExportError, InputError
from annotator.core.formats import FORMATS, brat, brat_write, guess_format
from annotator.core.formats.base import LossReport
from annotator.core.formats.peers import relation_of
from annotator.core.importer import import_files
from annotator.core.model import Claim, Document, Entity, Status
from tests.unit.peers_util import corpora, keys, make_project

DATA = Path(__file__).parent / "data" / "interop" / "brat"
LABELS = ("PERSON", "人名", "LOC")
BREAKS = ("\n", "\r")


def read_ok(path: Path) -> dict[str, object]:
    parsed = list(brat.read(path))
    assert all(not p.problems for p in parsed), [(p.file, p.problems) for p in parsed]
    return {p.doc.id: p for p in parsed}


def test_registered_as_a_folder_format_guessed_from_ann_files():
    fmt = FORMATS["brat"]
    assert fmt.folder_in and fmt.folder_out and fmt.read is brat.read and fmt.write is brat.write
    assert guess_format(DATA / "collection") == "brat"


def test_brats_own_collection_entities_events_relations_attributes_and_notes():
    docs = read_ok(DATA / "collection")
    assert list(docs) == ["bom", "news-1", "sub/nested"]
    news = docs["news-1"]
    doc = news.doc
    assert doc.meta == {"source": "news-1.txt"} and doc.status == Status.NEW
    assert "\r\n" in doc.text  # CRLF kept: brat counts it as two characters
    assert [(e.id, e.label, e.text) for e in doc.entities] == [
        ("T1", "ORG", "𠮷野家ホールディングス"), ("T2", "ORG", "松屋"), ("T4", "PERSON", "山田太郎")]
    assert doc.entities[1].attributes == {"Confidence": "High"}
    assert doc.entities[2].attributes == {"AnnotatorNotes": "社長の名前 (要確認)"}
    event, relation = doc.claims
    assert (event.id, event.text) == ("E1", "合併")  # the trigger's span; the trigger is no entity
    assert event.data == {"type": "Merge-Org", "arguments": [{"role": "Org1", "entity": "T1"},
                                                             {"role": "Org2", "entity": "T2"}],
                          "attributes": {"Negation": "true"}}
    assert (relation.id, relation.start, relation.end) == ("R1", 0, 30)
    assert relation.data == {"type": "社長", "arguments": [{"role": "Arg1", "entity": "T4"},
                                                          {"role": "Arg2", "entity": "T1"}]}
    assert len(news.notes) == 2 and "N1" in news.notes[0] and "equivalence" in news.notes[1]
    bom = docs["bom"].doc
    assert bom.text == "\ufeff東京タワー" and bom.entities[0].text == "東京タワー"  # brat counts the BOM
    nested = docs["sub/nested"].doc
    assert nested.entities[0].text == "東京" and nested.text.startswith("😀👍🏽")


def test_discontinuous_spans_are_refused_by_name():
    (parsed,) = list(brat.read(DATA / "discontinuous"))
    assert parsed.doc is None and parsed.file == str(DATA / "discontinuous" / "doc.ann")
    assert parsed.problems == ["line 2: T2 is discontinuous (0 2;3 5): an entity is one span; not imported"]


def test_bionlp_partial_files_and_a_single_pair():
    doc = read_ok(DATA / "partial")["PMID-1"].doc
    assert [e.text for e in doc.entities] == ["IL-2"]
    assert doc.claims[0].text == "expression" and doc.claims[0].data["arguments"] == [{"role": "Theme",
                                                                                        "entity": "T1"}]
    assert list(read_ok(DATA / "collection" / "bom.ann")) == ["bom"]


def test_import_reads_a_folder(tmp_path):
    with make_project(tmp_path / "p.annotator", []) as p:
        report = import_files(p, [DATA / "collection"], fmt="brat")
        assert report.documents == 3 and sorted(p.document_ids()) == ["bom", "news-1", "sub/nested"]
        assert len(p.claims("news-1")) == 2


# -- round trips --------------------------------------------------------------------------------


def _expected_claims(doc: Document, kept: dict[str, Entity]) -> list[tuple[object, ...]]:
    """The claims brat gives back: the ones whose span is one line, their arguments to kept entities."""
    out = []
    for c in doc.claims:
        ends = relation_of(c, kept)
        is_relation = ends is not None and ends[0][0] != ends[1][0]
        if not is_relation and any(b in c.text for b in BREAKS):
            continue
        args = tuple((a["role"], kept[a["entity"]].key) for a in c.data["arguments"] if a["entity"] in kept)
        out.append((c.start, c.end, c.data["type"], args, c.data.get("checkworthy")))
    return sorted(out, key=repr)


def _claims(doc: Document) -> list[tuple[object, ...]]:
    by_id = {e.id: e for e in doc.entities}
    return sorted(((c.start, c.end, c.data["type"], tuple((a["role"], by_id[a["entity"]].key)
                                                          for a in c.data["arguments"]), c.data.get("checkworthy"))
                   for c in doc.claims), key=repr)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(corpora(LABELS, relations=("Arg1", "Arg2"), events=True, attributes=True))
def test_export_then_import_gives_back_everything_brat_holds(tmp_path_factory, docs):
    tmp = tmp_path_factory.mktemp("brat")
    with make_project(tmp / "p.annotator", docs) as p:
        lost = LossReport()
        assert brat.write(p, tmp / "out", lost=lost) == len(docs)
        originals = list(p.iter_documents())
    back = read_ok(tmp / "out")
    assert list(back) == [d.id for d in originals]  # ids and order from the manifest
    lost_entities = {(x.doc, x.start, x.end, x.label) for x in lost.items if x.kind == "entity"}
    for a in originals:
        b = back[a.id].doc
        assert (b.text, b.meta, b.status) == (a.text, a.meta, a.status)
        kept = {e.id: e for e in a.entities if not any(x in e.text for x in BREAKS)}
        assert keys(b.entities) == keys(list(kept.values()))
        assert {(a.id, *e.key) for e in a.entities if e.id not in kept} == {x for x in lost_entities if x[0] == a.id}
        attributes = {e.key: e.attributes for e in b.entities}
        assert all(attributes[e.key] == e.attributes for e in kept.values())
        assert _claims(b) == _expected_claims(a, kept)


def test_file_names_are_safe_unique_and_ids_come_back(tmp_path):
    ids = ["a/b", "../up", "CON", ".hidden", "A", "a", "x" * 400, "名前\t付き", "🐱"]
    docs = [Document(i, f"text {k}") for k, i in enumerate(ids)]
    with make_project(tmp_path / "p.annotator", docs) as p:
        brat.write(p, tmp_path / "out", lost=LossReport())
    names = sorted(os.listdir(tmp_path / "out"))
    assert brat.MANIFEST in names
    stems = sorted({n.rsplit(".", 1)[0] for n in names if n != brat.MANIFEST})
    assert stems == sorted(["a_b", "_.._up", "_CON", "_.hidden", "A", "a~2", "x" * 150, "名前_付き", "🐱"])
    assert all(len(n.encode()) <= 160 for n in names)
    assert list(read_ok(tmp_path / "out")) == ids


def test_what_brat_cannot_hold_is_listed(tmp_path):
    text = "山田が\n東京へ行った"
    ents = [Entity("T1", 0, 2, "人 名", "山田"), Entity("T2", 0, 5, "LOC", "山田が\n東"),
            Entity("T3", 4, 6, "LOC", "東京", {"deep": {"x": 1}, "two words": True, "v": "a b"})]
    claim = Claim("C1", 4, 6, "東京", {"type": "quote", "arguments": [{"role": "subject", "entity": "T1"}],
                                      "claimant": {"kind": "source", "text": "新聞"}, "cue": None, "note": "メモ"})
    with make_project(tmp_path / "p.annotator", [Document("d", text, {}, Status.NEW, ents, [claim])]) as p:
        lost = LossReport()
        brat.write(p, tmp_path / "out", lost=lost)
    reasons = sorted((x.kind, x.start, x.end, x.reason.split(":")[0]) for x in lost.items)
    assert reasons == [
        ("attribute", 4, 6, "argument subject→T1"), ("attribute", 4, 6, 'attribute deep={"x"'),
        ("attribute", 4, 6, "attribute two words=true"), ("attribute", 4, 6, 'attribute v="a b"'),
        ("attribute", 4, 6, "the claimant has no place in brat"),
        ("entity", 0, 2, "the label has a space, which a brat type cannot"),
        ("entity", 0, 5, "spans a line break, which a brat .ann line cannot hold")]
    ann = (tmp_path / "out" / "d.ann").read_text(encoding="utf-8")
    assert ann == "T1\tLOC 4 6\t東京\nT2\tquote 4 6\t東京\nE1\tquote:T2\n#1\tAnnotatorNotes E1\tメモ\n"


def test_the_folder_must_be_new_or_empty_and_a_failed_export_leaves_nothing(tmp_path, monkeypatch):
    docs = [Document(f"d{i}", "東京") for i in range(3)]
    with make_project(tmp_path / "p.annotator", docs) as p:
        full = tmp_path / "full"
        full.mkdir()
        (full / "mine.txt").write_text("keep", encoding="utf-8")
        with pytest.raises(ExportError, match="not empty"):
            brat.write(p, full, lost=LossReport())
        assert os.listdir(full) == ["mine.txt"]
        (tmp_path / "file").write_text("x", encoding="utf-8")
        with pytest.raises(ExportError, match="not a folder"):
            brat.write(p, tmp_path / "file", lost=LossReport())
        empty = tmp_path / "empty"
        empty.mkdir()
        assert brat.write(p, empty, lost=LossReport()) == 3
        assert len(os.listdir(empty)) == 7

        calls = []

        def failing(path: Path, text: str) -> None:
            calls.append(path)
            if len(calls) == 3:
                raise OSError(28, "No space left on device")
            path.write_text(text, encoding="utf-8")

        monkeypatch.setattr(brat_write, "_write", failing)
        before = sorted(os.listdir(tmp_path))
        with pytest.raises(ExportError, match="disk full"):  # said as the command says it
            brat.write(p, tmp_path / "new", lost=LossReport())
        assert sorted(os.listdir(tmp_path)) == before  # no target, no temporary folder


# -- bad input -----------------------------------------------------------------------------------

BAD_ANN = [
    ("T1 LOC 0 2", "no tab after the annotation id"),
    ("T1\tLOC 0 x\t東京", "expected 'LABEL START END'"),
    ("T1\tLOC 0 9\t東京", "outside the text"),
    ("T1\tLOC 0 2\t大阪", "is not the text at 0–2"),
    ("T1\t \t東京", "expected 'LABEL START END'"),
    ("X1\tLOC 0 2\t東京", "unknown kind of annotation"),
    ("T1\tLOC 0 2\t東京\nT1\tLOC 0 1\t東", "duplicate annotation id T1"),
    ("E1\tGo:T9 Agent:T1", "trigger T9"),
    ("T1\tLOC 0 2\t東京\nR1\tNear Arg1:T1 Arg2:T7", "Arg2:T7 refers to no annotation"),
    ("T1\tLOC 0 2\t東京\nA1\tNeg T5", "Neg of T5, which is no annotation"),
    ("T1\tLOC 0 2\t東\x1b京", "U+001B (ESC)"),
    ("notanid\tx", "is not a brat annotation id"),
]


@pytest.mark.parametrize(("ann", "expected"), BAD_ANN)
def test_bad_ann_lines_are_named_by_file_and_line(tmp_path, ann, expected):
    (tmp_path / "d.txt").write_text("東京タワー", encoding="utf-8")
    (tmp_path / "d.ann").write_text(ann + "\n", encoding="utf-8")
    (parsed,) = list(brat.read(tmp_path))
    assert parsed.doc is None and parsed.file == str(tmp_path / "d.ann")
    assert len(parsed.problems) == 1 and parsed.problems[0].startswith("line ")
    assert expected in parsed.problems[0], parsed.problems


@pytest.mark.parametrize(("data", "expected", "line"), [
    (b"abc\n\x00\x01\x02", "NUL bytes", 2),
    ("吾輩は猫".encode("cp932"), "not UTF-8", 1),
    ("東京".encode("utf-16"), "UTF-16", None),
    (b"a\nb\x7fc", "U+007F (DEL)", 2),
])
def test_binary_and_wrongly_encoded_text_files_are_refused(tmp_path, data, expected, line):
    (tmp_path / "d.txt").write_bytes(data)
    (tmp_path / "d.ann").write_text("", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("東京", encoding="utf-8")
    (tmp_path / "ok.ann").write_text("T1\tLOC 0 2\t東京\n", encoding="utf-8")
    bad, good = list(brat.read(tmp_path))
    assert bad.doc is None and bad.file == str(tmp_path / "d.txt") and bad.line == line
    assert expected in bad.problems[0]
    assert good.doc is not None and good.doc.entities[0].text == "東京"


def test_a_missing_txt_is_a_problem_and_a_missing_ann_a_note(tmp_path):
    (tmp_path / "only.ann").write_text("", encoding="utf-8")
    (tmp_path / "bare.txt").write_text("東京", encoding="utf-8")
    bare, only = list(brat.read(tmp_path))
    assert bare.doc is not None and bare.doc.entities == [] and "no .ann file" in bare.notes[0]
    assert only.doc is None and "no .txt file" in only.problems[0]
    with make_project(tmp_path / "p.annotator", []) as p, pytest.raises(InputError, match=r"only\.ann"):
        import_files(p, [tmp_path], fmt="brat")


# -- what a claim holds is reported whatever its value; folders in the place of files ------------

#: A claim's fields set to the values the editor starts from: values all the same, not absence.
DEFAULT_VALUES = {"checkworthy": "unsure", "certainty": "asserted", "polarity": "affirmed",
                  "claimant": {"kind": "author"}, "note": ""}


def test_claim_fields_with_the_editors_default_values_and_a_claim_without_type_are_reported(tmp_path):
    text = "𠮷田は😀東京に行く"
    ents = [Entity("T1", 0, 2, "PERSON", "𠮷田"), Entity("T2", 4, 6, "LOC", "東京")]
    claims = [Claim("C1", 0, 6, text[:6], {"type": "quantity", **DEFAULT_VALUES, "arguments": [
                  {"role": "subject", "entity": "T1"}, {"role": "object", "entity": "T2"}]}),
              Claim("C2", 0, 9, text, {"type": None, "checkworthy": "yes",
                                       "arguments": [{"role": "subject", "entity": "T1"}]})]
    with make_project(tmp_path / "p.annotator", [Document("r1", text, {}, Status.NEW, ents, claims)]) as p:
        assert {c.id: c.data.get("note") for c in p.claims("r1")} == {"C1": "", "C2": None}  # stored as given
        lost = LossReport()
        brat.write(p, tmp_path / "out", lost=lost)
    assert sorted((x.kind, x.start, x.end, x.reason.split(",")[0]) for x in lost.items) == [
        ("attribute", 0, 6, 'note "": an empty note has no place in brat (AnnotatorNotes holds text)'),
        ("attribute", 0, 6, "the claimant has no place in brat"),
        ("attribute", 0, 9, "the claim has no type")]
    back = {c.end: c.data for c in read_ok(tmp_path / "out")["r1"].doc.claims}
    assert {k: back[6].get(k) for k in ("checkworthy", "certainty", "polarity")} == {
        "checkworthy": "unsure", "certainty": "asserted", "polarity": "affirmed"}
    assert back[6].get("claimant") is None and back[6].get("note") is None  # what the report said
    assert back[6]["type"] == "quantity" and back[6]["arguments"][1]["role"] == "object"
    assert back[9]["type"] == "Claim" and back[9]["checkworthy"] == "yes"  # as the report said


def test_a_claim_field_brat_knows_nothing_of_is_reported(tmp_path):
    text = "東京タワー"
    claim = Claim("C1", 0, 2, "東京", {"type": "quote", "arguments": [], "source_url": "https://example.org",
                                      "cue": {"start": 0, "end": 1}})
    with make_project(tmp_path / "p.annotator", [Document("d", text, {}, Status.NEW, [], [claim])]) as p:
        if p.claims("d")[0].data.get("source_url") is None:
            pytest.skip("the project keeps only the claim fields it knows")
        lost = LossReport()
        brat.write(p, tmp_path / "out", lost=lost)
    assert sorted(x.reason for x in lost.items) == ["claim field 'source_url' has no place in brat",
                                                    "the cue has no place in brat"]


@pytest.mark.parametrize("half", ["x.ann", "x.txt"])
def test_a_folder_in_the_place_of_a_pairs_file_is_refused_by_name(tmp_path, half):
    other = "x.txt" if half == "x.ann" else "x.ann"
    (tmp_path / other).write_text("東京" if other == "x.txt" else "T1\tLOC 0 2\t東京\n", encoding="utf-8")
    (tmp_path / half).mkdir()
    (tmp_path / half / "y.txt").write_text("inside", encoding="utf-8")  # not read as a sub-folder of documents
    (parsed,) = list(brat.read(tmp_path))
    assert parsed.doc is None and parsed.file == str(tmp_path / half)
    assert parsed.problems == ["is a folder (directory), not a regular file"]
    with make_project(tmp_path / "p.annotator", []) as p, pytest.raises(InputError, match=rf"{half}: is a folder"):
        import_files(p, [tmp_path], fmt="brat")


def test_a_folder_named_like_a_file_but_without_its_other_half_is_read_as_a_folder(tmp_path):
    (tmp_path / "v1.txt").mkdir()
    (tmp_path / "v1.txt" / "d.txt").write_text("東京", encoding="utf-8")
    (tmp_path / "v1.txt" / "d.ann").write_text("T1\tLOC 0 2\t東京\n", encoding="utf-8")
    assert list(read_ok(tmp_path)) == ["v1.txt/d"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_refused_target_is_named_as_given_not_by_the_temporary_folder(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with make_project(tmp_path / "p.annotator", [Document("d", "東京")]) as p:
            for target in (ro / "out", Path("/proc/self/x")):
                with pytest.raises(ExportError) as err:
                    brat.write(p, target, lost=LossReport())
                message = str(err.value)
                assert message.startswith(f"{target}: ") and "annotator-tmp" not in message, message
    finally:
        ro.chmod(0o755)
    assert os.listdir(ro) == []
