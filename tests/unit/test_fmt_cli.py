"""The peers' formats through the ``annotator`` command: folders, readers' options,
predictions kept as suggestions, notes printed, what an export loses listed (issue 12)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests.unit.test_cli import run

DATA = Path(__file__).parent / "data" / "interop"


def test_label_studio_predictions_are_suggestions_and_come_back_as_predictions(tmp_path):
    proj = tmp_path / "p.annotator"
    res = run("import", proj, DATA / "labelstudio" / "export.json", "--format", "labelstudio")
    assert res.returncode == 0, res.stderr
    assert "kept 2 suggested entities (another tool's predictions) as suggestions" in res.stdout
    assert "could not be kept in any form" in res.stdout  # the second annotation, the choices result
    con = sqlite3.connect(proj)
    rows = con.execute('SELECT start, "end", label, text, source, score FROM entity_suggestions ORDER BY start')
    assert rows.fetchall() == [(11, 14, "ORG", "𠮷野家", "label-studio:ner-v2", 0.95),
                               (24, 26, "LOC", "東京", "label-studio:ner-v2", 0.87)]
    con.close()
    canonical = tmp_path / "out.jsonl"  # suggestions are never exported as entities
    assert run("export", proj, "-o", canonical).returncode == 0
    first = json.loads(canonical.read_text(encoding="utf-8").splitlines()[0])
    assert ("ORG", 11) in {(e["label"], e["start"]) for e in first["entities"]}  # the annotator's, not the model's
    assert "score" not in canonical.read_text(encoding="utf-8")
    out = tmp_path / "ls.json"
    res = run("export", proj, "-o", out, "--format", "labelstudio", "--offsets", "utf16")
    assert res.returncode == 0, res.stderr
    task = json.loads(out.read_text(encoding="utf-8"))[0]
    (pred,) = task["predictions"]
    assert pred["model_version"] == "ner-v2"
    text = task["data"]["text"]
    utf16 = [len(text[:k].encode("utf-16-le")) // 2 for k in (11, 24)]  # an astral character before: +1
    assert [(r["value"]["start"], r["value"]["text"], r.get("score")) for r in pred["result"]] == [
        (utf16[0], "𠮷野家", 0.95), (utf16[1], "東京", 0.87)]
    assert utf16[1] > 24
    again = tmp_path / "q.annotator"
    assert run("import", again, out, "--format", "labelstudio", "--offsets", "utf16").returncode == 0
    con = sqlite3.connect(again)
    assert con.execute("SELECT count(*) FROM entity_suggestions").fetchone()[0] == 2
    con.close()


def test_a_brat_folder_is_guessed_imported_and_written_back(tmp_path):
    src = tmp_path / "collection"
    shutil.copytree(DATA / "brat" / "collection", src)
    proj = tmp_path / "p.annotator"
    res = run("import", proj, src)  # a folder of .ann files: brat, from what it holds
    assert res.returncode == 0, res.stderr
    out = tmp_path / "out-brat"
    res = run("export", proj, "-o", out, "--format", "brat")
    assert res.returncode == 0, res.stderr
    assert any(out.glob("*.ann")) and any(out.glob("*.txt"))
    # a second export into the same folder is refused: nothing deleted, nothing mixed
    res = run("export", proj, "-o", out, "--format", "brat")
    assert res.returncode == 1 and "the folder is not empty" in res.stderr, res.stderr
    # a file given where a folder format reads a folder is refused by name
    res = run("import", tmp_path / "r.annotator", DATA / "doccano" / "label_export.jsonl", "--format", "brat")
    assert res.returncode == 1 and "is not a folder" in res.stderr


def test_readers_options_are_checked_against_the_format(tmp_path):
    res = run("import", tmp_path / "p.annotator", DATA / "doccano" / "label_export.jsonl", "--format", "doccano",
              "--offsets", "auto")
    assert res.returncode == 2 and "--format doccano takes utf16, codepoints" in res.stderr
    res = run("import", tmp_path / "p.annotator", DATA / "doccano" / "label_export.jsonl", "--format", "jsonl",
              "--offsets", "utf16")
    assert res.returncode == 2 and "does not apply to --format jsonl" in res.stderr
    assert not (tmp_path / "p.annotator").exists()
    res = run("export", tmp_path / "nothing.annotator", "-o", tmp_path / "o.conll", "--format", "jsonl",
              "--scheme", "bilou")
    assert res.returncode == 2 and "--scheme does not apply to --format jsonl" in res.stderr


def test_a_doccano_file_of_utf16_offsets_lands_on_the_right_characters(tmp_path):
    proj = tmp_path / "p.annotator"
    res = run("import", proj, DATA / "doccano" / "label_export.jsonl", "--format", "doccano")
    assert res.returncode == 0, res.stderr
    out = tmp_path / "out.jsonl"
    assert run("export", proj, "-o", out).returncode == 0
    for line in out.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for e in rec["entities"]:
            assert rec["text"][e["start"]:e["end"]] == e["text"]


def _nested_project(tmp_path: Path) -> Path:
    """A project whose CoNLL export loses two entities (東京 inside 東京都庁, 京 inside a morpheme)
    and whose spaCy export loses one (京)."""
    src = tmp_path / "in.jsonl"
    text = "東京都庁の𠮷田さん"
    src.write_text(json.dumps({"id": "a", "text": text, "entities": [
        {"id": "T1", "start": 0, "end": 4, "label": "ORGANIZATION", "text": "東京都庁"},
        {"id": "T2", "start": 0, "end": 2, "label": "LOCATION", "text": "東京"},
        {"id": "T3", "start": 1, "end": 2, "label": "LOCATION", "text": "京"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    proj = tmp_path / "p.annotator"
    assert run("import", proj, src).returncode == 0
    return proj


def test_the_list_of_what_was_lost_is_never_written_through_a_link_nor_left_stale(tmp_path):
    proj = _nested_project(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    (tmp_path / "o.conll.lost.jsonl").symlink_to(victim)
    res = run("export", proj, "-o", tmp_path / "o.conll", "--format", "conll")
    assert res.returncode == 1 and "symbolic link" in res.stderr
    assert victim.read_text(encoding="utf-8") == "keep" and not (tmp_path / "o.conll").exists()
    (tmp_path / "o.conll.lost.jsonl").unlink()
    res = run("export", proj, "-o", tmp_path / "o.conll", "--format", "conll")
    assert res.returncode == 0 and "cannot hold 2 entities" in res.stdout, res.stdout
    # the same OUT from a project that loses nothing: the earlier list goes, and the command says so
    clean = tmp_path / "clean.annotator"
    assert run("import", clean, DATA / "conll" / "bilou.conll").returncode == 0
    res = run("export", clean, "-o", tmp_path / "o.conll", "--format", "conll")
    assert res.returncode == 0 and "removed" in res.stdout and not (tmp_path / "o.conll.lost.jsonl").exists()


def test_an_export_whose_list_of_losses_cannot_be_written_leaves_no_output(tmp_path, monkeypatch):
    from annotator.core import formats
    from annotator.core.errors import ExportError
    from annotator.core.store import Project

    proj = _nested_project(tmp_path)
    real = formats.atomic_writer

    def full(path, **kw):
        if str(path).endswith(".lost.jsonl"):
            raise OSError(28, "No space left on device")
        return real(path, **kw)

    monkeypatch.setattr(formats, "atomic_writer", full)
    import importlib.util

    cases = [("conll", tmp_path / "o.conll")]
    if importlib.util.find_spec("spacy") is not None:  # a folder format (the extra may be missing)
        cases.append(("spacy", tmp_path / "o-spacy"))
    for fmt, out in cases:
        with Project.open(proj, read_only=True) as p:
            try:
                formats.export(p, fmt, out)
            except ExportError as exc:
                assert "nothing was written" in str(exc) and "No space left" in str(exc)
            else:
                raise AssertionError("the export should have failed")
        assert not out.exists()
