"""``python -m annotator.core.formats --markdown``: the README's table of formats, from the registry."""

from __future__ import annotations

import sys

from . import FORMATS


def table() -> str:
    """What each format holds and loses, one row per format of the registry (Markdown)."""
    rows = ["| format | import | export | entities | nesting | claims | attributes | status | tokens | loses |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for f in FORMATS.values():
        h = f.holds
        where = "folder" if f.folder_in else ", ".join(f"`{s}`" for s in f.suffixes) or "by `--format`"
        out = ("folder" if f.folder_out else "file") + (f" (extra `{f.extra}`)" if f.extra else "")
        rows.append(f"| `{f.name}` | {where if f.read else '—'} | {out if f.write else '—'} | {h.entities} | "
                    f"{h.nesting} | {h.claims} | {h.attributes} | {h.status} | {h.tokens} | {h.loses} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    if sys.argv[1:] != ["--markdown"]:
        sys.exit("usage: python -m annotator.core.formats --markdown")
    sys.stdout.write(table())
