from __future__ import annotations

from annotator.core.doctokens import DocTokens
from annotator.core.editing import label_all_operation
from annotator.core.model import Document
from annotator.core.search import find, on_boundaries

TEXT = "𠮷野家で孫正義が述べた。孫正義は述べる。正義感とは。"


def test_find_string_and_lemma():
    doc = DocTokens(TEXT)
    assert [TEXT[s:e] for s, e in find(doc, "孫正義")] == ["孫正義", "孫正義"]
    # 述べ finds 述べた's and 述べる's morpheme by its lemma
    spans = find(doc, "述べ", by_lemma=True)
    assert [TEXT[s:e] for s, e in spans] == ["述べ", "述べる"]


def test_only_matches_on_morpheme_boundaries():
    doc = DocTokens(TEXT)
    spans = find(doc, "正義")  # inside 孫正義? and in 正義感
    kept = on_boundaries(doc, spans)
    for s, e in kept:
        assert doc.token_at(s)[0] == s and doc.token_at(e - 1)[1] == e


def test_label_all_is_one_undoable_operation(project):
    with project.bulk_import("t") as bulk:
        bulk.add(Document("a", TEXT))
        bulk.add(Document("b", "孫正義です。"))
    op = label_all_operation(project, ["a", "b"], "孫正義", "PERSON")
    assert op is not None and len(op.ops) == 3
    project.apply(op)
    assert [e.text for e in project.entities("a")] == ["孫正義", "孫正義"]
    assert [e.id for e in project.entities("a")] == ["T1", "T2"]
    assert label_all_operation(project, ["a", "b"], "孫正義", "PERSON") is None  # nothing left to add
    project.undo()
    assert project.entities("a") == [] and project.entities("b") == []
