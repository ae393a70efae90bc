"""Creating a project by importing into it: one atomic step.

``annotator import new.annotator FILE...`` must never leave a project that is half made, nor
delete one that another process wrote meanwhile. So the new project is built in a
temporary file beside the target (``.NAME.HOST-PID-RANDOM.annotator-creating``), the import
runs into it, the file is closed (its write-ahead log folded in) and synced, and only then
is it linked into place with ``os.link``, which fails if anything exists there. If the
target appeared meanwhile (another import created it), the temporary is dropped and the
import runs again, into that project, in the normal all-or-nothing way. A failed import
leaves nothing behind: no target, no temporary, no ``-wal`` or ``-shm``.

An existing empty (0-byte) target is treated as a name reserved for a new project: the
project is built beside it and replaces it only if it is still empty, under an exclusive
``flock`` that every creating import takes (two of them never both replace it).

Where the file system has no hard links, the name is claimed with ``O_CREAT | O_EXCL`` as an
empty file, locked, and replaced by the temporary.

Temporaries left by a process that was killed are removed by the next import into the
same folder: those of this machine whose process no longer runs, and any not modified for
24 hours.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from . import messages as m
from . import temporaries
from .errors import AnnotatorError, InputError, ProjectError
from .faults import file_kind, folder_refuses_files, read_only_file_system, refuses_writing
from .location import ServerLocation
from .outputs import fsync_path, sync_folder
from .store import Project

T = TypeVar("T")

SUFFIX = ".annotator-creating"
_SIDECARS = ("", "-wal", "-shm", "-journal")
_NAME = temporaries.pattern(SUFFIX, ("-wal", "-shm", "-journal"))
#: How many times the target may change under us before we give up.
_ATTEMPTS = 5

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def temporary_path(target: Path) -> Path:
    """A new temporary name beside ``target``."""
    return target.parent / temporaries.new_name(target.name, SUFFIX)


def remove_stale(folder: Path) -> list[Path]:
    """Remove the temporaries of creating imports in ``folder`` that are stale (the rule:
    ``temporaries``), with their -wal and -shm; returns what was removed."""
    return temporaries.remove_stale(folder, _NAME)


def _remove(path: Path) -> None:
    for suffix in _SIDECARS:
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")


# -- the target -------------------------------------------------------------------------------

_MISSING, _EMPTY, _EXISTING = "missing", "empty", "existing"


def _state(target: Path) -> str:
    """Whether ``target`` is missing, an empty file reserved for a project, or a file to open.
    Raises ProjectError for what can never be a project (a folder, a FIFO, a dangling link)."""
    try:
        link = os.lstat(target)
    except FileNotFoundError:
        if _has_log(target):  # SQLite would replay it into the new project
            raise ProjectError(m.translate("Core", "{path}: no project here, but its write-ahead log {wal} is: "
                                                   "left by a project that was deleted or moved? Move it away "
                                                   "first").format(path=target, wal=f"{target}-wal")) from None
        return _MISSING
    except OSError as exc:
        raise ProjectError(m.translate("Core", "{path}: {reason}").format(path=target, reason=exc.strerror or exc)
                           ) from None
    st = link
    if stat.S_ISLNK(link.st_mode):
        try:
            st = os.stat(target)
        except OSError:
            raise ProjectError(m.translate("Core", "{path}: a symbolic link to a file that does not exist; "
                                                   "give the project's own name").format(path=target)) from None
    if not stat.S_ISREG(st.st_mode):
        raise ProjectError(m.translate("Core", "{path}: is {kind}, not a project file")
                           .format(path=target, kind=file_kind(st.st_mode)))
    if st.st_size == 0 and not _has_log(target) and not stat.S_ISLNK(link.st_mode):
        if not os.access(target, os.R_OK) or refuses_writing(target):  # mode 0444: read-only, even for root
            raise ProjectError(m.translate("Core", "{path}: an empty file that cannot be read and written; not "
                                                   "made into a project").format(path=target))
        return _EMPTY
    return _EXISTING


def _has_log(target: Path) -> bool:
    """Is there a write-ahead log with content beside ``target`` (a project not yet folded)?"""
    try:
        return os.stat(f"{target}-wal").st_size > 0
    except OSError:
        return False


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[int | None]:
    """An exclusive flock on the file ``target`` names now (None where flock is missing)."""
    fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)  # releases the lock


def _still_empty(target: Path, fd: int | None) -> bool:
    try:
        now = os.stat(target)
    except OSError:
        return False
    if fd is not None:
        held = os.fstat(fd)
        if (held.st_dev, held.st_ino) != (now.st_dev, now.st_ino):
            return False
    return stat.S_ISREG(now.st_mode) and now.st_size == 0 and not _has_log(target)


def _place(tmp: Path, target: Path, expected: str) -> bool:
    """Put the finished temporary at ``target`` if it is still ``expected`` (missing or
    empty); False if something else is there now (the temporary then stays)."""
    if expected == _EMPTY:
        try:
            with _locked(target) as fd:
                if not _still_empty(target, fd):
                    return False
                with contextlib.suppress(OSError):
                    os.chmod(tmp, os.stat(target).st_mode & 0o7777)
                os.replace(tmp, target)
        except FileNotFoundError:
            return False
        return True
    try:
        os.link(tmp, target)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK,
                             errno.ENOSYS, errno.EACCES):
            raise
        return _place_without_link(tmp, target)
    os.unlink(tmp)
    return True


def _place_without_link(tmp: Path, target: Path) -> bool:
    """Claim ``target`` as an empty file (exclusively), lock it, and replace it with ``tmp``."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(target, flags, 0o666)
    except FileExistsError:
        return False
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.replace(tmp, target)
    finally:
        os.close(fd)
    return True


# -- creating ---------------------------------------------------------------------------------


def _reworded(exc: AnnotatorError, tmp: Path, target: Path) -> AnnotatorError:
    """``exc`` with the temporary's name replaced by the target's (the name the user gave)."""
    text = str(exc)
    if isinstance(exc, InputError) or (str(tmp) not in text and tmp.name not in text):
        return exc
    try:
        return type(exc)(text.replace(str(tmp), str(target)).replace(tmp.name, target.name))
    except TypeError:
        return exc


def into_project(
    target: Path | ServerLocation,
    work: Callable[[Project, bool], T],
    *,
    label_set: str,
    user: str | None = None,
    undo: Callable[[T], None] | None = None,
) -> tuple[T, bool]:
    """Run ``work(project, new)`` on the project at ``target``, making it atomically if missing.

    Returns ``(what work returned, whether the project was created)``. ``work`` must be all
    or nothing (an import): when the project is new it runs on a temporary that becomes the
    project only when ``work`` succeeded; if the target appears meanwhile, ``undo`` is called
    with the first result (to remove the files it wrote beside the project, e.g. a rejects
    file) and ``work`` runs again on the existing project."""
    if isinstance(target, ServerLocation):  # a database: made (schema and labels) in its own transaction
        with Project.open(target, create=True, label_set=label_set, user=user, check=True) as project:
            created = project.oplog(2)[-1][3] == "create" if len(project.oplog(2)) == 1 else False
            return work(project, created), created
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectError(m.translate("Core", "{path}: the folder {folder} does not exist")
                           .format(path=target, folder=folder))
    for _ in range(_ATTEMPTS):
        state = _state(target)
        if state == _EXISTING:
            with Project.open(target, user=user, check=True) as project:  # refuse read-only, damaged
                return work(project, False), False
        if read_only_file_system(folder):
            raise ProjectError(m.translate("Core", "{path}: read-only: {reason}")
                               .format(path=target, reason=m.translate("Core", "read-only file system")))
        if folder_refuses_files(folder):  # by its mode bits too: root may, but it was made read-only
            raise ProjectError(m.translate("Core", "{path}: cannot create the project: the folder {folder} "
                                                   "does not allow creating files").format(path=target, folder=folder))
        remove_stale(folder)
        tmp = temporary_path(target)
        with temporaries.live(tmp):  # not stale to a clean-up by another thread meanwhile
            try:
                try:
                    project = Project.open(tmp, create=True, label_set=label_set, user=user)
                except AnnotatorError as exc:
                    raise _reworded(exc, tmp, target) from None
                try:
                    result = work(project, True)
                    project.checkpoint()
                except AnnotatorError as exc:
                    raise _reworded(exc, tmp, target) from None
                finally:
                    project.close()
                if _has_log(tmp):
                    raise ProjectError(m.translate("Core", "{path}: the new project's write-ahead log could not be "
                                                           "folded into it; nothing was created").format(path=target))
                for suffix in ("-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        os.unlink(f"{tmp}{suffix}")
                try:
                    fsync_path(tmp)
                    placed = _place(tmp, target, state)
                except OSError as exc:
                    raise ProjectError(m.translate("Core", "{path}: cannot create the project: {reason}; nothing was "
                                                           "created").format(path=target, reason=exc.strerror or exc)
                                       ) from None
            except BaseException:
                _remove(tmp)
                raise
        if placed:
            sync_folder(folder)
            return result, True
        _remove(tmp)  # another process made the project meanwhile: import into it
        if undo is not None:
            undo(result)
    raise ProjectError(m.translate("Core", "{path}: the file keeps changing while the project is created; "
                                           "nothing was created").format(path=target))
