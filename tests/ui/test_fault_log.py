"""A crash of the process itself (a fault inside Qt) leaves the Python stacks in annotator.log
(a trial saw a segmentation fault that left nothing to report)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_segmentation_fault_is_written_to_the_log(tmp_path):
    code = ("from annotator.ui import crash; crash.install(); "
            "import faulthandler; faulthandler._sigsegv()")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "ANNOTATOR_LOG_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"})
    assert res.returncode != 0
    log = (tmp_path / "annotator.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in log and "File \"<string>\"" in log, log
