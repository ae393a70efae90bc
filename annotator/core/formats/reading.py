"""What the readers share: opening an input under the input policy (``inputs.open_input``), where
a file the policy refuses (missing, not a regular file, unreadable, too large) is one ``Parsed``
giving the reason, never an exception; reading it line by line within a byte limit per line, or
whole within a size limit; and going on after a broken value of a JSON list.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .. import messages as m
from ..inputs import MAX_FILE_BYTES, InputRefused, open_input, read_limited
from . import strictjson
from .base import Parsed

_PERMISSIVE = json.JSONDecoder()  # finds where a value that is not strict JSON ends


def with_input(path: str | Path, read: Callable[[BinaryIO], Iterator[Parsed]]) -> Iterator[Parsed]:
    """What ``read`` yields from ``path`` opened for reading (closed after); one Parsed naming
    the reason instead when the input policy refuses the file."""
    try:
        fh = open_input(path)
    except InputRefused as exc:
        yield Parsed(str(path), None, None, [exc.message], None)
        return
    with fh:
        yield from read(fh)


def read_whole(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> bytes | Parsed:
    """The bytes of ``path`` (at most ``max_bytes``), or one Parsed naming the reason the input
    policy refuses the file."""
    try:
        with open_input(path, max_bytes=max_bytes) as fh:
            return read_limited(fh, max_bytes)
    except InputRefused as exc:
        return Parsed(str(path), None, None, [exc.message], None)


def raw_lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, length) for each line of ``fh``; (None, length) for a line over ``max_bytes``,
    skipped without holding it in memory."""
    readline = fh.readline
    while True:
        raw = readline(max_bytes + 1)
        if not raw:
            return
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            n = len(raw)
            while True:
                rest = readline(1 << 20)
                n += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None, n
        else:
            yield raw, len(raw)


def too_long(size: int, max_bytes: int) -> str:
    """The problem of a line ``raw_lines`` skipped."""
    return (m.translate("Core", "line of {size:,} bytes: longer than the limit of {limit} MiB; not read")
            .format(size=size, limit=max_bytes // 2**20))


def resume(text: str, start: int) -> int | None:
    """Where reading a JSON list goes on after the value at ``start``, which strict JSON refused:
    past the white space after its end as a lenient reading (Python's ``json``) finds it; None
    when even that finds no end (nothing after it can be read)."""
    try:
        _, end = _PERMISSIVE.raw_decode(text, start)
    except (ValueError, RecursionError):
        return None
    return strictjson.skip_ws(text, end)
