"""Is the project file damaged? The check a command runs before it writes.

SQLite's own ``integrity_check`` and a read of every text column for bytes that are not UTF-8.
Here, in the storage layer, because ``Project.open(check=True)`` runs it; ``checks.py`` (the
full ``annotator check``, above ``store``) reuses ``integrity_problems``.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from . import messages as m


def damage(conn: sqlite3.Connection) -> str | None:
    """What makes the project file on ``conn`` damaged, in SQLite's words or ours, or None: the
    check a command runs before it writes (``Project.open(check=True)``).

    SQLite's ``integrity_check`` reads every page and checks every index against its table
    (``quick_check`` skips the latter, and so misses a row changed under its unique index);
    then every text column ``check`` reads is read for bytes that are not UTF-8 (SQLite stores
    what it is given and checks no encoding; every reader of the file would fail on them).
    About 2.5–3 s for 100,000 documents with a million entities."""
    problems = integrity_problems([r[0] for r in conn.execute("PRAGMA integrity_check(20)")])
    if problems:
        return problems[0] if len(problems) == 1 else f"{problems[0]}; {len(problems) - 1} more"
    return _first_not_utf8(conn)


def integrity_problems(rows: list[Any]) -> list[str]:
    """The problems in the rows of ``PRAGMA integrity_check``, one line each (a row may hold
    several lines under a "*** in database main ***" heading)."""
    return [line for row in rows if row != "ok" for line in str(row).splitlines()
            if line.strip() and not line.startswith("*** in database")]


#: The text columns ``check`` reads, read whole by ``damage``: SQLite's integrity check would see
#: bytes changed in one copy of an indexed value (table or index), not text written badly to both.
_TEXT_COLUMNS = (
    ("project", ("key", "value")), ("labels", ("name", "color", "key", "description")),
    ("documents", ("id", "text", "meta", "status")), ("entities", ("id", "label", "text", "attributes")),
    ("claims", ("id", "text", "data")), ("export_cache", ("entities",)),
    ("entity_suggestions", ("label", "text", "source")),
)


def _first_not_utf8(conn: sqlite3.Connection) -> str | None:
    """Where the first text that is not UTF-8 is, or None: every value read as the commands
    read it (one row at a time: memory stays flat whatever the documents' size); the first that
    cannot be decoded is read again as bytes, to say where it is."""
    for table, wanted in _TEXT_COLUMNS:
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        columns = tuple(c for c in wanted if c in have)  # an older schema, or a table lost: not damage here
        if not columns:
            continue
        names = ", ".join(f'"{c}"' for c in columns)
        last = None
        try:
            for row in conn.execute(f"SELECT rowid, {names} FROM {table} ORDER BY rowid"):
                last = row[0]
        except sqlite3.OperationalError as exc:
            if not str(exc).startswith("Could not decode to UTF-8"):
                raise
            return _locate_not_utf8(conn, table, columns, names, last)
    return None


def _locate_not_utf8(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], names: str,
                     after: int | None) -> str:
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute(f"SELECT rowid, {names} FROM {table} WHERE ? IS NULL OR rowid > ? ORDER BY rowid "
                            "LIMIT 16", (after, after)).fetchall()
    finally:
        conn.text_factory = factory
    for rowid, *values in rows:
        for column, value in zip(columns, values, strict=True):
            try:
                if isinstance(value, bytes):
                    value.decode("utf-8")
            except UnicodeDecodeError:
                return (m.translate("Core", "text that is not UTF-8 in column {column!r} of the table {table}, "
                                            "row {rowid}").format(column=column, table=table, rowid=rowid))
    return m.translate("Core", "text that is not UTF-8 in the table {table}").format(table=table)
