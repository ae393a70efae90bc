"""A generated corpus for the document list's tests and benchmarks: many short Japanese
documents (1–3 sentences of the seed article, numbered), written straight into a new
project file with ``executemany`` (seconds, where importing would take minutes)."""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

from annotator.core.store import Project

SEED = Path(__file__).resolve().parents[2] / "seeds" / "stargate-microsoft-openai.ja.txt"
STATUSES = ("new", "new", "new", "in_progress", "done", "skipped")


def sentences() -> list[str]:
    return [s.strip() + "。" for s in re.split("。", SEED.read_text(encoding="utf-8")) if s.strip()]


def doc_id(i: int) -> str:
    return f"doc{i:06d}"


def doc_text(i: int, pool: list[str], rnd: random.Random) -> str:
    return f"第{i}号\n" + "".join(rnd.sample(pool, rnd.randint(1, 3)))


def build_corpus(path: Path, n_docs: int, entities_per_doc: int = 0, *, seed: int = 7) -> dict[str, int]:
    """A project at ``path`` with ``n_docs`` documents (ids ``doc000000``...; statuses mixed:
    half new) and ``entities_per_doc`` two-character entities in each. Returns what it wrote."""
    Project.open(path, create=True).close()
    rnd = random.Random(seed)
    pool = sentences()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    chars = 0
    with conn:
        docs = []
        entities = []
        for i in range(n_docs):
            text = doc_text(i, pool, rnd)
            while len(text) < 3 * entities_per_doc + 2:
                text += rnd.choice(pool)
            chars += len(text)
            docs.append((i + 1, doc_id(i), text, STATUSES[i % len(STATUSES)]))
            for k in range(entities_per_doc):
                start = 2 + 3 * k
                entities.append((i + 1, f"T{k + 1}", start, start + 2, "PERSON", text[start : start + 2]))
        conn.executemany("INSERT INTO documents (rowid, id, text, status) VALUES (?, ?, ?, ?)", docs)
        conn.executemany('INSERT INTO entities (doc, id, start, "end", label, text) VALUES (?, ?, ?, ?, ?, ?)',
                         entities)
    conn.close()
    return {"documents": n_docs, "entities": n_docs * entities_per_doc, "characters": chars}
