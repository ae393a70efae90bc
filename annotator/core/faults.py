"""Faults of the disk, the lock and the file system, told truly.

SQLite reports a full disk as ``database or disk is full``, a file-size limit as ``disk I/O
error``, a project in a read-only folder as ``unable to open database file``. Each of these
becomes here the project's own error (``ProjectError``) with what really happened, named
after the file: one place for every read and write of a project (``store.py`` routes all
of them through ``project_error``), and one for the files that exports write
(``write_error``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
import struct
import sys
from pathlib import Path

from . import messages as m
from .errors import DamagedProjectError, ProjectError
from .location import ServerLocation
from .servererrors import ServerBusy, ServerDenied, ServerGone, ServerNotProject

#: How long a command waits for another program's write to finish before it says the project is busy.
DEFAULT_BUSY_TIMEOUT_MS = 30_000


def busy_timeout_ms() -> int:
    """``ANNOTATOR_BUSY_TIMEOUT_MS`` when it is a whole number of milliseconds, else 30 s."""
    raw = os.environ.get("ANNOTATOR_BUSY_TIMEOUT_MS", "").strip()
    if raw.isdigit():
        return min(int(raw), 24 * 3600 * 1000)
    return DEFAULT_BUSY_TIMEOUT_MS


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in words ("is a FIFO (named pipe), not a regular file"):
    the one wording for inputs, project paths and export targets."""
    if stat.S_ISDIR(mode):
        return m.translate("Core", "a folder (directory)")
    if stat.S_ISFIFO(mode):
        return m.translate("Core", "a FIFO (named pipe)")
    if stat.S_ISCHR(mode):
        return m.translate("Core", "a character device")
    if stat.S_ISBLK(mode):
        return m.translate("Core", "a block device")
    if stat.S_ISSOCK(mode):
        return m.translate("Core", "a socket")
    if stat.S_ISLNK(mode):
        return m.translate("Core", "a symbolic link")
    if stat.S_ISREG(mode):
        return m.translate("Core", "a regular file")
    return m.translate("Core", "a special file")


# -- disk space and limits --------------------------------------------------------------------


def _space_left(folder: Path) -> int | None:
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return None
    return st.f_bavail * st.f_frsize


def _file_size_limit() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else soft


def no_space_reason(path: Path) -> str | None:
    """Why writing beside ``path`` may have failed for want of room, if it did: a full disk
    or a file-size limit (``ulimit -f``); None when there is room."""
    space = _space_left(path.parent if str(path.parent) else Path("."))
    if space is not None and space < 1 << 20:
        return m.translate("Core", "disk full (no space left on device)")
    limit = _file_size_limit()
    if limit is not None:
        sizes = []
        for suffix in ("", "-wal", "-journal"):
            with contextlib.suppress(OSError):
                sizes.append(os.stat(f"{path}{suffix}").st_size)
        if sizes and max(sizes) + (1 << 16) >= limit:  # the next write (a page, a WAL frame) crossed it
            return m.translate("Core", "file too large: the file size limit (ulimit -f) of {limit} bytes is reached"
                               ).format(limit=limit)
    return None


def read_only_reason(path: Path) -> str:
    """Why SQLite cannot write the project at ``path``, in words."""
    folder = path.parent if str(path.parent) else Path(".")
    if _on_read_only_file_system(folder):
        return m.translate("Core", "the file system is mounted read-only")
    if path.exists() and refuses_writing(path):
        return m.translate("Core", "the file cannot be written (its permissions, or it is immutable)")
    if folder_refuses_files(folder):
        return (m.translate("Core", "the folder {folder} does not allow creating files, and SQLite needs "
                                    "{name}-wal and {name}-shm beside the project to write it")
                .format(folder=folder, name=path.name))
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists() and not os.access(side, os.W_OK):  # SQLite's own: as SQLite can (root: a 0444 one)
            return m.translate("Core", "{file} cannot be written").format(file=side)
    return m.translate("Core", "SQLite cannot write to it")


def read_only_file_system(folder: str | os.PathLike[str]) -> bool:
    """Whether ``folder`` is on a file system mounted read-only."""
    return _on_read_only_file_system(Path(folder))


def _on_read_only_file_system(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


# Whether a file may be written is decided here, the same way for projects and exports. Root
# passes every permission check (os.access says yes to a file of mode 0444), but a file that
# nobody may write (no write bit at all) was made read-only on purpose: it is read-only to us
# too, whoever we are. Immutable and append-only files (chattr +i, +a; chflags uchg, uappnd)
# cannot be written in place even by root.

_NO_WRITE_FLAGS = sum(getattr(stat, name, 0) for name in ("UF_IMMUTABLE", "SF_IMMUTABLE", "UF_APPEND", "SF_APPEND"))
_FS_IOC_GETFLAGS = 0x80000000 | (struct.calcsize("l") << 16) | (ord("f") << 8) | 1  # _IOR('f', 1, long)
_FS_IMMUTABLE_FL, _FS_APPEND_FL = 0x10, 0x20


#: Files this process holds SQLite connections to, by (device, inode): how many connections.
#: Closing *any* descriptor of a file drops every POSIX lock the process holds on it, the locks
#: of SQLite's connections included (their writes would then race other processes'); so such a
#: file is never opened to read its flags: the answer read before the first connection is kept.
_HELD: dict[tuple[int, int], int] = {}
_FLAGS: dict[tuple[int, int], bool] = {}


def hold(path: str | os.PathLike[str] | ServerLocation) -> tuple[int, int] | None:
    """A connection to ``path`` is open in this process (``release`` when it closes)."""
    if isinstance(path, ServerLocation):
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = (st.st_dev, st.st_ino)
    _HELD[key] = _HELD.get(key, 0) + 1
    return key


def is_held(path: str | os.PathLike[str]) -> bool:
    """Whether this process holds an SQLite connection to the file ``path`` (``hold``)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) in _HELD


def release(key: tuple[int, int] | None) -> None:
    if key is None or key not in _HELD:
        return
    _HELD[key] -= 1
    if _HELD[key] <= 0:
        del _HELD[key]
        _FLAGS.pop(key, None)


def _flags_forbid_writing(path: Path, st: os.stat_result) -> bool:
    """Whether the file's flags (immutable, append-only) forbid writing it in place."""
    flags = getattr(st, "st_flags", None)
    if flags is not None:  # BSD, macOS
        return bool(flags & _NO_WRITE_FLAGS)
    if not sys.platform.startswith("linux") or not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        return False
    key = (st.st_dev, st.st_ino)
    if key in _HELD:  # opening it here would drop our connections' locks: as found before
        return _FLAGS.get(key, False)
    found = _read_flags(path)
    _FLAGS[key] = found
    if len(_FLAGS) > 1024:
        _FLAGS.pop(next(iter(_FLAGS)))
    return found


def _read_flags(path: Path) -> bool:
    try:
        import fcntl

        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        try:
            raw = fcntl.ioctl(fd, _FS_IOC_GETFLAGS, bytes(8))
        finally:
            os.close(fd)
    except (OSError, ImportError):  # a file system without flags, or no permission to read it
        return False
    return bool(int.from_bytes(raw[:4], sys.byteorder) & (_FS_IMMUTABLE_FL | _FS_APPEND_FL))


def sealed(path: str | os.PathLike[str]) -> bool:
    """Whether nobody may write the existing file ``path``, whoever asks (root too): no write
    bit for anyone (mode 0444), immutable or append-only, on a read-only file system. False
    for a path that does not exist."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode) and st.st_mode & 0o222 == 0:
        return True
    return _on_read_only_file_system(Path(path)) or _flags_forbid_writing(Path(path), st)


def refuses_writing(path: str | os.PathLike[str]) -> bool:
    """Whether the existing file ``path`` may not be written by us: ``sealed`` (mode 0444 is
    read-only even for root, who passes every permission check), or no permission
    (``os.access``). False for a path that does not exist."""
    if not os.path.exists(path):
        return False
    return sealed(path) or not os.access(path, os.W_OK)


def folder_refuses_files(folder: str | os.PathLike[str]) -> bool:
    """Whether files may not be created (or removed) in the existing ``folder`` by us: a
    read-only file system, no write bit for anyone (mode 0555, even for root), no permission,
    immutable or append-only."""
    folder = Path(folder) if str(folder) else Path(".")
    try:
        st = os.stat(folder)
    except OSError:
        return True
    if _on_read_only_file_system(folder) or st.st_mode & 0o222 == 0:
        return True
    return not os.access(folder, os.W_OK | os.X_OK) or _flags_forbid_writing(folder, st)


def _side_file_problem(path: Path) -> str | None:
    """What is wrong with SQLite's files beside the project (-wal, -shm), if they are not files."""
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{path}{suffix}")
        try:
            st = os.stat(side)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            return (m.translate("Core", "{file} (SQLite's own file beside the project) is {kind}, not a file")
                    .format(file=side, kind=file_kind(st.st_mode)))
    return None


def _cannot_open_reason(path: Path) -> str:
    side = _side_file_problem(path)
    if side:
        return side
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        return m.translate("Core", "the folder {folder} does not exist").format(folder=folder)
    if path.is_dir():
        return m.translate("Core", "it is a folder")
    if path.exists() and not os.access(path, os.R_OK):
        return m.translate("Core", "permission denied")
    if not path.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return m.translate("Core", "cannot create files in the folder {folder}").format(folder=folder)
    wal = Path(f"{path}-wal")
    if wal.exists() and not os.access(wal, os.R_OK):
        return m.translate("Core", "its write-ahead log {file} cannot be read").format(file=wal)
    if not os.access(folder, os.W_OK | os.X_OK):
        return (m.translate("Core", "the folder {folder} is read-only and SQLite needs to create {name}-shm "
                                    "there to read the project's write-ahead log {name}-wal")
                .format(folder=folder, name=path.name))
    return m.translate("Core", "SQLite cannot open it")


# -- SQLite errors ----------------------------------------------------------------------------

# Primary result codes (the low byte of the extended code Python reports).
_ERROR, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN = 1, 5, 6, 7, 8, 10, 11, 13, 14
_PERM, _TOOBIG, _AUTH, _NOTADB = 3, 18, 23, 26


def damaged(path: Path, reason: str) -> DamagedProjectError:
    """The error for a project file SQLite finds damaged (or missing tables, or failing quick_check)."""
    return DamagedProjectError(m.translate("Core", "{path}: the project file is damaged ({reason}); "
                                                   "`annotator check {path}` lists what is wrong")
                               .format(path=path, reason=reason), reason)


def project_error(exc: sqlite3.Error, path: str | os.PathLike[str]) -> ProjectError:
    """The project's own error for an SQLite error met reading or writing the project at ``path``."""
    if isinstance(path, ServerLocation):
        return server_error(exc, path)
    path = Path(path)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    if primary in (_BUSY, _LOCKED):
        return ProjectError(m.translate("Core", "{path}: the project is busy: another program is writing to it "
                                                "(waited {seconds:g} s; try again when it has finished)")
                            .format(path=path, seconds=busy_timeout_ms() / 1000))
    if primary == _FULL:
        return ProjectError(m.translate("Core", "{path}: disk full: no space left on device to write the project")
                            .format(path=path))
    if primary == _IOERR:
        reason = no_space_reason(path) if name in ("SQLITE_IOERR_WRITE", "SQLITE_IOERR_TRUNCATE",
                                                    "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_SHMSIZE") else None
        if reason:
            return ProjectError(m.translate("Core", "{path}: cannot write the project: {reason}")
                                .format(path=path, reason=reason))
        side = _side_file_problem(path)
        if side:
            return ProjectError(m.translate("Core", "{path}: cannot open the project: {reason}")
                                .format(path=path, reason=side))
        return ProjectError(m.translate("Core", "{path}: input/output error ({name}: {reason})")
                            .format(path=path, name=name, reason=exc))
    if primary == _READONLY:
        return ProjectError(m.translate("Core", "{path}: read-only: {reason}")
                            .format(path=path, reason=read_only_reason(path)))
    if primary == _CORRUPT or (primary == _ERROR and str(exc).startswith(("no such table", "no such column"))):
        return damaged(path, str(exc))
    if primary == _NOTADB:
        return ProjectError(m.translate("Core", "{path}: not an annotator project file (not an SQLite database)")
                            .format(path=path))
    if primary == _CANTOPEN:
        return ProjectError(m.translate("Core", "{path}: cannot open the project: {reason}")
                            .format(path=path, reason=_cannot_open_reason(path)))
    if primary in (_PERM, _AUTH):
        return ProjectError(m.translate("Core", "{path}: permission denied").format(path=path))
    if primary == _NOMEM:
        return ProjectError(m.translate("Core", "{path}: out of memory").format(path=path))
    if primary == _TOOBIG:
        return ProjectError(m.translate("Core", "{path}: a value is too big for the project file").format(path=path))
    if str(exc).startswith(_NOT_UTF8):
        return damaged(path, not_utf8_reason(exc))
    return ProjectError(m.translate("Core", "{path}: SQLite error: {reason}").format(path=path, reason=exc))


def server_error(exc: sqlite3.Error, where: ServerLocation) -> ProjectError:
    """The project's own error for one met on a PostgreSQL server (``servererrors``)."""
    if isinstance(exc, ServerGone):
        if exc.during_commit:
            return ProjectError(m.translate("Core", "{url}: the connection to the server was lost while it was "
                                                    "saving ({reason}); the edit is there whole or not at all: "
                                                    "reconnect to see which").format(url=where, reason=exc))
        return ProjectError(m.translate("Core", "{url}: the connection to the server is lost ({reason}); "
                                                "nothing was written").format(url=where, reason=exc))
    if isinstance(exc, ServerBusy):
        return ProjectError(m.translate("Core", "{path}: the project is busy: another program is writing to it "
                                                "(waited {seconds:g} s; try again when it has finished)")
                            .format(path=where, seconds=busy_timeout_ms() / 1000))
    if isinstance(exc, ServerDenied):
        return ProjectError(m.translate("Core", "{url}: your role may not do this ({reason}); nothing was written")
                            .format(url=where, reason=exc))
    if isinstance(exc, ServerNotProject):
        return ProjectError(m.translate("Core", "{url}: not an annotator project, or one this role may not read "
                                                "({reason})").format(url=where, reason=exc))
    return ProjectError(m.translate("Core", "{url}: PostgreSQL error: {reason}").format(url=where, reason=exc))


#: How Python's sqlite3 says a TEXT value is not UTF-8, quoting the value (raw bytes of a
#: damaged file, hundreds of them): only the column is kept.
_NOT_UTF8 = "Could not decode to UTF-8 column '"


def not_utf8_reason(exc: BaseException) -> str:
    """The reason of a damaged file for sqlite3's "Could not decode to UTF-8 column 'C' with
    text '…'": the column, without the text."""
    column = str(exc)[len(_NOT_UTF8):].split("' with text", 1)[0]
    column = column if len(column) <= 40 and column.isprintable() else "?"
    return m.translate("Core", "text that is not UTF-8 in column {column!r}").format(column=column)


# -- files other than projects ----------------------------------------------------------------


def write_error(exc: OSError, path: str | os.PathLike[str]) -> str:
    """The message for an error writing the file ``path`` (an export, a rejects file)."""
    path = Path(exc.filename) if isinstance(exc.filename, str) and exc.filename else Path(path)
    if exc.errno == errno.ENOSPC:
        return m.translate("Core", "{path}: disk full (no space left on device)").format(path=path)
    if exc.errno == errno.EFBIG:
        limit = _file_size_limit()
        if limit is not None:
            return (m.translate("Core", "{path}: file too large: the file size limit (ulimit -f) of {limit} bytes "
                                        "is reached").format(path=path, limit=limit))
        return m.translate("Core", "{path}: file too large").format(path=path)
    if exc.errno == getattr(errno, "EDQUOT", -1):
        return m.translate("Core", "{path}: disk quota exceeded").format(path=path)
    if exc.errno == errno.EROFS:
        return m.translate("Core", "{path}: read-only file system").format(path=path)
    reason = exc.strerror or str(exc)
    return m.translate("Core", "{path}: cannot write: {reason}").format(path=path, reason=reason)


def os_error_message(exc: OSError) -> str:
    """A one-line message for an OSError that reached the command line unexplained."""
    where = exc.filename if exc.filename is not None else ""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return write_error(exc, where or ".")
    reason = exc.strerror or str(exc)
    return f"{where}: {reason}" if where else str(reason)
