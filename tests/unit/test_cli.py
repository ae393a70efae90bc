"""The ``annotator`` command as a user runs it: messages, exit codes, nothing changed on errors."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from annotator.core.formats import jsonl
from tests.conftest import SEED, annotator_cmd

GOOD = {"id": "d1", "text": "𠮷野家の孫正義😀はソフトバンクの会長", "meta": {"src": "test"}, "status": "new",
        "entities": [{"id": "T1", "start": 4, "end": 7, "label": "PERSON", "text": "孫正義"},
                     {"id": "T2", "start": 9, "end": 15, "label": "ORGANIZATION", "text": "ソフトバンク"}],
        "claims": []}


def run(*args: str | Path, input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    res = subprocess.run([*annotator_cmd(), *map(str, args)], input=input, capture_output=True, env=env,
                         timeout=120)
    return subprocess.CompletedProcess(res.args, res.returncode, res.stdout.decode(), res.stderr.decode())


def write_jsonl(path: Path, records: list, extra_lines: list[str] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fingerprint(project: Path) -> tuple[str, str]:
    """Bytes of the project file (after the WAL was folded in on close) and its logical content."""
    con = sqlite3.connect(project)
    rows = [con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in ("documents", "entities", "claims", "labels", "oplog")]
    con.close()
    return hashlib.sha256(project.read_bytes()).hexdigest(), repr(rows)


@pytest.fixture
def proj(tmp_path) -> Path:
    p = tmp_path / "p.annotator"
    res = run("import", p, write_jsonl(tmp_path / "good.jsonl", [GOOD]))
    assert res.returncode == 0, res.stderr
    return p


def test_import_export_roundtrip_is_byte_identical(tmp_path, proj):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run("export", proj, "-o", a).returncode == 0
    assert run("import", tmp_path / "q.annotator", a).returncode == 0
    assert run("export", tmp_path / "q.annotator", "-o", b).returncode == 0
    assert a.read_bytes() == b.read_bytes()
    assert json.loads(a.read_text(encoding="utf-8")) == jsonl.fixed_shape(GOOD)  # every key, always


def test_stats(proj):
    res = run("stats", proj, "--json")
    assert res.returncode == 0
    stats = json.loads(res.stdout)
    assert stats["documents"]["new"] == 1
    assert stats["entities"]["PERSON"] == 1 and stats["entities"]["ORGANIZATION"] == 1
    text = run("stats", proj).stdout
    assert "documents: 1" in text and "entities: 2" in text


def test_export_status_filter_and_tokens(tmp_path, proj):
    out = tmp_path / "done.jsonl"
    assert run("export", proj, "-o", out, "--status", "done").returncode == 0
    assert out.read_text() == ""
    assert run("export", proj, "-o", out, "--tokens").returncode == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["tokens"][0] == {"start": 0, "end": 1, "surface": "𠮷", "pos": "補助記号-一般", "lemma": "𠮷",
                                "reading": ""}
    assert run("validate", out).returncode == 0


def test_tokenize_file_and_stdin(tmp_path):
    res = run("tokenize", input="𠮷野家で\u3000牛丼\r\nを食べた".encode())
    assert res.returncode == 0, res.stderr
    toks = [json.loads(line) for line in res.stdout.splitlines()]
    assert [t["surface"] for t in toks] == ["𠮷", "野家", "で", "\u3000", "牛丼", "を", "食べ", "た"]
    assert toks[4]["start"] == 5 and toks[4]["reading"] == "ギュウドン" and toks[4]["furigana"] == "ぎゅうどん"
    assert {"start", "end", "surface", "pos", "lemma", "reading"} <= set(toks[0])
    sjis = tmp_path / "s.txt"
    sjis.write_bytes("吾輩は猫".encode("cp932"))
    assert [json.loads(x)["surface"] for x in run("tokenize", sjis).stdout.splitlines()] == ["吾輩", "は", "猫"]


def test_import_txt_encodings_and_split(tmp_path):
    p = tmp_path / "t.annotator"
    files = []
    for enc in ("utf-8-sig", "utf-16", "cp932", "euc_jp"):
        f = tmp_path / f"doc-{enc}.txt"
        f.write_bytes("一行目です。\n\n二行目です。\n".encode(enc))
        files.append(f)
    res = run("import", p, *files, "--split", "paragraphs")
    assert res.returncode == 0, res.stderr
    out = tmp_path / "o.jsonl"
    run("export", p, "-o", out)
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in recs] == ["一行目です。", "二行目です。"] * 4
    assert recs[2]["meta"]["encoding"] == "utf-16-le" and recs[4]["meta"]["encoding"] == "shift_jis/cp932"


def test_seed_article_imports_whole(tmp_path):
    p = tmp_path / "seed.annotator"
    assert run("import", p, SEED).returncode == 0
    out = tmp_path / "o.jsonl"
    run("export", p, "-o", out)
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == SEED.read_text(encoding="utf-8")


# -- bad input: a clear message naming file and line, a non-zero exit, the project unchanged ------

def _bad_inputs(tmp: Path) -> list[tuple[list, str]]:
    binary = tmp / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    wrong_enc = tmp / "latin1.txt"
    wrong_enc.write_bytes("café crème brûlée".encode("latin-1"))
    huge = tmp / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(300 * 1024 * 1024)
    malformed = write_jsonl(tmp / "malformed.jsonl", [GOOD | {"id": "ok"}], ['{"id": "x", "text": '])
    out_of_range = write_jsonl(tmp / "range.jsonl", [
        GOOD | {"id": "r1", "entities": [{"id": "T1", "start": 4, "end": 99, "label": "PERSON", "text": "孫正義"}]}])
    mismatch = write_jsonl(tmp / "mismatch.jsonl", [
        GOOD | {"id": "m1", "entities": [{"id": "T1", "start": 3, "end": 6, "label": "PERSON", "text": "孫正義"}]}])
    dup = write_jsonl(tmp / "dup.jsonl", [GOOD])  # d1 is already in the project
    not_utf8 = tmp / "sjis.jsonl"
    not_utf8.write_bytes(json.dumps({"id": "s", "text": "猫"}, ensure_ascii=False).encode("cp932") + b"\n")
    bad_stockmark = tmp / "ner.json"
    bad_stockmark.write_text(json.dumps([{"curid": "1", "text": "あいう", "entities": [
        {"name": "い", "span": [0, 1], "type": "人名"}]}], ensure_ascii=False), encoding="utf-8")
    docx = tmp / "notes.docx"
    docx.write_bytes(b"PK\x03\x04")
    return [
        ([binary], f"{binary}: binary file"),
        ([wrong_enc], f"{wrong_enc}: not text in a supported encoding"),
        ([huge], f"{huge}: file too large"),
        ([malformed], f"{malformed}:2: invalid JSON"),
        ([out_of_range], f"{out_of_range}:1: entity T1: span 4–99 is empty or outside the text"),
        ([mismatch], f"{mismatch}:1: entity T1: text '孫正義' is not text[3:6]"),
        ([dup], f"{dup}:1: document id 'd1' is already in the project"),
        ([not_utf8], f"{not_utf8}:1: not UTF-8"),
        (["--format", "stockmark", bad_stockmark], f"{bad_stockmark} (record 1, curid 1): entities[0]: name 'い'"),
        ([tmp / "missing.txt"], f"{tmp / 'missing.txt'}: no such file"),
        ([docx], f"{docx}: cannot tell the format"),
    ]


def test_every_bad_input_is_refused_cleanly(tmp_path, proj):
    before = fingerprint(proj)
    for args, message in _bad_inputs(tmp_path):
        res = run("import", proj, *args)
        assert res.returncode == 1, (args, res.stdout, res.stderr)
        assert message in res.stderr, (message, res.stderr)
        assert "nothing was changed" in res.stderr
        assert "Traceback" not in res.stderr
        assert fingerprint(proj) == before, f"project changed by {args}"


def test_bad_import_into_new_project_leaves_no_file(tmp_path):
    target = tmp_path / "new.annotator"
    bad = write_jsonl(tmp_path / "bad.jsonl", [GOOD], ['{"id": 3}'])
    res = run("import", target, bad)
    assert res.returncode == 1 and f"{bad}:2: id must be a non-empty string" in res.stderr
    assert not target.exists() and not Path(f"{target}-wal").exists()


def test_all_problems_are_listed_at_once(tmp_path, proj):
    bad = write_jsonl(tmp_path / "many.jsonl", [{"id": f"x{i}", "text": "猫", "status": "?"} for i in range(5)])
    res = run("import", proj, bad)
    assert res.returncode == 1
    assert [f"{bad}:{i}: status must be one of" in res.stderr for i in range(1, 6)] == [True] * 5


def test_skip_invalid_imports_the_rest_and_writes_rejects(tmp_path, proj):
    src = write_jsonl(tmp_path / "mixed.jsonl", [GOOD | {"id": "ok1"}, {"id": "bad", "text": 5},
                                                 GOOD | {"id": "ok2"}], ["{broken"])
    res = run("import", proj, src, "--skip-invalid")
    assert res.returncode == 0, res.stderr
    assert "imported 2 documents" in res.stdout and "rejected 2 record(s)" in res.stdout
    rejects_path = Path(res.stdout.split("with their reasons to ")[1].strip())
    rows = [json.loads(x) for x in rejects_path.read_text(encoding="utf-8").splitlines()]
    assert [(r["file"], r["line"]) for r in rows] == [(str(src), 2), (str(src), 4)]
    assert rows[0]["problems"] == ["text must be a string"] and rows[0]["input"] == {"id": "bad", "text": 5}
    assert rows[1]["input"] == "{broken"
    assert json.loads(run("stats", proj, "--json").stdout)["documents"]["new"] == 3


def test_validate_lists_every_problem_by_line(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", [GOOD])
    res = run("validate", good)
    assert res.returncode == 0 and "1 records, all valid" in res.stderr
    claim = {"id": "C1", "start": 0, "end": 7, "text": GOOD["text"][:7],
             "arguments": [{"role": "subject", "entity": "T404"}]}
    bad = write_jsonl(tmp_path / "bad.jsonl", [GOOD, GOOD | {"id": "d2", "claims": [claim]}, {"id": "d3"}],
                      ["not json", json.dumps(GOOD)])
    res = run("validate", bad)
    assert res.returncode == 1
    out = res.stdout.splitlines()
    assert f"{bad}:2: claim C1: arguments[0] (subject) refers to entity 'T404', which is not in this record" in out
    assert f"{bad}:3: text must be a string" in out
    assert any(line.startswith(f"{bad}:4: invalid JSON") for line in out)
    assert f"{bad}:5: duplicate document id 'd1' (first on line 1)" in out
    assert "5 records, 4 invalid" in res.stderr


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary\xff" * 50, b""])
def test_validate_binary_or_empty(tmp_path, content):
    f = tmp_path / "x.jsonl"
    f.write_bytes(content)
    res = run("validate", f)
    assert "Traceback" not in res.stderr
    assert res.returncode == (0 if not content else 1)


def test_errors_on_projects_are_messages(tmp_path):
    not_project = tmp_path / "notes.txt"
    not_project.write_text("hello " * 1000)
    for args in (["stats", not_project], ["export", not_project, "-o", tmp_path / "o.jsonl"],
                 ["stats", tmp_path / "missing.annotator"]):
        res = run(*args)
        assert res.returncode == 1 and "Traceback" not in res.stderr
        assert str(args[1]) in res.stderr
    assert not (tmp_path / "o.jsonl").exists()


def corrupt(project: Path, *statements: str) -> None:
    """Change the project file behind annotator's back, as another tool could."""
    con = sqlite3.connect(project)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def test_export_refuses_a_corrupted_span_and_keeps_the_old_file(tmp_path, proj):
    out = tmp_path / "out.jsonl"
    out.write_text("previous export\n")
    cases = [
        (["UPDATE entities SET text = '孫正' WHERE id = 'T1'"], "document d1: entity T1 (PERSON)"),
        # the text changed: the document's cached export is dropped by a trigger too
        (["UPDATE entities SET text = '孫正義' WHERE id = 'T1'",
          "UPDATE documents SET text = '𠮷野家の孫正X😀はソフトバンクの会長' WHERE id = 'd1'"],
         "says '孫正義' at 4–7, but the text there is '孫正X'"),
    ]
    for statements, message in cases:
        corrupt(proj, *statements)
        res = run("export", proj, "-o", out)
        assert res.returncode == 1 and message in res.stderr
        assert out.read_text() == "previous export\n"
    res = run("export", proj, "-o", tmp_path / "no" / "such" / "dir.jsonl")
    assert res.returncode == 1 and "does not exist" in res.stderr


def test_usage_errors_exit_2():
    assert run("import").returncode == 2
    assert run("export", "x.annotator").returncode == 2  # -o is required
