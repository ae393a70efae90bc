"""Importing files into a project: all or nothing, unless asked to skip bad records.

Records are read, validated and inserted in one pass inside one transaction. At the first
problem, insertion stops but reading goes on, so that the error lists every problem of
every file; then the transaction is rolled back and the project is exactly as before. With
``skip_invalid`` the valid records are committed and the rejected ones are written, with
their reasons, to a JSONL file beside the project.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import formats
from . import messages as m
from .errors import InputError, Problem
from .formats.base import Parsed, atomic_writer
from .store import Project

#: How many problems an error message lists before it says "and N more".
MAX_LISTED = 50


@dataclass
class ImportReport:
    documents: int = 0
    entities: int = 0
    rejected: int = 0
    rejects_path: Path | None = None
    new_labels: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Abort(Exception):
    """Raised inside the transaction to roll it back after problems were found."""


def estimate_documents(paths: list[Path], *, fmt: str | None = None, split: str | None = None) -> int | None:
    """About how many documents importing ``paths`` makes, for a progress bar; None if unknown.

    Counts line breaks (JSONL: one record per line; text split into lines), reading the files
    in blocks: about 0.1 s per 100 MB. Stockmark files are one JSON array and text split into
    paragraphs depends on blank lines: no estimate for those."""
    total = 0
    for path in paths:
        f = fmt or formats.guess_format(path)
        if f == "txt" and split is None:
            total += 1
            continue
        if f == "stockmark" or split == "paragraphs" or f is None:
            return None
        try:
            with open(path, "rb") as fh:
                total += sum(block.count(b"\n") for block in iter(lambda fh=fh: fh.read(1 << 20), b""))
        except OSError:
            continue  # reported by the import itself
    return total


def import_files(
    project: Project,
    paths: list[Path],
    *,
    fmt: str | None = None,
    split: str | None = None,
    skip_invalid: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import ``paths`` into ``project``; raises InputError (nothing changed) on problems.

    ``progress`` is called with the number of documents inserted so far; an exception it
    raises (a Cancel button's) stops the import and rolls it back: nothing changed."""
    report = ImportReport()
    problems: list[Problem] = []
    plan: list[tuple[Path, str]] = []
    for path in paths:
        f = fmt or formats.guess_format(path)
        if not path.exists():
            problems.append(Problem(str(path), None, m.translate("Core", "no such file")))
        elif path.is_dir():
            problems.append(Problem(str(path), None, m.translate("Core", "is a folder, not a file")))
        elif f is None:
            problems.append(Problem(str(path), None, m.translate("Core", "cannot tell the format from the file name; "
                                                                         "pass --format txt, jsonl or stockmark")))
        else:
            plan.append((path, f))
    if problems and not skip_invalid:
        raise InputError(problems)

    rejects: list[Parsed] = []
    seen_ids: dict[str, str] = {}
    try:
        with project.bulk_import(", ".join(str(p) for p, _ in plan)) as bulk:
            for path, f in plan:
                options = {"split": split} if f == "txt" else {}
                try:
                    records = formats.read(path, f, **options)
                    for parsed in records:
                        doc = parsed.doc
                        if doc is not None:
                            where = f"{parsed.file}:{parsed.line}" if parsed.line else parsed.file
                            if doc.id in seen_ids:
                                parsed.problems.append(m.translate("Core", "document id {id!r} also comes from {where}")
                                                       .format(id=doc.id, where=seen_ids[doc.id]))
                            elif bulk.has_document(doc.id):
                                parsed.problems.append(m.translate("Core", "document id {id!r} is already "
                                                                           "in the project").format(id=doc.id))
                            else:
                                seen_ids[doc.id] = where
                        if parsed.problems:
                            problems.extend(parsed.located())
                            rejects.append(parsed)
                            continue
                        if problems and not skip_invalid:
                            continue  # keep reading to report every problem; insert nothing more
                        assert doc is not None
                        bulk.add(doc)
                        if progress is not None:
                            progress(bulk.documents)
                except OSError as exc:
                    problems.append(Problem(str(path), None, m.translate("Core", "cannot read: {reason}")
                                            .format(reason=exc.strerror or exc)))
            if problems and not skip_invalid:
                raise _Abort
            report.documents, report.entities = bulk.documents, bulk.entities
            report.new_labels = bulk.new_labels
    except _Abort:
        raise InputError(_cap(problems)) from None

    report.problems = problems
    if problems:
        report.rejects_path, report.rejected = _write_rejects(project.path, problems, rejects)
    return report


def _cap(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_LISTED:
        return problems
    more = len(problems) - MAX_LISTED
    return [*problems[:MAX_LISTED], Problem("…", None, m.translate("Core", "and {n} more problems").format(n=more))]


def _write_rejects(project_path: Path, problems: list[Problem], rejects: list[Parsed]) -> tuple[Path, int]:
    """Write one line per rejected record (or unreadable file) with its problems."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out = project_path.with_name(f"{project_path.stem}.rejected-{stamp}.jsonl")
    rows = [{"file": r.file, "line": r.line, "record": r.record, "problems": r.problems, "input": r.raw}
            for r in rejects]
    # Whole-file problems (missing file, unknown format) have no parsed record.
    located = {(r.file, r.line) for r in rejects}
    rows += [{"file": p.file, "line": p.line, "record": p.record, "problems": [p.message], "input": None}
             for p in problems if (p.file, p.line) not in located]
    with atomic_writer(out) as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out, len(rows)
