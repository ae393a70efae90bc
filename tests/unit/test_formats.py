"""Readers and the writer: encodings, validation messages, exact spans, atomic export."""

from __future__ import annotations

import json
import os

import pytest

from annotator.core.formats import ExportError, jsonl, stockmark, txt
from annotator.core.model import Document, Entity

JA = "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (JA.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + JA.encode("utf-8"), "utf-8 with BOM"),
        (JA.encode("utf-16"), "utf-16-le"),
        (b"\xfe\xff" + JA.encode("utf-16-be"), "utf-16-be"),
        (JA.encode("cp932"), "shift_jis/cp932"),
        (JA.encode("euc_jp"), "euc-jp"),
        ("ｶﾀｶﾅと①髙﨑".encode("cp932"), "shift_jis/cp932"),
        ("ねこ".encode("euc_jp"), "euc-jp"),  # 4 bytes that also decode as half-width katakana in cp932
    ],
)
def test_encoding_detection(data, encoding):
    text, enc = txt.decode(data)
    assert enc == encoding
    assert text in (JA, "ｶﾀｶﾅと①髙﨑", "ねこ")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\xff\xff\xff\xfd", "not text in a supported encoding"),
        (b"\xef\xbb\xbf\xff\xfe", "not valid utf-8"),
    ],
)
def test_undecodable_refused(data, message):
    with pytest.raises(txt.EncodingProblem, match=message):
        txt.decode(data)


def test_txt_split_lines_and_paragraphs(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("一行目\r\n\r\n二行目\n三行目\n\n\n四行目", encoding="utf-8", newline="")
    whole = list(txt.read(path))
    assert [p.doc.text for p in whole] == ["一行目\r\n\r\n二行目\n三行目\n\n\n四行目"]
    assert whole[0].doc.id == "a" and whole[0].doc.meta == {"source": "a.txt", "encoding": "utf-8"}
    lines = list(txt.read(path, split="lines"))
    assert [(p.doc.id, p.doc.text) for p in lines] == [("a:1", "一行目"), ("a:3", "二行目"), ("a:4", "三行目"),
                                                       ("a:7", "四行目")]
    paras = list(txt.read(path, split="paragraphs"))
    assert [(p.doc.id, p.doc.text) for p in paras] == [("a:1", "一行目"), ("a:3", "二行目\n三行目"), ("a:7", "四行目")]


def test_txt_control_characters_refused(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes("正常な行\n壊れた\x01行".encode())
    (parsed,) = txt.read(path)
    assert parsed.doc is None and parsed.line == 2 and "U+0001" in parsed.problems[0]


def test_txt_too_large_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: the size check must not read it
        fh.truncate(txt.MAX_BYTES + 1)
    (parsed,) = txt.read(path)
    assert parsed.doc is None and "too large" in parsed.problems[0]


GOOD = {"id": "d1", "text": "𠮷野家の孫正義", "meta": {}, "status": "new",
        "entities": [{"id": "T1", "start": 4, "end": 7, "label": "PERSON", "text": "孫正義"}], "claims": []}


def bad(**changes):
    rec = json.loads(json.dumps(GOOD))
    for k, v in changes.items():
        if v is None:
            rec.pop(k, None)
        else:
            rec[k] = v
    return rec


def ent(**kw):
    return {**GOOD["entities"][0], **kw}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (bad(id=None), "id must be a non-empty string"),
        (bad(id=7), "id must be a non-empty string"),
        (bad(text=None), "text must be a string"),
        (bad(status="finished"), "status must be one of"),
        (bad(meta=[]), "meta must be an object"),
        (bad(extra=1), "unknown field 'extra'"),
        (bad(entities=[ent(start=3)]), "is not text[3:7]"),
        (bad(entities=[ent(end=99)]), "outside the text"),
        (bad(entities=[ent(start=5, end=5, text="")]), "empty or outside"),
        (bad(entities=[ent(start="4")]), "must be integers"),
        (bad(entities=[ent(start=True)]), "must be integers"),
        (bad(entities=[ent(label="")]), "label must be a non-empty string"),
        (bad(entities=[ent(), ent()]), "duplicate id"),
        (bad(entities=[ent(), ent(id="T2")]), "same span and label as entity T1"),
        (bad(entities=[ent(colour="red")]), "unknown field 'colour'"),
        (bad(claims=[{"id": "C1", "start": 0, "end": 7, "text": "𠮷野家の孫正義",
                      "arguments": [{"role": "subject", "entity": "T9"}]}]), "refers to entity 'T9'"),
        (bad(claims=[{"id": "C1", "start": 0, "end": 7, "text": "𠮷野家の孫正義",
                      "claimant": {"kind": "entity", "entity": "T2"}}]), "claimant refers to entity 'T2'"),
        (bad(claims=[{"id": "C1", "start": 0, "end": 7, "text": "𠮷野家の孫正義",
                      "cue": {"start": 0, "end": 1, "text": "吉"}}]), "cue: text"),
        (bad(tokens=[{"start": 0, "end": 2, "surface": "𠮷", "pos": "", "lemma": "", "reading": ""}]), "tokens[0]"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_check_record_names_the_problem(record, message):
    problems = jsonl.check_record(record)
    assert problems, record
    assert any(message in p for p in problems), problems


def test_good_record_and_claim_are_valid():
    rec = bad(claims=[{"id": "C1", "start": 0, "end": 7, "text": "𠮷野家の孫正義", "type": "quote",
                       "checkworthy": "yes", "certainty": "reported", "polarity": "affirmed",
                       "claimant": {"kind": "entity", "entity": "T1"},
                       "cue": {"start": 3, "end": 4, "text": "の"},
                       "arguments": [{"role": "subject", "entity": "T1"}], "note": ""}])
    assert jsonl.check_record(rec) == []
    assert jsonl.check_record(GOOD) == []


def test_jsonl_reader_reports_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(GOOD, ensure_ascii=False), "", "{not json", json.dumps(GOOD), "[]"]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "\xff"}\n')
    parsed = list(jsonl.read(path))
    assert [p.line for p in parsed] == [1, 3, 4, 5, 6]
    assert parsed[0].doc is not None and not parsed[0].problems
    assert "invalid JSON at column 2" in parsed[1].problems[0]
    assert "duplicate document id 'd1' (first on line 1)" in parsed[2].problems[0]
    assert "must be a JSON object" in parsed[3].problems[0]
    assert "not UTF-8" in parsed[4].problems[0]


def test_stockmark_reader(tmp_path):
    path = tmp_path / "ner.json"
    data = [
        {"curid": "1", "text": "孫正義はソフトバンクの会長", "entities": [
            {"name": "孫正義", "span": [0, 3], "type": "人名"},
            {"name": "ソフトバンク", "span": [4, 10], "type": "法人名"}]},
        {"curid": "1", "text": "二文目", "entities": []},
        {"curid": "2", "text": "ずれ", "entities": [{"name": "ず", "span": [1, 2], "type": "人名"}]},
        "nonsense",
    ]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    parsed = list(stockmark.read(path))
    assert [p.doc.id if p.doc else None for p in parsed] == ["1-1", "1-2", None, None]
    assert [e.text for e in parsed[0].doc.entities] == ["孫正義", "ソフトバンク"]
    assert parsed[2].record == "record 3, curid 2" and "is not text[1:2]" in parsed[2].problems[0]
    assert parsed[3].record == "record 4"


def test_stockmark_broken_json(tmp_path):
    path = tmp_path / "ner.json"
    path.write_text('[{"curid": "1",\n "text": }]', encoding="utf-8")
    (parsed,) = stockmark.read(path)
    assert parsed.line == 2 and "invalid JSON" in parsed.problems[0]


def test_export_refuses_inexact_span_and_keeps_the_old_file(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    good = Document("a", "孫正義", entities=[Entity("T1", 0, 3, "PERSON", "孫正義")])
    broken = Document("b", "𠮷野家", entities=[Entity("T1", 0, 1, "PERSON", "吉")])
    with pytest.raises(ExportError, match="document b: entity T1"):
        jsonl.write([good, broken], out)
    assert out.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left behind


def test_export_gets_ordinary_permissions(tmp_path):
    out = tmp_path / "perm.jsonl"
    jsonl.write([Document("a", "猫")], out)
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
    out.chmod(0o640)
    jsonl.write([Document("a", "犬")], out)
    assert out.stat().st_mode & 0o777 == 0o640  # replacing keeps the file's mode


def test_export_with_tokens_is_valid(tmp_path):
    out = tmp_path / "out.jsonl"
    jsonl.write([Document("a", "𠮷野家で😀牛丼\r\nを食べた")], out, tokens=True)
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert jsonl.check_record(rec) == []
    assert [t["surface"] for t in rec["tokens"]][:3] == ["𠮷", "野家", "で"]
    assert set(rec["tokens"][0]) == {"start", "end", "surface", "pos", "lemma", "reading"}
