"""A Stockmark file gives the same project however its format was chosen (issue 11)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

from tests.conftest import annotator_cmd

RECORDS = [{"curid": "1", "text": "東京タワーは港区にある。", "entities": [
    {"name": "東京タワー", "span": [0, 5], "type": "施設名"}, {"name": "港区", "span": [6, 8], "type": "地名"}]}]


def labels(project: Path) -> list[tuple]:
    con = sqlite3.connect(project)
    try:
        return con.execute("SELECT name, color, key FROM labels ORDER BY position").fetchall()
    finally:
        con.close()


def imported(tmp_path: Path, name: str, *args: str) -> Path:
    src = tmp_path / "ner.json"
    src.write_text(json.dumps(RECORDS, ensure_ascii=False), encoding="utf-8")
    project = tmp_path / name
    res = subprocess.run([*annotator_cmd(), "import", str(project), str(src), *args], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "added labels" not in res.stdout, res.stdout
    return project


def test_a_stockmark_file_gives_the_same_labels_with_or_without_format(tmp_path):
    guessed = labels(imported(tmp_path, "guessed.annotator"))
    chosen = labels(imported(tmp_path, "chosen.annotator", "--format", "stockmark"))
    assert guessed == chosen
    names = [name for name, _, _ in guessed]
    assert "施設名" in names and "PERSON" not in names
    assert all(key for _, _, key in guessed), guessed  # every label has its key


def test_a_jsonl_file_still_gets_irex(tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "東京"}, ensure_ascii=False) + "\n", encoding="utf-8")
    project = tmp_path / "p.annotator"
    res = subprocess.run([*annotator_cmd(), "import", str(project), str(src)], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    assert "PERSON" in [name for name, _, _ in labels(project)]
