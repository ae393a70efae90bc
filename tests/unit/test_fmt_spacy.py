"""``--format spacy``: DocBin files over the project's morphemes, read back with the real spaCy.

Skips where spaCy is not installed (the optional extra ``spacy``), except the test that the
module imports and refuses politely without it.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.formats import spacy_docbin
from annotator.core.formats.base import LossReport
from annotator.core.model import Claim, Document, Entity, Status
from annotator.core.morph import default_morphology
from annotator.core.store import Project

TEXT = " 𠮷野家😀の孫正義会長は\u3000東京 都内で\r\n\r\nか\u3099んばる。 A B  C \n"


def _export(folder: Path, docs: list[Document], **kwargs) -> tuple[list, LossReport]:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    with Project.open(folder / "p.annotator", create=True) as p, p.bulk_import("t") as bulk:
        for d in docs:
            bulk.add(d)
    lost = LossReport()
    with Project.open(folder / "p.annotator", read_only=True) as p:
        n = spacy_docbin.write(p, folder / "out", lost=lost, **kwargs)
    vocab = spacy.blank("xx").vocab
    out = [d for f in sorted((folder / "out").iterdir()) for d in DocBin().from_disk(f).get_docs(vocab)]
    assert n == len(out)
    return out, lost


def _ent(eid: str, start: int, end: int, label: str, text: str = TEXT, **attributes) -> Entity:
    return Entity(eid, start, end, label, text[start:end], attributes)


def test_text_tokens_spans_ents_and_user_data(tmp_path):
    ents = [_ent("T1", 1, 4, "ORG", k=1), _ent("T2", 6, 9, "PERSON"), _ent("T3", 6, 11, "TITLE"),
            _ent("T4", 7, 9, "GIVEN"), _ent("T5", 2, 3, "INSIDE")]  # 野 alone: inside the morpheme 野家
    docs, lost = _export(tmp_path, [
        Document("a", TEXT, {"m": [1, 2], "s": "x"}, Status.DONE, ents, [Claim("C1", 1, 4, TEXT[1:4], {})]),
        Document("b", "")])
    doc = docs[0]
    assert doc.text == TEXT and docs[1].text == ""
    assert [(t.text, t.whitespace_) for t in doc][:2] == [(" ", ""), ("𠮷", "")]  # a leading space is a token
    assert ("東京", " ") in [(t.text, t.whitespace_) for t in doc]  # one space after a word: its whitespace
    assert {t.tag_ for t in doc if t.is_space} == {"空白"}
    assert "名詞-固有名詞-人名-姓" in {t.tag_ for t in doc}
    got = sorted((s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["sc"])
    assert got == [(1, 4, "ORG", "T1"), (6, 9, "PERSON", "T2"), (6, 11, "TITLE", "T3"), (7, 9, "GIVEN", "T4")]
    assert [(s.text, s.label_) for s in doc.ents] == [("𠮷野家", "ORG"), ("孫正義会長", "TITLE")]
    assert doc.user_data["id"] == "a" and doc.user_data["status"] == "done"
    assert json.loads(json.dumps(doc.user_data["meta"])) == {"m": [1, 2], "s": "x"}  # msgpack gives tuples
    assert docs[1].user_data["id"] == "b"
    assert [(x.doc, x.start, x.end, x.label, x.kind) for x in lost.items] == [
        ("a", 1, 4, "ORG", "attribute"), ("a", 2, 3, "INSIDE", "entity"), ("a", 1, 4, "", "claim")]
    assert "inside a token" in lost.items[1].reason and "'𠮷野家'" not in lost.items[1].reason
    assert "'野家'" in lost.items[1].reason


def test_shards_keep_memory_flat_and_the_order(tmp_path, monkeypatch):
    monkeypatch.setattr(spacy_docbin, "SHARD_DOCUMENTS", 3)
    docs, _ = _export(tmp_path, [Document(f"d{i}", f"文書{i}です。") for i in range(7)])
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"part-{i:05d}-of-00003.spacy" for i in range(3)]
    assert [d.user_data["id"] for d in docs] == [f"d{i}" for i in range(7)]


def test_status_filter_and_empty_project(tmp_path):
    docs, _ = _export(tmp_path, [Document("a", "猫", status=Status.DONE), Document("b", "犬")], status=Status.DONE)
    assert [d.user_data["id"] for d in docs] == ["a"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _export(empty, [])[0] == []


# Fragments that put morpheme boundaries, gaps and astral characters where offsets go wrong.
FRAGMENTS = ["𠮷野家", "😀", "孫正義", "会長", "は", "東京都", "\u3000", " ", "  ", "\r\n", "\n", "か\u3099", "A",
             "12%", "👍🏽", "日米", "ミニシアター・シネマ", "。"]


@settings(max_examples=50, deadline=None)
@given(parts=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12), data=st.data())
def test_every_entity_is_a_span_or_reported(parts, data):
    pytest.importorskip("spacy")
    text = "".join(parts)
    tokens = default_morphology().tokenize(text)
    starts = sorted({t[0] for t in tokens})
    ends = sorted({t[1] for t in tokens})
    ents: list[Entity] = []
    keys = set()
    for i in range(data.draw(st.integers(0, 6))):
        if starts and data.draw(st.booleans()):  # on morpheme boundaries
            s = data.draw(st.sampled_from(starts))
            later = [e for e in ends if e > s]
            e = data.draw(st.sampled_from(later))
        else:  # anywhere
            s = data.draw(st.integers(0, len(text) - 1))
            e = data.draw(st.integers(s + 1, len(text)))
        label = data.draw(st.sampled_from(["A", "B"]))
        if (s, e, label) not in keys:
            keys.add((s, e, label))
            ents.append(_ent(f"T{i + 1}", s, e, label, text))
    ents.sort(key=lambda x: (x.start, -x.end, x.label, x.id))
    with tempfile.TemporaryDirectory() as tmp:
        docs, lost = _export(Path(tmp), [Document("d", text, entities=ents)])
    doc = docs[0]
    assert doc.text == text
    spans = {(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["sc"]}
    missing = {(x.start, x.end, x.label) for x in lost.items if x.kind == "entity"}
    assert len(spans) + len(missing) == len(ents)
    for ent in ents:
        on_boundaries = ent.start in starts and ent.end in ends
        if (ent.start, ent.end, ent.label, ent.id) in spans:
            assert doc.text[ent.start:ent.end] == ent.text
        else:
            assert not on_boundaries and (ent.start, ent.end, ent.label) in missing
    chosen = [(s.start, s.end) for s in doc.ents]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(chosen))  # doc.ents never overlap
    assert {(s.start_char, s.end_char, s.label_, s.id_) for s in doc.ents} <= spans
    for s in doc.spans["sc"]:  # a span left out of doc.ents overlaps one that is longer or as long
        if (s.start, s.end) not in chosen:
            assert any(a < s.end and s.start < b and b - a >= s.end - s.start for a, b in chosen)


def test_the_module_imports_without_spacy_and_names_the_extra(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "spacy":
                    raise ImportError("blocked")
        sys.meta_path.insert(0, Block())
        from pathlib import Path
        from annotator.core.formats import spacy_docbin
        from annotator.core.formats.base import ExportError, LossReport
        from annotator.core.model import Document
        from annotator.core.store import Project
        tmp = Path({str(tmp_path)!r})
        with Project.open(tmp / "p.annotator", create=True) as p, p.bulk_import("t") as bulk:
            bulk.add(Document("a", "猫"))
        with Project.open(tmp / "p.annotator", read_only=True) as p:
            try:
                spacy_docbin.write(p, tmp / "out", lost=LossReport())
            except ExportError as exc:
                print(exc)
        assert not (tmp / "out").exists() and "spacy" not in sys.modules
    """)
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "pip install 'annotator[spacy]'" in res.stdout
