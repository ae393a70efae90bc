"""Honest negatives (issue 11, item 7): the claim-sentences export labels a sentence
"no claim" only where a person has looked at it: its document is done, or the sentence
overlaps a claim or a rejected suggestion. Sentences of unreviewed documents are left out;
skipped documents entirely."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from annotator.core.formats import claim_sentences
from annotator.core.model import Claim, Document, Status
from annotator.core.ops import RejectSuggestions, SetStatus
from annotator.core.sentences import split_sentences
from annotator.core.store import Project
from tests.conftest import annotator_cmd

# four sentences each; 𠮷 and emoji keep the offsets honest
TEXT = "𠮷野家は売上が伸びると発表した。😀天気は晴れ。\r\n株価は3%上がった。最後の文。"


def sentence(text: str, word: str) -> tuple[int, int]:
    s = next(s for s in split_sentences(text) if word in text[s.start:s.end])
    return s.start, s.end


def claim(cid: str, text: str, word: str, checkworthy: str) -> Claim:
    start, end = sentence(text, word)
    return Claim(cid, start, end, text[start:end], {"checkworthy": checkworthy, "claimant": {"kind": "author"},
                                                    "arguments": []})


def build(path: Path) -> Path:
    docs = [
        Document("done", TEXT, status=Status.DONE, claims=[claim("C1", TEXT, "発表", "yes")]),
        Document("new-untouched", TEXT),
        Document("progress", TEXT, status=Status.IN_PROGRESS, claims=[claim("C1", TEXT, "株価", "no")]),
        Document("new-rejected", TEXT),
        Document("skipped", TEXT, status=Status.SKIPPED, claims=[claim("C1", TEXT, "発表", "yes")]),
    ]
    with Project.open(path, create=True) as p:
        with p.bulk_import("test") as bulk:
            for d in docs:
                bulk.add(d)
        p.apply(RejectSuggestions("new-rejected", (sentence(TEXT, "株価"),)))
    return path


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def labels(rows: list[dict]) -> dict[tuple[str, str], str]:
    return {(r["doc_id"], r["text"]): r["label"] for r in rows}


EXPECTED = {
    ("done", "𠮷野家は売上が伸びると発表した。"): "checkworthy",
    ("done", "😀天気は晴れ。"): "no claim",
    ("done", "株価は3%上がった。"): "no claim",
    ("done", "最後の文。"): "no claim",
    ("progress", "株価は3%上がった。"): "not checkworthy",
    ("new-rejected", "株価は3%上がった。"): "no claim",
}


def test_only_reviewed_sentences_are_written(tmp_path):
    path = build(tmp_path / "p.annotator")
    out = tmp_path / "s.jsonl"
    tally = claim_sentences.Tally()
    with Project.open(path, read_only=True) as p:
        n = claim_sentences.write(p, out, tally=tally)
    rows = rows_of(out)
    assert labels(rows) == EXPECTED and n == len(rows) == 6
    assert tally.written == 6 and tally.skipped_documents == 1
    assert tally.unreviewed == 4 + 3 + 3  # new-untouched: all; progress, new-rejected: all but one
    for r in rows:
        assert TEXT[r["start"]:r["end"]] == r["text"]
        assert r["sentence_id"] == next(s.index for s in split_sentences(TEXT) if s.start == r["start"])


def test_marking_a_document_done_makes_its_silent_sentences_negatives(tmp_path):
    path = build(tmp_path / "p.annotator")
    with Project.open(path) as p:
        p.apply(SetStatus("new-untouched", Status.NEW, Status.DONE))
        p.apply(RejectSuggestions("new-rejected", (sentence(TEXT, "株価"),), undo=True))
    out = tmp_path / "s.jsonl"
    with Project.open(path, read_only=True) as p:
        claim_sentences.write(p, out)
    got = labels(rows_of(out))
    assert {t: lab for (d, t), lab in got.items() if d == "new-untouched"} == {
        t: "no claim" for _, t in [(None, TEXT[s.start:s.end]) for s in split_sentences(TEXT)]}
    assert not any(d == "new-rejected" for d, _ in got)  # the rejection was undone: nobody has looked


def test_a_rejection_overlapping_part_of_a_sentence_counts_for_it():
    doc = Document("d", TEXT)
    start, end = sentence(TEXT, "天気")
    got = [(TEXT[s.start:s.end], lab) for s, lab in claim_sentences.labelled_sentences(doc, [(start + 1, end + 3)])]
    assert got == [("𠮷野家は売上が伸びると発表した。", None), ("😀天気は晴れ。", "no claim"),
                   ("株価は3%上がった。", "no claim"), ("最後の文。", None)]


def test_a_claim_over_two_sentences_labels_both():
    start = sentence(TEXT, "天気")[0]
    end = sentence(TEXT, "株価")[1]
    doc = Document("d", TEXT, claims=[Claim("C1", start + 2, end - 2, TEXT[start + 2:end - 2],
                                            {"checkworthy": "yes"})])
    got = {TEXT[s.start:s.end]: lab for s, lab in claim_sentences.labelled_sentences(doc, [])}
    assert got == {"𠮷野家は売上が伸びると発表した。": None, "😀天気は晴れ。": "checkworthy",
                   "株価は3%上がった。": "checkworthy", "最後の文。": None}


@pytest.mark.parametrize(("status", "expected"), [
    (None, EXPECTED),
    ("done", {k: v for k, v in EXPECTED.items() if k[0] == "done"}),
    ("skipped", {}),
])
def test_the_export_command(tmp_path, status, expected):
    path = build(tmp_path / "p.annotator")
    out = tmp_path / "s.jsonl"
    cmd = [*annotator_cmd(), "export", str(path), "--format", "claim-sentences", "-o", str(out)]
    res = subprocess.run([*cmd, *(["--status", status] if status else [])], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert labels(rows_of(out)) == expected
    assert f"wrote {len(expected)} sentence" in res.stdout
    if status is None:
        assert "left out 10 sentences nobody has reviewed" in res.stdout and "1 skipped document" in res.stdout
    if status == "done":
        assert "left out" not in res.stdout


def test_the_readme_says_which_sentences_are_left_out():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("--format claim-sentences -o OUT.jsonl"):]
    section = section[:section.index("\n## ")]
    for phrase in ("left out", "done", "rejected", "skipped"):
        assert phrase in section
