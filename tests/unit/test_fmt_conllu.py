"""CoNLL-U with NE= tags in MISC (UD Japanese GSD's convention): the real GSD files, hand-written
fixtures, generated sentences with astral characters, bad input."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.errors import InputError
from annotator.core.formats import FORMATS, conllu
from annotator.core.importer import import_files
from annotator.core.store import Project
from tests.conftest import SHARED, shared_file

DATA = Path(__file__).parent / "data" / "interop" / "conllu"
GSD = SHARED / "data" / "ud-japanese-gsd"


def read_all(path: Path) -> list:
    return list(conllu.read(path))


def expected_gsd(path: Path) -> tuple[dict[str, str], set[tuple[str, int, int, str, str]]]:
    """Texts by sent_id and (sent_id, start, end, label, surface) of every entity, read here
    directly: GSD has no multiword tokens or empty nodes, and writes well-formed BILUO."""
    texts: dict[str, str] = {}
    entities = set()
    sid = text = ""
    forms: list[tuple[int, int, str, str | None]] = []
    pos = 0

    def flush() -> None:
        nonlocal forms, pos
        start = None
        for s, e, _form, ne in forms:
            if ne is None:
                continue
            prefix, label = ne.split("-", 1)
            if prefix in "BU":
                start = s
            if prefix in "LU":
                entities.add((sid, start, e, label, text[start:e]))
        forms, pos = [], 0

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sid = line[len("# sent_id = "):]
        elif line.startswith("# text = "):
            text = texts[sid] = line[len("# text = "):]
        elif not line:
            flush()
        elif not line.startswith("#"):
            cols = line.split("\t")
            misc = dict(item.partition("=")[::2] for item in cols[9].split("|"))
            forms.append((pos, pos + len(cols[1]), cols[1], misc.get("NE")))
            pos += len(cols[1]) + (misc.get("SpaceAfter") != "No")
    flush()
    return texts, entities


@pytest.mark.parametrize(("split", "sentences", "n_entities"), [("dev", 507, 795), ("test", 543, 609)])
def test_the_real_gsd_files(split, sentences, n_entities):
    path = shared_file(GSD / f"ja_gsd-ud-{split}.ne.conllu")
    back = read_all(path)
    assert not any(x.problems or x.notes for x in back)
    assert len(back) == sentences
    assert sum(len(x.doc.entities) for x in back) == n_entities
    texts, entities = expected_gsd(path)
    assert {x.doc.id: x.doc.text for x in back} == texts
    got = set()
    for x in back:
        assert x.doc.meta == {"source": path.name, "sent_id": x.doc.id, "newdoc_id": x.doc.id}
        for e in x.doc.entities:
            assert e.text == x.doc.text[e.start:e.end]
            got.add((x.doc.id, e.start, e.end, e.label, e.text))
    assert got == entities


def test_a_gsd_file_imports_into_a_project(tmp_path):
    path = shared_file(GSD / "ja_gsd-ud-test.ne.conllu")
    with Project.open(tmp_path / "p.annotator", create=True) as p:
        report = import_files(p, [path], fmt="conllu")
        assert (report.documents, report.entities) == (543, 609)
        assert "GPE" in report.new_labels and {"PERSON", "GPE", "DATE"} <= p.label_names()


def test_gsd_style_biluo_with_astral_characters():
    one, two = read_all(DATA / "gsd_style_biluo.conllu")
    assert not (one.problems or one.notes or two.problems or two.notes)
    assert (one.doc.id, one.doc.text) == ("fx-s1", "𠮷野家の😀社長は東京都に住む。")
    assert [(e.start, e.end, e.text, e.label) for e in one.doc.entities] == [
        (0, 3, "𠮷野家", "ORG"), (5, 7, "社長", "TITLE_AFFIX"), (8, 11, "東京都", "GPE")]
    assert (two.doc.text, [(e.start, e.end, e.text) for e in two.doc.entities]) == ("2020年 7月",
                                                                                     [(0, 8, "2020年 7月")])
    assert one.doc.meta == {"source": "gsd_style_biluo.conllu", "sent_id": "fx-s1", "newdoc_id": "fx-s1"}


def test_bio_tags_multiword_tokens_and_empty_nodes():
    one, two = read_all(DATA / "bio_multiword_empty.conllu")
    assert not (one.problems or two.problems)
    assert (one.doc.id, one.doc.text) == ("mw-1", "New York's mayor")
    assert [(e.text, e.label) for e in one.doc.entities] == [("New York", "GPE")]
    assert one.notes == ["line 7: the entity X on words 3–3 starts or ends inside the multiword token \"'s\" "
                         "(line 6): not imported"]
    assert (two.doc.id, two.doc.text) == ("bio_multiword_empty-2", "vámonos al mar")
    assert [(e.start, e.end, e.text, e.label) for e in two.doc.entities] == [(0, 7, "vámonos", "EVT"),
                                                                              (11, 14, "mar", "LOC")]
    assert two.doc.meta == {"source": "bio_multiword_empty.conllu"}


# -- generated sentences -------------------------------------------------------------------------

FORMS = ["𠮷", "野家", "😀", "e\u0301", "東京", "都", "New", "'s", "\u3000", "12", "#", "は", "ソフトバンク"]
LABELS = ["ORG", "PERSON", "GPE"]


@st.composite
def sentences(draw) -> tuple[list[tuple[str, bool]], list[tuple[int, int, str]]]:
    words = draw(st.lists(st.tuples(st.sampled_from(FORMS), st.booleans()), min_size=1, max_size=12))
    spans = []
    k = 0
    while k < len(words):
        if draw(st.booleans()):
            n = draw(st.integers(1, len(words) - k))
            spans.append((k, k + n, draw(st.sampled_from(LABELS))))
            k += n
        else:
            k += 1
    return words, spans


def conllu_text(sents: list, biluo: bool) -> tuple[str, list[tuple[str, list[tuple[int, int, str]]]]]:
    lines: list[str] = []
    expected = []
    for n, (words, spans) in enumerate(sents):
        tags = ["O"] * len(words)
        for i, j, label in spans:
            for k in range(i, j):
                tags[k] = f"I-{label}"
            tags[i] = f"B-{label}"
            if biluo:
                tags[j - 1] = f"L-{label}" if j - i > 1 else f"U-{label}"
        starts, parts, pos = [], [], 0
        for k, (form, space) in enumerate(words):
            starts.append(pos)
            parts.append(form + (" " if space and k < len(words) - 1 else ""))
            pos += len(parts[-1])
        text = "".join(parts)
        expected.append((text, [(starts[i], starts[j - 1] + len(words[j - 1][0]), label) for i, j, label in spans]))
        lines += [f"# sent_id = s{n}", f"# text = {text}"]
        for k, (form, space) in enumerate(words):
            misc = "|".join(x for x in ("" if space else "SpaceAfter=No", "" if tags[k] == "O" else f"NE={tags[k]}")
                            if x) or "_"
            lines.append("\t".join([str(k + 1), form, form, "X", "_", "_", "0", "dep", "_", misc]))
        lines.append("")
    return "\n".join(lines) + "\n", expected


@settings(max_examples=50, deadline=None)
@given(sents=st.lists(sentences(), min_size=1, max_size=4), biluo=st.booleans())
def test_generated_sentences_come_back_with_exact_offsets(sents, biluo):
    content, expected = conllu_text(sents, biluo)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gen.conllu"
        path.write_text(content, encoding="utf-8")
        back = read_all(path)
    assert [x.problems for x in back] == [[]] * len(sents)
    assert not any(x.notes for x in back)
    assert [(x.doc.text, [(e.start, e.end, e.label) for e in x.doc.entities]) for x in back] == expected


# -- bad input ------------------------------------------------------------------------------------

def row(i: int | str, form: str, misc: str = "SpaceAfter=No") -> str:
    return "\t".join([str(i), form, form, "X", "_", "_", "0", "dep", "_", misc])


@pytest.mark.parametrize(("lines", "expected"), [
    (["# sent_id = a", "\t".join(["1", "x", "_", "_", "_", "_", "_", "_", "_"])], "bad.conllu:2 (sentence a): a "
                                                                                    "word line has 10 fields separated "
                                                                                    "by tabs; this one has 9"),
    (["# sent_id = a", row("x", "東京")], "bad.conllu:2 (sentence a): the ID 'x' is not a word"),
    (["# sent_id = a", row(1, "東"), row(3, "京")], "bad.conllu:3 (sentence a): word 3: expected word 2"),
    (["# sent_id = a", "# text = 大阪", row(1, "東京")], "bad.conllu:2 (sentence a): # text is not what the words "
                                                          "give (their FORM and SpaceAfter=No): at character 1"),
    (["# sent_id = a", "# text = 東京", row(1, "東京", "NE=B_ORG")], "bad.conllu:3 (sentence a): tag 'B_ORG'"),
    (["# sent_id = a", row(1, "東京"), "", "# sent_id = a", row(1, "京都")],
     "bad.conllu:4 (sentence a): duplicate sent_id 'a' (first on line 1)"),
    (["# sent_id = a", row(1, "東"), "# text = 東京", row(2, "京")], "bad.conllu:3 (sentence a): a comment line among"),
    (["# sent_id = a", row("1-3", "東京"), row(1, "東"), row(2, "京")], "bad.conllu:4 (sentence a): the multiword "
                                                                          "token ends at word 3"),
])
def test_bad_input_names_the_file_and_line(tmp_path, lines, expected):
    path = tmp_path / "bad.conllu"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = [str(p).removeprefix(f"{tmp_path}/") for x in conllu.read(path) for p in x.located()]
    assert any(p.startswith(expected) for p in found), found


@pytest.mark.parametrize(("data", "expected"), [
    (row(1, "東京").encode("cp932"), "bad.conllu:1 (sentence bad-1): not UTF-8: byte 0x93"),
    (row(1, "東京").encode("utf-16"), "bad.conllu:1 (sentence bad-1): the file is UTF-16"),
    (b"PK\x03\x04\x00\x00\n", "bad.conllu:1 (sentence bad-1): NUL bytes (U+0000) at byte 5"),
])
def test_wrong_encodings_and_binary_files(tmp_path, data, expected):
    path = tmp_path / "bad.conllu"
    path.write_bytes(data)
    found = [str(p).removeprefix(f"{tmp_path}/") for x in conllu.read(path) for p in x.located()]
    assert any(p.startswith(expected) for p in found), found


def test_an_import_of_a_bad_file_changes_nothing(tmp_path):
    path = tmp_path / "bad.conllu"
    path.write_text("\n".join(["# sent_id = ok", row(1, "京都"), "", "# sent_id = a", "# text = 大阪",
                               row(1, "東京")]) + "\n", encoding="utf-8")
    with Project.open(tmp_path / "p.annotator", create=True) as p:
        with pytest.raises(InputError, match=r"bad.conllu:5 \(sentence a\): # text is not what the words give"):
            import_files(p, [path], fmt="conllu")
        assert p.document_ids() == []


def test_the_registry_lists_conllu_for_import_only():
    f = FORMATS["conllu"]
    assert f.read is conllu.read and f.write is None and f.suffixes == (".conllu",)


def test_a_second_ne_tag_of_a_word_is_a_note_naming_its_line(tmp_path):
    path = tmp_path / "two.conllu"
    path.write_text("\n".join(["# sent_id = s1", "# text = 東京に", row(1, "東京", "SpaceAfter=No|NE=U-LOC|NE=U-ORG"),
                               row(2, "に", "SpaceAfter=No|NE=O|NE=O")]) + "\n", encoding="utf-8")
    (parsed,) = read_all(path)
    assert [(e.label, e.text) for e in parsed.doc.entities] == [("LOC", "東京")]
    assert [str(p).removeprefix(f"{tmp_path}/") for p in parsed.located_notes()] == [
        "two.conllu:1 (sentence s1): line 3: a second tag NE=U-ORG in MISC not imported: a word has one "
        "(NE=U-LOC is read)"]


@pytest.mark.parametrize(("bad", "expected"), [
    (row(1, "東京", "SpaceAfter=No|X=\x1b"), "control character U+001B (ESC) at character 39"),
    ("1\t東京", "a word line has 10 fields separated by tabs; this one has 2"),
    (row(2, "東京"), "word 2: expected word 1"),  # then word 2 again: taken as it is
    (row("2-3", "東京"), "multiword token 2-3: expected a range starting at word 1"),
])
def test_a_refused_word_line_is_one_problem_not_one_for_every_word_after_it(tmp_path, bad, expected):
    path = tmp_path / "bad.conllu"
    path.write_text("\n".join(["# sent_id = s1", "# text = 東京に行く", bad, row(2, "に"), row(3, "行く"), "",
                               "# sent_id = s2", row(1, "京都")]) + "\n", encoding="utf-8")
    first, second = read_all(path)
    assert [str(p).removeprefix(f"{tmp_path}/") for p in first.located()] == [
        f"bad.conllu:3 (sentence s1): {expected}"]
    assert second.doc is not None and second.doc.text == "京都"


def test_words_out_of_order_are_one_problem_each_fault(tmp_path):
    path = tmp_path / "bad.conllu"
    path.write_text("\n".join(["# sent_id = s1", row(1, "東"), row(3, "京"), row(4, "に"), row(4, "行く")]) + "\n",
                    encoding="utf-8")
    (parsed,) = read_all(path)
    assert parsed.line == 3 and parsed.problems == ["word 3: expected word 2", "line 5: word 4: expected word 5"]
