"""Translations: complete, in step with the code, and used by the window."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

TS = ROOT / "resources" / "translations" / "annotator_ja.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.find("name").text, m.find("source").text): m for ctx in root.findall("context")
            for m in ctx.findall("message")}


def test_japanese_translation_is_complete():
    problems = []
    for (context, source), m in messages(TS).items():
        tr = m.find("translation")
        kind = tr.get("type")
        forms = [f.text for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text]
        if kind in ("unfinished", "vanished", "obsolete") or not all(f and f.strip() for f in forms):
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
    assert not problems, "\n".join(problems)


def test_every_string_of_the_code_is_in_the_ts_file(tmp_path):
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "annotator" / "ui").glob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code, in_ts = set(messages(fresh)), set(messages(TS))
    assert not in_code - in_ts, f"not in the .ts file (run lupdate, then translate): {sorted(in_code - in_ts)}"
    assert not in_ts - in_code, f"in the .ts file but no longer in the code: {sorted(in_ts - in_code)}"


def test_the_window_speaks_japanese(qtbot, qapp, tmp_path):
    from annotator.core.store import Project
    from annotator.ui import i18n
    from annotator.ui.main_window import MainWindow

    assert i18n.install(qapp, "ja") == "ja"
    try:
        with Project.open(tmp_path / "ja.annotator", create=True) as project:
            w = MainWindow(project)
            qtbot.addWidget(w)
            titles = [a.text() for a in w.menuBar().actions()]
            assert titles[:3] == ["ファイル(&F)", "編集(&E)", "注釈(&A)"]
            assert w.claims_dock.windowTitle() == "主張"
            w.close()
    finally:
        assert i18n.install(qapp, "en") == "en"
    with Project.open(tmp_path / "en.annotator", create=True) as project:
        w = MainWindow(project)
        qtbot.addWidget(w)
        assert w.menuBar().actions()[0].text() == "&File"
        w.close()


def test_lang_option_of_the_real_program(tmp_path):
    import os

    from tests.conftest import annotator_cmd

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_QUIT_AFTER_MS": "300",
           "ANNOTATOR_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for args in (["--lang", "ja"], ["gui", "--lang", "en"]):
        res = subprocess.run([*annotator_cmd(), *args], env=env, capture_output=True, text=True, timeout=60)
        assert res.returncode == 0, res.stderr
