"""Passwords of a project on a PostgreSQL server (issue 15): read from ~/.pgpass (libpq's), or
asked for on a terminal, or in the window; never shown in messages, titles, recent lists, the
settings or the operation log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.errors import PasswordNeeded
from annotator.core.store import Project

SECRET = "s3cr3t-Pa55"


@pytest.fixture
def locked(pg_server, tmp_path, monkeypatch):
    """A project on the server, reachable only with a password (``SECRET``)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none.pgpass"))
    url = pg_server.require_password("pw_lead", SECRET).replace("/postgres?", "/pw_project?")
    pg_server.create_database("pw_project")
    docs = tmp_path / "d.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": "𠮷野家😀の社長"}, ensure_ascii=False) + "\n", encoding="utf-8")
    with_password = url.replace("pw_lead@", f"pw_lead:{SECRET}@")
    assert main(["import", with_password, str(docs)]) == 0
    return url


def test_without_a_password_the_command_says_so_and_never_shows_one(locked, capsys):
    assert main(["stats", locked]) == 1
    err = capsys.readouterr().err
    assert "asks for a password" in err and "~/.pgpass" in err and "Traceback" not in err
    wrong = locked.replace("pw_lead@", "pw_lead:wrong-one@")
    assert main(["stats", wrong]) == 1
    err = capsys.readouterr().err
    assert "asks for a password" in err and "wrong-one" not in err
    assert main(["stats", locked.replace("pw_lead@", f"pw_lead:{SECRET}@")]) == 0
    out = capsys.readouterr()
    assert SECRET not in out.out + out.err


def test_pgpass_gives_the_password(locked, tmp_path, monkeypatch, capsys):
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:pw_lead:{SECRET}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert main(["stats", locked]) == 0
    with Project.open(locked) as p:
        assert p.document_ids() == ["d1"]
        assert SECRET not in str(p.path) and SECRET not in repr(p.path)
        assert all(SECRET not in json.dumps(row, ensure_ascii=False) for row in p.oplog(100))
    assert SECRET not in capsys.readouterr().out


def test_a_terminal_is_asked_for_the_password(locked, monkeypatch, capsys):
    import getpass
    import sys

    asked = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or SECRET)
    assert main(["stats", locked]) == 0
    assert len(asked) == 1 and SECRET not in asked[0] and "pw_lead@" in asked[0]
    assert SECRET not in capsys.readouterr().out


def test_the_window_asks_for_the_password_and_keeps_it_out_of_title_and_settings(locked, qtbot, monkeypatch, tmp_path):
    from annotator.ui import server_prompt
    from annotator.ui.main_window import MainWindow

    with pytest.raises(PasswordNeeded):
        Project.open(locked)
    w = MainWindow(Project.open(locked.replace("pw_lead@", f"pw_lead:{SECRET}@")), document="d1")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.view.tokens_held)
    asked = []

    def answer(parent, title, label, *, password=False, text=""):
        asked.append((label, password))
        return SECRET, True

    monkeypatch.setattr(server_prompt, "ask_text", answer)
    from annotator.core.location import ServerLocation

    assert w.files.switch_project(ServerLocation(locked))
    assert len(asked) == 1 and asked[0][1] is True and SECRET not in asked[0][0]
    assert "pw_lead@/pw_project" in asked[0][0] and "host=" not in asked[0][0]  # a few words, no query
    assert SECRET not in w.windowTitle() and "pw_project" in w.windowTitle()
    w.files.remember_project()
    w.settings.sync()
    stored = "\n".join(str(w.settings.value(k)) for k in w.settings.allKeys())
    assert SECRET not in stored and "pw_project" in stored
    settings_file = Path(w.settings.fileName())
    if settings_file.exists():
        assert SECRET not in settings_file.read_text(encoding="utf-8", errors="replace")
    w.close()
    w.project.close()


@pytest.mark.parametrize("url", [
    f"postgresql://lead@/p1?host=/tmp/x&%70assword={SECRET}",
    f"POSTGRESQL://taro:{SECRET}@db.example.org/annotation",
    f"postgres://u@h/db?password={SECRET}&password=x",
    f"postgresql://u@h/db?PassWord={SECRET}&sslpassword={SECRET}&sslmode=require",
    f"postgresql://u:{SECRET.replace('-', '%2D')}@h/db",
])
def test_a_url_is_never_shown_with_its_password(url):
    from annotator.core.location import ServerLocation, is_url, scrub, shown_url

    assert is_url(url)
    where = ServerLocation(url)
    for text in (shown_url(url), str(where), repr(where), where.short, where.name):
        assert SECRET not in text and SECRET.replace("-", "%2D") not in text
    assert scrub(f"could not connect with {SECRET} to /tmp/x", url) == "could not connect with *** to /tmp/x"
    assert scrub("a message about x and /tmp/x", "postgresql://u:x@h/db") == "a message about x and /tmp/x"
