"""The standalone program: packaging/build.sh builds it, and it works without Python.

One build per test run (about a minute): the fixture runs the real build script into a
temporary folder; the tests then use the frozen program as a user would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZE_LIMIT_MIB = 400

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh is the Linux/macOS build")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    dist = tmp_path_factory.mktemp("dist")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANNOTATOR_", "QT_QPA"))}
    res = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), "--dist", str(dist)],
                         capture_output=True, text=True, env=env, timeout=900)
    log = res.stdout + res.stderr
    assert res.returncode == 0, log[-4000:]
    return dist / "annotator", log


def _user_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNOTATOR_")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_STATE_HOME=str(tmp_path / "state"),
               QT_QPA_PLATFORM="offscreen")
    return env


def test_build_script_checks_the_frozen_program(bundle: tuple[Path, str]) -> None:
    folder, log = bundle
    assert (folder / "annotator").is_file() and os.access(folder / "annotator", os.X_OK)
    # build.sh ran the self-test and the offscreen window on the demo project
    assert "\nOK self-test passed" in log
    assert "self-test (frozen," in log
    assert "first frame painted: demo.annotator" in log
    assert "statistics drawn: 8 labels" in log


def test_self_test_from_a_fresh_user(bundle: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = bundle
    res = subprocess.run([str(folder / "annotator"), "--self-test"], capture_output=True, text=True,
                         env=_user_env(tmp_path), timeout=120)
    lines = res.stdout.strip().splitlines()
    assert res.returncode == 0, res.stdout + res.stderr
    assert lines[-1].startswith("OK")
    assert lines[0].startswith("annotator ") and "(frozen," in lines[0]
    # the same Qt text services (ICU) as the source program: line breaks, words, collation, codecs
    source = subprocess.run([sys.executable, "-m", "annotator", "--self-test"], capture_output=True, text=True,
                            env=_user_env(tmp_path), timeout=120)
    text_line = [line for line in lines if line.startswith("text:")]
    assert text_line and text_line == [line for line in source.stdout.splitlines() if line.startswith("text:")]


def test_subcommands_of_the_frozen_program(bundle: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = bundle
    program = str(folder / "annotator")
    env = _user_env(tmp_path)
    source = tmp_path / "in.jsonl"
    text = "😀𠮷野家の牛丼"
    source.write_text(json.dumps({"id": "d1", "text": text, "entities": [
        {"id": "T1", "start": 1, "end": 4, "label": "ORGANIZATION", "text": "𠮷野家"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    project = tmp_path / "p.annotator"
    res = subprocess.run([program, "import", str(project), str(source)], capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stderr
    out = tmp_path / "out.jsonl"
    res = subprocess.run([program, "export", str(project), "-o", str(out)], capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["entities"][0]["start"] == 1 and record["entities"][0]["text"] == "𠮷野家"
    # bad input: a clear message naming the file and line, exit status 1, no traceback
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "abc", "entities": [{"start": 2, "end": 9, "label": "X"}]}\n')
    res = subprocess.run([program, "validate", str(bad)], capture_output=True, text=True, env=env)
    assert res.returncode == 1
    assert f"{bad}:1:" in res.stdout and "Traceback" not in res.stderr
    res = subprocess.run([program, "tokenize"], input="東京都に行く", capture_output=True, text=True, env=env)
    assert res.returncode == 0 and json.loads(res.stdout.splitlines()[0])["surface"] == "東京"


def test_what_is_in_the_bundle(bundle: tuple[Path, str]) -> None:
    folder, _ = bundle
    internal = folder / "_internal"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 2**20 <= SIZE_LIMIT_MIB, f"{size / 2**20:.0f} MiB"
    # unidic-lite whole (module and dictionary); the full unidic package never
    assert (internal / "unidic_lite" / "dicdir" / "sys.dic").is_file()
    assert (internal / "unidic_lite" / "dicdir" / "matrix.bin").is_file()
    assert not (internal / "unidic").exists()
    # only the Qt modules the program uses
    modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.abi3.so")}
    assert modules <= {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtOpenGL", "QtOpenGLWidgets"}, modules
    assert {"QtCore", "QtGui", "QtWidgets"} <= modules
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqxcb.so").is_file() and (plugins / "platforms" / "libqoffscreen.so").is_file()
    assert not (plugins / "qmltooling").exists() and not (plugins / "sqldrivers").exists()
    # translations compiled, not the sources
    assert (internal / "resources" / "translations" / "annotator_ja.qm").is_file()
    assert not list((internal / "resources" / "translations").glob("*.ts"))


def test_frozen_program_installs_its_own_launcher(bundle: tuple[Path, str], tmp_path: Path) -> None:
    import shutil

    folder, _ = bundle
    env = _user_env(tmp_path)
    res = subprocess.run([str(folder / "annotator"), "install-shortcut", "--desktop"], capture_output=True,
                         text=True, env=env)
    assert res.returncode == 0, res.stderr
    entry = tmp_path / "data" / "applications" / "io.github.annotator.Annotator.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f"Exec={folder / 'annotator'} gui %f" in lines
    assert (tmp_path / "Desktop" / entry.name).is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    res = subprocess.run([str(folder / "annotator"), "uninstall-shortcut"], capture_output=True, text=True, env=env)
    assert res.returncode == 0 and not entry.exists() and not (tmp_path / "Desktop" / entry.name).exists()


def test_frozen_program_logs_an_uncaught_error_and_goes_on(bundle: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = bundle
    env = {**_user_env(tmp_path), "ANNOTATOR_RAISE_AFTER_MS": "300", "ANNOTATOR_QUIT_AFTER_MS": "1500"}
    res = subprocess.run([str(folder / "annotator")], capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
    logs = list(tmp_path.rglob("annotator.log"))
    assert logs and "RuntimeError: deliberate test error" in logs[0].read_text(encoding="utf-8")
