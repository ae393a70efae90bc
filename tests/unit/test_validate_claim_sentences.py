"""`annotator validate` on a claim-sentences export (issue 11): the format is recognised by
its fields (or named with --format) and checked line by line, not reported as every line
being a broken canonical record."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from annotator.core.model import Claim, Document, Status
from annotator.core.store import Project
from tests.conftest import annotator_cmd

TEXT = "𠮷野家は売上が伸びると発表した。😀天気は晴れ。\r\n株価は3%上がった。"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    res = subprocess.run([*annotator_cmd(), *map(str, args)], capture_output=True, env=env, timeout=120)
    return subprocess.CompletedProcess(res.args, res.returncode, res.stdout.decode(), res.stderr.decode())


def exported(tmp_path: Path) -> Path:
    claim = Claim("C1", 0, 17, TEXT[:17], {"checkworthy": "yes", "claimant": {"kind": "author"}, "arguments": []})
    with Project.open(tmp_path / "p.annotator", create=True) as p, p.bulk_import("test") as bulk:
        bulk.add(Document("d1", TEXT, status=Status.DONE, claims=[claim]))
        bulk.add(Document("d2", TEXT, status=Status.DONE))
    out = tmp_path / "sentences.jsonl"
    res = run("export", tmp_path / "p.annotator", "--format", "claim-sentences", "-o", out)
    assert res.returncode == 0, res.stderr
    return out


def record(**changes: object) -> dict:
    return {"doc_id": "d", "sentence_id": 0, "text": "😀天気は晴れ。", "start": 0, "end": 7, "label": "no claim",
            **changes}


def write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_an_export_validates(tmp_path):
    out = exported(tmp_path)
    res = run("validate", out)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout == ""
    assert f"{out}: 6 claim-sentences records, all valid" in res.stderr


def test_real_problems_are_reported_by_file_and_line(tmp_path):
    rows: list[object] = [
        record(),                                                   # 1 fine
        record(sentence_id=1, start=8, end=20, text="株価は3%上がった。", label="maybe"),  # 2 label
        record(sentence_id=2, start=30, end=31, text="ab"),         # 3 length
        record(sentence_id=0, start=100, end=107),                  # 4 duplicate id
        record(sentence_id=5, start=3, end=10),                     # 5 overlaps line 1
        {"doc_id": "d", "sentence_id": 6, "text": "x", "start": 200, "end": 201},  # 6 missing label
        record(doc_id="e", extra=1),                                # 7 unknown field
        "not json",                                                 # 8
        "[1, 2]",                                                   # 9
        record(doc_id="e", sentence_id=-1, start=10, end=5),        # 10
        record(doc_id="", sentence_id=3, start=40, end=47),         # 11
    ]
    f = write(tmp_path / "bad.jsonl", rows)
    res = run("validate", f)
    assert res.returncode == 1
    out = res.stdout.splitlines()
    assert f"{f}:2: label must be one of checkworthy, not checkworthy, no claim, not 'maybe'" in out
    assert f"{f}:3: end − start = 1 but the text has 2 code points" in out
    assert f"{f}:4: duplicate sentence 'd' #0 (first on line 1)" in out
    assert f"{f}:5: overlaps a sentence of the same document on line 1 (0–7)" in out
    assert f"{f}:6: missing 'label'" in out
    assert f"{f}:7: unknown field 'extra'" in out
    assert any(line.startswith(f"{f}:8: invalid JSON") for line in out)
    assert any(line.startswith(f"{f}:9: a claim-sentences record must be a JSON object") for line in out)
    assert f"{f}:10: sentence_id must be a non-negative integer, not -1" in out
    assert any(line.startswith(f"{f}:10: start and end must be integers") for line in out)
    assert f"{f}:11: doc_id: id must be a non-empty string" in out
    assert not any(line.startswith(f"{f}:1:") for line in out)
    assert "11 claim-sentences records, 10 invalid" in res.stderr


def test_the_format_can_be_named(tmp_path):
    # the first line is broken, so the fields cannot tell: --format does
    f = write(tmp_path / "s.jsonl", ["{broken", record()])
    res = run("validate", f, "--format", "claim-sentences")
    assert res.returncode == 1
    assert [line.split(": ")[0] for line in res.stdout.splitlines()] == [f"{f}:1"]
    assert "2 claim-sentences records, 1 invalid" in res.stderr
    # and --format jsonl checks it as canonical records, as before
    res = run("validate", exported(tmp_path), "--format", "jsonl")
    assert res.returncode == 1 and "6 records, 6 invalid" in res.stderr


def test_a_canonical_file_is_still_checked_as_canonical(tmp_path):
    good = write(tmp_path / "good.jsonl", [{"id": "d1", "text": TEXT}, "", {"id": "d2", "text": "東京"}])
    res = run("validate", good)
    assert res.returncode == 0 and "2 records, all valid" in res.stderr and "claim-sentences" not in res.stderr
    bad = write(tmp_path / "bad.jsonl", [{"id": "d1", "text": 5}])
    res = run("validate", bad)
    assert res.returncode == 1 and f"{bad}:1: text must be a string" in res.stdout


def test_a_bom_and_blank_lines_before_the_first_record(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_bytes(b"\xef\xbb\xbf\n\n" + json.dumps(record(), ensure_ascii=False).encode() + b"\r\n")
    res = run("validate", f)
    assert res.returncode == 0, res.stdout
    assert "1 claim-sentences records, all valid" in res.stderr
