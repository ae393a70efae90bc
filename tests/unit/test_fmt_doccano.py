"""doccano JSONL: both shapes, UTF-16 offsets converted exactly, export → import round trips,
doccano's own files, and bad input named by file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import InputError
from annotator.core.formats import FORMATS, doccano
from annotator.core.formats.base import LossReport
from annotator.core.importer import import_files
from annotator.core.model import Status
from tests.unit.peers_util import corpora, keys, make_project, relation_keys

DATA = Path(__file__).parent / "data" / "interop" / "doccano"
LABELS = ("PERSON", "人名", "LOC")


def read_docs(path: Path, **options: str) -> list:
    parsed = list(doccano.read(path, **options))
    assert all(not p.problems for p in parsed), [p.problems for p in parsed]
    return [p.doc for p in parsed]


def test_registered_with_both_shapes_and_both_offset_units():
    fmt = FORMATS["doccano"]
    assert fmt.read is doccano.read and fmt.write is doccano.write
    assert fmt.write_options == {"shape": ("label", "entities"), "offsets": ("utf16", "codepoints")}


def test_label_export_of_doccano_utf16_offsets_land_on_the_right_characters():
    first, second = read_docs(DATA / "label_export.jsonl")
    # doccano issue #2290: 22–32 in UTF-16 units is 19–29 in code points
    assert first.id == "1" and [(e.start, e.end, e.text) for e in first.entities] == [(19, 29, "firetrucks")]
    assert first.meta == {}  # an empty Comments list holds nothing
    assert second.id == "2"
    assert [(e.text, e.label) for e in second.entities] == [
        ("𠮷野家", "ORG"), ("𠮷", "NAME"), ("牛丼", "FOOD"), ("東京都渋谷区", "LOC"), ("東京都", "LOC")]
    assert [(e.start, e.end) for e in second.entities] == [(0, 3), (0, 1), (5, 7), (14, 20), (14, 17)]
    assert second.meta == {"Comments": ["要確認"], "source": "web", "batch": 3}
    assert all(second.text[e.start:e.end] == e.text for e in second.entities)


def test_relation_export_gives_entities_and_a_relation_claim():
    (doc,) = read_docs(DATA / "relation_export.jsonl")
    assert [(e.id, e.text, e.label) for e in doc.entities] == [("10", "𠮷野家", "ORG"), ("11", "山田太郎", "PERSON")]
    (claim,) = doc.claims
    assert claim.id == "5" and (claim.start, claim.end) == (0, 12) and claim.text == doc.text[0:12]
    assert claim.data == {"type": "works_for", "arguments": [{"role": "from", "entity": "11"},
                                                             {"role": "to", "entity": "10"}]}


def test_code_point_files_need_the_option_and_are_exact_with_it():
    (doc,) = read_docs(DATA / "python_codepoints.jsonl", offsets="codepoints")
    assert doc.id == "python_codepoints-1"
    assert [e.text for e in doc.entities] == ["𠮷野家", "丼"]
    # read as UTF-16, offset 6 falls inside 😀's surrogate pair: refused, not rounded (0–3 would
    # silently be 𠮷野: a file without surface texts cannot tell its unit, hence the option)
    (bad,) = list(doccano.read(DATA / "python_codepoints.jsonl"))
    assert bad.doc is None and "between the two UTF-16 halves of 😀" in bad.problems[0]
    assert "offsets=codepoints" in bad.problems[0]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(corpora(LABELS, relations=("from", "to")), st.sampled_from(doccano.SHAPES),
       st.sampled_from(("utf16", "codepoints")))
def test_export_then_import_gives_back_what_each_shape_holds(tmp_path_factory, docs, shape, offsets):
    tmp = tmp_path_factory.mktemp("doccano")
    with make_project(tmp / "p.annotator", docs) as p:
        lost = LossReport()
        assert doccano.write(p, tmp / "out.jsonl", lost=lost, shape=shape, offsets=offsets) == len(docs)
        originals = list(p.iter_documents())
    back = read_docs(tmp / "out.jsonl", offsets=offsets)
    assert [d.id for d in back] == [d.id for d in originals]
    for a, b in zip(originals, back, strict=True):
        assert (b.text, b.meta, b.status) == (a.text, a.meta, a.status)
        assert keys(b.entities) == keys(a.entities)
        if shape == "entities":
            assert relation_keys(b) == relation_keys(a)
    claims = [c for d in originals for c in d.claims]
    assert len([x for x in lost.items if x.kind == "claim"]) == (len(claims) if shape == "label" else 0)


def test_what_doccano_cannot_hold_is_listed(tmp_path):
    from annotator.core.model import Claim, Document, Entity

    text = "山田が東京へ行った"
    doc = Document("d", text, {"text": "clash", "k": 1}, Status.DONE,
                   [Entity("T1", 0, 2, "人名", "山田", {"note": "x"}), Entity("T2", 3, 5, "LOC", "東京")],
                   [Claim("C1", 0, 9, text, {"type": "quote", "arguments": []})])
    with make_project(tmp_path / "p.annotator", [doc]) as p:
        lost = LossReport()
        doccano.write(p, tmp_path / "o.jsonl", lost=lost, shape="entities")
    assert sorted((x.kind, x.reason.split()[0]) for x in lost.items) == [
        ("attribute", "attributes"), ("claim", "not"), ("meta", "meta")]
    rec = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert rec == {"id": "d", "text": text, "entities": [
        {"id": 1, "label": "人名", "start_offset": 0, "end_offset": 2},
        {"id": 2, "label": "LOC", "start_offset": 3, "end_offset": 5}], "relations": [], "status": "done", "k": 1}


BAD_LINES = [
    ('{"text": "abc", "label": [[0, 5, "X"]]}', "outside the text"),
    ('{"text": "abc", "label": [[0, 1]]}', "must be [start, end, label]"),
    ('{"text": 5}', "text must be a string"),
    ('{"text": "abc", "label": [[0, 1, 7]]}', "label must be a non-empty string"),
    ('{"text": "abc", "label": [[0, "1", "X"]]}', "must be integers"),
    ('{"text": "abc", "id": ["x"]}', "id must be a non-empty string"),
    ('{"text": "abc", "label": [[0, 1, "X"]], "entities": []}', "one shape"),
    ('{"text": "a\\u001bb"}', "U+001B (ESC)"),
    ('{"text": "abc", "src": {"k": "\\u0085"}}', "U+0085 (NEL)"),
    ('{"text": "abc", "label": ["positive"]}', "text classification"),
    ('{"text": "abc", "entities": [{"id": 1, "label": "X", "start_offset": 0, "end_offset": 1}], '
     '"relations": [{"id": 1, "from_id": 1, "to_id": 9, "type": "r"}]}', "to_id 9"),
    ('{"text": "abc",', "invalid JSON"),
    ('[1, 2]', "must be a JSON object"),
]


def test_bad_lines_are_named_by_file_and_line_and_the_good_ones_still_read(tmp_path):
    path = tmp_path / "bad.jsonl"
    lines = ['{"text": "ok", "label": [[0, 2, "X"]]}', *[line for line, _ in BAD_LINES], ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    parsed = list(doccano.read(path))
    assert parsed[0].doc is not None and parsed[0].line == 1
    for p, (_, expected) in zip(parsed[1:], BAD_LINES, strict=True):
        assert p.doc is None and p.file == str(path)
        assert any(expected in x for x in p.problems), (p.line, p.problems)
    assert [p.line for p in parsed[1:]] == list(range(2, len(BAD_LINES) + 2))


@pytest.mark.parametrize(("data", "expected"), [
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\n", "NUL bytes"),
    ('{"text": "吾輩は猫"}\n'.encode("cp932"), "not UTF-8"),
    ('{"text": "abc"}\n'.encode("utf-16"), "UTF-16"),
])
def test_binary_and_wrongly_encoded_files_are_refused(tmp_path, data, expected):
    path = tmp_path / "x.jsonl"
    path.write_bytes(data)
    parsed = list(doccano.read(path))
    assert parsed and all(p.doc is None and p.line == 1 for p in parsed)
    assert expected in parsed[0].problems[0]


def test_import_is_all_or_nothing_and_names_the_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "ok", "label": [[0, 2, "X"]]}\n{"text": "abc", "label": [[2, 9, "X"]]}\n',
                    encoding="utf-8")
    with make_project(tmp_path / "p.annotator", []) as p:
        with pytest.raises(InputError) as err:
            import_files(p, [path], fmt="doccano")
        assert f"{path}:2" in str(err.value)
        assert p.document_ids() == []
        report = import_files(p, [path], fmt="doccano", skip_invalid=True)
        assert report.documents == 1 and report.rejected == 1
        assert p.document_ids() == ["in-1"]


def test_claim_fields_with_the_editors_default_values_are_listed_too(tmp_path):
    from annotator.core.model import Claim, Document, Entity

    text = "𠮷田は😀東京に行く"
    ents = [Entity("T1", 0, 2, "PERSON", "𠮷田"), Entity("T2", 4, 6, "LOC", "東京")]
    claim = Claim("C1", 0, 6, text[:6], {
        "type": "quantity", "checkworthy": "unsure", "certainty": "asserted", "polarity": "affirmed",
        "claimant": {"kind": "author"}, "note": "", "attributes": {},
        "arguments": [{"role": "from", "entity": "T1"}, {"role": "to", "entity": "T2"}]})
    with make_project(tmp_path / "p.annotator", [Document("r1", text, {}, Status.NEW, ents, [claim])]) as p:
        lost = LossReport()
        doccano.write(p, tmp_path / "o.jsonl", lost=lost, shape="entities")
    assert [(x.kind, x.start, x.end, x.reason) for x in lost.items] == [
        ("attribute", 0, 6, "claim fields certainty, checkworthy, claimant, note, polarity have no place in a "
                            "doccano relation")]
    (back,) = read_docs(tmp_path / "o.jsonl")
    assert [(c.data["type"], c.data.get("checkworthy"), c.data.get("note")) for c in back.claims] == [
        ("quantity", None, None)]
