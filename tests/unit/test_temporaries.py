"""Temporaries are named with the host name and the PID, so that the next run in the same folder
removes the ones whose process is gone, keeps the ones still written, and leaves another
machine's alone until they are a day old."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

from annotator.core import temporaries
from annotator.core.model import Document
from annotator.core.store import Project
from tests.conftest import annotator_cmd

DEAD_PID = 2**22 + 12345  # above Linux's pid_max: no such process


def test_the_name_holds_the_host_name_and_the_pid():
    name = temporaries.new_name("out.jsonl", ".annotator-tmp")
    assert name.startswith(f".out.jsonl.{temporaries.host_tag()}-{os.getpid()}-")
    assert temporaries.host_tag() == socket.gethostname() or not socket.gethostname().isascii()
    assert temporaries.pattern(".annotator-tmp").match(name)


def test_an_export_removes_what_dead_processes_of_this_machine_left(tmp_path):
    project = tmp_path / "p.annotator"
    with Project.open(project, create=True) as p, p.bulk_import("t") as bulk:
        bulk.add(Document("a", "東京"))
    host = temporaries.host_tag()
    dead = tmp_path / f".o.jsonl.{host}-{DEAD_PID}-abcd0123.annotator-tmp"
    elsewhere = tmp_path / f".o.jsonl.other.example.com-{DEAD_PID}-abcd0123.annotator-tmp"
    old_elsewhere = tmp_path / f".o.jsonl.other.example.com-{DEAD_PID}-abcd0124.annotator-tmp"
    sleeper = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        running = tmp_path / f".o.jsonl.{host}-{sleeper.pid}-abcd0125.annotator-tmp"
        for path in (dead, elsewhere, old_elsewhere, running):
            path.write_text("{}\n")
        day_ago = time.time() - temporaries.STALE_SECONDS - 60
        os.utime(old_elsewhere, (day_ago, day_ago))
        res = subprocess.run([*annotator_cmd(), "export", str(project), "-o", str(tmp_path / "o.jsonl")],
                             capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr
        assert not dead.exists() and not old_elsewhere.exists()
        assert elsewhere.exists() and running.exists()
        assert [r["id"] for r in map(json.loads, (tmp_path / "o.jsonl").read_text().splitlines())] == ["a"]
    finally:
        sleeper.kill()
        sleeper.wait()
