"""The rules of the house, as tests: a Qt-free core, ruff-clean code, no `packaging` package."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BLOCK_QT = textwrap.dedent("""
    import sys
    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
                raise ImportError(f"{name} is blocked in this test")
    sys.meta_path.insert(0, BlockQt())
""")


def test_core_imports_and_works_without_qt(tmp_path):
    script = BLOCK_QT + textwrap.dedent(f"""
        import pkgutil, importlib, json
        import annotator.core
        for m in pkgutil.walk_packages(annotator.core.__path__, "annotator.core."):
            importlib.import_module(m.name)
        from annotator.core.store import Project
        from annotator.core.importer import import_files
        from annotator.core.formats import jsonl
        from annotator.core.ops import AddEntity
        from pathlib import Path
        tmp = Path({str(tmp_path)!r})
        src = tmp / "in.jsonl"
        record = json.dumps({{"id": "a", "text": "𠮷野家の孫正義"}}, ensure_ascii=False)
        src.write_text(record + "\\n", encoding="utf-8")
        with Project.open(tmp / "p.annotator", create=True) as p:
            import_files(p, [src])
            p.apply(AddEntity("a", p.new_entity("a", 4, 7, "PERSON")))
            jsonl.write(p.iter_documents(), tmp / "out.jsonl", tokens=True)
        rec = json.loads((tmp / "out.jsonl").read_text(encoding="utf-8"))
        assert rec["entities"][0]["text"] == "孫正義", rec
        assert not any(k.startswith(("PySide6", "shiboken6", "pyqtgraph")) for k in sys.modules)
        print("core-ok")
    """)
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "core-ok" in res.stdout


def test_cli_commands_other_than_gui_do_not_import_qt(tmp_path):
    script = BLOCK_QT + "from annotator.cli import main\nraise SystemExit(main(['tokenize', " + repr(
        str(tmp_path / "t.txt")) + "]))"
    (tmp_path / "t.txt").write_text("猫", encoding="utf-8")
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr


def test_import_contract():
    exe = Path(sys.executable).with_name("lint-imports")
    if not exe.exists():
        pytest.skip("import-linter is not installed")
    res = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr


def test_ruff_clean():
    exe = Path(sys.executable).with_name("ruff")
    ruff = str(exe) if exe.exists() else shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    res = subprocess.run([ruff, "check", "annotator", "tests"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout


def test_packaging_folder_is_not_a_python_package():
    assert not (ROOT / "packaging" / "__init__.py").exists()
    assert not any(p.suffix == ".py" for p in (ROOT / "packaging").glob("*.py") if p.stem == "__init__")
