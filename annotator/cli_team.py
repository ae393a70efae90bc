"""``annotator assign``, ``package``, ``merge``, ``agreement``, and what ``import --update``
and ``export --layer`` need: several annotators on one project (``core/team.py``, ADR 11)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from .cli_common import counted as _n
from .cli_common import err as _err
from .cli_common import open_project as _open_project
from .cli_common import project_arg
from .console import printable


def add_parsers(sub: Any) -> None:
    """The subcommands of this module on ``sub`` (argparse's subparsers object)."""
    a = sub.add_parser("assign", help="hand the project's documents out to annotators: each document to one, a "
                       "share to two (for agreement)")
    a.add_argument("project", type=project_arg)
    a.add_argument("--annotators", required=True, metavar="A,B,C", help="the annotators' names, comma-separated")
    a.add_argument("--overlap", type=_share, default=0.2, metavar="SHARE",
                   help="the share of documents given to two annotators (default 0.2)")
    a.add_argument("--seed", type=int, default=0, help="the random choice of shared documents (default 0)")

    pk = sub.add_parser("package", help="write a project file holding only what one annotator needs")
    pk.add_argument("project", type=project_arg)
    pk.add_argument("--for", dest="annotator", required=True, metavar="NAME")
    pk.add_argument("-o", "--output", required=True, type=Path, metavar="NAME.annotator")

    mg = sub.add_parser("merge", help="bring annotators' packages back into the project they were made from")
    mg.add_argument("project", type=project_arg)
    mg.add_argument("packages", nargs="+", type=Path, metavar="PACKAGE")

    ag = sub.add_parser("agreement", help="inter-annotator agreement on the documents two or more annotators finished")
    ag.add_argument("project", type=project_arg)
    ag.add_argument("--label", metavar="L", help="entities of this label only")
    ag.add_argument("--json", action="store_true", help="print one JSON object")


HANDLERS = ("assign", "package", "merge", "agreement")


def _share(value: str) -> float:
    """``--overlap``: a number from 0 to 1 (wrong usage otherwise: argparse exits 2)."""
    try:
        share = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 <= share <= 1:  # NaN too
        raise argparse.ArgumentTypeError(f"{value} is not a share from 0 to 1")
    return share


def named_annotator() -> str | None:
    """The annotator the user named: the preferences' name, else ``ANNOTATOR_USER``, else None."""
    from .settings import load

    name = load().annotator_name
    if name:
        return name
    return os.environ.get("ANNOTATOR_USER") or None


def current_annotator() -> str:
    """Whose work a command adds: ``named_annotator``, else the login name."""
    name = named_annotator()
    if name:
        return name
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (containers)
        return "unknown"


def run(command: str, args: argparse.Namespace) -> int:
    return {"assign": _assign, "package": _package, "merge": _merge, "agreement": _agreement}[command](args)


def _assign(args: argparse.Namespace) -> int:
    from .core import team

    names = [n.strip() for n in args.annotators.split(",")]
    if any(not n for n in names):
        _err(f"--annotators {args.annotators!r}: an empty name (two commas, or one at an end)")
        return 2
    with _open_project(args.project) as project:
        report = team.assign(project, names, overlap=args.overlap, seed=args.seed)
    each = ", ".join(f"{name} {count}" for name, count in report.per_annotator.items())
    print(printable(f"assigned {_n(report.documents, 'document')} to {_n(len(names), 'annotator')} ({each}); "
                    f"{report.shared} shared by two"))
    return 0


def _package(args: argparse.Namespace) -> int:
    from .core import team
    from .core.creating import into_project

    def into(out, work, label_set):
        return into_project(out, work, label_set=label_set)[0]

    with _open_project(args.project, read_only=True) as project:
        report = team.package(project, args.annotator, args.output, into)
    print(printable(f"wrote {args.output} for {args.annotator}: {_n(report.documents, 'document')}"
                    + (f" ({report.with_work} with their work so far)" if report.with_work else "")))
    return 0


def _merge(args: argparse.Namespace) -> int:
    from .core import team

    with _open_project(args.project) as project:
        report = team.merge(project, args.packages)
    if not report.documents and not report.log_rows:
        print(printable(f"merged {_n(report.files, 'package')}: nothing new ({report.unchanged} unchanged"
                        + (f", {report.kept_newer} left as the project holds newer ones" if report.kept_newer else "")
                        + ")"))
        return 0
    each = ", ".join(f"{name} {k}" for name, k in report.per_annotator.items())
    print(printable(f"merged {_n(report.files, 'package')}: {_n(report.documents, 'document version')} ({each}), "
                    f"{report.unchanged} unchanged, {_n(report.log_rows, 'operation-log row')} kept"
                    + (f"; {report.kept_newer} left as the project holds newer ones" if report.kept_newer else "")))
    return 0


def update(args: argparse.Namespace, options: dict[str, str]) -> int:
    """``annotator import PROJECT FILE… --update``."""
    from .core import team

    if args.annotator is not None and not args.annotator.strip():
        _err("--annotator: an empty name")
        return 2
    named = args.annotator or named_annotator()
    if isinstance(args.project, Path) and not args.project.exists():  # a server's is opened, or refused
        _err(f"{args.project}: no such project; --update adds to an existing project's documents")
        return 1
    with _open_project(args.project) as project:
        layer = project.working_layer()
        if project.on_server and layer != "curated":  # an annotator's role: the work is their own
            if args.annotator is not None and args.annotator != layer:
                _err(f"{args.project}: you connect as {layer}: your work is {layer}'s, not {args.annotator}'s "
                     "(only a curator adds another annotator's version)")
                return 1
            user = layer
        elif project.on_server:  # a curator names whose version it is; the log names the role
            user = args.annotator or named or current_annotator()
        else:
            if layer != "curated":  # a package: its work is its annotator's
                if named is not None and named != layer:
                    _err(f"{args.project} is {layer}'s package: its work is {layer}'s, not {named}'s (give "
                         f"--annotator {layer}, or add {named}'s work to their own package or to the lead's "
                         "project)")
                    return 1
                named = layer
            user = named or current_annotator()
            project.user = user
        report = team.update(project, list(args.files), user=user, fmt=args.format, options=options)
        where = "the project's own annotations" if user == project.working_layer() else f"{user}'s version"
    print(printable(f"added {_n(report.entities, 'entity')} and {_n(report.claims, 'claim')} to "
                    f"{_n(report.documents, 'document')} as {user}'s work ({where})"))
    return 0


def _agreement(args: argparse.Namespace) -> int:
    from .cli_agreement import run as agreement

    return agreement(args)
