"""Where exports are written: what a target may be, and the atomic writer.

``check_export_target`` refuses, before anything is written, every target whose
replacement would lose data or could not work, and says what the target is:

- the project being exported, any annotator project file (recognised by its header), any
  SQLite database (its header; an empty file with a write-ahead log or rollback journal
  beside it), and the ``-wal``, ``-shm`` and ``-journal`` files of a project or database,
  whether they exist or not;
- a folder, a FIFO (named pipe), a device, a socket, anything that is not a regular file,
  and ``-`` (standard output is not a file here);
- a symbolic link to any of those, a symbolic link that points nowhere (a dangling link:
  writing through it would create a file where the link says, replacing it would lose the
  link; neither is what its author meant), a link loop, a path into ``/dev``, ``/proc`` or
  ``/sys`` (``/dev/stdout``);
- a read-only file (no write bit for anyone, even when root could write it; immutable or
  append-only; on a read-only file system), a folder that does not exist or in which files
  cannot be created (by the same rules: ``faults.refuses_writing``, ``folder_refuses_files``).

A symbolic link to a regular file is written through: the file it points to is replaced,
the link stays. Nothing is opened for writing before the checks, and nothing that is not a
regular file is ever opened (a FIFO would block).

Temporaries are named ``.NAME.HOST-PID-RANDOM.annotator-tmp`` beside the target. Before it
writes, an export removes the temporaries in its folder that are stale: written by a
process of this machine that no longer runs (or a process that started after the file
was last written: its PID was reused), or by this very process but no longer being
written, or not modified for 24 hours (whatever machine wrote them).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from . import faults, temporaries
from . import messages as m
from .errors import ExportError
from .faults import file_kind, folder_refuses_files, refuses_writing, write_error
from .schema import APPLICATION_ID, has_project_header

#: The first bytes of a project file, as far as ``has_project_header`` reads them.
SQLITE_PROJECT_HEAD = b"SQLite format 3\0" + bytes(52) + APPLICATION_ID.to_bytes(4, "big") + bytes(28)

TMP_SUFFIX = ".annotator-tmp"
_TMP_NAME = temporaries.pattern(TMP_SUFFIX)
_SQLITE_HEADER = b"SQLite format 3\0"
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
_SIDECARS = {"-wal": "write-ahead log", "-shm": "shared-memory index", "-journal": "rollback journal"}


# -- the target --------------------------------------------------------------------------------


def check_export_target(path: str | os.PathLike[str], project_path: str | os.PathLike[str] | None = None) -> None:
    """Raise ExportError (saying what ``path`` is) unless an export may write ``path``.

    ``project_path`` is the project being exported. Never blocks and never writes."""
    _destination(Path(path), _project_file(project_path))


def _project_file(project_path: object) -> Path | None:
    """The project's file an export must never replace (none for a project on a server)."""
    return Path(project_path) if isinstance(project_path, str | os.PathLike) else None


def _refuse(template: str, **values: object) -> ExportError:
    return ExportError(template.format(**values))


def _destination(path: Path, project: Path | None) -> Path:
    """The file an export to ``path`` replaces (``path``, or the file its symbolic link points to)."""
    if os.fspath(path) in ("", "-"):
        raise _refuse(m.translate("Core", "{path!r}: standard output is not supported; "
                                          "give a file name (-o OUT.jsonl)"), path=os.fspath(path))
    try:
        st: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ExportError(_path_problem(path, exc)) from None
    final = path
    through = _system_hop(path)
    if through is not None:
        raise _refuse(m.translate("Core", "{path}: a device or a file of the system ({target}), not a file "
                                          "an export may write"), path=path, target=through)
    if st is not None and stat.S_ISLNK(st.st_mode):
        try:
            target_st = os.stat(path)
        except FileNotFoundError:
            raise _refuse(m.translate("Core", "{path}: a symbolic link to {target}, which does not exist; "
                                              "give the file name itself"),
                          path=path, target=os.readlink(path)) from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise _refuse(m.translate("Core", "{path}: a symbolic link loop"), path=path) from None
            raise ExportError(_path_problem(path, exc)) from None
        real = Path(os.path.realpath(path))
        if not stat.S_ISREG(target_st.st_mode):
            raise _refuse(m.translate("Core", "{path}: a symbolic link to {kind} ({target}); not written"),
                          path=path, kind=file_kind(target_st.st_mode), target=real)
        final, st = real, target_st
    if _is_system_path(final):
        raise _refuse(m.translate("Core", "{path}: a device or a file of the system ({target}), not a file "
                                          "an export may write"), path=path, target=final)
    if st is None:  # a new file
        _check_sidecar(path, final, project)
        _check_folder(path, final.parent)
        return final
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(m.translate("Core", "{path}: is {kind}, not a regular file; not written"),
                      path=path, kind=file_kind(st.st_mode))
    if project is not None and _same_file(final, project):
        raise _refuse(m.translate("Core", "{path}: is the project being exported; an export never overwrites "
                                          "a project"), path=path)
    _check_not_database(path, final)
    _check_sidecar(path, final, project)
    if refuses_writing(final):
        raise _refuse(m.translate("Core", "{path}: the file is read-only; not overwritten"), path=path)
    _check_folder(path, final.parent)
    return final


def _path_problem(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOTDIR:
        return m.translate("Core", "{path}: a part of the path is a file, not a folder").format(path=path)
    if exc.errno == errno.ENAMETOOLONG:
        return m.translate("Core", "{path}: file name too long").format(path=path)
    if exc.errno == errno.ELOOP:
        return m.translate("Core", "{path}: a symbolic link loop").format(path=path)
    return m.translate("Core", "{path}: {reason}").format(path=path, reason=exc.strerror or exc)


def _system_hop(path: Path) -> Path | None:
    """The first path under /dev, /proc or /sys met following ``path``'s symbolic links
    (``/dev/stdout`` -> ``/proc/self/fd/1`` -> a terminal, a pipe or the file the shell redirected
    to: replacing that file would be a surprise); None if there is none."""
    hop = Path(os.path.abspath(path))
    for _ in range(40):
        if _is_system_path(hop) or _is_system_path(Path(os.path.realpath(hop.parent))):
            return hop
        try:
            link = os.readlink(hop)
        except OSError:
            return None
        hop = Path(os.path.abspath(os.path.join(os.path.dirname(hop), link)))
    return None


def _is_system_path(path: Path) -> bool:
    parts = path.parts
    return os.name == "posix" and len(parts) > 1 and parts[0] == "/" and parts[1] in ("dev", "proc", "sys")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _read_head(path: Path, n: int = 100) -> bytes | None:
    """The first ``n`` bytes of the regular file ``path``, or None if it is not one (never blocks).
    A project this process holds open is not opened (closing a descriptor of it would drop the
    locks of our connections, ``faults.hold``): its header is what a project's is."""
    if faults.is_held(path):
        return SQLITE_PROJECT_HEAD
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.read(fd, n)
    finally:
        os.close(fd)


def is_project_file(path: Path) -> bool:
    """Whether ``path`` is an annotator project, or an SQLite database in use (a WAL beside it)."""
    try:
        head = _read_head(path)
    except OSError:
        return False
    return head is not None and (has_project_header(head) or _database_in_use(path, head))


def is_database(path: Path) -> bool:
    """Whether ``path`` is an SQLite database: its header, or an empty file that SQLite would
    make one from the write-ahead log or rollback journal beside it."""
    try:
        head = _read_head(path)
    except OSError:
        return False
    return head is not None and _is_database(path, head)


def _is_database(path: Path, head: bytes) -> bool:
    return head.startswith(_SQLITE_HEADER) or _database_in_use(path, head) or (not head and _side_magic(
        path, "-journal", (_JOURNAL_MAGIC,)))


def _database_in_use(path: Path, head: bytes) -> bool:
    """An SQLite file (or an empty one) with a write-ahead log: perhaps a project not yet checkpointed."""
    if head and not head.startswith(_SQLITE_HEADER):
        return False
    return _side_magic(path, "-wal", _WAL_MAGIC)


def _side_magic(path: Path, suffix: str, magics: tuple[bytes, ...]) -> bool:
    """Whether SQLite's file ``path`` + ``suffix`` is there and starts with one of ``magics``."""
    try:
        side = _read_head(Path(f"{path}{suffix}"), len(magics[0]))
    except OSError:
        return False
    return side is not None and side in magics


def _check_not_database(path: Path, final: Path) -> None:
    try:
        head = _read_head(final)
    except OSError as exc:
        raise _refuse(m.translate("Core", "{path}: cannot be read to make sure it is not a project file "
                                          "({reason}); not overwritten"),
                      path=path, reason=exc.strerror or exc) from None
    if head is None:  # replaced meanwhile by something else
        raise _refuse(m.translate("Core", "{path}: is not a regular file; not written"), path=path)
    if has_project_header(head):
        raise _refuse(m.translate("Core", "{path}: is an annotator project file; an export never overwrites "
                                          "a project"), path=path)
    if _database_in_use(final, head):
        raise _refuse(m.translate("Core", "{path}: is an SQLite database in use (its write-ahead log is beside "
                                          "it); not overwritten"), path=path)
    if _is_database(final, head):
        raise _refuse(m.translate("Core", "{path}: is an SQLite database; an export never overwrites a database"),
                      path=path)


def _check_sidecar(path: Path, final: Path, project: Path | None) -> None:
    """Refuse the -wal, -shm and -journal names of a project: SQLite would read them as its own."""
    for suffix, what in _SIDECARS.items():
        if final.name.endswith(suffix) and len(final.name) > len(suffix):
            base = final.with_name(final.name[: -len(suffix)])
            if (project is not None and _same_file(base, project)) or is_project_file(base):
                raise _refuse(m.translate("Core", "{path}: is the {what} of the project {project}; "
                                                  "not written"), path=path, what=what, project=base)
            if is_database(base):
                raise _refuse(m.translate("Core", "{path}: is the {what} of the SQLite database {database}; "
                                                  "not written"), path=path, what=what, database=base)


def _check_folder(path: Path, folder: Path) -> None:
    folder = folder if str(folder) else Path(".")
    if not folder.is_dir():
        if folder.exists():
            raise _refuse(m.translate("Core", "{path}: {folder} is not a folder"), path=path, folder=folder)
        raise _refuse(m.translate("Core", "{path}: the folder {folder} does not exist"), path=path, folder=folder)
    if folder_refuses_files(folder):
        raise _refuse(m.translate("Core", "{path}: cannot create files in the folder {folder} ({reason})"),
                      path=path, folder=folder, reason=_folder_reason(folder))


def _folder_reason(folder: Path) -> str:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return m.translate("Core", "read-only file system")
    except (OSError, AttributeError):
        pass
    return m.translate("Core", "permission denied")


# -- temporaries -------------------------------------------------------------------------------


def temporary_name(name: str) -> str:
    """The name of a new temporary for the file ``name``."""
    return temporaries.new_name(name, TMP_SUFFIX)


def remove_stale_temporaries(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the stale temporaries of exports in ``folder`` (the rule: ``temporaries``)."""
    return temporaries.remove_stale(folder, _TMP_NAME)


# -- the writer -------------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *,
                  project_path: str | os.PathLike[str] | None = None) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and replace ``path`` only on success.

    The target is checked first (``check_export_target``) and once more just before the
    replacement. A reader of ``path`` sees the old file or the whole new one, never half of
    it; an error, a refused span or a signal turned into an exception leaves the old file as
    it was and removes the temporary. Errors of the disk (full, file too large) become
    ExportError with a true message."""
    target = Path(path)
    final = _destination(target, _project_file(project_path))
    folder = final.parent if str(final.parent) else Path(".")
    remove_stale_temporaries(folder)
    tmp = os.path.abspath(folder / temporary_name(final.name))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(tmp, flags | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise ExportError(m.translate("Core", "{path}: cannot create a file in the folder {folder}: {reason}")
                          .format(path=target, folder=folder, reason=exc.strerror or exc)) from None
    with publishing(tmp, final, folder, lambda: _unlink(tmp)):
        with contextlib.suppress(OSError):
            if final.exists():  # keep the mode of the file replaced
                os.chmod(tmp, final.stat().st_mode & 0o7777)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _destination(target, _project_file(project_path))  # nothing became a project or a folder meanwhile
        os.replace(tmp, final)


def _unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


@contextlib.contextmanager
def publishing(tmp: str | os.PathLike[str], target: str | os.PathLike[str], folder: str | os.PathLike[str],
               remove: Callable[[], None]) -> Iterator[None]:
    """The frame of an export written into the temporary ``tmp`` and then renamed to ``target``
    in ``folder`` (by the body): meanwhile the clean-up of stale temporaries leaves ``tmp``
    alone; an error of the disk (OSError) becomes ExportError with a true message; after the
    body, the rename is made durable; anything raised removes the temporary (``remove``)."""
    try:
        with temporaries.live(tmp):
            try:
                yield
            except OSError as exc:
                raise ExportError(m.translate("Core", "{problem}; nothing was written")
                                  .format(problem=write_error(exc, target))) from None
        sync_folder(folder)
    except BaseException:
        remove()
        raise


def fsync_path(path: str | os.PathLike[str]) -> None:
    """Flush the file or folder ``path`` to the disk (opened read-only); OSError as raised."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: str | os.PathLike[str]) -> None:
    """Make the entries renamed or linked into ``folder`` durable (POSIX: its fsync); best
    effort, errors ignored."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fsync_path(folder if str(folder) else ".")
