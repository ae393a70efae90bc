"""What the tests of other tools' formats (doccano, brat, Label Studio) share: projects made
from documents, and generated documents with nested entities and astral characters."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from annotator.core.model import Claim, Document, Entity, Status
from annotator.core.store import Project

#: Astral characters (𠮷, emoji, a ZWJ sequence) before and inside spans, CRLF, U+3000, a combining mark.
CHARS = st.sampled_from([*"吾輩猫東京日本かなカナabcXY01、。", "𠮷", "😀", "👨\u200d👩\u200d👧", "e\u0301",
                         "\r\n", "\n", "\u3000", " ", "\t", '"'])


def make_project(path: Path, docs: list[Document]) -> Project:
    p = Project.open(path, create=True, label_set="irex")
    with p.bulk_import("test") as bulk:
        for doc in docs:
            bulk.add(doc)
    return p


@st.composite
def documents(draw: st.DrawFn, doc_id: str, labels: tuple[str, ...], *, relations: tuple[str, str] | None = None,
              events: bool = False, attributes: bool = False) -> Document:
    """A document with nested and overlapping entities; ``relations``: claims over two
    entities with these roles; ``events``: claims over any span with entity arguments."""
    text = "".join(draw(st.lists(CHARS, min_size=2, max_size=30)))
    n = len(text)
    found: dict[tuple[int, int, str], Entity] = {}
    spans = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n), st.sampled_from(labels)), max_size=6))
    for i, (a, b, label) in enumerate(spans):
        s, e = min(a, b), max(a, b)
        if s < e and (s, e, label) not in found:
            attrs = draw(st.sampled_from([{}, {"Negation": True}, {"Conf": "High"}, {"AnnotatorNotes": "要 確認"}])
                         ) if attributes else {}
            found[(s, e, label)] = Entity(f"T{i + 1}", s, e, label, text[s:e], attrs)
    ents = sorted(found.values(), key=lambda x: (x.start, -x.end, x.label))
    claims: list[Claim] = []
    if relations is not None and len(ents) >= 2:
        for k in range(draw(st.integers(0, 2))):
            a, b = draw(st.sampled_from(ents)), draw(st.sampled_from(ents))
            if a.id == b.id:
                continue
            s, e = min(a.start, b.start), max(a.end, b.end)
            claims.append(Claim(f"R{k + 1}", s, e, text[s:e], {
                "type": draw(st.sampled_from(["rel", "所属"])),
                "arguments": [{"role": relations[0], "entity": a.id}, {"role": relations[1], "entity": b.id}]}))
    if events and ents:
        for k in range(draw(st.integers(0, 2))):
            a, b = sorted((draw(st.integers(0, n)), draw(st.integers(0, n))))
            if a == b:
                continue
            args = [{"role": draw(st.sampled_from(["Agent", "Theme"])), "entity": x.id}
                    for x in draw(st.lists(st.sampled_from(ents), max_size=2, unique_by=lambda x: x.id))]
            claims.append(Claim(f"E{k + 1}", a, b, text[a:b], {
                "type": draw(st.sampled_from(["Merge", "発言"])), "arguments": args,
                "checkworthy": draw(st.sampled_from(["yes", "unsure"]))}))
    meta = draw(st.sampled_from([{}, {"source": "x.txt", "line": 3}, {"nested": {"a": [1, "𠮷"]}}]))
    status = draw(st.sampled_from(list(Status)))
    return Document(doc_id, text, meta, status, ents, claims)


IDS = st.sampled_from(["doc-1", "a/b", "../up", "CON", ".hidden", "名前 付き", "𠮷😀", "x" * 400, "A", "a"])


@st.composite
def corpora(draw: st.DrawFn, labels: tuple[str, ...], **kinds: object) -> list[Document]:
    ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    return [draw(documents(doc_id, labels, **kinds)) for doc_id in ids]  # type: ignore[arg-type]


def keys(entities: list[Entity]) -> set[tuple[int, int, str, str]]:
    return {(e.start, e.end, e.label, e.text) for e in entities}


def relation_keys(doc: Document) -> set[tuple[object, ...]]:
    """Each relation claim as (span, type, (role, entity key)…), independent of ids."""
    by_id = {e.id: (e.start, e.end, e.label) for e in doc.entities}
    return {(c.start, c.end, c.data.get("type"), *((a["role"], by_id[a["entity"]]) for a in c.data["arguments"]))
            for c in doc.claims}
