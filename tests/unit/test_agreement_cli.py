"""annotator/cli_agreement.run: the report printed as a table or JSON, and the empty case."""

from __future__ import annotations

import argparse
import contextlib
import json

from annotator import cli_agreement
from annotator.core.model import Document, Entity, Status
from annotator.core.store import Project


def args(project, label=None, as_json=False) -> argparse.Namespace:
    return argparse.Namespace(project=project, label=label, json=as_json)


def test_a_project_without_annotators_gives_an_empty_report(tmp_path, capsys):
    path = tmp_path / "p.annotator"
    Project.open(path, create=True).close()
    assert cli_agreement.run(args(path)) == 0
    assert "nothing to compare" in capsys.readouterr().out
    assert cli_agreement.run(args(path, as_json=True)) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["documents"] == 0 and report["pairs"] == [] and report["annotators"] == []
    assert "nothing to compare" in captured.err


class FakeProject:
    """What run() uses of a Project: versions()."""

    def __init__(self, versions: dict) -> None:
        self._versions = versions

    def versions(self) -> dict:
        return self._versions

    def labels(self) -> list:
        from annotator.core.model import Label

        names = {e.label for docs in self._versions.values() for d in docs.values() for e in d.entities}
        return [Label(n, "#336699") for n in sorted(names)]


def test_table_and_json_of_two_annotators(monkeypatch, capsys, tmp_path):
    text = "𠮷野家は東京に\x1b[31mある"  # an escape sequence in the text must not reach the terminal raw
    label = "地名\u202e"

    def version(*spans):
        return Document("d1", text, status=Status.DONE,
                        entities=[Entity(f"e{s}", s, e, lb, text[s:e]) for s, e, lb in spans])

    versions = {"a": {"d1": version((0, 3, "法人名"), (4, 6, label))}, "b": {"d1": version((0, 3, "法人名"))}}
    opened = []

    @contextlib.contextmanager
    def fake_open(path, **kw):
        opened.append((path, kw))
        yield FakeProject(versions)

    monkeypatch.setattr(cli_agreement, "_open_project", fake_open)
    assert cli_agreement.run(args(tmp_path / "p.annotator")) == 0
    assert opened == [(tmp_path / "p.annotator", {"read_only": True})]
    out = capsys.readouterr().out
    assert "a – b" in out and "法人名" in out and "0.667" in out  # exact F1: 1 of 3 spans matched twice
    assert "\u202e" not in out and "\\u202e" in out
    assert cli_agreement.run(args(tmp_path / "p.annotator", label="法人名", as_json=True)) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out
    report = json.loads(out)
    assert report["label"] == "法人名" and report["documents"] == 1
    assert report["overall"]["entities"]["exact"]["f1"] == 1.0
    assert report["pairs"][0]["entities"]["cohen_kappa"] == 1.0
    assert list(report["labels"]) == ["法人名"]
