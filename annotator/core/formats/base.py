"""What every reader yields, and the atomic file writer every exporter uses."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .. import messages as m
from ..errors import AnnotatorError, Problem
from ..model import Document


@dataclass
class Parsed:
    """One record read from a file: a document, or the problems that stop it being one."""

    file: str
    line: int | None
    doc: Document | None
    problems: list[str] = field(default_factory=list)
    raw: Any = None  # the record as read, for the rejects file
    record: str | None = None  # "record 12" where the format has no lines

    def located(self) -> list[Problem]:
        return [Problem(self.file, self.line, msg, self.record) for msg in self.problems]


class ExportError(AnnotatorError):
    """An export was refused; the target file was not touched."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and replace ``path`` only on success.

    A reader of ``path`` sees the old file or the whole new one, never half of it; an
    error (or a refused span) leaves the old file as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(m.translate("Core", "{path}: the folder {folder} does not exist")
                          .format(path=target, folder=folder))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
