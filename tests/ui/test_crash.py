"""An uncaught exception: logged, shown with its text, and the app goes on."""

from __future__ import annotations

import sys


def test_report_logs_and_shows_without_blocking(qtbot, tmp_path, monkeypatch):
    from annotator.ui import crash

    monkeypatch.setenv("ANNOTATOR_LOG_DIR", str(tmp_path / "logs"))
    try:
        raise ValueError("沈黙の<b>テスト</b>")
    except ValueError:
        box = crash.report(*sys.exc_info())
    log = (tmp_path / "logs" / "annotator.log").read_text(encoding="utf-8")
    assert "ValueError: 沈黙の<b>テスト</b>" in log and "Traceback" in log
    assert box is not None and box.isVisible()  # open() returned: no nested event loop
    assert "ValueError" in box.detailedText() and "saved" in box.informativeText()
    assert crash.report(ValueError, ValueError("second"), None) is None  # one dialog at a time
    box.close()
    qtbot.waitUntil(lambda: not crash._showing)


def test_the_real_program_installs_the_hook(tmp_path):
    import os
    import subprocess

    from tests.conftest import annotator_cmd

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_QUIT_AFTER_MS": "300",
           "ANNOTATOR_DATA_DIR": str(tmp_path / "data"), "ANNOTATOR_LOG_DIR": str(tmp_path / "logs"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "ANNOTATOR_RAISE_AFTER_MS": "100"}
    res = subprocess.run([*annotator_cmd()], env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr  # the error did not end the program
    assert "deliberate test error" in (tmp_path / "logs" / "annotator.log").read_text(encoding="utf-8")
