"""``annotator agreement PROJECT [--label L] [--json]``: how far the annotators agree, on the
documents two or more of them finished (``core/agreement.py`` computes; this prints)."""

from __future__ import annotations

import argparse
import json

from .cli_common import err as _err
from .cli_common import open_project as _open_project
from .console import printable


def run(args: argparse.Namespace) -> int:
    """Print the agreement report of ``args.project`` (a table, or JSON with ``args.json``).

    Fewer than two annotators on any common finished document is no error: the report is empty
    (``"documents": 0``), the table (or stderr, with JSON) says so, and the command succeeds."""
    from .core import agreement

    with _open_project(args.project, read_only=True) as project:
        labels = [lb.name for lb in project.labels()]
        if args.label is not None and args.label not in labels:
            _err(f"--label {args.label}: not a label of {args.project}; its labels are: {', '.join(labels)}")
            return 2
        versions = project.versions()
    report = agreement.compute(versions, label=args.label)
    if args.json:
        if not report.documents:  # stdout stays the JSON report; the reason goes to stderr
            _err("no document was finished by two or more annotators: nothing to compare")
        print(printable_json(report.to_json()))
    else:
        for line in report.table():
            print(printable(line))
    return 0


def printable_json(obj: object) -> str:
    """``obj`` as indented JSON that is safe on a terminal and still valid, with the same value:
    json.dumps escapes C0; what else ``printable`` would escape (DEL, C1, bidi controls, line
    separators) becomes a JSON escape here, in the strings where alone it can occur."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    return "".join(ch if ch == "\n" or printable(ch) == ch else f"\\u{ord(ch):04x}" for ch in text)
