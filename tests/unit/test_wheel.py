"""The package as pip installs it from a wheel (no checkout beside it): resources, seeds,
desktop files and translations are found, and the self-test passes.

The wheel is built without build isolation, from what the test extra installed into this
environment (setuptools, wheel, PySide6 for lrelease): no test needs the network."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_holds_the_data_and_passes_the_self_test(tmp_path):
    wheels = tmp_path / "wheels"
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                          "--no-index", "-w", str(wheels), str(ROOT)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    (wheel,) = wheels.glob("annotator-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("resources/schemas/record.schema.json", "resources/icons/annotator.svg",
                   "resources/icons/annotator.ico", "resources/icons/annotator-16.png",
                   "resources/icons/annotator.icns",
                   "resources/translations/annotator_ja.ts", "resources/translations/annotator_ja.qm",
                   "seeds/stargate-microsoft-openai.ja.txt", "desktop/io.github.annotator.Annotator.desktop"):
        assert f"annotator/data/{needed}" in names, needed
    target = tmp_path / "site"
    res = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                          str(wheel)], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import annotator; "
            "assert annotator.__file__.startswith(sys.argv[1]), annotator.__file__; "
            "from annotator.selftest import run; sys.exit(run())")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    res = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.strip().splitlines()[-1].startswith("OK")
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.qm")), \
        "a translation was compiled at run time"
