"""The ``annotator`` command. Qt is imported only by the ``gui`` subcommand.

Exit status: 0 success; 1 the input or the project has problems (each printed as
``FILE:LINE: problem``); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core.errors import AnnotatorError, InputError
from .core.model import LABEL_SETS, Status


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="annotator",
        description="Annotate Japanese text: named entities and claims, exact code-point offsets. "
        "With no command, opens the annotation window.",
    )
    p.add_argument("--version", action="version", version=f"annotator {__version__}")
    p.add_argument("--lang", choices=["ja", "en"], help="interface language (default: the system's)")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation without a display (dictionary, resources, translations, "
                   "a project round trip); the last line printed starts with OK or FAILED")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    g = sub.add_parser("gui", help="open the annotation window (the default)")
    g.add_argument("project", nargs="?", type=Path, help="project file to open (default: the last one, "
                   "or the demo project on the first run)")
    g.add_argument("--lang", choices=["ja", "en"], dest="gui_lang", help="interface language")

    i = sub.add_parser("import", help="import documents into a project (created if missing)")
    i.add_argument("project", type=Path)
    i.add_argument("files", nargs="+", type=Path, metavar="FILE")
    i.add_argument("--format", choices=["txt", "jsonl", "stockmark"],
                   help="input format (default: from the extension: .txt, .jsonl, .json = stockmark)")
    i.add_argument("--split", choices=["lines", "paragraphs"],
                   help="for .txt: one document per non-empty line or per blank-line-separated paragraph")
    i.add_argument("--skip-invalid", action="store_true",
                   help="import the valid records and write the rejected ones, with reasons, beside the project")
    i.add_argument("--labels", choices=sorted(LABEL_SETS),
                   help="label set of a new project (default: stockmark for --format stockmark, else irex)")

    e = sub.add_parser("export", help="export a project as canonical JSONL")
    e.add_argument("project", type=Path)
    e.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.jsonl")
    e.add_argument("--format", choices=["jsonl", "claim-sentences"], default="jsonl",
                   help="jsonl: the canonical records (default); claim-sentences: one record per sentence "
                   "labelled checkworthy, not checkworthy or no claim")
    e.add_argument("--tokens", action="store_true", help="add each document's morphemes (jsonl)")
    e.add_argument("--status", choices=Status.values(), help="only documents with this status")

    v = sub.add_parser("validate", help="check a JSONL file: schema, offsets, references")
    v.add_argument("file", type=Path, metavar="FILE.jsonl")

    s = sub.add_parser("stats", help="documents by status and entities by label")
    s.add_argument("project", type=Path)
    s.add_argument("--json", action="store_true", help="print one JSON object")

    sc = sub.add_parser("install-shortcut", help="add a launcher to the application menu (and the desktop)")
    sc.add_argument("--desktop", action="store_true", help="also put a launcher on the desktop")
    sub.add_parser("uninstall-shortcut", help="remove exactly the launchers install-shortcut added")

    t = sub.add_parser("tokenize", help="print the morphemes of a text, one JSON object per line")
    t.add_argument("file", nargs="?", type=Path, help="text file (default: standard input)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    _utf8_stdio()
    if args.self_test:
        from .selftest import run as self_test

        return self_test()
    command = args.command or "gui"
    try:
        if command == "gui":
            from .ui.app import run

            return run(getattr(args, "project", None), lang=getattr(args, "gui_lang", None) or args.lang)
        return {
            "import": _import,
            "export": _export,
            "validate": _validate,
            "stats": _stats,
            "tokenize": _tokenize,
            "install-shortcut": _install_shortcut,
            "uninstall-shortcut": _uninstall_shortcut,
        }[command](args)
    except InputError as exc:
        _err(f"{command}: nothing was changed; {len(exc.problems)} problem(s):")
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except AnnotatorError as exc:
        _err(str(exc))
        return 1
    except BrokenPipeError:  # `annotator tokenize | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


def _err(msg: str) -> None:
    print(f"annotator: {msg}", file=sys.stderr)


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and (getattr(stream, "encoding", "") or "").lower() not in ("utf-8", "utf8"):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]


def _open_project(path: Path, **kw):  # -> Project
    from .core.store import Project

    return Project.open(path, **kw)


def _import(args: argparse.Namespace) -> int:
    from .core.importer import import_files

    if args.split and args.format not in (None, "txt"):
        _err("--split applies to text files only")
        return 2
    labels = args.labels or ("stockmark" if args.format == "stockmark" else "irex")
    created = not args.project.exists()
    project = _open_project(args.project, create=True, label_set=labels)
    try:
        report = import_files(project, args.files, fmt=args.format, split=args.split,
                              skip_invalid=args.skip_invalid)
    except BaseException:
        project.close()
        if created:  # all or nothing: a project this command made stays unmade
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.project}{suffix}").unlink(missing_ok=True)
        raise
    project.close()
    print(f"imported {report.documents} documents ({report.entities} entities) into {args.project}")
    if report.new_labels:
        print(f"added labels to the project's label set: {', '.join(report.new_labels)}")
    if report.rejected:
        print(f"rejected {report.rejected} record(s); they are written with their reasons to {report.rejects_path}")
        for problem in report.problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        if len(report.problems) > 20:
            print(f"  … and {len(report.problems) - 20} more", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from .core.formats import jsonl

    with _open_project(args.project) as project:
        status = Status(args.status) if args.status else None
        if args.format == "claim-sentences":
            from .core.formats import claim_sentences

            n = claim_sentences.write(project, args.output, status=status)
            print(f"wrote {n} sentences to {args.output}")
            return 0
        n = jsonl.write_project(project, args.output, tokens=args.tokens, status=status)
    print(f"wrote {n} documents to {args.output}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .core.formats import jsonl

    path: Path = args.file
    if not path.is_file():
        _err(f"{path}: no such file")
        return 1
    records = invalid = problems = 0
    try:
        for parsed in jsonl.read(path):
            records += 1
            if parsed.problems:
                invalid += 1
                problems += len(parsed.problems)
                for problem in parsed.located():
                    print(problem)
    except OSError as exc:
        _err(f"{path}: cannot read: {exc.strerror or exc}")
        return 1
    if invalid:
        print(f"{path}: {records} records, {invalid} invalid ({problems} problems)", file=sys.stderr)
        return 1
    print(f"{path}: {records} records, all valid", file=sys.stderr)
    return 0


def _stats(args: argparse.Namespace) -> int:
    with _open_project(args.project) as project:
        by_status = project.counts_by_status()
        by_label = project.counts_by_label()
    if args.json:
        print(json.dumps({"documents": by_status, "entities": by_label}, ensure_ascii=False))
        return 0
    width = max(_cells(k) for k in [*by_status, *by_label]) + 2
    print(f"documents: {sum(by_status.values())}")
    for k, n in by_status.items():
        print(f"  {k}{' ' * (width - _cells(k))}{n:>8}")
    print(f"entities: {sum(by_label.values())}")
    for k, n in by_label.items():
        print(f"  {k}{' ' * (width - _cells(k))}{n:>8}")
    return 0


def _cells(s: str) -> int:
    """Terminal columns taken by ``s``: wide (CJK) characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _install_shortcut(args: argparse.Namespace) -> int:
    from .shortcuts import install

    for path in install(desktop=args.desktop):
        print(f"wrote {path}")
    return 0


def _uninstall_shortcut(args: argparse.Namespace) -> int:
    from .shortcuts import uninstall

    removed = uninstall()
    for path in removed:
        print(f"removed {path}")
    if not removed:
        print("no launcher of annotator's to remove")
    return 0


def _tokenize(args: argparse.Namespace) -> int:
    from .core.formats.txt import EncodingProblem, decode
    from .core.morph import UNKNOWN, default_morphology, reading_hiragana, token_json

    name = str(args.file) if args.file else "<stdin>"
    try:
        data = args.file.read_bytes() if args.file else sys.stdin.buffer.read()
    except OSError as exc:
        _err(f"{name}: cannot read: {exc.strerror or exc}")
        return 1
    try:
        text, _ = decode(data)
    except EncodingProblem as exc:
        _err(f"{name}: {exc}")
        return 1
    out = sys.stdout
    for tok in default_morphology().tokenize(text):
        obj = token_json(tok)
        obj["pos_levels"] = list(tok[3][:4])
        obj["furigana"] = reading_hiragana(tok)
        obj["unknown"] = tok[3][UNKNOWN]
        out.write(json.dumps(obj, ensure_ascii=False))
        out.write("\n")
    out.flush()
    return 0
