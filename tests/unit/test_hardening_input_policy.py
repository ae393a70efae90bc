"""One policy for what input may hold, the same in every format, field, and in ``validate``.

Through the real command: control characters and lone surrogates in every string field of
txt, JSONL and Stockmark; JSON that is not RFC 8259 (NaN, Infinity, 1e999, huge integers,
deep nesting); label names the window could not use. Then the core pieces in process:
atomic creation when the target appears meanwhile or hard links are missing, the rejects
file failing before the commit, files that vanish, the line-length cap.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from annotator.core import creating, importer, inputs, temporaries
from annotator.core.errors import InputError
from annotator.core.formats import jsonl, stockmark, txt
from annotator.core.importer import import_files
from annotator.core.store import Project
from annotator.core.strings import FORBIDDEN, check_value, string_problem
from tests.unit.test_hardening_import import GOOD, assert_refused, run, write_jsonl

REFUSED = ["\x00", "\x01", "\x08", "\x0e", "\x1a", "\x1b", "\x1c", "\x1f", "\x7f", "\x80", "\x85", "\x9b", "\x9f"]
KEPT = ["\t", "\n", "\r\n", "\r", "\x0b", "\x0c", "\u3000", "😀", "𠮷", "e\u0301", "\u2028", "\u2029", "\ufeff",
        "\u200d", "\u202e", "ｶ", "\ue000"]


def digest(project: Path) -> str:
    return hashlib.sha256(project.read_bytes()).hexdigest()


@pytest.fixture
def proj(tmp_path) -> Path:
    p = tmp_path / "p.annotator"
    assert run("import", p, write_jsonl(tmp_path / "seed.jsonl", [GOOD])).returncode == 0
    return p


def test_the_policy_itself():
    for ch in [*REFUSED, "\ud800", "\udfff"]:
        assert FORBIDDEN.search(f"ab{ch}c"), repr(ch)
        assert "at character 3" in string_problem(f"ab{ch}c")
    for ch in KEPT:
        assert string_problem(f"ab{ch}c") is None, repr(ch)
    assert string_problem("a\x1bb") == "control character U+001B (ESC) at character 2"
    assert string_problem("\x9b") == "control character U+009B (CSI) at character 1"
    out: list[str] = []
    check_value({"a": [1.5, {"b\x00": "x"}, float("inf")]}, "meta", out)
    assert sorted(out) == ["meta: key 'b\\x00': control character U+0000 (NUL) at character 2".replace(
        "meta: key", "meta['a'][1]: key"), "meta['a'][2]: inf is not a JSON number"]


# -- control characters and lone surrogates: every format, every field ------------------------


def _jsonl_carriers(ch: str) -> dict[str, dict]:
    """One record per string field, the character in that field."""
    text = f"孫正義{ch}です"
    ent = {"id": "T1", "start": 0, "end": 3, "label": "PERSON", "text": "孫正義"}
    claim = {"id": "C1", "start": 0, "end": 3, "text": "孫正義", "note": "",
             "claimant": {"kind": "source", "text": "新聞"}, "arguments": [{"role": "subject", "entity": "T1"}]}
    base = {"id": "r", "text": "孫正義です", "entities": [ent], "claims": [claim]}
    return {
        "text": base | {"text": text},
        "id": base | {"id": f"r{ch}"},
        "meta_key": base | {"meta": {f"k{ch}": 1}},
        "meta_value": base | {"meta": {"deep": [{"x": f"v{ch}"}]}},
        "label": base | {"entities": [ent | {"label": f"PER{ch}SON"}]},
        "entity_id": base | {"entities": [ent | {"id": f"T{ch}1"}], "claims": []},
        "attributes": base | {"entities": [ent | {"attributes": {"note": f"a{ch}"}}]},
        "claim_note": base | {"claims": [claim | {"note": f"n{ch}"}]},
        "claimant": base | {"claims": [claim | {"claimant": {"kind": "source", "text": f"s{ch}"}}]},
        "claim_attributes": base | {"claims": [claim | {"attributes": {"a": f"v{ch}"}}]},
    }


def _stockmark_carriers(ch: str) -> dict[str, dict]:
    rec = {"curid": "7", "text": "孫正義です", "entities": [{"name": "孫正義", "span": [0, 3], "type": "人名"}]}
    return {
        "text": rec | {"text": f"孫正義{ch}です"},
        "curid": rec | {"curid": f"7{ch}"},
        "type": rec | {"entities": [{"name": "孫正義", "span": [0, 3], "type": f"人{ch}名"}]},
        "name": rec | {"text": f"孫{ch}義です", "entities": [{"name": f"孫{ch}義", "span": [0, 3], "type": "人名"}]},
        "extra": rec | {"note": f"x{ch}"},
    }


@pytest.mark.parametrize("ch", ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9b", "\ud800"],
                         ids=["NUL", "SOH", "ESC", "DEL", "NEL", "CSI", "lone-surrogate"])
def test_a_refused_character_is_refused_in_every_field_of_every_format(tmp_path, proj, ch):
    before = digest(proj)
    files = []
    for field, rec in _jsonl_carriers(ch).items():
        path = tmp_path / f"{field}.jsonl"
        path.write_text(json.dumps(rec) + "\n", encoding="utf-8")  # ensure_ascii: "\u0000", "\ud800"…
        files.append((path, 1))
    for field, rec in _stockmark_carriers(ch).items():
        path = tmp_path / f"sm-{field}.json"
        path.write_text(json.dumps([rec], ensure_ascii=False) if ch != "\ud800" else json.dumps([rec]),
                        encoding="utf-8")
        files.append((path, None))
    if ch != "\ud800":  # text files hold bytes: no lone surrogate can come from them
        path = tmp_path / "plain.txt"
        path.write_bytes(f"一行目\n二行{ch}目\n".encode())
        files.append((path, 2))
    res = run("import", proj, *[f for f, _ in files])
    assert_refused(res, "nothing was changed")
    for path, line in files:
        where = f"{path}:{line}:" if line else f"{path} (record 1"
        if ch == "\x00" and path.suffix == ".txt":  # NUL bytes: a binary file, the line in the message
            where = f"{path}: binary file (NUL bytes and no UTF-16 byte-order mark): U+0000 (NUL) on line 2"
        assert where in res.stderr, (where, res.stderr)
    code = f"U+{ord(ch):04X}"
    assert res.stderr.count(code) >= len(files), res.stderr
    assert digest(proj) == before
    for path, _ in files:
        if path.suffix == ".jsonl":
            res = run("validate", path)
            assert res.returncode == 1 and f"{path}:1: " in res.stdout and code in res.stdout, res.stdout


def test_kept_characters_import_in_every_format_and_come_back_unchanged(tmp_path):
    text = "吾輩" + "".join(KEPT) + "猫"
    ent = {"id": "T1", "start": 0, "end": 2, "label": "人名", "text": "吾輩"}
    src_jsonl = write_jsonl(tmp_path / "kept.jsonl", [{"id": "j\u3000😀", "text": text, "entities": [ent],
                                                       "meta": {"k\u2028": "v\ufeff"}}])
    src_sm = tmp_path / "kept.json"
    src_sm.write_text(json.dumps([{"curid": "c𠮷", "text": text, "entities": [
        {"name": "吾輩", "span": [0, 2], "type": "人名"}]}], ensure_ascii=False), encoding="utf-8")
    src_txt = tmp_path / "kept.txt"
    src_txt.write_bytes(text.encode("utf-8"))
    target = tmp_path / "k.annotator"
    res = run("import", target, src_jsonl, src_txt)
    assert res.returncode == 0, res.stderr
    res = run("import", target, "--format", "stockmark", src_sm)
    assert res.returncode == 0, res.stderr
    out = tmp_path / "out.jsonl"
    assert run("export", target, "-o", out).returncode == 0
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").split("\n") if x]
    assert [r["text"] for r in recs] == [text] * 3
    assert recs[0]["id"] == "j\u3000😀" and recs[0]["meta"] == {"k\u2028": "v\ufeff"}
    assert recs[2]["meta"] == {"curid": "c𠮷"}
    assert run("validate", out).returncode == 0


def test_a_text_file_name_follows_the_policy_too(tmp_path, proj):
    bad = tmp_path / "a\x1bb.txt"
    bad.write_text("猫", encoding="utf-8")
    assert_refused(run("import", proj, bad), "the file name holds control character U+001B (ESC)")
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"  # Latin-1 name: not UTF-8
    with open(raw, "wb") as fh:
        fh.write("猫".encode())
    res = run("import", proj, os.fsdecode(raw))
    assert_refused(res, "the file name is not valid UTF-8")


# -- JSON that is not RFC 8259 ---------------------------------------------------------------


JSONL_CARRIERS = {  # V: where the value goes
    "meta": '{"id": "a", "text": "孫", "meta": {"x": V}}',
    "nested": '{"id": "a", "text": "孫", "meta": {"x": [{"y": [1, V]}]}}',
    "attributes": '{"id": "a", "text": "孫", "entities": [{"id": "T1", "start": 0, "end": 1, "label": "PERSON", '
                  '"text": "孫", "attributes": {"p": V}}]}',
    "start": '{"id": "a", "text": "孫", "entities": [{"id": "T1", "start": V, "end": 1, "label": "PERSON", '
             '"text": "孫"}]}',
    "claim": '{"id": "a", "text": "孫", "claims": [{"id": "C1", "start": 0, "end": 1, "text": "孫", "note": V}]}',
    "claimant": '{"id": "a", "text": "孫", "claims": [{"id": "C1", "start": 0, "end": 1, "text": "孫", '
                '"claimant": {"kind": "author", "w": V}}]}',
}
STOCKMARK_CARRIERS = {
    "curid": '{"curid": V, "text": "孫", "entities": []}',
    "extra": '{"curid": "1", "text": "孫", "entities": [], "score": V}',
    "span": '{"curid": "1", "text": "孫", "entities": [{"name": "孫", "span": [0, V], "type": "人名"}]}',
}


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1E400"])
def test_non_finite_numbers_are_refused_wherever_they_are(tmp_path, proj, value):
    before = digest(proj)
    files = []
    for name, line in JSONL_CARRIERS.items():
        path = tmp_path / f"{name}.jsonl"
        path.write_text(line.replace("V", value) + "\n", encoding="utf-8")
        files.append(path)
    for name, rec in STOCKMARK_CARRIERS.items():
        path = tmp_path / f"sm-{name}.json"
        path.write_text('[{"curid": "0", "text": "前", "entities": []},\n ' + rec.replace("V", value) + "]",
                        encoding="utf-8")
        files.append(path)
    res = run("import", proj, *files)
    assert_refused(res)
    for path in files:
        where = f"{path}:1: invalid JSON" if path.suffix == ".jsonl" else f"{path} (record 2, line 2): invalid JSON"
        assert where in res.stderr, (where, res.stderr)
    assert digest(proj) == before
    for path in files:
        if path.suffix == ".jsonl":
            res = run("validate", path)
            assert res.returncode == 1 and f"{path}:1: invalid JSON" in res.stdout


def test_huge_integers_and_deep_nesting_are_one_line_messages(tmp_path, proj):
    before = digest(proj)
    digits = "9" * 5000
    files = {
        "int.jsonl": '{"id": "a", "text": "x", "meta": {"n": ' + digits + "}}\n",
        "int.json": '[{"curid": ' + digits + ', "text": "x", "entities": []}]',
        "deep.jsonl": '{"id": "a", "text": "x", "meta": ' + "[" * 100_000 + "}\n",
        "deep.json": "[" * 100_000,
        "deepobj.json": '[{"curid": "1", "text": "x", "entities": [], "x": ' + '{"a":' * 50_000 + "}]",
    }
    paths = []
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        paths.append(tmp_path / name)
    res = run("import", proj, *paths)
    assert_refused(res, f"{paths[0]}:1: invalid JSON: an integer with more than 4300 digits",
                   f"{paths[1]} (record 1, line 1): invalid JSON: an integer with more than 4300 digits",
                   f"{paths[2]}:1: invalid JSON: nested too deeply", f"{paths[3]} (record 1, line 1): invalid JSON: "
                   "nested too deeply", f"{paths[4]} (record 1, line 1): invalid JSON: nested too deeply")
    assert len(res.stderr.splitlines()) == 1 + len(paths)  # one line each
    assert digest(proj) == before


def test_a_stockmark_record_that_is_not_json_does_not_hide_the_next_ones(tmp_path):
    path = tmp_path / "ner.json"
    path.write_text('[{"curid": NaN, "text": "a", "entities": []},\n{"curid": "2", "text": "b", "entities": []},\n'
                    '{"curid": "3", "curid": "4", "text": "c", "entities": []}]', encoding="utf-8")
    parsed = list(stockmark.read(path))
    assert [(p.record, p.doc.id if p.doc else None) for p in parsed] == [
        ("record 1, line 1", None), ("record 2, curid 2", "2-2"), ("record 3, line 3", None)]
    assert "duplicate key 'curid'" in parsed[2].problems[0]


# -- label names ----------------------------------------------------------------------------------


LABELS = {
    " PERSON": "no surrounding spaces", "PERSON ": "no surrounding spaces", "\u3000人名": "no surrounding spaces",
    "PER\nSON": "one line", "PER\tSON": "one line", "PER\u2028SON": "one line", "PER\rSON": "one line",
    "x" * 101: "at most 100 characters", "\u200b": "a visible character", "\u200d\u0301": "a visible character",
}


def test_refused_label_names_are_reported_with_file_and_line(tmp_path, proj):
    before = digest(proj)
    records, sm = [], []
    for i, label in enumerate(LABELS):
        records.append({"id": f"L{i}", "text": "孫正義", "entities": [
            {"id": "T1", "start": 0, "end": 3, "label": label, "text": "孫正義"}]})
        sm.append({"curid": str(i), "text": "孫正義", "entities": [{"name": "孫正義", "span": [0, 3], "type": label}]})
    src = write_jsonl(tmp_path / "labels.jsonl", records)
    sm_path = tmp_path / "labels.json"
    sm_path.write_text(json.dumps(sm, ensure_ascii=False), encoding="utf-8")
    res = run("import", proj, src, sm_path)
    assert_refused(res)
    for i, why in enumerate(LABELS.values(), 1):
        assert any(line.startswith(f"  {src}:{i}: entity T1: label ") and why in line
                   for line in res.stderr.splitlines()), (i, why, res.stderr)
        assert any(line.startswith(f"  {sm_path} (record {i}, curid {i - 1}): entities[0]: type ") and why in line
                   for line in res.stderr.splitlines()), (i, why, res.stderr)
    assert digest(proj) == before
    res = run("validate", src)
    assert res.returncode == 1 and len(res.stdout.splitlines()) == len(LABELS)
    ok = write_jsonl(tmp_path / "ok.jsonl", [{"id": "ok", "text": "孫正義", "entities": [
        {"id": "T1", "start": 0, "end": 3, "label": "人名 (日本)", "text": "孫正義"}]}])
    res = run("import", proj, ok)
    assert res.returncode == 0 and "人名 (日本)" in res.stdout


# -- the core, in process ---------------------------------------------------------------------------


def _work(files: list[Path]):
    def work(project: Project, new: bool):
        return import_files(project, files)
    return work


def test_the_target_appearing_meanwhile_means_importing_into_it(tmp_path, monkeypatch):
    target = tmp_path / "t.annotator"
    mine = write_jsonl(tmp_path / "mine.jsonl", [GOOD | {"id": "mine"}])
    theirs = write_jsonl(tmp_path / "theirs.jsonl", [GOOD | {"id": "theirs"}])
    real_link = os.link

    def link(src, dst, *a, **kw):
        if Path(dst) == target and not target.exists():  # another import wins the race
            with Project.open(target, create=True) as other:
                import_files(other, [theirs])
        return real_link(src, dst, *a, **kw)

    monkeypatch.setattr(creating.os, "link", link)
    report, created = creating.into_project(target, _work([mine]), label_set="irex")
    assert not created and report.documents == 1
    with Project.open(target) as p:
        assert p.document_ids() == ["theirs", "mine"]
    assert [x.name for x in tmp_path.iterdir() if "creating" in x.name] == []


def test_without_hard_links_the_name_is_claimed_exclusively(tmp_path, monkeypatch):
    target = tmp_path / "t.annotator"
    src = write_jsonl(tmp_path / "a.jsonl", [GOOD])

    def no_link(*_a, **_kw):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(creating.os, "link", no_link)
    report, created = creating.into_project(target, _work([src]), label_set="irex")
    assert created and report.documents == 1
    with Project.open(target) as p:
        assert p.document_ids() == ["d1"]
    assert sorted(x.name for x in tmp_path.iterdir()) == ["a.jsonl", "t.annotator"]


def test_stale_temporaries_are_removed_and_live_ones_kept(tmp_path):
    target = tmp_path / "t.annotator"
    live = creating.temporary_path(target)  # this process, writing it now
    left = creating.temporary_path(target)  # this process, no longer writing it: stale
    dead_pid = 2**22 + 12345  # above pid_max on Linux: no such process
    dead = live.with_name(live.name.replace(f"-{os.getpid()}-", f"-{dead_pid}-"))
    for path in (live, left, dead, Path(f"{dead}-wal"), Path(f"{dead}-shm"), Path(f"{live}-wal")):
        path.write_bytes(b"x")
    with temporaries.live(live):
        removed = creating.remove_stale(tmp_path)
    assert sorted(p.name for p in removed) == sorted([left.name, dead.name, f"{dead.name}-wal", f"{dead.name}-shm"])
    assert live.exists() and Path(f"{live}-wal").exists()


def test_rejects_that_cannot_be_synced_roll_the_import_back(tmp_path, monkeypatch):
    path = tmp_path / "p.annotator"
    with Project.open(path, create=True) as p:
        import_files(p, [write_jsonl(tmp_path / "seed.jsonl", [GOOD])])
    src = write_jsonl(tmp_path / "mixed.jsonl", [GOOD | {"id": "ok"}, {"id": "bad", "text": 5}])

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(importer.os, "fsync", full)
    with Project.open(path) as p:
        with pytest.raises(InputError) as err:
            import_files(p, [src], skip_invalid=True)
        assert p.document_ids() == ["d1"]
    assert "cannot write the rejected records: No space left on device; nothing was imported" in str(err.value)
    assert sorted(x.name for x in tmp_path.iterdir()) == ["mixed.jsonl", "p.annotator", "seed.jsonl"]


def test_a_file_that_vanishes_between_the_check_and_the_open(tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "a.jsonl", [GOOD])
    real_open = os.open

    def vanishing(path, *a, **kw):
        if Path(path) == src:
            raise FileNotFoundError(errno.ENOENT, "No such file or directory")
        return real_open(path, *a, **kw)

    monkeypatch.setattr(inputs.os, "open", vanishing)
    (parsed,) = jsonl.read(src)
    assert parsed.problems == ["no such file"] and parsed.line is None
    (parsed,) = txt.read(src)
    assert parsed.problems == ["no such file"]


def test_a_fifo_swapped_in_after_the_check_is_not_read(tmp_path, monkeypatch):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    monkeypatch.setattr(inputs, "not_regular", lambda _p: None)  # the check saw a regular file
    with pytest.raises(inputs.InputRefused, match="is a FIFO"):
        inputs.open_input(fifo)  # O_NONBLOCK: returns at once, fstat refuses it


def test_the_line_length_cap_skips_the_line_without_holding_it(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "long.jsonl"
    line = json.dumps({"id": "long", "text": "a" * 5000}).encode()
    path.write_bytes(line + b"\n" + json.dumps(GOOD).encode() + b"\n" + line)
    parsed = list(jsonl.read(path))
    assert [p.line for p in parsed] == [1, 2, 3]
    assert f"line of {len(line) + 1:,} bytes: longer than the limit" in parsed[0].problems[0]
    assert parsed[0].raw is None
    assert parsed[1].doc is not None and parsed[2].problems


def test_the_exported_json_of_an_import_is_always_valid(tmp_path):
    path = tmp_path / "p.annotator"
    src = write_jsonl(tmp_path / "a.jsonl", [GOOD | {"meta": {"f": 1e308, "g": -0.0, "h": [None, True]}}])
    with Project.open(path, create=True) as p:
        import_files(p, [src])
        out = tmp_path / "o.jsonl"
        jsonl.write_project(p, out)
    json.loads(out.read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(f"{c} exported"))
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    con.close()


def test_the_quick_byte_test_never_misses_a_refused_character():
    """``strictjson.suspect`` decides whether a line's strings are walked: it must find every
    refused character, however JSON writes it."""
    from annotator.core.formats import strictjson

    refused = [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)] if FORBIDDEN.match(chr(c))]
    refused += ["\ud800", "\udbff", "\udc00", "\udfff"]
    for ch in refused:
        for ensure_ascii in (True, False):
            if not ensure_ascii and "\ud800" <= ch <= "\udfff":
                continue  # cannot be written as UTF-8 at all
            data = json.dumps({"id": "a", "text": f"猫{ch}", "meta": {f"k{ch}": [ch]}}, ensure_ascii=ensure_ascii)
            assert strictjson.suspect(data.encode("utf-8")), (repr(ch), ensure_ascii)
            assert jsonl.check_record(json.loads(data)), repr(ch)
    kept = "".join(KEPT).replace("\x0b", "")  # JSON writes VT as \u000b: walked (and kept), a false alarm
    clean = json.dumps({"id": "a", "text": kept + "吾輩は猫である。°×§", "meta": {"q": '"\\/'}}, ensure_ascii=False)
    assert not strictjson.suspect(clean.encode("utf-8"))
