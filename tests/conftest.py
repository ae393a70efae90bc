"""Shared fixtures. Qt tests run offscreen unless QT_QPA_PLATFORM says otherwise."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:  # property tests must not fail because a busy machine ran one example slowly
    from hypothesis import HealthCheck, settings

    settings.register_profile("annotator", deadline=None, suppress_health_check=[HealthCheck.too_slow],
                              print_blob=True)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "annotator"))
except ImportError:  # the core's tests also run without the test extras
    pass

#: How long a UI test waits for a condition before it fails. A wait ends as soon as its
#: condition holds, so a long limit costs nothing on a quiet machine and keeps a busy CI
#: machine (two other processes on its two cores) from failing a test that is only slow.
WAIT_MS = int(os.environ.get("ANNOTATOR_TEST_WAIT_MS", "60000"))


def _longer_waits() -> None:
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # no pytest-qt: no UI tests
        return
    import functools

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive", "waitCallback"):
        method = getattr(QtBot, name)

        @functools.wraps(method)
        def wait(self, *args, _method=method, **kwargs):
            kwargs.setdefault("timeout", WAIT_MS)
            return _method(self, *args, **kwargs)

        setattr(QtBot, name, wait)


_longer_waits()

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STOCKMARK = SHARED / "data" / "ner-wikipedia-dataset" / "ner.json"
NOVEL = SHARED / "data" / "wagahai" / "wagahai.txt"
SEED = ROOT / "seeds" / "stargate-microsoft-openai.ja.txt"


def shared_file(path: Path) -> Path:
    """``path`` under ../shared, or skip the test where the folder is absent."""
    if not path.is_file():
        pytest.skip(f"{path} is not here (../shared/ is absent)")
    return path


@pytest.fixture
def stockmark_path() -> Path:
    return shared_file(STOCKMARK)


@pytest.fixture
def novel_path() -> Path:
    return shared_file(NOVEL)


@pytest.fixture
def project(both):
    """A new project, once as a file and once on the PostgreSQL server (issue 15: the store's
    tests run against both backends)."""
    return both


_DATABASES = iter(range(1, 1_000_000))


@pytest.fixture(params=["file", "server"])
def where(request, tmp_path):
    """Where a test's project lives, once per backend (issue 15): a project file, and a fresh
    database on the session's PostgreSQL server (``pg_server``)."""
    if request.param == "file":
        return tmp_path / "p.annotator"
    server = request.getfixturevalue("pg_server")
    return server.create_database(f"t{os.getpid()}_{next(_DATABASES)}")


@pytest.fixture
def both(where):
    """A new project on each backend (``where``)."""
    from annotator.core.store import Project

    p = Project.open(where, create=True)
    yield p
    p.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """Never touch the real user's data or settings folders, nor another test's."""
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("ANNOTATOR_USER", "tester")
    if "PySide6.QtCore" in sys.modules:  # Qt reads XDG_CONFIG_HOME once per process: set the path itself
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


def annotator_cmd() -> list[str]:
    """The real command, as a user runs it (the venv's entry point, else python -m)."""
    exe = Path(sys.executable).with_name("annotator")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "annotator"]


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for the session (tests/pg.py). Where it cannot run, the tests
    that need it skip with the reason, except in CI, where the setup installs it: there they fail."""
    from tests.pg import start_or_skip

    server = start_or_skip()
    yield server
    server.stop()
