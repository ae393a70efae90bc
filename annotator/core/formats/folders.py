"""Exports that write a folder (``--format hf``, ``--format spacy``): the folder appears whole or not at all.

(And ``missing_extra``: what such an export says when its optional package is not installed.)

``atomic_folder`` checks the target before anything is written, fills a temporary sibling
folder (``.NAME.HOST-PID-RANDOM.annotator-tmp``, as ``outputs`` names its temporary files) and
renames it into place at the end; an error or an exception removes the temporary and leaves
the target as it was. It never deletes or replaces anything of the user's: a target that
exists must be an empty folder (not a symbolic link, not a file), and the rename, which on
POSIX may replace only an *empty* folder, fails rather than touch one that filled meanwhile.

A crash or SIGKILL cannot remove the temporary folder; the next folder export in the same
folder removes those of ours not modified for ``temporaries.STALE_SECONDS`` (names made by
``outputs.temporary_name`` only).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from .. import messages as m
from .. import temporaries
from ..errors import ExportError
from ..outputs import TMP_SUFFIX, check_export_target, fsync_path, publishing, temporary_name

_TMP_NAME = temporaries.pattern(TMP_SUFFIX)


def check_folder_target(path: str | os.PathLike[str], project_path: str | os.PathLike[str] | None = None) -> None:
    """Raise ExportError unless a folder export may create ``path``: a new name in a folder where
    files can be created, or an empty folder (never a file, a link, or a folder with anything in it)."""
    target = Path(path)
    if os.fspath(target) in ("", "-"):
        raise ExportError(m.translate("Core", "{path!r}: give the name of a new folder (-o OUT)")
                          .format(path=os.fspath(target)))
    try:
        st: os.stat_result | None = os.lstat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ExportError(m.translate("Core", "{path}: {reason}").format(path=target, reason=exc.strerror or exc)) \
            from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            raise ExportError(m.translate("Core", "{path}: a symbolic link; give a new folder or an empty one "
                                                  "itself").format(path=target))
        if not stat.S_ISDIR(st.st_mode):
            raise ExportError(m.translate("Core", "{path}: exists and is not a folder; this export writes a folder "
                                                  "and never replaces a file").format(path=target))
        try:
            with os.scandir(target) as entries:
                filled = next(entries, None) is not None
        except OSError as exc:
            raise ExportError(m.translate("Core", "{path}: {reason}")
                              .format(path=target, reason=exc.strerror or exc)) from None
        if filled:
            raise ExportError(m.translate("Core", "{path}: the folder is not empty; give a new or empty folder "
                                                  "(nothing in it is replaced)").format(path=target))
    # A new file beside the target: its folder exists, takes files, is not /dev or /proc. The
    # message names the target the user gave, not the temporary name checked in its place.
    tmp_name = temporary_name(target.name)
    tmp = _parent(target) / tmp_name
    try:
        check_export_target(tmp, project_path)
    except ExportError as exc:
        message = str(exc).replace(os.fspath(tmp), os.fspath(target)).replace(tmp_name, target.name)
        raise ExportError(message) from None


def missing_extra(fmt: str, package: str) -> str:
    """What the command says when the optional package a format needs is not installed."""
    return (m.translate("Core", "--format {format} needs the optional package {package}, which is not installed: "
                                "pip install 'annotator[{extra}]' (the standalone program has no optional "
                                "packages; export --format jsonl there); nothing was written")
            .format(format=fmt, package=package, extra=fmt))


def _parent(target: Path) -> Path:
    return target.absolute().parent


@contextlib.contextmanager
def atomic_folder(path: str | os.PathLike[str], *,
                  project_path: str | os.PathLike[str] | None = None) -> Iterator[Path]:
    """Yield an empty temporary folder beside ``path``; on success it becomes ``path``.

    The caller writes its files into the folder yielded (closing each one). Errors of the
    disk become ExportError with a true message; anything raised removes the temporary."""
    target = Path(path)
    check_folder_target(target, project_path)
    parent = _parent(target)
    remove_stale_folders(parent)
    tmp = parent / temporary_name(target.name)
    try:
        os.mkdir(tmp)
    except OSError as exc:
        raise ExportError(m.translate("Core", "{path}: cannot create a folder in {folder}: {reason}")
                          .format(path=target, folder=parent, reason=exc.strerror or exc)) from None
    with publishing(tmp, target, parent, lambda: shutil.rmtree(tmp, ignore_errors=True)):
        yield tmp
        _sync(tmp)
        check_folder_target(target, project_path)  # nothing appeared there meanwhile
        _install(tmp, target)


def _install(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` to ``target``: POSIX replaces an empty folder there and refuses a filled
    one (ENOTEMPTY) or a file (ENOTDIR); elsewhere an empty target folder is removed first."""
    try:
        if os.name != "posix" and target.is_dir() and not target.is_symlink():
            os.rmdir(target)  # refuses a folder with anything in it
        os.rename(tmp, target)
    except OSError as exc:
        raise ExportError(m.translate("Core", "{path}: cannot be put in place ({reason}); nothing was written")
                          .format(path=target, reason=exc.strerror or exc)) from None


def _sync(folder: Path) -> None:
    """Make the files under ``folder`` and the folders' entries durable (POSIX); best effort."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        for here, _dirs, files in os.walk(folder):
            for name in [*files, "."]:
                fsync_path(os.path.join(here, name))


def remove_stale_folders(folder: Path) -> list[Path]:
    """Remove our temporary folders in ``folder`` not modified for ``temporaries.STALE_SECONDS``
    (left by a crash); returns what was removed. Errors are ignored: this is housekeeping."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if _TMP_NAME.match(entry.name) is None:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode) and now - st.st_mtime > temporaries.STALE_SECONDS:
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(Path(entry.path))
    return removed
