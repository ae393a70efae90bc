"""CoNLL (IOB2/BILOU over the project's morphemes): export, import, round trips, other tools' files,
bad input, and the Stockmark corpus through IOB2 and back."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.errors import InputError
from annotator.core.formats import FORMATS, conll, tags
from annotator.core.formats.base import LossReport
from annotator.core.importer import import_files
from annotator.core.model import Claim, Document, Entity, Status
from annotator.core.morph import default_morphology
from annotator.core.store import Project
from tests.conftest import STOCKMARK, shared_file

DATA = Path(__file__).parent / "data" / "interop" / "conll"
LABELS = ("PERSON", "LOCATION", "ORGANIZATION")


def make_project(path: Path, docs: list[Document], label_set: str = "irex") -> Project:
    p = Project.open(path, create=True, label_set=label_set)
    with p.bulk_import("test") as bulk:
        for doc in docs:
            bulk.add(doc)
    return p


def export(p: Project, out: Path, **options: str) -> LossReport:
    lost = LossReport()
    n = conll.write(p, out, lost=lost, **options)
    assert n == len(p.document_ids())
    return lost


def read_all(path: Path) -> list:
    return list(conll.read(path))


def pieces(text: str) -> list[tuple[int, int]]:
    """The tokens a CoNLL file holds, computed here from the morphemes: white space cut out."""
    return [(s + f.start(), s + f.end()) for s, _, surface, _ in default_morphology().tokenize(text)
            for f in re.finditer(r"\S+", surface)]


def overlap(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# -- tags ----------------------------------------------------------------------------------------

def T(*names: str) -> list[tags.Tag]:
    return [None if n == "O" else (n[0], n[2:]) for n in names]


@pytest.mark.parametrize(("seq", "scheme", "spans", "odd"), [
    (T("B-X", "I-X", "O", "B-Y"), tags.IOB2, [(0, 2, "X"), (3, 4, "Y")], []),
    (T("O", "I-X", "I-X"), tags.IOB2, [(1, 3, "X")], [1]),  # I- after O: an entity starts, reported
    (T("I-X", "I-X", "B-X", "I-Y"), tags.IOB1, [(0, 2, "X"), (2, 3, "X"), (3, 4, "Y")], []),
    (T("B-X", "I-X", "L-X", "U-Y", "O"), tags.BILOU, [(0, 3, "X"), (3, 4, "Y")], []),
    (T("B-X", "O", "L-Y"), tags.BILOU, [(0, 1, "X"), (2, 3, "Y")], [0, 2]),
    (T("S-X", "B-Y", "E-Y"), tags.BIOES, [(0, 1, "X"), (1, 3, "Y")], []),
    (T("B-X", "I-Y"), tags.IOB2, [(0, 1, "X"), (1, 2, "Y")], [1]),
])
def test_tags_are_decoded_leniently_and_irregular_ones_are_named(seq, scheme, spans, odd):
    found, irregular = tags.decode(seq, scheme)
    assert found == spans
    assert [k for k, _ in irregular] == odd


@pytest.mark.parametrize(("seq", "scheme"), [
    (T("B-X", "I-X", "O"), tags.IOB2), (T("I-X", "O", "I-Y"), tags.IOB1), (T("I-X", "B-X"), tags.IOB1),
    (T("O", "I-X", "B-Y"), tags.IOB2), (T("U-X"), tags.BILOU), (T("S-X", "B-X", "E-X"), tags.BIOES),
    (T("O"), tags.IOB2),
])
def test_the_scheme_is_detected_from_every_tag(seq, scheme):
    detector = tags.SchemeDetector()
    for tag in seq:
        detector.add(tag)
    assert detector.scheme == scheme


@pytest.mark.parametrize("value", ["", "a b", " a", "a ", '"a', "a\tb", "a\nb", "\r\n", "\u3000", "𠮷\u2028x", "\\n"])
def test_comment_values_come_back_exactly(value):
    line = tags.encode_value(value)
    assert "\n" not in line and "\r" not in line and "\u2028" not in line and "\t" not in line
    assert tags.decode_value(line) == value


# -- round trips ----------------------------------------------------------------------------------

PIECES = ["東京", "都", "に", "行った", "。", "𠮷", "野家", "😀", "e\u0301", "\r\n", "\n", "\u3000", " ", "\t",
          "ABC", "12", "#", "-DOCSTART-", '"', "\\", "\u2028", "「", "」", "!", "ソフトバンク", "は", "\u00a0",
          "\x0b", "の", "孫", "正義"]


@st.composite
def documents(draw) -> list[Document]:
    docs = []
    for i in range(draw(st.integers(1, 3))):
        text = "".join(draw(st.lists(st.sampled_from(PIECES), max_size=20)))
        bounds = sorted({b for span in pieces(text) for b in span})
        keys: set[tuple[int, int, str]] = set()
        for _ in range(draw(st.integers(0, 6)) if text else 0):
            if len(bounds) >= 2 and draw(st.booleans()):  # on morpheme boundaries
                s, e = sorted(draw(st.lists(st.sampled_from(bounds), min_size=2, max_size=2, unique=True)))
            else:
                s = draw(st.integers(0, len(text) - 1))
                e = draw(st.integers(s + 1, len(text)))
            keys.add((s, e, draw(st.sampled_from(LABELS))))
        ents = [Entity(f"T{k}", s, e, label, text[s:e]) for k, (s, e, label) in enumerate(sorted(keys), 1)]
        doc_id = draw(st.sampled_from(["d", "d 1", '"q"', "文書\u3000", " x", "a\tb", "𠮷"])) + f"-{i}"
        meta = draw(st.sampled_from([{}, {"source": "a b\r\n"}, {"n": [1, 2.5, None], "𠮷": {"x": "\u2028"}}]))
        docs.append(Document(doc_id, text, meta, draw(st.sampled_from(list(Status))), ents))
    return docs


@settings(max_examples=50, deadline=None)
@given(docs=documents(), scheme=st.sampled_from(conll.SCHEMES))
def test_export_then_import_keeps_ids_texts_and_every_entity_a_flat_format_holds(docs, scheme):
    with tempfile.TemporaryDirectory() as tmp:
        p = make_project(Path(tmp) / "p.annotator", docs)
        try:
            lost = export(p, Path(tmp) / "out.conll", scheme=scheme)
        finally:
            p.close()
        back = read_all(Path(tmp) / "out.conll")
    assert [x.problems for x in back] == [[]] * len(docs)
    assert [x.doc.id for x in back] == [d.id for d in docs]
    for doc, parsed in zip(docs, back, strict=True):
        got = parsed.doc
        assert (got.text, got.status, got.meta) == (doc.text, doc.status, doc.meta)
        assert all(e.text == got.text[e.start:e.end] for e in got.entities)
        kept = {e.key for e in got.entities}
        reasons = {(x.start, x.end, x.label): x.reason for x in lost.items if x.doc == doc.id}
        original = {e.key for e in doc.entities}
        assert kept | set(reasons) == original and not kept & set(reasons)
        assert len(reasons) == len([x for x in lost.items if x.doc == doc.id])
        starts = {s for s, _ in pieces(doc.text)}
        ends = {e for _, e in pieces(doc.text)}
        placeable = {k for k in original if k[0] in starts and k[1] in ends}
        assert kept <= placeable
        assert not any(overlap(a, b) for a in kept for b in kept if a != b)
        for k in original - placeable:
            assert "inside the token" in reasons[k] or "white space" in reasons[k]
        for k in placeable - kept:  # lost to a kept entity at least as long
            assert reasons[k].startswith("overlaps entity")
            assert any(overlap(k, o) and o[1] - o[0] >= k[1] - k[0] for o in kept)
        for k in placeable:
            if not any(overlap(k, o) for o in placeable if o != k):
                assert k in kept


def test_claims_and_attributes_are_reported_not_dropped(tmp_path):
    text = "孫正義は東京に行った。"
    doc = Document("d", text, {}, Status.NEW, [Entity("T1", 0, 3, "PERSON", "孫正義", {"checked": True})],
                   [Claim("C1", 0, 11, text)])
    p = make_project(tmp_path / "p.annotator", [doc])
    lost = export(p, tmp_path / "o.conll")
    p.close()
    assert {(x.kind, x.start, x.end) for x in lost.items} == {("attribute", 0, 3), ("claim", 0, 11)}
    assert [e.key for e in read_all(tmp_path / "o.conll")[0].doc.entities] == [(0, 3, "PERSON")]


def test_bilou_export_and_sentences_and_entities_across_a_sentence_end(tmp_path):
    text = "東京都に行った。孫正義だ!\n京都"
    i = text.index("!")
    doc = Document("d", text, {}, Status.NEW, [Entity("T1", 0, 3, "LOCATION", "東京都"),
                                                Entity("T2", 8, i + 1, "PERSON", text[8:i + 1]),
                                                Entity("T3", i, len(text), "LOCATION", text[i:])])
    p = make_project(tmp_path / "p.annotator", [doc])
    lost = export(p, tmp_path / "o.conll", scheme="bilou")
    p.close()
    body = (tmp_path / "o.conll").read_text(encoding="utf-8")
    assert "東京\tB-LOCATION\n都\tL-LOCATION\n" in body
    assert "。\tO\n\n孫\tB-PERSON\n" in body  # a blank line between sentences
    assert "!\tL-PERSON\n" in body  # the entity that crosses the sentence end held the sentences together
    assert [(x.start, x.end, x.reason) for x in lost.items] == [(i, len(text), f"overlaps entity 8–{i + 1} PERSON")]
    assert [e.key for e in read_all(tmp_path / "o.conll")[0].doc.entities] == [(0, 3, "LOCATION"),
                                                                                (8, i + 1, "PERSON")]


def test_without_comments_tokens_and_entities_survive_not_white_space(tmp_path):
    text = "東京 に\u3000行った。\r\n孫正義"
    doc = Document("d", text, {}, Status.DONE, [Entity("T1", 0, 2, "LOCATION", "東京"),
                                                 Entity("T2", 11, 14, "PERSON", "孫正義")])
    p = make_project(tmp_path / "p.annotator", [doc])
    export(p, tmp_path / "o.conll", comments="no")
    p.close()
    body = (tmp_path / "o.conll").read_text(encoding="utf-8")
    assert "#" not in body and body.startswith("-DOCSTART- -X- O O\n\n東京\tB-LOCATION\n")
    (back,) = read_all(tmp_path / "o.conll")
    assert back.doc.id == "o-1" and back.doc.text == "東京に行った。\n孫正義"
    assert [e.text for e in back.doc.entities] == ["東京", "孫正義"]


def test_an_empty_document_and_a_white_space_one_come_back(tmp_path):
    docs = [Document("empty", ""), Document("blank", " \u3000\r\n"), Document("x", "x")]
    p = make_project(tmp_path / "p.annotator", docs)
    export(p, tmp_path / "o.conll")
    p.close()
    assert [(x.doc.id, x.doc.text) for x in read_all(tmp_path / "o.conll")] == [(d.id, d.text) for d in docs]


def test_the_export_refuses_an_unknown_scheme(tmp_path):
    p = make_project(tmp_path / "p.annotator", [Document("x", "x")])
    with pytest.raises(Exception, match="scheme"):
        export(p, tmp_path / "o.conll", scheme="iob1")
    p.close()
    assert not (tmp_path / "o.conll").exists()


def test_the_registry_lists_conll_with_its_options():
    f = FORMATS["conll"]
    assert f.read is conll.read and f.write is conll.write and ".conll" in f.suffixes
    assert f.write_options == {"scheme": ("iob2", "bilou"), "comments": ("yes", "no")}


# -- other tools' files ------------------------------------------------------------------------------

def entities_of(parsed) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in parsed.doc.entities]


def test_conll2003_four_columns_iob1_in_documents():
    back = read_all(DATA / "conll2003_iob1_four_columns.conll")
    assert [x.problems for x in back] == [[], []] and not any(x.notes for x in back)
    one, two = back
    assert (one.doc.id, one.doc.text) == ("conll2003_iob1_four_columns-1", "日本と米国の首脳。\n日本米国間。")
    assert [(e.start, e.end, e.label) for e in one.doc.entities] == [(0, 2, "LOC"), (3, 5, "LOC"), (10, 12, "LOC"),
                                                                      (12, 14, "LOC")]
    assert entities_of(two) == [("ソニーグループ", "ORG")]
    assert one.doc.meta == {"source": "conll2003_iob1_four_columns.conll"}


def test_two_tab_columns_iob2_one_document_per_sentence_and_a_hash_token():
    back = read_all(DATA / "iob2_two_columns.conll")
    assert [(x.doc.id, x.doc.text) for x in back] == [("iob2_two_columns-1", "孫正義はソフトバンクグループの会長"),
                                                      ("iob2_two_columns-2", "C#を学ぶ")]
    assert entities_of(back[0]) == [("孫正義", "人名"), ("ソフトバンクグループ", "法人名")]
    assert entities_of(back[1]) == [("C#", "製品名")]


@pytest.mark.parametrize(("name", "expected"), [
    ("bilou.conll", [[(0, 3, "𠮷野家", "法人名")], [(0, 4, "東京都庁", "地名")]]),
    ("bioes.conll", [[(0, 2, "大阪", "地名"), (4, 8, "京都大学", "地名")]]),
])
def test_bilou_and_bioes_with_astral_offsets(name, expected):
    back = read_all(DATA / name)
    assert not any(x.problems or x.notes for x in back)
    assert [[(e.start, e.end, e.text, e.label) for e in x.doc.entities] for x in back] == expected


def test_an_i_after_o_in_iob2_starts_an_entity_and_is_reported_with_its_line():
    (back,) = read_all(DATA / "iob2_irregular.conll")
    assert entities_of(back) == [("富士山", "地名"), ("箱根", "地名")]
    assert back.notes == ["line 3: I-地名 follows O: read as the start of an entity"]
    assert back.located_notes()[0].file.endswith("iob2_irregular.conll")


def test_our_conventions_written_by_hand():
    one, two = read_all(DATA / "annotator_export.conll")
    text = "\u3000𠮷野家で😀、e\u0301を。\r\n東京 都庁へ"
    assert (one.doc.id, one.doc.text, one.doc.status, one.doc.meta) == ('doc "1"', text, Status.DONE,
                                                                        {"source": "手書き", "n": 1})
    assert [(e.start, e.end, e.text) for e in one.doc.entities] == [(1, 4, "𠮷野家"), (13, 18, "東京 都庁")]
    assert (two.doc.id, two.doc.text, two.doc.meta) == ("doc-2", "猫", {})


# -- bad input ----------------------------------------------------------------------------------------

def problems_of(tmp_path: Path, content: bytes | str, name: str = "bad.conll") -> list[str]:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return [str(p).removeprefix(f"{tmp_path}/") for x in conll.read(path) for p in x.located()]


@pytest.mark.parametrize(("content", "expected"), [
    ("東京\tB-LOC\n大阪\n", "bad.conll:2 (document bad-1): a token line must be TOKEN<tab>TAG"),
    ("東京\tB_LOC\n", "bad.conll:1 (document bad-1): tag 'B_LOC' is not O nor B-, I-, L-, U-, E- or S-"),
    ("東京\tB- LOC\n", "bad.conll:1 (document bad-1): label ' LOC': a label name must be non-empty"),
    ("-DOCSTART-\tO\n\n# text = 大阪\n東京\tO\n", "bad.conll:4 (document bad-1): the token '東京' is not what the "
                                                  "# text comment (line 3) holds at character 1"),
    ("-DOCSTART-\tO\n\n# text = 東京へ\n東京\tO\n", "bad.conll:4 (document bad-1): the # text comment (line 3) "
                                                    "goes on after the last token: 'へ'"),
    ('# text = "東京\n東京\tO\n', "bad.conll:1 (document bad-1): # text: invalid JSON string"),
    ("# meta = [1]\n東京\tO\n", "bad.conll:1 (document bad-1): # meta must be a JSON object, not array"),
    ("# status = finished\n東京\tO\n", "bad.conll:1 (document bad-1): status must be one of"),
    ("# doc_id = a\n東京\tO\n\n# doc_id = a\n大阪\tO\n", "bad.conll:4 (document a): duplicate document id 'a' "
                                                        "(first on line 1)"),
    ("-DOCSTART-\tO\n# text = a\n# text = b\na\tO\n", "bad.conll:3 (document bad-1): a second # text comment"),
    ('# text = "a\\u0007"\na\tO\n', "bad.conll:1 (document bad-1): control character U+0007 (BEL)"),
    ("東京\tO\r大阪\tO\n", "bad.conll:1 (document bad-1): a CR (U+000D) inside the line"),
    ("東京\tO\n大阪\x1b\tO\n", "bad.conll:2 (document bad-1): control character U+001B (ESC)"),
    ("東京\tO\n".encode("cp932"), "bad.conll:1 (document bad-1): not UTF-8: byte 0x93 at byte 1"),
    ("東京\tO\n".encode("utf-16"), "bad.conll:1 (document bad-1): the file is UTF-16"),
    ("東京\tO\n".encode("utf-16-le"), "bad.conll:1 (document bad-1): NUL bytes (U+0000) at byte 6"),
    (b"\x7fELF\x02\x01\x01\x00\x00\n", "bad.conll:1 (document bad-1): NUL bytes (U+0000) at byte 8"),
])
def test_bad_input_names_the_file_and_line(tmp_path, content, expected):
    found = problems_of(tmp_path, content)
    assert any(p.startswith(expected) for p in found), found


def test_an_import_of_a_bad_file_changes_nothing_and_skip_invalid_keeps_the_good_documents(tmp_path):
    path = tmp_path / "mixed.conll"
    path.write_text("-DOCSTART-\tO\n\n東京\tB-LOCATION\n\n-DOCSTART-\tO\n\n大阪\tX-LOCATION\n", encoding="utf-8")
    p = Project.open(tmp_path / "p.annotator", create=True)
    with pytest.raises(InputError) as err:
        import_files(p, [path], fmt="conll")
    assert f"{path}:7 (document mixed-2): tag 'X-LOCATION'" in str(err.value)
    assert p.document_ids() == []
    report = import_files(p, [path], fmt="conll", skip_invalid=True)
    assert (report.documents, report.entities, report.rejected) == (1, 1, 1)
    assert p.document_ids() == ["mixed-1"] and p.text("mixed-1") == "東京"
    p.close()


# -- the Stockmark corpus through CoNLL IOB2 and back -------------------------------------------------

def test_stockmark_through_conll_iob2_and_back(tmp_path):
    source = shared_file(STOCKMARK)
    p = Project.open(tmp_path / "s.annotator", create=True, label_set="stockmark")
    import_files(p, [source], fmt="stockmark")
    originals = {doc.id: doc for doc in p.iter_documents()}
    lost = export(p, tmp_path / "s.conll", scheme="iob2")
    p.close()
    back = read_all(tmp_path / "s.conll")
    assert not any(x.problems for x in back) and not any(x.notes for x in back)
    assert [x.doc.id for x in back] == list(originals)
    lost_keys = {(x.doc, x.start, x.end, x.label): x.reason for x in lost.items}
    assert all(x.kind == "entity" for x in lost.items) and len(lost_keys) == len(lost.items)
    total = kept = 0
    for parsed in back:
        doc = originals[parsed.doc.id]
        assert parsed.doc.text == doc.text and parsed.doc.meta == doc.meta
        got = {e.key for e in parsed.doc.entities}
        starts = {s for s, _ in pieces(doc.text)}
        ends = {e for _, e in pieces(doc.text)}
        keys = [e.key for e in doc.entities]
        placeable = [k for k in keys if k[0] in starts and k[1] in ends]
        for k in keys:
            overlapped = any(overlap(k, o) for o in placeable if o != k)
            if k in placeable and not overlapped:
                assert k in got  # on morpheme boundaries and not overlapped: survives exactly
            else:
                assert (doc.id, *k) in lost_keys and k not in got
        assert got <= set(keys)
        assert all(e.text == doc.text[e.start:e.end] for e in parsed.doc.entities)
        total += len(keys)
        kept += len(got)
    assert total == 13_185 and len(back) == 5_343
    assert kept + len(lost.items) == total  # every entity is back or in the report, none twice
    assert 0 < len(lost.items) < total * 0.01


# -- what a file without comments loses; one problem per fault --------------------------------------------

def test_without_comments_what_cannot_come_back_is_reported_per_document(tmp_path):
    docs = [Document("d", "東京 に\r\n行った。", {"k": 1}, Status.DONE, [Entity("T1", 0, 2, "LOCATION", "東京")]),
            Document("white", " \u3000"),  # no token: nothing of it is written
            Document("o-2", "東京に", {"source": "o.conll"}),  # read back exactly: the second document read
            Document("x", "大阪", {"source": "o.conll"})]
    p = make_project(tmp_path / "p.annotator", docs)
    lost = export(p, tmp_path / "o.conll", comments="no")
    p.close()
    assert [(x.kind, x.doc, x.start, x.end, x.label, x.reason.split(" (")[0]) for x in lost.items] == [
        ("document", "d", 0, 10, "", "without comments the file does not hold its id, status, meta, white space"),
        ("document", "white", 0, 2, "", "no tokens: without comments nothing of the document is written"),
        ("document", "x", 0, 2, "", "without comments the file does not hold its id")]
    back = [x.doc for x in read_all(tmp_path / "o.conll")]
    assert [(d.id, d.text, d.meta, d.status) for d in back] == [
        ("o-1", "東京に\n行った。", {"source": "o.conll"}, Status.NEW),
        ("o-2", "東京に", {"source": "o.conll"}, Status.NEW), ("o-3", "大阪", {"source": "o.conll"}, Status.NEW)]
    p = make_project(tmp_path / "q.annotator", docs)
    assert [x for x in export(p, tmp_path / "q.conll").items if x.kind == "document"] == []  # comments hold it all
    p.close()


@pytest.mark.parametrize(("content", "expected"), [
    ("# text = 東京に\n東京\tB-LOC\x1b\nに\tO\n", ["bad.conll:2 (document bad-1): control character U+001B (ESC) at "
                                               "character 9"]),
    ("# text = 東京に\n東京\tB-LOC\tX\x1b\nに\tO\n", ["bad.conll:2 (document bad-1): control character U+001B (ESC) at "
                                                  "character 11"]),
    ("# text = 東京に\n東京\n に\tO\n", ["bad.conll:2 (document bad-1): a token line must be TOKEN<tab>TAG (or more "
                                       "columns, the tag last), not '東京'"]),
    ("# text = 東京に\n東京\tX-LOC\nに\tO\n", ["bad.conll:2 (document bad-1): tag 'X-LOC' is not O nor B-, I-, L-, U-, "
                                            "E- or S- followed by a label"]),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ["bad.conll:3 (document bad-1): NUL bytes (U+0000) at byte 9 of "
                                                      "the file: a binary or UTF-16 file, not UTF-8 CoNLL; not read"]),
])
def test_one_problem_per_fault_at_its_own_line(tmp_path, content, expected):
    assert problems_of(tmp_path, content) == expected
