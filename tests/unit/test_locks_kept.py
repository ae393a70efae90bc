"""A project this process holds open is never opened and closed as a plain file: closing any
descriptor of a file drops every POSIX lock the process holds on it, SQLite's included, and
another process's write could then interleave with ours (seen as SQLITE_IOERR_SHORT_READ when
the window, an import worker or a test opened a second connection to the same project)."""

from __future__ import annotations

import os

from annotator.core import faults, outputs
from annotator.core.model import Document
from annotator.core.store import Project


def test_no_descriptor_of_a_held_project_is_opened(tmp_path, monkeypatch):
    path = tmp_path / "p.annotator"
    with Project.open(path, create=True) as p, p.bulk_import("t") as bulk:
        bulk.add(Document("a", "東京"))
    opened: list[str] = []
    real_open = os.open

    def watch(name, *args, **kwargs):
        if os.path.exists(name) and os.path.samefile(name, path):
            opened.append(str(name))
        return real_open(name, *args, **kwargs)

    first = Project.open(path)
    try:
        monkeypatch.setattr(os, "open", watch)
        with Project.open(path) as second:  # the window's import worker, a test's fresh window
            assert second.document("a").text == "東京"
        with Project.open(path, read_only=True) as third:
            assert third.labels()
        assert outputs.is_project_file(path)  # an export target the user picked: the project itself
        assert opened == []
        assert faults.is_held(path)
    finally:
        first.close()
    assert not faults.is_held(path)
