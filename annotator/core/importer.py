"""Importing files into a project: all or nothing, unless asked to skip bad records.

Every input is checked before the transaction opens: it must be a regular file (never a
FIFO, a device or a folder, which would block or never end), not the project itself nor a
file SQLite keeps beside it, not an SQLite database, and not given twice. Then records are
read, validated and inserted in one pass inside one transaction. At the first problem,
insertion stops but reading goes on, so that the error lists every problem of every file;
then the transaction is rolled back and the project is exactly as before. A file that
holds no record at all is a problem too (an empty or truncated file is a mistake).

With ``skip_invalid`` (and at least one valid record: otherwise it is an error as above) the
rejected records are written, with their reasons, to
``PROJECT-NAME.rejected-YYYYmmdd-HHMMSS.jsonl`` beside the project (``-2``, ``-3``… when
that name is taken: the file is created exclusively, so two imports never overwrite each
other's), synced to disk *before* the valid records are committed: if it cannot be written,
nothing is committed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import msgspec

from . import formats
from . import messages as m
from .errors import InputError, Problem
from .fields import check_id
from .formats.base import Parsed
from .inputs import InputRefused, identity, is_sqlite, not_regular, open_input, project_files
from .location import location
from .outputs import sync_folder
from .store import Project
from .strings import FORBIDDEN, Shown, describe

#: How many problems an error message lists before it says "and N more".
MAX_LISTED = 50
#: How many problems a report keeps (the rejects file has every one).
MAX_KEPT = 1000


@dataclass
class ImportReport:
    documents: int = 0
    entities: int = 0
    rejected: int = 0
    rejects_path: Path | None = None
    new_labels: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # the first MAX_KEPT
    problem_count: int = 0
    suggestions: int = 0  # entities another tool proposed, stored as suggestions
    #: What the files hold that the import kept in no form (``Parsed.notes``): the first MAX_KEPT.
    notes: list[Problem] = field(default_factory=list)
    note_count: int = 0


class _Abort(Exception):
    """Raised inside the transaction to roll it back after problems were found."""


def estimate_documents(paths: list[Path], *, fmt: str | None = None, split: str | None = None) -> int | None:
    """About how many documents importing ``paths`` makes, for a progress bar; None if unknown.

    Counts line breaks (JSONL and doccano: one record per line; text split into lines), reading
    the files in blocks: about 0.1 s per 100 MB. Other formats (a Stockmark or Label Studio JSON
    array, CoNLL, a brat folder) and text split into paragraphs hold no document per line: no
    estimate for those. What is not a regular file is
    not opened (the import reports it)."""
    total = 0
    for path in paths:
        f = fmt or formats.guess_format(path)
        if f in ("txt", "aozora") and split is None:
            total += 1
            continue
        if f not in ("jsonl", "doccano", "txt", "aozora") or split == "paragraphs":
            return None  # not one document per line (Stockmark, CoNLL, Label Studio, a brat folder…)
        try:
            with open_input(path) as fh:
                total += sum(block.count(b"\n") for block in iter(lambda fh=fh: fh.read(1 << 20), b""))
        except (InputRefused, OSError):
            continue  # reported by the import itself
    return total


def default_label_set(paths: Sequence[Path], fmt: str | None) -> str:
    """The label set of a project an import creates, when none is asked for: the Stockmark
    set when every input is read as Stockmark (given by ``--format`` or by its name), so
    that a file gives the same project however its format was chosen; IREX otherwise."""
    formats_read = {fmt or formats.guess_format(path) for path in paths}
    return "stockmark" if formats_read == {"stockmark"} else "irex"


def _sidecar_message(path: Path, protected: dict[tuple[int, int], str]) -> str | None:
    ident = identity(path)
    if ident is None or ident not in protected:
        return None
    return protected[ident]


def _protected(project_paths: Sequence[Path]) -> dict[tuple[int, int], str]:
    """(device, inode) of the project files that no input may be, with the reason to give."""
    out: dict[tuple[int, int], str] = {}
    for project_path in project_paths:
        for f in project_files(project_path):
            ident = identity(f)
            if ident is None:
                continue
            if f == Path(project_path):
                out[ident] = m.translate("Core", "is the project being imported into, not an input file")
            elif f.name.endswith("-wal"):
                out[ident] = m.translate("Core", "is the write-ahead log of the project, not an input file")
            elif f.name.endswith("-shm"):
                out[ident] = m.translate("Core", "is the shared-memory index of the project, not an input file")
            else:
                out[ident] = m.translate("Core", "is the rollback journal of the project, not an input file")
    return out


def plan(paths: Sequence[Path], fmt: str | None, protect: Sequence[Path]) -> tuple[list[tuple[Path, str]],
                                                                                    list[Problem]]:
    """The inputs that may be read, each with its format, and the problems of the others."""
    problems: list[Problem] = []
    planned: list[tuple[Path, str]] = []
    protected = _protected(protect)
    seen: dict[tuple[int, int], Path] = {}
    for path in paths:
        name = str(path)
        f = fmt or formats.guess_format(path)
        folder = f is not None and formats.FORMATS[f].folder_in
        if folder:
            why = None if path.is_dir() else m.translate("Core", "is not a folder: --format {format} reads a folder "
                                                                 "of files").format(format=f)
        else:
            why = not_regular(path)
        if why is None:
            why = _sidecar_message(path, protected)
        if why is None:
            ident = identity(path)
            if ident is not None and ident in seen:
                why = m.translate("Core", "is the same file as {other}, given twice").format(other=seen[ident])
            elif ident is not None:
                seen[ident] = path
        if why is None and f is None:
            why = m.translate("Core", "cannot tell the format from the file name; pass --format with one of: "
                                      "{names}").format(names=", ".join(f.name for f in formats.readable()))
        if why is None and not folder and is_sqlite(path):
            why = (m.translate("Core", "is an SQLite database (an annotator project?), not a {format} file")
                   .format(format=f))
        if why is not None:
            problems.append(Problem(name, None, why))
        else:
            assert f is not None
            planned.append((path, f))
    return planned, problems


def _check_document_id(doc_id: object, out: list[str]) -> None:
    """The input policy on a document's id, whatever the reader made it from (a file's name
    gives the id in several formats): no control character, no lone surrogate, not empty,
    at most ``MAX_ID_CHARS``. The readers that check their ids already find nothing here."""
    if check_id(doc_id, m.translate("Core", "document"), out):
        found = FORBIDDEN.search(str(doc_id))
        if found is not None:
            out.append(m.translate("Core", "document id {id!r}: {problem} (when the id comes from the file's name, "
                                           "rename the file)")
                       .format(id=Shown(doc_id), problem=describe(found.group(), found.start())))


class _Problems:
    """Every problem counted, the first MAX_KEPT kept."""

    def __init__(self) -> None:
        self.kept: list[Problem] = []
        self.count = 0

    def extend(self, problems: list[Problem]) -> None:
        self.count += len(problems)
        room = MAX_KEPT - len(self.kept)
        if room > 0:
            self.kept.extend(problems[:room])

    def capped(self) -> list[Problem]:
        if self.count <= MAX_LISTED:
            return self.kept[:MAX_LISTED]
        more = self.count - MAX_LISTED
        return [*self.kept[:MAX_LISTED],
                Problem("…", None, m.translate("Core", "and {n} more problems").format(n=more))]


def _input_error(problems: _Problems) -> InputError:
    error = InputError(problems.capped())
    error.total = problems.count  # type: ignore[attr-defined]  # the list stops at MAX_LISTED
    return error


def import_files(
    project: Project,
    paths: list[Path],
    *,
    fmt: str | None = None,
    split: str | None = None,
    skip_invalid: bool = False,
    progress: Callable[[int], None] | None = None,
    rejects_beside: Path | None = None,
    protect: Sequence[Path] = (),
    options: dict[str, str] | None = None,
) -> ImportReport:
    """Import ``paths`` into ``project``; raises InputError (nothing changed) on problems.

    ``progress`` is called with the number of documents inserted so far; an exception it
    raises (a Cancel button's) stops the import and rolls it back: nothing changed.
    ``rejects_beside`` names the project the rejects file is named after (default: this
    one; a project being created in a temporary file gives its final name); no input may be
    one of the files of ``project`` or of ``protect``. ``options``: the readers' options
    (``Format.read_options``: ``offsets``, ``text_key``…), each given to the formats that take it."""
    report = ImportReport()
    beside = location(rejects_beside) if rejects_beside is not None else project.path
    planned, plan_problems = plan(paths, fmt, [project.path, beside, *protect])
    problems = _Problems()
    problems.extend(plan_problems)
    notes = _Problems()
    if plan_problems and not skip_invalid:
        raise _input_error(problems)
    rejects = _Rejects(beside) if skip_invalid else None
    try:
        for problem in plan_problems:
            assert rejects is not None
            rejects.add_problem(problem)
        seen_ids: dict[str, str] = {}
        with project.bulk_import(", ".join(str(p) for p, _ in planned)) as bulk:
            for path, f in planned:
                taken = formats.FORMATS[f].read_options
                given = {"split": split} if split is not None else {}
                given.update(options or {})
                reader_options = {k: v for k, v in given.items() if k in taken}
                count = 0
                try:
                    for parsed in formats.read(path, f, **reader_options):
                        count += 1
                        doc = parsed.doc
                        if doc is not None and not parsed.problems:
                            _check_document_id(doc.id, parsed.problems)
                        if doc is not None:
                            where = f"{parsed.file}:{parsed.line}" if parsed.line else parsed.file
                            if doc.id in seen_ids:
                                parsed.problems.append(m.translate("Core", "document id {id!r} also comes from {where}")
                                                       .format(id=Shown(doc.id), where=seen_ids[doc.id]))
                            elif bulk.has_document(doc.id):
                                parsed.problems.append(m.translate("Core", "document id {id!r} is already "
                                                                           "in the project").format(id=Shown(doc.id)))
                            else:
                                seen_ids[doc.id] = where
                        if parsed.problems:
                            problems.extend(parsed.located())
                            if rejects is not None:
                                rejects.add(parsed)
                            continue
                        if problems.count and not skip_invalid:
                            continue  # keep reading to report every problem; insert nothing more
                        assert doc is not None
                        bulk.add(doc, parsed.suggestions)
                        if parsed.notes:
                            notes.extend(parsed.located_notes())
                        if progress is not None:
                            progress(bulk.added)
                except OSError as exc:
                    count = -1
                    problem = Problem(str(path), None, m.translate("Core", "cannot read: {reason}")
                                      .format(reason=exc.strerror or exc))
                    problems.extend([problem])
                    if rejects is not None:
                        rejects.add_problem(problem)
                if count == 0:
                    problem = Problem(str(path), None, m.translate("Core", "no documents in this file (it is empty "
                                                                           "or holds only blank lines)"))
                    problems.extend([problem])
                    if rejects is not None:
                        rejects.add_problem(problem)
            if problems.count and (not skip_invalid or not bulk.added):
                raise _Abort  # with --skip-invalid too when no record at all was valid: nothing to keep
            report.documents, report.entities = bulk.documents, bulk.entities
            report.new_labels = bulk.new_labels
            report.suggestions = bulk.suggestions
            if rejects is not None and rejects.rows:
                # Before the commit: rejected records are never lost while the valid ones are kept.
                report.rejects_path, report.rejected = rejects.publish(), rejects.rows
    except _Abort:
        if rejects is not None:
            rejects.discard()
        raise _input_error(problems) from None
    except BaseException:
        if rejects is not None:
            rejects.discard()
        raise
    report.problems = problems.kept
    report.problem_count = problems.count
    report.notes = notes.kept
    report.note_count = notes.count
    return report


# -- the rejects file -----------------------------------------------------------------------------

#: Characters json.dumps(ensure_ascii=False) leaves raw that a JSONL reader may take for line
#: breaks or cannot encode (a lone surrogate from a rejected record): written as escapes.
_RAW_UNSAFE = re.compile("[\x85\u2028\u2029\ud800-\udfff]")


def _json_line(row: dict[str, Any]) -> str:
    line = json.dumps(row, ensure_ascii=False, default=msgspec.to_builtins)  # a record decoded as a Struct
    return _RAW_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", line)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class _Rejects:
    """The rejects file, written to a temporary beside the project as records come, then
    synced and linked to a free ``NAME.rejected-STAMP[-N].jsonl`` (never replacing a file)."""

    def __init__(self, beside: Path) -> None:
        self.beside = beside
        self.rows = 0
        self._tmp: Path | None = None
        self._fh: IO[str] | None = None
        self.path: Path | None = None

    def _write(self, row: dict[str, Any]) -> None:
        if self._fh is None:
            folder = self.beside.parent if str(self.beside.parent) else Path(".")
            try:
                fd, tmp = tempfile.mkstemp(prefix=f".{self.beside.stem}.rejected-", suffix=".tmp", dir=folder)
            except OSError as exc:
                raise self._error(exc) from None
            self._tmp = Path(tmp)
            self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        try:
            self._fh.write(_json_line(row) + "\n")
        except OSError as exc:
            raise self._error(exc) from None
        self.rows += 1

    def add(self, parsed: Parsed) -> None:
        self._write({"file": parsed.file, "line": parsed.line, "record": parsed.record,
                     "problems": parsed.problems, "input": parsed.raw})

    def add_problem(self, problem: Problem) -> None:
        """A problem of a whole file (missing, unreadable, empty): a row with no input."""
        self._write({"file": problem.file, "line": problem.line, "record": problem.record,
                     "problems": [problem.message], "input": None})

    def _error(self, exc: OSError) -> InputError:
        where = self.path or self.beside.with_name(f"{self.beside.stem}.rejected-….jsonl")
        reason = exc.strerror or str(exc)
        return InputError([Problem(str(where), None, m.translate("Core", "cannot write the rejected records: "
                                                                         "{reason}; nothing was imported")
                                   .format(reason=reason))])

    def publish(self) -> Path:
        """Sync the file and give it its final name; InputError if it cannot be written."""
        assert self._fh is not None and self._tmp is not None
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            os.chmod(self._tmp, 0o666 & ~_umask())
            self.path = self._link()
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None
            sync_folder(self.path.parent)
        except OSError as exc:
            raise self._error(exc) from None
        return self.path

    def _names(self) -> list[Path]:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        base = f"{self.beside.stem}.rejected-{stamp}"
        return [self.beside.with_name(f"{base}.jsonl")] + [self.beside.with_name(f"{base}-{n}.jsonl")
                                                           for n in range(2, 1000)]

    def _link(self) -> Path:
        assert self._tmp is not None
        for name in self._names():
            try:
                os.link(self._tmp, name)
                return name
            except FileExistsError:
                continue
            except OSError:  # no hard links here: create the name exclusively and copy
                try:
                    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
                except FileExistsError:
                    continue
                try:
                    with os.fdopen(fd, "wb") as out, open(self._tmp, "rb") as src:
                        while block := src.read(1 << 20):
                            out.write(block)
                        out.flush()
                        os.fsync(out.fileno())
                except BaseException:
                    with contextlib.suppress(OSError):
                        os.unlink(name)
                    raise
                return name
        raise FileExistsError(m.translate("Core", "every rejects file name of this second is taken"))

    def discard(self) -> None:
        """Remove what was written (the import did not commit)."""
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self._fh.close()
        for path in (self._tmp, self.path):
            if path is not None:
                with contextlib.suppress(OSError):
                    os.unlink(path)

