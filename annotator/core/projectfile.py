"""Opening the project file itself: what the path is, creating it, connecting to it.

SQLite opens whatever it is given: a FIFO (and blocks reading it), a device, a folder
(``unable to open database file``). The path is looked at first, without opening it. A
new project file is created exclusively, so that a failed open removes only the file it
made itself, never one another process made meanwhile.

A project that may not be written (a file of mode 0444, even for root; an immutable file;
a read-only folder or file system) is still read, and a reading command creates nothing
beside it: it opens the file ``immutable`` when no write-ahead log holds changes that the
main file lacks (``-wal`` absent or empty), since an immutable reader would not see them;
otherwise through SQLite's ``mode=ro``, which needs the shared-memory file ``-shm`` (and
says so when the folder does not allow it). A reader on a full disk, where SQLite cannot
create ``-shm``, falls back the same way.
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
from .faults import file_kind, folder_refuses_files, no_space_reason, read_only_reason, refuses_writing, sealed

SIDE_FILES = ("-wal", "-shm", "-journal")
__all__ = ["SIDE_FILES", "after_failed_open", "check_path", "connect", "create_exclusively", "read_only_reason",
           "remove_created", "side_files", "writable"]


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
    """Whether the project at ``path`` may be written by us: the file, its folder (SQLite
    creates ``-wal`` and ``-shm`` there) and its existing side files. Decided from the mode
    bits as well as the permissions (``faults.refuses_writing``): root may write a file of
    mode 0444, but it was made read-only on purpose and is treated so."""
    folder = path.parent if str(path.parent) else Path(".")
    if refuses_writing(path) or folder_refuses_files(folder):
        return False
    # SQLite's own files, whose mode SQLite copies from the project's: only whether it can write them
    return all(os.access(f"{path}{s}", os.W_OK) for s in ("-wal", "-shm") if os.path.exists(f"{path}{s}"))


def connect(path: Path, *, read_only: bool, timeout_s: float, live: bool = False) -> sqlite3.Connection:
    """A connection to the existing or just created file ``path``.

    Read-only connections to a writable file are ordinary ones with ``query_only`` (so that
    closing the last one still folds and removes the WAL). A file that may not be written is
    opened ``immutable``, which creates nothing beside it, when no write-ahead log or
    rollback journal holds changes the file lacks; otherwise ``mode=ro`` (which needs
    ``-shm``). A reader that finds the disk full (SQLite cannot create ``-shm``) reads the
    same way, immutable, after removing the empty side files its attempt created.

    ``live``: a connection kept open for long (the window) that must follow what other
    programs write: ``immutable`` only when nobody may write the file (``faults.sealed``)
    or SQLite cannot open it otherwise."""
    uri = Path(os.path.abspath(path)).as_uri()
    if not read_only or writable(path):
        before = side_files(path)
        # mode=rw: never create the file (it may have been removed since it was looked at)
        conn = sqlite3.connect(f"{uri}?mode=rw", uri=True, isolation_level=None, timeout=timeout_s)
        if not read_only:
            return conn
        try:
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL, -shm
            return conn
        except UnicodeDecodeError:  # the schema's text is not UTF-8: a damaged file
            conn.close()
            raise sqlite3.DatabaseError("database disk image is malformed (its schema is not UTF-8)") from None
        except sqlite3.OperationalError as exc:
            conn.close()
            if live or not _no_room(exc, path):
                raise
            _remove_new_side_files(path, before)
            if not _may_read_immutable(path):
                raise
        return _immutable(uri, timeout_s)
    if (not live or sealed(path)) and _may_read_immutable(path):
        return _immutable(uri, timeout_s)
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
    return _immutable(uri, timeout_s)


def _immutable(uri: str, timeout_s: float) -> sqlite3.Connection:
    """A connection that reads the main file only and creates nothing beside it."""
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, timeout=timeout_s)


def _may_read_immutable(path: Path) -> bool:
    """Whether the main file alone holds the whole project: no ``-wal`` or ``-journal`` with
    content beside it (an immutable reader would not see what they hold), and neither is
    anything but a regular file (left to SQLite, which then says what is wrong)."""
    for suffix in ("-wal", "-journal"):
        try:
            st = os.lstat(f"{path}{suffix}")
        except FileNotFoundError:
            continue
        except OSError:
            return False
        if not stat.S_ISREG(st.st_mode) or st.st_size > 0:
            return False
    return True


def _no_room(exc: sqlite3.Error, path: Path) -> bool:
    """Whether SQLite failed for want of room (a full disk, a file-size limit): SQLITE_FULL,
    or an I/O error creating or growing a file while there is no room beside ``path``."""
    code = getattr(exc, "sqlite_errorcode", 0) or 0
    if code & 0xFF == 13:  # SQLITE_FULL
        return True
    return code & 0xFF == 10 and no_space_reason(path) is not None  # SQLITE_IOERR_SHMSIZE, _WRITE...


def side_files(path: Path) -> set[str]:
    """Which of ``-wal`` and ``-shm`` are there beside ``path`` now (before an attempt to open it)."""
    return {s for s in ("-wal", "-shm") if os.path.lexists(f"{path}{s}")}


def after_failed_open(path: Path, before: set[str], exc: BaseException) -> None:
    """After an attempt to open the project failed with ``exc``: if it failed for want of room
    (a full disk: SQLite created ``-wal`` and ``-shm`` but could not grow them), remove those
    files it left, so that a failed command leaves nothing behind."""
    if isinstance(exc, sqlite3.Error) and _no_room(exc, path):
        _remove_new_side_files(path, before)


def _remove_new_side_files(path: Path, before: set[str]) -> None:
    """Remove the ``-wal`` and ``-shm`` that a failed reader created (not ones that were there):
    the ``-wal`` only if empty, the ``-shm`` only if no ``-wal`` is left beside it (no
    connection uses a ``-shm`` without its ``-wal``)."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if "-wal" not in before:
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(wal).st_mode) and os.lstat(wal).st_size == 0:
                os.unlink(wal)
    if "-shm" not in before and not os.path.lexists(wal):
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(shm).st_mode):
                os.unlink(shm)
