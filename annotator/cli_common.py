"""What the command's subcommands share: their error line, counted nouns, opening a project."""

from __future__ import annotations

import sys
from pathlib import Path

from .console import printable

_PLURALS = {"entity": "entities", "suggested entity": "suggested entities"}


def err(msg: str) -> None:
    """One message on stderr, with whatever came from data shown, never obeyed by the terminal."""
    print(f"annotator: {printable(msg)}", file=sys.stderr)


def counted(count: int, word: str) -> str:
    """``count`` and ``word``, in the plural unless the count is one: 1 entity, 3 entities."""
    return f"{count} {word if count == 1 else _PLURALS.get(word, word + 's')}"


def project_arg(text: str):  # -> Path | ServerLocation
    """A project argument: a project file's path, or a ``postgresql://`` URL (a malformed one
    is wrong usage, exit 2, shown without its password)."""
    import argparse

    from .core.location import ServerLocation, location, url_problem

    where = location(text)
    if isinstance(where, ServerLocation):
        problem = url_problem(where.url)
        if problem is not None:
            raise argparse.ArgumentTypeError(f"{where}: {problem}")
    return where


def open_project(path: Path, **kw):  # -> Project
    """Open a project for a command: ``read_only=True`` for commands that only read it
    (export, stats, check: a read-only project is read too); commands that write are
    refused at once if it is read-only or damaged (``check``)."""
    from .core.store import Project

    if not kw.get("read_only"):
        kw.setdefault("check", True)
    return Project.open(path, **kw)
