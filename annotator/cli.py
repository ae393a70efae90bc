"""The ``annotator`` command. Qt is imported only by the ``gui`` subcommand.

Exit status: 0 success; 1 the input or the project has problems (each printed as
``FILE:LINE: problem``); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .cli_common import counted as _n
from .cli_common import err as _err
from .cli_common import open_project as _open_project
from .cli_common import project_arg
from .console import printable
from .core.errors import AnnotatorError, InputError
from .core.model import LABEL_SETS, Status


def _build_parser() -> argparse.ArgumentParser:
    from .core import formats

    readable = [f.name for f in formats.readable()]
    writable = [f.name for f in formats.writable()]
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
    from . import cli_server, cli_team

    g = sub.add_parser("gui", help="open the annotation window (the default)")
    g.add_argument("project", nargs="?", type=project_arg, help="project file to open (default: the last one, "
                   "or the demo project on the first run)")
    g.add_argument("--lang", choices=["ja", "en"], dest="gui_lang", help="interface language")

    i = sub.add_parser("import", help="import documents into a project (created if missing)")
    i.add_argument("project", type=project_arg)
    i.add_argument("files", nargs="+", type=Path, metavar="FILE")
    i.add_argument("--format", choices=readable,
                   help="input format (default: from the extension: .txt, .jsonl, .json = stockmark, and the "
                        "other formats' extensions; a folder of .txt/.ann pairs = brat; aozora = Aozora Bunko "
                        "text, its ruby kept); the README's table says what each holds")
    i.add_argument("--split", choices=["lines", "paragraphs"],
                   help="for .txt: one document per non-empty line or per blank-line-separated paragraph")
    i.add_argument("--skip-invalid", action="store_true",
                   help="import the valid records and write the rejected ones, with reasons, beside the project")
    for name, choices in _options(formats.readable(), "read_options").items():
        users = ", ".join(f.name + (f" (default {f.read_options[name][0]})" if f.read_options[name] else "")
                          for f in formats.readable() if name in f.read_options)
        i.add_argument(f"--{name.replace('_', '-')}", dest=f"read_{name}", choices=choices or None,
                       metavar=None if choices else "NAME", help=f"for {users}")
    i.add_argument("--update", action="store_true",
                   help="add the files' entities and claims to documents the project already has, as the work of "
                        "the current annotator (the preferences' name or ANNOTATOR_USER); a document whose text "
                        "differs is refused")
    i.add_argument("--annotator", metavar="NAME", help="with --update: whose work it is")
    i.add_argument("--labels", choices=sorted(LABEL_SETS),
                   help="label set of a new project (default: stockmark when every file is read as "
                        "Stockmark, else irex)")

    e = sub.add_parser("export", help="export a project as canonical JSONL or another format")
    e.add_argument("project", type=project_arg)
    # a str, not a Path: Path("out/") would drop the slash that says "a folder"
    e.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the file to write (a folder for brat and hf)")
    e.add_argument("--format", choices=writable, default="jsonl",
                   help="jsonl: the canonical records (default); claim-sentences: one record per sentence "
                   "labelled checkworthy, not checkworthy or no claim; the README's table says what each "
                   "format holds and loses (what a format cannot hold is listed in OUT.lost.jsonl)")
    e.add_argument("--tokens", action="store_true", help="add each document's morphemes (jsonl)")
    for name, choices in _options(formats.writable(), "write_options").items():
        users = ", ".join(f"{f.name} (default {f.write_options[name][0]})" for f in formats.writable()
                          if name in f.write_options)
        e.add_argument(f"--{name}", choices=choices, help=f"for {users}")
    e.add_argument("--status", choices=Status.values(), help="only documents with this status")
    e.add_argument("--layer", metavar="curated|ANNOTATOR|all",
                   help="whose annotations (jsonl): curated, one annotator's, or all (each record carries every "
                        "annotator's under their name); default: the curated version where a document has one, "
                        "else its only annotator's")

    v = sub.add_parser("validate", help="check a JSONL file: schema, offsets, references")
    v.add_argument("file", type=Path, metavar="FILE.jsonl")
    v.add_argument("--format", choices=["jsonl", "claim-sentences"],
                   help="the file's format (default: claim-sentences when its first record has doc_id, "
                   "sentence_id and label, else the canonical jsonl)")

    s = sub.add_parser("stats", help="documents by status and entities by label")
    s.add_argument("project", type=project_arg)
    s.add_argument("--json", action="store_true", help="print one JSON object")

    ck = sub.add_parser("check", help="check a project file: SQLite's integrity check and the project's own rules "
                        "(spans, references, labels, statuses, JSON values, export cache)")
    ck.add_argument("project", type=project_arg)

    sc = sub.add_parser("install-shortcut", help="add a launcher to the application menu (and the desktop)")
    sc.add_argument("--desktop", action="store_true", help="also put a launcher on the desktop")
    sub.add_parser("uninstall-shortcut", help="remove exactly the launchers install-shortcut added")

    t = sub.add_parser("tokenize", help="print the morphemes of a text, one JSON object per line")
    t.add_argument("file", nargs="?", type=Path, help="text file (default: standard input)")

    sg = sub.add_parser("suggest", help="propose entities learnt from the project's accepted ones (done and "
                        "in-progress documents) and write them as canonical JSONL; nothing is accepted")
    sg.add_argument("project", type=project_arg)
    sg.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.jsonl")
    sg.add_argument("--recommender", metavar="NAME", help="only this recommender: crf, matcher, numeric or "
                    "ginza (default: those switched on in the project's settings)")
    sg.add_argument("--train", action="store_true", help="train anew even where the project keeps a model "
                    "trained on exactly its annotations (the window saves them)")
    sg.add_argument("--status", choices=Status.values(), help="only documents with this status")

    ev = sub.add_parser("evaluate", help="train on the project's accepted entities, suggest for the texts of a "
                        "gold JSONL file, print strict and overlap precision, recall and F1 per label")
    ev.add_argument("project", type=project_arg)
    ev.add_argument("--gold", required=True, type=Path, metavar="GOLD.jsonl",
                    help="canonical JSONL; its documents (by id or text) are left out of training")
    ev.add_argument("--recommender", metavar="NAME", help="only this recommender (default: each switched on "
                    "in the project's settings, then their combination)")
    ev.add_argument("--train-on", type=int, metavar="N", help="train on the first N training documents only")
    cli_team.add_parsers(sub)
    cli_server.add_parsers(sub)
    return p


class _Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the program is so that every ``with`` block cleans up
    (an export's temporary file is removed, an import's transaction rolled back)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum: int, _frame: object) -> None:
    for sig in _STOP_SIGNALS:  # a second signal must not interrupt the clean-up
        with contextlib.suppress(OSError, ValueError):
            signal.signal(sig, signal.SIG_IGN)
    raise _Terminated(signum)


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def _asking_password(run: Callable[[], int], args: argparse.Namespace) -> int:
    """Run the command; when a PostgreSQL server asks for a password nobody gave (no ~/.pgpass
    line), ask for it on the terminal (never echoed, never stored) and run it once more."""
    from .core.errors import PasswordNeeded
    from .core.location import ServerLocation

    try:
        return run()
    except PasswordNeeded:
        where = next((v for v in (getattr(args, "project", None), getattr(args, "url", None))
                      if isinstance(v, ServerLocation)), None)
        if where is None or where.password is not None or not sys.stdin.isatty():
            raise
        import getpass

        where.password = getpass.getpass(f"password for {printable(str(where))}: ")
        return run()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _build_parser().parse_args(argv)
    except KeyboardInterrupt:  # Ctrl+C while the formats and translations load
        _err("interrupted")
        return 130
    _utf8_stdio()
    if args.self_test:
        from .selftest import run as self_test

        return self_test()
    command = args.command or "gui"
    previous: dict[int, object] = {}  # the handlers to put back (main() may run inside another program)
    try:
        if command == "gui":
            from .ui.app import run

            return run(getattr(args, "project", None), lang=getattr(args, "gui_lang", None) or args.lang)
        for sig in _STOP_SIGNALS:
            with contextlib.suppress(OSError, ValueError):  # ValueError: not the main thread
                previous[sig] = signal.signal(sig, _on_signal)
        from . import cli_server, cli_team

        def dispatch() -> int:
            if command in cli_team.HANDLERS:
                return cli_team.run(command, args)
            if command in cli_server.HANDLERS:
                return cli_server.run(command, args)
            return {
                "import": _import,
                "export": _export,
                "validate": _validate,
                "stats": _stats,
                "check": _check,
                "tokenize": _tokenize,
                "suggest": _suggest,
                "evaluate": _evaluate,
                "install-shortcut": _install_shortcut,
                "uninstall-shortcut": _uninstall_shortcut,
            }[command](args)

        return _asking_password(dispatch, args)
    except InputError as exc:
        total = getattr(exc, "total", len(exc.problems))
        _err(f"{command}: nothing was changed; {total} problem(s):")
        for problem in exc.problems:
            print(f"  {printable(problem)}", file=sys.stderr)
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
    except _Terminated as exc:
        undone = {"export": "; nothing was written", "import": "; nothing was imported"}.get(command, "")
        _err(f"{command}: stopped by {signal.Signals(exc.signum).name}{undone}")
        return 128 + exc.signum
    except OSError as exc:  # a fault no layer explained (the disk, the file system)
        from .core.faults import os_error_message

        _err(f"{command}: {os_error_message(exc)}")
        return 1
    except sqlite3.Error as exc:  # a project read outside store.Project (none should be)
        _err(f"{command}: SQLite error: {exc}")
        return 1
    finally:
        for sig, handler in previous.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(sig, handler)  # type: ignore[arg-type]


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and (getattr(stream, "encoding", "") or "").lower() not in ("utf-8", "utf8"):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]


def _import(args: argparse.Namespace) -> int:
    from .console import printable
    from .core import formats
    from .core.creating import into_project
    from .core.importer import ImportReport, default_label_set, import_files

    if args.split and args.format not in (None, "txt", "aozora"):
        _err("--split applies to text files only")
        return 2
    options: dict[str, str] = {}
    for name in _options(formats.readable(), "read_options"):
        value = getattr(args, f"read_{name}", None)
        if value is None:
            continue
        takers = [f.name for f in formats.readable() if name in f.read_options]
        if args.format is not None and args.format not in takers:
            _err(f"--{name.replace('_', '-')} does not apply to --format {args.format} (it is for "
                 f"{', '.join(takers)})")
            return 2
        allowed = formats.FORMATS[args.format].read_options[name] if args.format else ()
        if allowed and value not in allowed:
            _err(f"--{name.replace('_', '-')} {value}: --format {args.format} takes {', '.join(allowed)}")
            return 2
        options[name] = value
    if args.update or args.annotator:
        if not args.update:
            _err("--annotator applies to --update only")
            return 2
        if args.skip_invalid or args.split or args.labels:
            _err("--update takes no --skip-invalid, --split or --labels: it adds to existing documents, all or nothing")
            return 2
        from .cli_team import update

        return update(args, options)
    labels = args.labels or default_label_set(args.files, args.format)

    def work(project, new: bool) -> ImportReport:  # the same import into a new project or an existing one
        return import_files(project, args.files, fmt=args.format, split=args.split,
                            skip_invalid=args.skip_invalid, rejects_beside=args.project, options=options)

    def undo(report: ImportReport) -> None:  # the project appeared meanwhile: the import runs again
        if report.rejects_path is not None:
            report.rejects_path.unlink(missing_ok=True)

    # A new project is built beside its name and linked into place only when the import
    # succeeded (core/creating.py): a failed import leaves nothing, and never deletes a
    # project another process made meanwhile. Its problems are printed by main().
    report, _created = into_project(args.project, work, label_set=labels, undo=undo)
    print(printable(f"imported {_n(report.documents, 'document')} ({_n(report.entities, 'entity')}) "
                    f"into {args.project}"))
    if report.suggestions:
        print(printable(f"kept {_n(report.suggestions, 'suggested entity')} (another tool's predictions) as "
                        "suggestions, not as annotations"))
    if report.new_labels:
        print(printable(f"added labels to the project's label set: {', '.join(report.new_labels)}"))
    if report.note_count:
        print(printable(f"{_n(report.note_count, 'thing')} in the files could not be kept in any form:"))
        for note in report.notes[:20]:
            print(f"  {printable(note)}")
        if report.note_count > 20:
            print(f"  … and {report.note_count - 20} more")
    if report.rejected:
        print(printable(f"rejected {report.rejected} record(s); they are written with their reasons to "
                        f"{report.rejects_path}"))
        for problem in report.problems[:20]:
            print(f"  {printable(problem)}", file=sys.stderr)
        if report.problem_count > 20:
            print(f"  … and {report.problem_count - 20} more", file=sys.stderr)
    return 0


def _options(fmts: list, kind: str) -> dict[str, tuple[str, ...]]:
    """The readers' or writers' options (``kind``: ``read_options``, ``write_options``) the
    command line offers (``--scheme``…), ``tokens`` and ``split`` aside (their own flags)."""
    out: dict[str, tuple[str, ...]] = {}
    for f in fmts:
        for name, choices in getattr(f, kind).items():
            if name not in ("tokens", "split"):
                out[name] = tuple(dict.fromkeys([*out.get(name, ()), *choices]))
    return out


def _export(args: argparse.Namespace) -> int:
    from .core import formats
    from .core.formats import jsonl
    from .core.outputs import check_export_target

    fmt = formats.FORMATS[args.format]
    options: dict[str, str] = {}
    for name in _options(formats.writable(), "write_options"):
        value = getattr(args, name, None)
        if value is None:
            continue
        if name not in fmt.write_options:
            _err(f"--{name} does not apply to --format {fmt.name}")
            return 2
        if value not in fmt.write_options[name]:
            _err(f"--{name} {value}: --format {fmt.name} takes {', '.join(fmt.write_options[name])}")
            return 2
        options[name] = value
    if args.tokens and fmt.name != "jsonl":
        _err("--tokens applies to --format jsonl only")
        return 2
    if args.layer is not None and fmt.name != "jsonl":
        _err("--layer applies to --format jsonl only (other formats write the curated version)")
        return 2
    if fmt.name not in ("jsonl", "claim-sentences"):
        return _export_other(args, fmt, options)
    if args.output.endswith(("/", os.sep)) and args.output not in ("/", os.sep):
        _err(f"{args.output}: names a folder (it ends with {args.output[-1]}); give the file to write, "
             f"e.g. {args.output}out.jsonl")
        return 1
    args.output = Path(args.output)
    check_export_target(args.output, args.project)  # before opening: nothing is touched on refusal
    with _open_project(args.project, read_only=True) as project:
        status = Status(args.status) if args.status else None
        if args.format == "claim-sentences":
            from .core.formats import claim_sentences

            tally = claim_sentences.Tally()
            n = claim_sentences.write(project, args.output, status=status, tally=tally)
            print(printable(f"wrote {_n(n, 'sentence')} to {args.output}"))
            if tally.unreviewed or tally.skipped_documents:  # honest negatives: say what was left out
                print(printable(f"left out {_n(tally.unreviewed, 'sentence')} nobody has reviewed (their documents "
                                f"are not done) and {_n(tally.skipped_documents, 'skipped document')}"))
            return 0
        from .core import team

        if (args.layer is None and not team.has_versions(project)) or args.layer == project.working_layer():
            n = jsonl.write_project(project, args.output, tokens=args.tokens, status=status)  # the fast path
        elif args.layer == "all":
            n = jsonl.write_records(({**jsonl.record(doc), "annotators": {
                name: {k: v for k, v in jsonl.record(version).items() if k in ("status", "entities", "claims")}
                for name, version in versions.items()}} for doc, versions in team.export_all(project, status)),
                args.output)
        else:
            n = jsonl.write(team.export_documents(project, args.layer, status), args.output, tokens=args.tokens)
    print(printable(f"wrote {_n(n, 'document')} to {args.output}"))
    return 0


def _export_other(args: argparse.Namespace, fmt, options: dict[str, str]) -> int:
    """An export through the registry: writes OUT (a file, or a folder for brat and hf) and,
    when something could not be written in the format, OUT.lost.jsonl listing each thing."""
    from .core import formats
    from .core.outputs import check_export_target

    out = Path(args.output.rstrip("/" + os.sep) or args.output)
    if not fmt.folder_out:
        if args.output.endswith(("/", os.sep)) and args.output not in ("/", os.sep):
            _err(f"{args.output}: names a folder (it ends with {args.output[-1]}); give the file to write")
            return 1
        check_export_target(out, args.project)
    with _open_project(args.project, read_only=True) as project:
        status = Status(args.status) if args.status else None
        done = formats.export(project, fmt.name, out, status=status, **options)
    print(printable(f"wrote {_n(done.documents, 'document')} to {out} ({fmt.name})"))
    if done.lost_path is not None:
        kinds: dict[str, int] = {}
        for item in done.lost.items:
            kinds[item.kind] = kinds.get(item.kind, 0) + 1
        what = ", ".join(_n(k, w) for w, k in kinds.items())
        print(printable(f"{fmt.name} cannot hold {what} of this project: each is listed, with its document, "
                        f"offsets and the reason, in {done.lost_path}"))
    else:
        print(printable(f"nothing was left out: {fmt.name} holds every annotation written"))
        if done.stale_removed is not None:
            print(printable(f"removed {done.stale_removed}, an earlier export's list of what it left out"))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .console import printable
    from .core.formats import jsonl
    from .core.inputs import is_sqlite, not_regular

    path: Path = args.file
    why = not_regular(path)
    if why is None and is_sqlite(path):
        why = "is an SQLite database (an annotator project?), not a JSONL file"
    if why is not None:
        _err(printable(f"{path}: {why}"))
        return 1
    from .core.formats import claim_sentences

    fmt = args.format or ("claim-sentences" if claim_sentences.is_claim_sentences(path) else "jsonl")
    records = invalid = problems = 0
    try:
        for parsed in (claim_sentences.read(path) if fmt == "claim-sentences" else jsonl.read(path)):
            records += 1
            if parsed.problems:
                invalid += 1
                problems += len(parsed.problems)
                for problem in parsed.located():
                    print(printable(problem))
    except OSError as exc:
        _err(printable(f"{path}: cannot read: {exc.strerror or exc}"))
        return 1
    what = " claim-sentences" if fmt == "claim-sentences" else ""
    if invalid:
        print(printable(f"{path}: {records}{what} records, {invalid} invalid ({problems} problems)"),
              file=sys.stderr)
        return 1
    print(printable(f"{path}: {records}{what} records, all valid"), file=sys.stderr)
    return 0


def _stats(args: argparse.Namespace) -> int:
    from .console import json_line

    with _open_project(args.project, read_only=True) as project:
        by_status = project.counts_by_status()
        by_label = project.counts_by_label()
    if args.json:
        print(json_line({"documents": by_status, "entities": by_label}))
        return 0
    shown_status = {printable(k): n for k, n in by_status.items()}
    shown_label = [(printable(k), n) for k, n in by_label.items()]  # two labels may show alike
    width = max(_cells(k) for k in [*shown_status, *(k for k, _ in shown_label)]) + 2
    print(f"documents: {sum(by_status.values())}")
    for k, n in shown_status.items():
        print(f"  {k}{' ' * (width - _cells(k))}{n:>8}")
    print(f"entities: {sum(by_label.values())}")
    for k, n in shown_label:
        print(f"  {k}{' ' * (width - _cells(k))}{n:>8}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from .core.checks import ProjectCheck

    check = ProjectCheck(args.project)
    found = 0
    for finding in check:
        found += 1
        where = f"document {finding.doc}: " if finding.doc is not None else ""
        print(printable(f"{args.project}: {where}{finding.message}"))
    if found:
        print(printable(f"{args.project}: {_n(found, 'problem')} found ({_n(check.documents, 'document')}, "
                        f"{_n(check.entities, 'entity')}, {_n(check.claims, 'claim')})"), file=sys.stderr)
        return 1
    print(printable(f"{args.project}: no problems found ({_n(check.documents, 'document')}, "
                    f"{_n(check.entities, 'entity')}, {_n(check.claims, 'claim')})"))
    return 0


def _cells(s: str) -> int:
    """Terminal columns taken by ``s``: wide (CJK) characters take two, combining marks and
    zero-width characters none."""
    import unicodedata

    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


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
    from .console import json_line, printable
    from .core.formats.txt import EncodingProblem, decode
    from .core.inputs import MAX_FILE_BYTES, InputRefused, open_input, read_limited, read_stream
    from .core.morph import UNKNOWN, default_morphology, reading_hiragana, token_json

    name = str(args.file) if args.file else "<stdin>"
    try:
        if args.file:
            with open_input(args.file, max_bytes=MAX_FILE_BYTES) as fh:  # never a FIFO or a device
                data = read_limited(fh, MAX_FILE_BYTES)
        else:
            data = read_stream(sys.stdin.buffer, MAX_FILE_BYTES)
    except InputRefused as exc:
        _err(printable(f"{name}: {exc.message}"))
        return 1
    except OSError as exc:
        _err(printable(f"{name}: cannot read: {exc.strerror or exc}"))
        return 1
    try:
        text, _ = decode(data)
    except EncodingProblem as exc:
        _err(printable(f"{name}: {exc}"))
        return 1
    del data
    out = sys.stdout
    for tok in default_morphology().tokenize(text):
        obj = token_json(tok)
        obj["pos_levels"] = list(tok[3][:4])
        obj["furigana"] = reading_hiragana(tok)
        obj["unknown"] = tok[3][UNKNOWN]
        out.write(json_line(obj))
        out.write("\n")
    out.flush()
    return 0


def _suggest(args: argparse.Namespace) -> int:
    from .cli_suggest import suggest

    return suggest(args)


def _evaluate(args: argparse.Namespace) -> int:
    from .cli_suggest import evaluate

    return evaluate(args)
