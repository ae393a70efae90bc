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


def test_core_translations_keep_every_placeholder():
    """A core message is translated, then filled with .format(): a placeholder lost or renamed in
    the translation would raise KeyError where the message is made."""
    import string

    def fields(text: str) -> list[str]:
        return sorted(f"{name}!{conv}:{spec}" for _, name, spec, conv in string.Formatter().parse(text)
                      if name is not None)

    core = [(source, m.find("translation").text or "") for (context, source), m in messages(TS).items()
            if context == "Core"]
    assert len(core) > 90
    wrong = [(source, translation) for source, translation in core if fields(source) != fields(translation)]
    assert not wrong, wrong


def test_every_string_of_the_code_is_in_the_ts_file(tmp_path):
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    # the window's strings and the core's messages (m.translate("Core", ...))
    sources = sorted(str(p) for folder in ("ui", "core") for p in (ROOT / "annotator" / folder).rglob("*.py"))
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


def test_switching_the_language_rebuilds_the_window_on_the_same_project(qtbot, qapp, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from shiboken6 import isValid

    from annotator.core.model import Document
    from annotator.core.store import Project
    from annotator.ui import i18n
    from annotator.ui.main_window import MainWindow

    project = Project.open(tmp_path / "p.annotator", create=True)
    with project.bulk_import("test") as bulk:
        bulk.add(Document("a", "東京と大阪の話"))
    # not registered with qtbot: a language switch deletes the window it replaces
    w = MainWindow(project)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.view.setFocus()
    try:
        QTest.keyClick(w.view, Qt.Key.Key_Right)  # to と
        QTest.keyClick(w.view, Qt.Key.Key_Right)  # to 大阪
        QTest.keyClick(w.view, Qt.Key.Key_3)  # LOCATION
        assert [e.text for e in project.entities("a")] == ["大阪"]
        ja = w.switch_language("ja")
        assert ja.project is project and ja.doc_id == "a"
        assert [a.text() for a in ja.menuBar().actions()][:2] == ["ファイル(&F)", "編集(&E)"]
        assert "作業中" in ja.doc_info.text()  # the status, named in Japanese
        assert ja.view.text[slice(*ja.view.selection)] == "大阪"  # the cursor where it was
        qtbot.waitUntil(lambda: not isValid(w))  # the old window is gone
        ja.activateWindow()
        qtbot.waitUntil(ja.isActiveWindow)
        QTest.keyClick(ja.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the history came along
        assert project.entities("a") == []
        en = ja.switch_language("en")
        qtbot.waitUntil(lambda: not isValid(ja))
        assert en.menuBar().actions()[0].text() == "&File"
        en.close()
    finally:
        i18n.install(qapp, "en")
        project.close()


def test_a_language_switch_keeps_the_document_list_filter(qtbot, qapp, tmp_path):
    from shiboken6 import isValid

    from annotator.core.model import Document
    from annotator.core.store import Project
    from annotator.ui import i18n
    from annotator.ui.main_window import MainWindow

    project = Project.open(tmp_path / "f.annotator", create=True)
    with project.bulk_import("t") as bulk:
        for doc_id in ("apple", "banana", "cherry"):
            bulk.add(Document(doc_id, f"{doc_id}の話"))
    w = MainWindow(project)
    w.show()
    qtbot.waitExposed(w)
    try:
        w.documents.search.setText("an")
        w.documents.status.setCurrentIndex(1)  # new
        assert w.documents.ids() == ["banana"]
        ja = w.switch_language("ja")
        qtbot.waitUntil(lambda: not isValid(w))
        assert ja.documents.filter_state() == ("an", 1)
        assert ja.documents.ids() == ["banana"]
        en = ja.switch_language("en")
        qtbot.waitUntil(lambda: not isValid(ja))
        assert en.documents.ids() == ["banana"]
        en.close()
    finally:
        i18n.install(qapp, "en")
        project.close()
