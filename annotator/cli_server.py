"""``annotator push`` and ``annotator pull``: a project file copied into an empty PostgreSQL
database and back (``core/server.py``; issue 15). A URL is printed without its password."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .cli_common import counted as _n
from .console import printable

HANDLERS = ("push", "pull", "server")


def add_parsers(sub: Any) -> None:
    """The subcommands of this module on ``sub`` (argparse's subparsers object)."""
    ps = sub.add_parser("push", help="copy a project file into an empty PostgreSQL database")
    ps.add_argument("project", type=Path)
    ps.add_argument("url", metavar="postgresql://…", help="libpq URL of an empty database (~/.pgpass is read)")
    pl = sub.add_parser("pull", help="copy a project from a PostgreSQL database into a new project file")
    pl.add_argument("url", metavar="postgresql://…")
    pl.add_argument("-o", "--output", required=True, type=Path, metavar="PROJECT.annotator")
    sv = sub.add_parser("server", help="set up a shared project on a PostgreSQL server")
    svs = sv.add_subparsers(dest="server_command", required=True)
    si = svs.add_parser("init", help="make the database a shared project with curator and annotator roles "
                                     "(run as the database's owner)")
    si.add_argument("url", metavar="postgresql://…", help="libpq URL of the database (~/.pgpass is read)")
    si.add_argument("--curators", default="", metavar="A,B", help="login roles that curate (made if missing)")
    si.add_argument("--annotators", default="", metavar="X,Y", help="login roles that annotate (made if missing)")
    si.add_argument("--label-set", default="irex", help="the label set of a new project (default irex)")


def run(command: str, args: argparse.Namespace) -> int:
    from .core import server

    problem = server.url_problem(str(getattr(args.url, "url", args.url)))
    if problem is not None:
        from .cli_common import err

        err(f"{server.shown_url(str(getattr(args.url, 'url', args.url)))}: {problem}")
        return 2
    from .core.location import ServerLocation

    if not isinstance(args.url, ServerLocation):
        args.url = ServerLocation(args.url)  # a password asked for is kept on it (cli.main)
    if command == "server":
        return _init(args)
    if command == "push":
        report = server.push(args.project, args.url)
        print(printable(f"pushed {_n(report.documents, 'document')} ({_rows(report)}) from {args.project} to "
                        f"{args.url}"))
        return 0
    from .core.creating import into_project

    report = server.pull(args.url, args.output, lambda out, work, label_set: into_project(
        out, work, label_set=label_set)[0])
    print(printable(f"pulled {_n(report.documents, 'document')} ({_rows(report)}) from "
                    f"{args.url} into {args.output}"))
    return 0


def _rows(report: Any) -> str:
    return ", ".join(f"{table} {n}" for table, n in report.rows.items() if n)


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


def _init(args: argparse.Namespace) -> int:
    from .core.serverroles import init

    where = args.url
    report = init(where, _names(args.curators), _names(args.annotators), args.label_set)
    print(printable(("made a new project in " if report.created_project else "the project in ") + str(where)))
    curators, annotators = report.groups
    print(printable(f"curators ({curators}): {', '.join(report.curators) or '-'}; "
                    f"annotators ({annotators}): {', '.join(report.annotators) or '-'}"))
    if report.roles_created:
        print(printable(f"roles created: {', '.join(report.roles_created)} (give each a password: "
                        "ALTER ROLE name PASSWORD '…', or a line in their ~/.pgpass)"))
    return 0
