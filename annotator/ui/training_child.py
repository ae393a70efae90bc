"""What the background training process runs, and the process serving GiNZA (no Qt: the
children import only the core).

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


def ginza(conn: Connection) -> None:
    """Serve GiNZA's entities (``recommend.pretrained.Pipeline``) until told to stop: each
    request is a list of texts, answered ("ok", texts, [raw entities per text]) or ("error",
    texts, why); None (or the window's end of the pipe closing) ends the process. The model
    is loaded once, at the first request."""
    try:
        from annotator.core.recommend.pretrained import Pipeline

        while True:
            try:
                texts = conn.recv()
            except (EOFError, OSError):
                return
            if texts is None:
                return
            try:
                reply: tuple[str, object, object] = ("ok", texts, Pipeline.entities(texts))
            except Exception as exc:  # the window says it and stops asking
                reply = ("error", texts, f"{type(exc).__name__}: {exc}")
            conn.send(reply)
    finally:
        conn.close()
