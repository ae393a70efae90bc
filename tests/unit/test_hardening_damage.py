"""Damaged and hand-edited project files, through the real command.

An export cache edited outside annotator never reaches an export as invalid JSON or a wrong
span; a file that SQLite's ``quick_check`` calls sound but ``integrity_check`` does not, or
that holds text which is not UTF-8, is refused before an import writes to it; reading
commands call such text damage without printing it; ``check`` says where it is and goes on.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from annotator.core.formats import strictjson
from annotator.core.model import Claim, Document, Entity
from annotator.core.store import Project
from tests.conftest import annotator_cmd

TEXT = "孫正義はソフトバンクの会長です。"


def run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    res = subprocess.run([*annotator_cmd(), *map(str, args)], capture_output=True, timeout=timeout,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    return subprocess.CompletedProcess(res.args, res.returncode, res.stdout.decode(), res.stderr.decode())


def one_line_error(res: subprocess.CompletedProcess[str], *phrases: str) -> None:
    assert res.returncode == 1, res.stdout + res.stderr
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1, res.stderr
    for phrase in phrases:
        assert phrase in res.stderr, res.stderr


def make_project(path: Path, docs: list[Document] | None = None) -> Path:
    with Project.open(path, create=True) as p, p.bulk_import("test") as bulk:
        for doc in docs if docs is not None else [
                Document("d1", TEXT, {"src": "t"}, entities=[Entity("T1", 0, 3, "PERSON", "孫正義")],
                         claims=[Claim("C1", 0, 16, TEXT[:16], {"claimant": {"kind": "entity", "entity": "T1"},
                                                               "arguments": []})]),
                Document("d2", "東京に行く", entities=[Entity("T1", 0, 2, "LOCATION", "東京")])]:
            bulk.add(doc)
    return path


def sql(path: Path, script: str, *args: object) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(script, args)
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def strict_records(path: Path) -> list[dict]:
    """Every line of an export read as RFC 8259 JSON (no NaN, no repeated key), spans exact."""
    records = [strictjson.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for rec in records:
        for ent in rec["entities"]:
            assert set(ent) <= {"id", "start", "end", "label", "text", "attributes"}, ent
            assert type(ent["start"]) is int and type(ent["end"]) is int, ent
            assert rec["text"][ent["start"]:ent["end"]] == ent["text"], ent
    return records


# -- the export cache --------------------------------------------------------------------------


TAMPERED = {
    "nan": ('{"id":"T1","start":NaN,"end":2,"label":"LOCATION","text":"XX"}', "not valid JSON (NaN"),
    "no span": ('{"id":"T9"}', "entity T9: missing 'start'"),
    "wrong text": ('{"id":"T1","start":0,"end":2,"label":"LOCATION","text":"XX"}',
                   "entity T1: text 'XX' is not text[0:2] = '東京'"),
    "past the end": ('{"id":"T1","start":3,"end":9,"label":"LOCATION","text":"行く"}', "outside the text"),
    "key twice": ('{"id":"T1","start":0,"end":2,"label":"LOCATION","text":"XX","text":"東京"}',
                  "duplicate key 'text'"),
    "breaks out": ('{"id":"T1","start":0,"end":2,"label":"LOCATION","text":"東京"}],"status":"done","x":[1',
                   "not valid JSON"),
    "true start": ('{"id":"T1","start":true,"end":2,"label":"LOCATION","text":"東京"}', "must be integers"),
    "float start": ('{"id":"T1","start":0.0,"end":2,"label":"LOCATION","text":"東京"}', "must be integers"),
    "overflow": ('{"id":"T1","start":0,"end":2,"label":"LOCATION","text":"東京","attributes":{"a":1e999}}',
                 "1e999"),
    "not an object": ('["T1",0,2,"LOCATION","東京"]', "must be an object"),
    "unknown key": ('{"id":"T1","start":0,"end":2,"label":"LOCATION","text":"東京","note":"x"}',
                    "unknown field 'note'"),
    "control label": ('{"id":"T1","start":0,"end":2,"label":"LO\\u001b[2J","text":"東京"}', "U+001B (ESC)"),
    "id twice": ('{"id":"T1","start":0,"end":2,"label":"LOCATION","text":"東京"},'
                 '{"id":"T1","start":3,"end":5,"label":"LOCATION","text":"行く"}', "duplicate id"),
    "empty": ("", "holds no entity"),
    "raw control character": ('{"id":"T1","start":0,"end":2,"label":"LOCATION","text":"東\x01"}', "not valid JSON"),
}


@pytest.mark.parametrize("case", list(TAMPERED))
def test_export_refuses_a_tampered_export_cache_and_writes_nothing(tmp_path, case):
    cached, phrase = TAMPERED[case]
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, "UPDATE export_cache SET entities = ? WHERE doc = 2", cached)
    out = tmp_path / "o.jsonl"
    out.write_text("old\n")
    res = run("export", proj, "-o", out)
    one_line_error(res, "document d2: the export cache in the project file", phrase, "; nothing was written")
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.jsonl", "p.annotator"]


def test_export_refuses_an_export_cache_stored_as_a_blob(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, "UPDATE export_cache SET entities = CAST(? AS BLOB) WHERE doc = 2", '{"id":"T1"}')
    res = run("export", proj, "-o", tmp_path / "o.jsonl")
    one_line_error(res, "document d2: its export cache is stored in the project file as a BLOB, not as text",
                   "nothing was written")
    assert not (tmp_path / "o.jsonl").exists()


def test_check_reports_what_the_export_refuses(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, "UPDATE export_cache SET entities = ? WHERE doc = 2", TAMPERED["nan"][0])
    res = run("check", proj)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert f"{proj}: document d2: the export cache is not valid JSON" in res.stdout


def test_a_sound_cache_in_another_shape_is_written_as_valid_json(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, "UPDATE export_cache SET entities = ? WHERE doc = 2",
        '{ "id" : "T1", "start": 0, "end": 2, "label": "LOCATION", "text": "\\u6771\\u4eac",'
        ' "attributes": {"score": 0.5}}')
    out = tmp_path / "o.jsonl"
    res = run("export", proj, "-o", out)
    assert res.returncode == 0, res.stderr
    records = strict_records(out)
    assert records[1]["entities"] == [{"id": "T1", "start": 0, "end": 2, "label": "LOCATION", "text": "東京",
                                       "attributes": {"score": 0.5}}]


def test_the_cached_and_the_checked_export_are_the_same_bytes(tmp_path):
    """The fast check of the cache accepts what the import writes, whatever the characters."""
    texts = ['彼は「"引用"」と言った\\n', "タブ\tと改行\nと\u2028と\x85と😀𠮷", "a\\b\"c'd</script>"]
    docs = []
    for i, text in enumerate(texts):
        ents = [Entity(f"T{j + 1}", j, j + 2, label, text[j:j + 2])
                for j, label in enumerate(["PERSON", "LOCATION", "DATE"]) if j + 2 <= len(text)]
        docs.append(Document(f"doc \"{i}\" \\", text, {"n": i, "s": "\u2028"}, entities=ents))
    docs.append(Document("attrs", TEXT, entities=[Entity("T1", 0, 3, "PERSON", "孫正義", {"k": [1, "v"]})]))
    proj = make_project(tmp_path / "p.annotator", docs)
    cached, checked = tmp_path / "cached.jsonl", tmp_path / "checked.jsonl"
    assert run("export", proj, "-o", cached).returncode == 0
    sql(proj, "DELETE FROM export_cache")
    assert run("export", proj, "-o", checked).returncode == 0
    assert cached.read_bytes() == checked.read_bytes()
    assert [r["id"] for r in strict_records(cached)] == [d.id for d in docs]


# -- damage that quick_check does not see ---------------------------------------------------------


def index_damaged_project(path: Path) -> Path:
    """A project whose unique index of document ids holds a key changed in place (same length,
    same order): every page is well formed, so quick_check says ok; integrity_check, which
    compares each index with its table, finds the row missing from the index."""
    make_project(path, [Document(f"doc-{i * 10:05d}", TEXT, entities=[Entity("T1", 0, 3, "PERSON", "孫正義")])
                        for i in range(200)])
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_documents_1'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    page = data[(root - 1) * page_size: root * page_size]
    at = (root - 1) * page_size + page.index(b"doc-01000")
    data[at + 8] = ord("1")  # doc-01000 -> doc-01001, still between doc-00990 and doc-01010
    path.write_bytes(data)
    return path


def test_import_refuses_a_file_whose_damage_quick_check_misses(tmp_path):
    bad = index_damaged_project(tmp_path / "bad.annotator")
    con = sqlite3.connect(bad)
    assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    con.close()
    before = bad.read_bytes()
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "new", "text": "新しい文書"}) + "\n", encoding="utf-8")
    res = run("import", bad, good)
    one_line_error(res, f"{bad}: the project file is damaged (row ", "missing from index sqlite_autoindex_documents_1",
                   f"`annotator check {bad}` lists what is wrong")
    assert bad.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.annotator", "good.jsonl"]
    res = run("check", bad)
    assert res.returncode == 1 and "missing from index sqlite_autoindex_documents_1" in res.stdout


# -- text that is not UTF-8 ----------------------------------------------------------------------

#: Bytes that are not UTF-8 (a lone 0xFF and a cut three-byte sequence) around a marker that
#: must never reach the terminal.
BAD_TEXT = "CAST(X'e69db1ff' || CAST('SECRET-PAYLOAD' AS BLOB) || X'e4ba' AS TEXT)"

NOT_UTF8 = {
    # where: (the statement, the column and table an import names, check's finding)
    "document text": ("UPDATE documents SET text = {bad} WHERE id = 'd1'", "column 'text' of the table documents",
                      "document d1: the text is not valid UTF-8 (byte 0xff at byte 4)"),
    "document meta": ("UPDATE documents SET meta = {bad} WHERE id = 'd1'", "column 'meta' of the table documents",
                      "document d1: meta is not valid UTF-8"),
    "entity text": ("UPDATE entities SET text = {bad} WHERE doc = 1", "column 'text' of the table entities",
                    "document d1: entity T1: the text is not valid UTF-8"),
    "export cache": ("UPDATE export_cache SET entities = {bad} WHERE doc = 1",
                     "column 'entities' of the table export_cache", "document d1: the export cache is not valid UTF-8"),
    "claim data": ("UPDATE claims SET data = {bad} WHERE doc = 1", "column 'data' of the table claims",
                   "document d1: claim C1: data is not valid UTF-8"),
}


@pytest.mark.parametrize("where", list(NOT_UTF8))
def test_text_that_is_not_utf8_is_damage_to_every_command(tmp_path, where):
    statement, column, finding = NOT_UTF8[where]
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, statement.format(bad=BAD_TEXT))
    # a later document breaks a rule of its own: check must reach it
    sql(proj, "UPDATE documents SET meta = '{\"x\": NaN}' WHERE id = 'd2'")
    con = sqlite3.connect(proj)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    con.close()
    before = proj.read_bytes()

    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "new", "text": "新しい文書"}) + "\n", encoding="utf-8")
    res = run("import", proj, good)
    one_line_error(res, f"{proj}: the project file is damaged (text that is not UTF-8 in {column}, row ")
    assert proj.read_bytes() == before

    res = run("export", proj, "-o", tmp_path / "o.jsonl")
    one_line_error(res, f"{proj}: the project file is damaged (text that is not UTF-8 in column '",
                   f"`annotator check {proj}` lists what is wrong")
    assert "SECRET-PAYLOAD" not in res.stderr and "\ufffd" not in res.stderr and len(res.stderr) < 300
    assert not (tmp_path / "o.jsonl").exists()

    res = run("check", proj)
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
    assert f"{proj}: {finding}" in res.stdout, res.stdout
    assert "the project file is damaged" in res.stdout
    assert f"{proj}: document d2: meta is not valid JSON (NaN is not a JSON number)" in res.stdout, res.stdout
    assert "SECRET-PAYLOAD" not in res.stdout and "cannot read further" not in res.stdout
    assert "(2 documents, 2 entities, 1 claim)" in res.stderr
    assert proj.read_bytes() == before


def test_a_label_that_is_not_utf8_is_damage_to_stats(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, f"UPDATE labels SET description = {BAD_TEXT} WHERE name = 'PERSON'")
    res = run("stats", proj)
    one_line_error(res, f"{proj}: the project file is damaged (text that is not UTF-8 in column 'description')")
    assert "SECRET-PAYLOAD" not in res.stderr
    res = run("check", proj)
    assert res.returncode == 1
    assert f"{proj}: label set: a label's description is not valid UTF-8" in res.stdout, res.stdout


def test_a_document_id_that_is_not_utf8_is_shown_escaped(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, "UPDATE documents SET id = CAST(X'6431ff' AS TEXT) WHERE id = 'd1'")
    res = run("check", proj)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert f"{proj}: document d1\\xff: the document id is not valid UTF-8 (byte 0xff at byte 3)" in res.stdout


# -- labels in check ---------------------------------------------------------------------------


def test_check_names_the_control_character_of_a_label_and_keeps_claims_references(tmp_path):
    proj = make_project(tmp_path / "p.annotator")
    sql(proj, "UPDATE labels SET name = 'MO' || char(27) || '[2JNEY' || char(133) WHERE name = 'MONEY'")
    sql(proj, "UPDATE entities SET label = 'PER' || char(27) || 'SON' WHERE doc = 1")
    res = run("check", proj)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    out = res.stdout
    assert "label 'MO\\x1b[2JNEY\\x85': a label name must be one line without control characters, " \
           "not contain U+001B (ESC)" in out, out
    assert "surrounding spaces" not in out
    assert "document d1: entity T1: label 'PER\\x1bSON' is not in the project's label set" in out, out
    assert "which is not in this record" not in out, out  # claim C1 refers to T1, which is there
    assert "\x1b" not in out + res.stderr
