"""A corpus-sized project for the window benchmarks: 100,000 documents, about a million entities.

Built in well under a minute and the same on every run (a fixed seed):

- Text: real sentences, the 5,343 of Stockmark's Wikipedia NER dataset (``../shared/data``),
  tokenized once and recombined three to a document; where that file is absent, sentences
  made from a fixed Japanese vocabulary.
- Entities: ten per document, on morphemes (the tokenizer's spans, or the generator's words),
  never overlapping, each with the exact ``text[start:end]``; labels from the project's label
  set, statuses mixed (new, in progress, done, skipped).
- One document in the middle, :data:`DENSE_ID`, carries :data:`DENSE_ENTITIES` entities: on
  every other morpheme of its text *as the window tokenizes it* (``DocTokens``), so that the
  morphemes at odd positions are free. Home, then Right ``2k + 1`` times, puts the window's
  morpheme cursor on the ``k``-th free one, ready for a label key.

Written through the public API (``Project.open(create=True)`` and ``Project.bulk_import``), so
the file is a project like any import makes.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.core.doctokens import DocTokens
from annotator.core.model import Document, Entity, Status
from annotator.core.morph import Morphology
from annotator.core.store import Project

DOCUMENTS = 100_000
ENTITIES_PER_DOCUMENT = 10
DENSE_ENTITIES = 10_000
#: Id of the document with :data:`DENSE_ENTITIES` entities: found through the document filter
#: (no other id or text contains it).
DENSE_ID = "dense-10k"
SEED = 20_241_010
SENTENCES_PER_DOCUMENT = 3
#: Statuses of the ordinary documents and their weights.
STATUSES = ((Status.NEW, 55), (Status.IN_PROGRESS, 20), (Status.DONE, 20), (Status.SKIPPED, 5))

#: A sentence and the spans of its morphemes that may carry an entity (no punctuation).
Sentence = tuple[str, tuple[tuple[int, int], ...]]


@dataclass(frozen=True)
class Corpus:
    path: Path
    source: str  # "stockmark" or "generated"
    documents: int
    entities: int
    dense_id: str
    dense_entities: int
    dense_characters: int
    build_s: float


def _word_like(surface: str) -> bool:
    return any(ch.isalnum() for ch in surface)


def stockmark_sentences(path: Path) -> list[Sentence]:
    """The dataset's sentences with their morphemes (tokenized once, about a second)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    morph = Morphology()
    out: list[Sentence] = []
    for rec in records:
        text = rec["text"]
        if "\n" in text or not text.strip():
            continue
        spans = tuple((t[0], t[1]) for t in morph.tokenize(text) if _word_like(t[2]))
        if spans:
            out.append((text, spans))
    return out


# The fallback: sentences of a news-like register from a fixed vocabulary, word by word.
_NOUNS = ("東京", "大阪", "京都", "日本", "政府", "大学", "研究所", "株式会社", "銀行", "技術", "開発", "計画",
          "市場", "経済", "首相", "社長", "教授", "委員会", "鉄道", "空港", "病院", "新聞", "番組", "選手",
          "大会", "記念館", "博物館", "図書館", "半導体", "人工知能", "自動車", "携帯電話", "会議", "調査",
          "北海道", "九州", "沖縄", "名古屋", "横浜", "神戸", "福岡", "札幌", "仙台", "広島", "産業", "文化")
_PARTICLES = ("は", "が", "を", "に", "の", "で", "と", "も", "から", "まで")
_VERBS = ("発表した", "開始した", "設立された", "行われた", "述べた", "公開した", "参加した", "開催された",
          "導入した", "運営している", "担当する", "建設された", "報じた", "明らかにした")


def generated_sentences(count: int, rng: random.Random) -> list[Sentence]:
    out: list[Sentence] = []
    for _ in range(count):
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        pos = 0
        for _ in range(rng.randint(3, 6)):
            for word, is_span in ((rng.choice(_NOUNS), True), (rng.choice(_PARTICLES), False)):
                parts.append(word)
                if is_span:
                    spans.append((pos, pos + len(word)))
                pos += len(word)
        verb = rng.choice(_VERBS)
        parts.append(verb)
        spans.append((pos, pos + len(verb)))
        parts.append("。")
        out.append(("".join(parts), tuple(spans)))
    return out


def source_sentences(stockmark: Path | None) -> tuple[str, list[Sentence]]:
    if stockmark is not None and stockmark.is_file():
        return "stockmark", stockmark_sentences(stockmark)
    return "generated", generated_sentences(6_000, random.Random(SEED))


def _ordinary_documents(sentences: list[Sentence], labels: list[str], count: int, first_index: int,
                        rng: random.Random) -> Iterator[Document]:
    statuses = [s for s, _ in STATUSES]
    weights = [w for _, w in STATUSES]
    for n in range(count):
        chosen = rng.choices(sentences, k=SENTENCES_PER_DOCUMENT)
        while sum(len(s[1]) for s in chosen) < ENTITIES_PER_DOCUMENT:
            chosen.append(rng.choice(sentences))
        parts: list[str] = []
        candidates: list[tuple[int, int]] = []
        offset = 0
        for text, spans in chosen:
            parts.append(text)
            candidates.extend((offset + s, offset + e) for s, e in spans)
            offset += len(text)
        text = "".join(parts)
        picked = sorted(rng.sample(candidates, ENTITIES_PER_DOCUMENT))
        entities = [Entity(f"T{i + 1}", s, e, rng.choice(labels), text[s:e]) for i, (s, e) in enumerate(picked)]
        status = rng.choices(statuses, weights)[0]
        yield Document(f"doc{first_index + n:06d}", text, {"source": "corpus benchmark"}, status, entities)


def dense_document(sentences: list[Sentence], labels: list[str], rng: random.Random,
                   entities: int = DENSE_ENTITIES) -> Document:
    """Entities on every other morpheme of the window's own tokenization; paragraphs of 8 sentences."""
    order = list(range(len(sentences)))
    rng.shuffle(order)
    paragraphs: list[str] = []
    need = 2 * entities + 2
    count = 0
    while True:
        for k in range(0, len(order), 8):
            paragraphs.append("".join(sentences[i][0] for i in order[k : k + 8]))
            count += len(order[k : k + 8])
            if count % 200 == 0 or k + 8 >= len(order):
                text = "\n".join(paragraphs)
                tokens = list(DocTokens(text).all_tokens())
                if len(tokens) >= need:
                    picked = tokens[0 : 2 * entities : 2]
                    return Document(DENSE_ID, text, {"source": "corpus benchmark"}, Status.IN_PROGRESS, [
                        Entity(f"T{i + 1}", t[0], t[1], labels[i % len(labels)], text[t[0] : t[1]])
                        for i, t in enumerate(picked)])


def build_corpus(path: Path, stockmark: Path | None, *, documents: int = DOCUMENTS) -> Corpus:
    """Write the project at ``path`` (which must not exist)."""
    t0 = time.perf_counter()
    rng = random.Random(SEED)
    source, sentences = source_sentences(stockmark)
    middle = documents // 2
    with Project.open(path, create=True) as p:
        labels = [lb.name for lb in p.labels()]
        dense = dense_document(sentences, labels, random.Random(SEED + 1))
        total = 0
        with p.bulk_import("corpus benchmark") as bulk:
            for doc in _ordinary_documents(sentences, labels, middle, 0, rng):
                bulk.add(doc)
                total += len(doc.entities)
            bulk.add(dense)
            total += len(dense.entities)
            for doc in _ordinary_documents(sentences, labels, documents - middle - 1, middle + 1, rng):
                bulk.add(doc)
                total += len(doc.entities)
    return Corpus(path, source, documents, total, DENSE_ID, len(dense.entities), len(dense.text),
                  time.perf_counter() - t0)


if __name__ == "__main__":  # python -m tests.benchmarks.corpus OUT.annotator: build one by hand
    import sys

    from tests.conftest import STOCKMARK

    print(build_corpus(Path(sys.argv[1]), STOCKMARK))
