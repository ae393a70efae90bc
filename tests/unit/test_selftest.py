"""``annotator --self-test`` from the source tree; the frozen program runs it in tests/packaging."""

from __future__ import annotations

import subprocess
import sys

from annotator import selftest


def test_self_test_passes_and_ends_with_ok(tmp_path) -> None:
    res = subprocess.run([sys.executable, "-m", "annotator", "--self-test"], capture_output=True, text=True,
                         timeout=120)
    lines = res.stdout.strip().splitlines()
    assert res.returncode == 0, res.stdout + res.stderr
    assert lines[-1].startswith("OK")
    steps = [line.split(":", 1)[0] for line in lines[1:-1]]
    assert steps == ["tokenize", "resources", "translations", "text", "statistics", "project"]
    assert "(source," in lines[0]


def test_a_failing_step_is_named_and_the_status_is_1(monkeypatch) -> None:
    def broken() -> str:
        raise AttributeError("module 'unidic_lite' has no attribute 'DICDIR'")

    monkeypatch.setattr(selftest, "_tokenize", broken)
    lines: list[str] = []
    assert selftest.run(lines.append) == 1
    assert lines[-1] == "FAILED tokenize: AttributeError: module 'unidic_lite' has no attribute 'DICDIR'"
    assert not any(line.startswith("OK") for line in lines)
