"""Opening an input file: only a regular file, checked before a byte is read.

A FIFO blocks ``open()`` until a writer comes; ``/dev/zero`` or ``/dev/urandom`` never end; a
folder or a socket cannot be read as text. So the path is examined first (``lstat`` and
``stat``: a symbolic link is named as such), then opened with ``O_NONBLOCK`` (an ``open`` of
a FIFO that appeared meanwhile returns at once) and examined again through the open file
(``fstat``): what is read is exactly the regular file that was checked. Every refusal is an
``InputRefused`` whose message says what the path is (``is a FIFO (named pipe), not a
regular file``), ready to be shown after the file name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from . import messages as m
from .faults import file_kind

#: The largest text or Stockmark file read whole (one project row per document; split it first).
MAX_FILE_BYTES = 256 * 1024 * 1024


class InputRefused(Exception):
    """An input path that is not read; ``message`` says why (without the file name)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return m.translate("Core", "no such file")
    if isinstance(exc, PermissionError):
        return m.translate("Core", "cannot read: permission denied")
    if exc.errno == errno.ELOOP:
        return m.translate("Core", "cannot read: too many levels of symbolic links")
    if exc.errno == errno.ENOTDIR:
        return m.translate("Core", "no such file (a part of the path is not a folder)")
    return m.translate("Core", "cannot read: {reason}").format(reason=exc.strerror or exc)


def not_regular(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` is not an existing regular file (a symbolic link to one is fine), or None."""
    try:
        link = os.lstat(path)
    except OSError as exc:
        return _os_reason(exc)
    st = link
    if stat.S_ISLNK(link.st_mode):
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return m.translate("Core", "is a symbolic link to a missing file")
        except OSError as exc:
            return _os_reason(exc)
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISLNK(link.st_mode):
        return (m.translate("Core", "is a symbolic link to {kind}, not to a regular file")
                .format(kind=file_kind(st.st_mode)))
    return m.translate("Core", "is {kind}, not a regular file").format(kind=file_kind(st.st_mode))


def open_input(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> BinaryIO:
    """``path`` opened for reading in binary, or InputRefused: not a regular file (said what it
    is), missing, unreadable, or larger than ``max_bytes``. Never blocks on a FIFO."""
    problem = not_regular(path)
    if problem is not None:
        raise InputRefused(problem)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputRefused(_os_reason(exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # replaced between the check and the open
            raise InputRefused(m.translate("Core", "is {kind}, not a regular file").format(kind=file_kind(st.st_mode)))
        if max_bytes is not None and st.st_size > max_bytes:
            raise InputRefused(too_large(st.st_size, max_bytes))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def too_large(size: int, limit: int) -> str:
    return (m.translate("Core", "file too large ({size:.0f} MiB; the limit is {limit} MiB): split it first")
            .format(size=size / 2**20, limit=limit // 2**20))


def read_limited(fh: BinaryIO, max_bytes: int) -> bytes:
    """The whole of ``fh`` if it holds at most ``max_bytes`` (a file may grow after its size was
    checked), else InputRefused."""
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputRefused(too_large(len(data), max_bytes))
    return data


def identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """(device, inode) of the file ``path`` names, or None where it does not exist."""
    try:
        st = os.stat(path)
    except (OSError, ValueError, TypeError):  # TypeError: a project on a server is no file
        return None
    return (st.st_dev, st.st_ino)


def project_files(project: str | os.PathLike[str]) -> list[Path]:
    """The project file and the files SQLite keeps beside it (none for a project on a server)."""
    if not isinstance(project, str | os.PathLike):
        return []
    return [Path(f"{os.fspath(project)}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]


SQLITE_MAGIC = b"SQLite format 3\x00"


def is_sqlite(path: str | os.PathLike[str]) -> bool:
    """Does the regular file ``path`` start like an SQLite database (a project)?"""
    with contextlib.suppress(InputRefused, OSError), open_input(path) as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    return False


_TEXT_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def read_stream(stream: BinaryIO, max_bytes: int) -> bytes:
    """All of ``stream`` (standard input) up to ``max_bytes``, else InputRefused. A stream that
    starts with NUL bytes and no UTF-16/32 byte-order mark (``< /dev/zero``) is refused at its
    first block instead of being read to the limit."""
    read = getattr(stream, "read1", stream.read)
    blocks: list[bytes] = []
    size = 0
    while True:
        block = read(1 << 20)
        if not block:
            return b"".join(blocks)
        if not blocks and b"\x00" in block[:4096] and not block.startswith(_TEXT_BOMS):
            raise InputRefused(m.translate("Core", "binary data (NUL bytes and no UTF-16 byte-order mark)"))
        blocks.append(block)
        size += len(block)
        if size > max_bytes:
            raise InputRefused(too_large(size, max_bytes))
