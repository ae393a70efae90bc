"""The core's layers, as tests: every module placed in the import-linter ``layers`` contract,
no import cycle anywhere in the core, and no module reaching into another's private members.

``lint-imports`` (run by test_architecture.py) checks the contract itself: a module imports
only from the layers below its own, lazy and TYPE_CHECKING imports included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "annotator"
CORE = PACKAGE / "core"

#: Names with a leading underscore that are public APIs, and why.
ALLOWED_ATTRIBUTES = {
    ("os", "_exit"),       # leave without running cleanups (a forked child, a second signal)
    ("sys", "_MEIPASS"),   # where a PyInstaller bundle unpacked itself
    ("sys", "_getframe"),  # the caller's frame, for a warning's origin
}
#: The documented methods of namedtuples (underscored so they never clash with field names).
NAMEDTUPLE_API = frozenset({"_replace", "_fields", "_asdict", "_make", "_field_defaults"})


def _layers_contract() -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    assert len(contracts) == 1, contracts
    return contracts[0]


def _layer_modules(contract: dict) -> list[list[str]]:
    """The modules of each layer (relative to the container), optional ones unwrapped."""
    out = []
    for layer in contract["layers"]:
        sep = "|" if "|" in layer else ":"
        out.append([name.strip().removeprefix("(").removesuffix(")") for name in layer.split(sep)])
    return out


def _core_modules() -> set[str]:
    """The modules and subpackages directly in annotator.core (a subpackage is one layer unit)."""
    names = {p.stem for p in CORE.glob("*.py") if p.stem != "__init__"}
    names |= {p.name for p in CORE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    return names


def test_the_layers_contract_places_every_module_of_the_core_once():
    contract = _layers_contract()
    assert contract["containers"] == ["annotator.core"]
    placed = [name for layer in _layer_modules(contract) for name in layer]
    assert len(placed) == len(set(placed)), f"placed twice: {sorted({n for n in placed if placed.count(n) > 1})}"
    missing = sorted(_core_modules() - set(placed))
    assert not missing, f"put these modules of annotator/core in a layer of pyproject.toml: {missing}"


def test_only_modules_still_to_be_written_are_optional_layers():
    """``(name)`` keeps the contract valid before a planned module exists, and only then."""
    existing = _core_modules()
    optional = [name.strip()[1:-1] for layer in _layers_contract()["layers"]
                for name in layer.replace(":", "|").split("|") if name.strip().startswith("(")]
    assert not [n for n in optional if n in existing], "a module that exists is required: drop its parentheses"


def test_no_import_cycle_in_the_core():
    """No two modules of annotator.core import each other, even through others, lazily or for
    type checking only, subpackages included (the contract sees a subpackage as one unit)."""
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("annotator")
    modules = sorted(m for m in graph.modules if m.startswith("annotator.core"))
    cycles = []
    for m in modules:
        for imported in graph.find_modules_directly_imported_by(m):
            if imported.startswith("annotator.core") and imported != m:
                back = graph.find_shortest_chain(importer=imported, imported=m)
                if back is not None and {m, imported} not in [{a, b} for a, b, _ in cycles]:
                    cycles.append((m, imported, " -> ".join(back)))
    assert not cycles, "import cycles:\n" + "\n".join(f"{a} -> {b}, and back: {chain}" for a, b, chain in cycles)


# -- private members ---------------------------------------------------------------------------


def _defined_here(tree: ast.Module) -> set[str]:
    """The underscored names a module defines: functions, classes, names it assigns, and the
    attributes its classes give themselves (``self._x = ...``, ``cls._x = ...``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
              and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
            names.add(node.attr)
    return {n for n in names if n.startswith("_")}


def _is_private(name: str) -> bool:
    dunder = name.startswith("__") and name.endswith("__")
    sunder = len(name) > 2 and name.startswith("_") and name.endswith("_") and not name.startswith("__")  # enum
    return name.startswith("_") and not dunder and not sunder


def _own(obj: ast.expr) -> bool:
    """``self``, ``cls`` or ``super()``: the object's own members."""
    if isinstance(obj, ast.Name):
        return obj.id in ("self", "cls")
    return isinstance(obj, ast.Call) and isinstance(obj.func, ast.Name) and obj.func.id == "super"


def private_access(source: str, name: str) -> list[str]:
    """Where the module ``name`` (its ``source``) reads or writes another module's private members.

    A private member (``_name``) belongs to the module that defines it. ``name._x`` is another
    module's when this module defines no ``_x`` (an instance of a class of this module may use
    its private members here); ``self.window._x`` or ``f()._x`` (through another object) always
    is, and so is setting ``name._x``, and ``from x import _name``."""
    tree = ast.parse(source, name)
    own = _defined_here(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found += [(node.lineno, f"from {'.' * node.level}{node.module or ''} import {a.name}")
                      for a in node.names if _is_private(a.name)]
        elif isinstance(node, ast.Attribute) and _is_private(node.attr) and not _own(node.value):
            if node.attr in NAMEDTUPLE_API:
                continue
            if isinstance(node.value, ast.Name) and (node.value.id, node.attr) in ALLOWED_ATTRIBUTES:
                continue
            set_from_outside = isinstance(node.ctx, ast.Store)  # on another object than self
            through_another = not isinstance(node.value, ast.Name)  # self.window._x: another object's
            if set_from_outside or through_another or node.attr not in own:
                found.append((node.lineno, ast.unparse(node)))
    return [f"{name}:{line}: {what}" for line, what in sorted(found)]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_reaches_into_another_modules_private_members(path):
    found = private_access(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "private members of another module (give them a public name, or a method):\n" + \
        "\n".join(found)


def test_the_private_member_check_finds_what_it_should():
    source = (
        "import os, sys\n"
        "from collections import namedtuple\n"
        "from .store import _guarded\n"                     # 3: a private name imported
        "class Job:\n"
        "    def __init__(self):\n"
        "        self._thread = None\n"
        "def reap(job, project):\n"
        "    job._thread = 1\n"                             # 8: set from outside its class
        "    project._conn.close()\n"                       # 9: another module's private member
        "    os._exit(sys._MEIPASS and 0)\n"
        "    return namedtuple('P', 'a')(1)._replace(a=2), job._thread, super()._x, Job._thread\n"
        "def window(self):\n"
        "    return self.w._thread\n"                       # 13: through another object
    )
    found = private_access(source, "probe.py")
    assert [f.split(":")[1] for f in found] == ["3", "8", "9", "13"], found


def test_the_transaction_offers_what_operations_are_written_against():
    """``ops`` codes against ``writes.Transaction`` (below the storage layer); ``Tx`` must offer
    each of its methods with the same parameters, and the ``renamed`` map."""
    import inspect

    from annotator.core.transaction import Tx
    from annotator.core.writes import Transaction

    members = {n for n, v in vars(Transaction).items() if inspect.isfunction(v) and not n.startswith("_")}
    assert members, "the Protocol lists no method"
    for name in sorted(members):
        assert hasattr(Tx, name), f"Tx has no {name}"
        want = inspect.signature(getattr(Transaction, name))
        have = inspect.signature(getattr(Tx, name))
        assert list(have.parameters.values()) == list(want.parameters.values()), name
        assert have.return_annotation == want.return_annotation, name
    assert "renamed" in Transaction.__annotations__
