"""Finding the files of ``resources/`` and ``seeds/`` wherever the program runs from.

From a checkout they sit beside the package; installed from a wheel they are the package
``annotator.data.resources`` / ``annotator.data.seeds`` (pyproject maps them there); in the
PyInstaller bundle they are under ``sys._MEIPASS``. This is the one place that knows.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources as _ir
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


@cache
def _folder(name: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / name)
    candidates.append(_CHECKOUT / name)
    for path in candidates:
        if path.is_dir():
            return path
    # installed from a wheel: the package annotator.data holds them (a plain folder each, so
    # importlib.resources is asked for the package above, never for a namespace package)
    try:
        installed = Path(str(_ir.files("annotator.data"))) / name
    except ModuleNotFoundError:  # the frozen program has no such package
        installed = None
    if installed is not None and installed.is_dir():
        return installed
    raise FileNotFoundError(f"annotator's {name}/ folder is missing from this installation")


def resource(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource("schemas", "record.schema.json")``."""
    return _folder("resources").joinpath(*parts)


def seeds_folder() -> Path:
    return _folder("seeds")


def desktop_file(name: str) -> Path:
    """A file of ``desktop/`` (the .desktop entry, the AppStream metainfo)."""
    return _folder("desktop") / name
