"""The build backend: setuptools, after compiling the translations.

Qt loads ``.qm`` files, compiled from the Linguist sources ``resources/translations/*.ts``
by ``lrelease``. They are generated, so they are not committed; they are made here, at build
time, so that every wheel (and an editable install) carries them and the program never
compiles anything at run time. ``lrelease`` comes from PySide6-Essentials, a build
requirement (pyproject.toml). Named in ``[build-system]`` with ``backend-path = ["packaging"]``.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import warnings
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every hook of the PEP 517/660 interface

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _lrelease() -> str:
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        tool = Path(folder) / "lrelease"
        if tool.is_file():
            return str(tool)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise RuntimeError("lrelease not found: PySide6-Essentials is a build requirement (pyproject.toml)")
    return found


def compile_translations() -> list[Path]:
    """Compile every .ts into the .qm beside it when the .qm is missing or older."""
    made = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        res = subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if res.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease failed on {ts}: {res.stdout}{res.stderr}")
        made.append(qm)
    return made


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    compile_translations()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    compile_translations()
    with warnings.catch_warnings():
        # The package-dir mapping (resources/ -> annotator.data.resources) makes setuptools use a
        # meta path finder and say, as information only, that a folder named like the package in
        # the working directory could shadow it. That folder is the package itself: nothing to do.
        warnings.filterwarnings("ignore", message="Editable installation")
        return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)


def build_sdist(sdist_directory, config_settings=None):
    return _setuptools.build_sdist(sdist_directory, config_settings)
