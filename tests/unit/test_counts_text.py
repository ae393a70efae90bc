"""Counts read as English ("1 entity", never "1 entities"), and `stats` keeps its columns
with wide, combining and mixed label names (issue 11)."""

from __future__ import annotations

import json
import subprocess
import unicodedata

from annotator.core.model import Document, Entity
from annotator.core.store import Project
from tests.conftest import annotator_cmd


def run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*annotator_cmd(), *map(str, args)], capture_output=True, text=True, timeout=120,
                          encoding="utf-8")


def test_one_document_and_one_entity_are_singular(tmp_path):
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "東京", "entities": [
        {"id": "T1", "start": 0, "end": 2, "label": "LOCATION", "text": "東京"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    project = tmp_path / "p.annotator"
    res = run("import", project, src)
    assert "imported 1 document (1 entity) into" in res.stdout, res.stdout
    res = run("export", project, "-o", tmp_path / "o.jsonl")
    assert "wrote 1 document to" in res.stdout, res.stdout
    res = run("check", project)
    assert "(1 document, 1 entity, 0 claims)" in res.stdout, res.stdout


def cells(s: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def test_stats_columns_line_up_whatever_the_label_names(tmp_path):
    project = tmp_path / "p.annotator"
    names = ["人名", "ORG", "Cafe\u0301", "製品名😀", "x"]
    with Project.open(project, create=True) as p, p.bulk_import("t") as bulk:
        text = "あいうえおかきくけこ"
        bulk.add(Document("d", text, entities=[Entity(f"T{i + 1}", i, i + 1, name, text[i])
                                               for i, name in enumerate(names)]))
    out = run("stats", project).stdout
    rows = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(rows) >= len(names)
    ends = {cells(line) for line in rows}
    assert len(ends) == 1, out  # every count ends in the same column
