"""What the background training process runs (no Qt: the child imports only the core).

The window starts it with the "spawn" context (``controllers/training.py``): crfsuite holds the
GIL for a whole training, so a thread would freeze the window, and a process can be killed
when the project closes or changes.
"""

from __future__ import annotations

from multiprocessing.connection import Connection


def run(conn: Connection, project_path: str, names: list[str]) -> None:
    """Train ``names`` on the project at ``project_path``; send ("ok", {name: model bytes}) or
    ("error", why) through ``conn``."""
    try:
        from annotator.core.training import train

        result: tuple[str, object] = ("ok", train(project_path, names))
    except Exception as exc:  # the window says it; the child never dies silently
        result = ("error", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(result)
    finally:
        conn.close()


def measure(conn: Connection, project_path: str, names: list[str]) -> None:
    """Measure ``names`` on the project's held-out done documents (``training.measure``); send
    ("ok", [quality entry, ...]) or ("error", why) through ``conn``."""
    try:
        from annotator.core.training import measure as measure_quality

        result: tuple[str, object] = ("ok", measure_quality(project_path, names))
    except Exception as exc:
        result = ("error", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(result)
    finally:
        conn.close()
