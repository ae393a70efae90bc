"""One registry of formats (issue 12, item 4): the command line, the dialogs and the README
all come from ``annotator.core.formats.FORMATS``."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import annotator.core.formats as formats
from annotator.cli import _build_parser
from annotator.core.formats.__main__ import table

ROOT = Path(__file__).resolve().parents[2]


def _choices(command: str) -> list[str]:
    parser = _build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    return list(next(a for a in sub._actions if a.dest == "format").choices)


def test_every_format_module_is_in_the_registry():
    modules = {name for _, name, _ in pkgutil.iter_modules(formats.__path__)}
    for name in modules:
        module = importlib.import_module(f"annotator.core.formats.{name}")
        fmt = getattr(module, "FORMAT", None)
        if fmt is not None:
            assert formats.FORMATS.get(fmt.name) is fmt, name


def test_the_command_line_takes_the_registry_names():
    assert _choices("import") == [f.name for f in formats.readable()]
    assert _choices("export") == [f.name for f in formats.writable()]
    for f in formats.FORMATS.values():
        assert f.read is not None or f.write is not None, f.name
        assert re.fullmatch(r"[a-z][a-z0-9-]*", f.name)


def test_no_suffix_names_two_formats():
    seen: dict[str, str] = {}
    for f in formats.readable():
        for suffix in f.suffixes if not f.folder_in else ():
            assert suffix not in seen, (suffix, seen.get(suffix), f.name)
            seen[suffix] = f.name


def test_the_readme_table_is_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert table() in readme, "regenerate it: python -m annotator.core.formats --markdown"
