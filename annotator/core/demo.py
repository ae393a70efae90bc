"""The demo project: the documents of ``seeds/``, ready to annotate on the first run."""

from __future__ import annotations

from pathlib import Path

from .importer import import_files
from .store import Project


def create_demo_project(path: Path, seeds: Path) -> Path:
    """Create ``path`` from every ``*.txt`` in ``seeds`` (one document each), if missing."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(seeds.glob("*.txt"))
    tmp = path.with_name(path.name + ".creating")
    for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        stale.unlink(missing_ok=True)
    with Project.open(tmp, create=True, label_set="irex") as project:
        import_files(project, files, fmt="txt")
        project.checkpoint()
    tmp.replace(path)  # a half-made demo project never stands at the real path
    return path
