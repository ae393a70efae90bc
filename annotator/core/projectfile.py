"""Opening the project file itself: what the path is, creating it, connecting to it.

SQLite opens whatever it is given: a FIFO (and blocks reading it), a device, a folder
(``unable to open database file``). The path is looked at first, without opening it. A
new project file is created exclusively, so that a failed open removes only the file it
made itself, never one another process made meanwhile.

A project that may not be written (a read-only file, a read-only folder or file system)
is still read: through SQLite's ``mode=ro``, and when its folder does not even allow the
shared-memory file ``-shm`` that WAL reading needs, as ``immutable`` — but only when no
write-ahead log holds changes that the main file lacks (``-wal`` absent or empty), since
an immutable reader would not see them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
from pathlib import Path

from . import messages as m
from .errors import ProjectError
from .faults import file_kind, read_only_reason

SIDE_FILES = ("-wal", "-shm", "-journal")
__all__ = ["SIDE_FILES", "check_path", "connect", "create_exclusively", "read_only_reason", "remove_created",
           "writable"]


def check_path(path: Path, *, create: bool) -> bool:
    """Raise ProjectError unless ``path`` is a regular file (or, with ``create``, a new name in an
    existing folder); returns whether it exists. Never opens it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ProjectError(_path_problem(path, exc)) from None
    if st is None:
        if not create:
            if os.path.islink(path):
                raise ProjectError(m.translate("Core", "{path}: a symbolic link to {target}, which does not exist")
                                   .format(path=path, target=os.readlink(path)))
            raise ProjectError(m.translate("Core", "{path}: no project file here").format(path=path))
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise ProjectError(m.translate("Core", "{path}: the folder {folder} does not exist")
                               .format(path=path, folder=folder))
        return False
    if stat.S_ISDIR(st.st_mode):
        raise ProjectError(m.translate("Core", "{path}: is a folder, not a project file").format(path=path))
    if not stat.S_ISREG(st.st_mode):
        raise ProjectError(m.translate("Core", "{path}: is {kind}, not a project file")
                           .format(path=path, kind=file_kind(st.st_mode)))
    return True


def _path_problem(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return m.translate("Core", "{path}: a symbolic link loop").format(path=path)
    if exc.errno == errno.ENAMETOOLONG:
        return m.translate("Core", "{path}: file name too long").format(path=path)
    if exc.errno == errno.ENOTDIR:
        return m.translate("Core", "{path}: a part of the path is a file, not a folder").format(path=path)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return m.translate("Core", "{path}: permission denied").format(path=path)
    return m.translate("Core", "{path}: cannot open: {reason}").format(path=path, reason=exc.strerror or exc)


def create_exclusively(path: Path) -> tuple[int, int] | None:
    """Create ``path`` empty; its (device, inode), or None when another process created it first."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except FileExistsError:
        return None
    except OSError as exc:
        folder = path.parent if str(path.parent) else Path(".")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason = (m.translate("Core", "read-only file system") if exc.errno == errno.EROFS
                      else m.translate("Core", "permission denied"))
            raise ProjectError(m.translate("Core", "{path}: read-only: cannot create files in the folder {folder} "
                                                   "({reason})").format(path=path, folder=folder, reason=reason)
                               ) from None
        if exc.errno == errno.ENOSPC:
            raise ProjectError(m.translate("Core", "{path}: disk full: no space left on device to write the "
                                                   "project").format(path=path)) from None
        raise ProjectError(_path_problem(path, exc)) from None
    try:
        st = os.fstat(fd)
    finally:
        os.close(fd)
    return (st.st_dev, st.st_ino)


def remove_created(path: Path, ident: tuple[int, int]) -> None:
    """Remove the file ``create_exclusively`` made (and SQLite's side files), if it is still that file."""
    try:
        st = os.stat(path)
    except OSError:
        return
    if (st.st_dev, st.st_ino) != ident:
        return
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")


def writable(path: Path) -> bool:
    """Whether SQLite may write the project at ``path`` (the file, its folder, its side files)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not (os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)):
        return False
    return all(os.access(f"{path}{s}", os.W_OK) for s in ("-wal", "-shm") if os.path.exists(f"{path}{s}"))


def connect(path: Path, *, read_only: bool, timeout_s: float) -> sqlite3.Connection:
    """A connection to the existing or just created file ``path``.

    Read-only connections to a writable file are ordinary ones with ``query_only`` (so that
    closing the last one still folds and removes the WAL); to a file that may not be written,
    ``mode=ro``, or ``immutable`` when the folder refuses the ``-shm`` file and no WAL holds
    changes."""
    uri = Path(os.path.abspath(path)).as_uri()
    if not read_only or writable(path):
        # mode=rw: never create the file (it may have been removed since it was looked at)
        conn = sqlite3.connect(f"{uri}?mode=rw", uri=True, isolation_level=None, timeout=timeout_s)
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        return conn
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=timeout_s)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF != 14:  # SQLITE_CANTOPEN
            raise
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise ProjectError(
                m.translate("Core", "{path}: cannot be read: its write-ahead log {wal} holds changes not yet in the "
                                    "file, and reading them needs {name}-shm, which the folder {folder} does not "
                                    "allow creating; open it once where it can be written")
                .format(path=path, wal=wal, name=path.name, folder=path.parent)) from None
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, timeout=timeout_s)
