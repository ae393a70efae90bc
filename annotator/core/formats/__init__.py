"""Import and export formats: one module each, one registry (``FORMATS``).

``annotator import --format`` and ``annotator export --format`` accept the registry's names;
the import and export dialogs list its entries; the README's table of formats is checked
against it (tests/unit/test_formats_registry.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as m
from ..outputs import check_export_target
from . import (
    aozora,
    brat,
    claim_sentences,
    conll,
    conllu,
    doccano,
    hf,
    jsonl,
    labelstudio,
    spacy_docbin,
    stockmark,
    txt,
)
from .base import ExportError, Format, Holds, LossReport, Parsed, atomic_writer

if TYPE_CHECKING:
    from ..model import Status
    from ..store import Project


def _write_jsonl(project: Project, path: str | Path, *, status: Status | None = None,
                 progress: Callable[[int], None] | None = None, lost: LossReport, tokens: str = "no",
                 **_: Any) -> int:
    from .project_export import write_project

    return write_project(project, path, tokens=tokens == "yes", status=status, progress=progress)


def _write_claim_sentences(project: Project, path: str | Path, *, status: Status | None = None,
                           progress: Callable[[int], None] | None = None, lost: LossReport, **_: Any) -> int:
    return claim_sentences.write(project, path, status=status, progress=progress)


JSONL = Format(
    "jsonl",
    m.QT_TRANSLATE_NOOP("Formats", "JSONL: one record per document, entities and claims (annotator's own format)"),
    Holds(entities="yes", nesting="yes", claims="yes", attributes="yes", status="yes", tokens="on request",
          loses="nothing"),
    read=jsonl.read, write=_write_jsonl, suffixes=(".jsonl", ".ndjson"),
    write_options={"tokens": ("no", "yes")},
)
_SPLIT = {"split": ("lines", "paragraphs")}  # none given: one document per file
TXT = Format(
    "txt", m.QT_TRANSLATE_NOOP("Formats", "Plain text"),
    Holds(entities="no", nesting="no", claims="no", attributes="no", status="no", tokens="no",
          loses="every annotation (import only)"),
    read=txt.read, suffixes=(".txt", ".text"), read_options=_SPLIT,
)
STOCKMARK = Format(
    "stockmark", m.QT_TRANSLATE_NOOP("Formats", "Stockmark NER (JSON)"),
    Holds(entities="yes", nesting="yes", claims="no", attributes="no", status="no", tokens="no",
          loses="claims, attributes, meta (import only)"),
    read=stockmark.read, suffixes=(".json",),
)
AOZORA = Format(  # never guessed from the name: a .txt file is read as txt unless --format aozora
    "aozora", m.QT_TRANSLATE_NOOP("Formats", "Aozora Bunko text (its ruby kept as readings)"),
    Holds(entities="no", nesting="no", claims="no", attributes="no", status="no", tokens="no",
          loses="every annotation (import only)"),
    read=aozora.read, read_options=_SPLIT,
)
CLAIM_SENTENCES = Format(
    "claim-sentences",
    m.QT_TRANSLATE_NOOP("Formats", "Claim sentences: one record per sentence, labelled for check-worthiness"),
    Holds(entities="no", nesting="no", claims="per sentence", attributes="check-worthiness", status="done only",
          tokens="no", loses="entities, claim spans and every other attribute (export only)"),
    write=_write_claim_sentences,
)

#: Every format, in the order the dialogs list them.
FORMATS: dict[str, Format] = {f.name: f for f in (JSONL, TXT, STOCKMARK, AOZORA, CLAIM_SENTENCES,
                                                    conll.FORMAT, conllu.FORMAT,
                                                    doccano.FORMAT, brat.FORMAT, labelstudio.FORMAT,
                                                    hf.FORMAT, spacy_docbin.FORMAT)}


def readable() -> list[Format]:
    return [f for f in FORMATS.values() if f.read is not None]


def writable() -> list[Format]:
    return [f for f in FORMATS.values() if f.write is not None]


def guess_format(path: str | Path) -> str | None:
    """The format of an input from its name (a folder: the folder format whose files it holds,
    ``brat`` for ``.ann`` files); None when the name does not tell."""
    path = Path(path)
    if path.is_dir():
        try:
            suffixes = {p.suffix.lower() for _, p in zip(range(10_000), path.iterdir(), strict=False)}
        except OSError:
            return None
        for f in FORMATS.values():
            if f.folder_in and f.read is not None and suffixes & set(f.suffixes):
                return f.name
        return None
    suffix = path.suffix.lower()
    for f in FORMATS.values():
        if suffix in f.suffixes and f.read is not None and not f.folder_in:
            return f.name
    return None


@dataclass
class Exported:
    """What ``export`` did: documents written, what the format could not hold, and the file
    that lists it (``OUT.lost.jsonl`` beside the output; None when nothing was left out)."""

    documents: int
    lost: LossReport
    lost_path: Path | None
    #: An earlier export's ``OUT.lost.jsonl``, removed because this export lost nothing.
    stale_removed: Path | None = None


def export(project: Project, fmt: str, out: str | Path, *, status: Status | None = None,
           progress: Callable[[int], None] | None = None, **options: Any) -> Exported:
    """Write ``project`` as ``fmt`` to ``out`` (a file, or a folder for a ``folder_out``
    format), then list what the format could not hold in ``OUT.lost.jsonl``: the command
    line and the export dialog both export through here."""
    writer = FORMATS[fmt].write
    assert writer is not None, fmt
    out = Path(out)
    report = out.with_name(out.name + ".lost.jsonl")
    _check_report_target(report, project.path)  # before anything is written
    lost = LossReport()
    n = writer(project, out, status=status, progress=progress, lost=lost, **options)
    if not lost.items:
        if os.path.isfile(report) and not os.path.islink(report):  # an earlier export's list, now wrong
            with contextlib.suppress(OSError):
                os.unlink(report)
                return Exported(n, lost, None, report)
        return Exported(n, lost, None)
    try:
        _check_report_target(report, project.path)
        with atomic_writer(report, project_path=project.path) as fh:
            for item in lost.items:
                fh.write(jsonl.dumps(item.to_json()) + "\n")
    except (ExportError, OSError) as exc:
        # OUT without the list of what it lacks would drop annotations silently: it goes too.
        _remove_output(out)
        reason = str(exc) if isinstance(exc, ExportError) else (exc.strerror or str(exc))
        raise ExportError(m.translate("Core", "{report}: cannot write the list of what {format} cannot hold "
                                              "({reason}); {out} was removed: nothing was written")
                          .format(report=report, format=fmt, reason=reason, out=out)) from None
    return Exported(n, lost, report)


def _check_report_target(report: Path, project_path: Path) -> None:
    """``OUT.lost.jsonl`` is a file the user did not name: never written through a link."""
    if os.path.islink(report):
        raise ExportError(m.translate("Core", "{path}: a symbolic link; the export writes the list of what the "
                                              "format cannot hold there and never through a link; nothing was "
                                              "written").format(path=report))
    check_export_target(report, project_path)


def _remove_output(out: Path) -> None:
    """Remove what the writer just put at ``out`` (a file, or a folder of its own)."""
    with contextlib.suppress(OSError):
        if out.is_dir() and not out.is_symlink():
            shutil.rmtree(out)
        else:
            out.unlink()


def read(path: str | Path, fmt: str, **options: Any) -> Iterator[Parsed]:
    reader = FORMATS[fmt].read
    assert reader is not None, fmt
    return reader(path, **options)


__all__ = ["FORMATS", "ExportError", "Exported", "Format", "Holds", "LossReport", "Parsed", "aozora", "atomic_writer",
           "export", "guess_format", "jsonl", "read", "readable", "stockmark", "txt", "writable"]
