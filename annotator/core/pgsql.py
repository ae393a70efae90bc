"""The core's SQL, spelt for PostgreSQL (ADR 12).

The core writes one SQL text for both backends, in SQLite's spelling; the few constructs that
PostgreSQL spells otherwise are countable and are rewritten here, once per distinct statement
(cached): ``?`` placeholders, ``INSERT OR IGNORE/REPLACE`` (``ON CONFLICT`` on the table's key),
the ``user`` column (a reserved word there), ``instr``, ``GLOB`` patterns, ``json_extract``,
casts to ``INTEGER``/``BLOB`` and ``typeof`` (PostgreSQL's columns are typed: a value is the
column's type or NULL). Rewrites touch only SQL, never quoted literals or identifiers. A
statement this module cannot spell raises ``ValueError`` naming it (a test runs the whole core
over both backends, so a new construct is met there first).
"""

from __future__ import annotations

import functools
import re

#: The key ``INSERT OR REPLACE`` replaces on, per table (SQLite replaces on any unique key;
#: the core's upserts all aim at these). On a server a layered table's key holds its layer
#: (``serverschema``); ``()``: a view whose trigger replaces (a plain INSERT).
UPSERT_KEYS: dict[str, tuple[str, ...]] = {
    "project": ("layer", "key"),
    "labels": ("name",),
    "export_cache": ("layer", "doc"),
    "layer_documents": (),
    "assignments": ("doc", "annotator"),
}

_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.I | re.S)
_USER = re.compile(r"(?<![\w.\"])user(?![\w\"(])", re.I)
_INSTR = re.compile(r"\binstr\s*\(", re.I)
_GLOB = re.compile(r"(\w+(?:\([^()]*\))?)\s+GLOB\s+('(?:[^']|'')*')", re.I)
_JSON_EXTRACT = re.compile(r"json_extract\(\s*(\w+)\s*,\s*'\$\.(\w+)'\s*\)", re.I)
_CAST_INTEGER = re.compile(r"\bCAST\s*\(", re.I)
_TYPEOF = re.compile(r"\btypeof\s*\(\s*([\w.]+)\s*\)", re.I)
_PRAGMA = re.compile(r"^\s*PRAGMA\b", re.I)


def _glob_regex(pattern: str) -> str:
    """A SQLite GLOB pattern (whole string, case-sensitive) as a POSIX regular expression."""
    out, i = ["^"], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "*":
            out.append(".*")
        elif ch == "?":
            out.append(".")
        elif ch == "[":
            close = pattern.find("]", i + 2 if pattern[i + 1:i + 2] in ("^", "]") else i + 1)
            if close < 0:
                out.append(r"\[")
            else:
                out.append(pattern[i:close + 1])
                i = close
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out) + "$"


def _split(sql: str) -> list[tuple[bool, str]]:
    """``sql`` cut into (is_code, piece): quoted literals and identifiers are not code."""
    out, pos = [], 0
    for match in _QUOTED.finditer(sql):
        out.append((True, sql[pos:match.start()]))
        out.append((False, match.group()))
        pos = match.end()
    out.append((True, sql[pos:]))
    return out


def _casts(code: str) -> str:
    """``CAST(x AS INTEGER)`` truncates toward zero in SQLite (and reads any length of digits);
    ``CAST(x AS BLOB)`` is the text's UTF-8 bytes."""
    out, pos = [], 0
    for match in _CAST_INTEGER.finditer(code):
        depth, i = 1, match.end()
        while i < len(code) and depth:
            depth += {"(": 1, ")": -1}.get(code[i], 0)
            i += 1
        inner = code[match.end():i - 1]
        head, sep, kind = inner.rpartition(" AS ")
        if not sep:
            head, sep, kind = inner.rpartition(" as ")
        kind = kind.strip().upper()
        out.append(code[pos:match.start()])
        if kind == "INTEGER":
            out.append(f"trunc(({_casts(head)})::numeric)")
        elif kind == "BLOB":
            out.append(f"convert_to({_casts(head)}, 'UTF8')")
        elif kind == "REAL":
            out.append(f"CAST({_casts(head)} AS DOUBLE PRECISION)")
        else:
            out.append(code[match.start():i])
        pos = i
    out.append(code[pos:])
    return "".join(out)


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """``sql`` (SQLite's spelling, ``?`` placeholders) in PostgreSQL's (``%s`` placeholders)."""
    if _PRAGMA.match(sql):
        raise ValueError(f"a PRAGMA has no PostgreSQL spelling: {sql.strip()[:80]}")
    sql = _JSON_EXTRACT.sub(lambda mt: f"({mt.group(1)}::jsonb ->> '{mt.group(2)}')", sql)
    sql = _GLOB.sub(lambda mt: f"{mt.group(1)} ~ '{_glob_regex(mt.group(2)[1:-1].replace(chr(39) * 2, chr(39)))}'",
                    sql)
    sql = _TYPEOF.sub(lambda mt: f"(CASE WHEN {mt.group(1)} IS NULL THEN 'null' ELSE 'text' END)", sql)
    conflict = ""
    head = _INSERT_OR.match(sql)
    if head:
        action, table, columns = head.group(1).upper(), head.group(2), head.group(3)
        sql = f"INSERT INTO {table} ({columns})" + sql[head.end():]
        if action == "IGNORE":
            conflict = " ON CONFLICT DO NOTHING"
        else:
            keys = UPSERT_KEYS.get(table.lower())
            if keys is None:
                raise ValueError(f"INSERT OR REPLACE INTO {table}: no key known to replace on")
            names = [c.strip() for c in columns.split(",")]
            rest = [c for c in names if c.strip('"') not in keys]
            sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in rest)
            if keys:
                conflict = f" ON CONFLICT ({', '.join(keys)}) " + (f"DO UPDATE SET {sets}" if sets else "DO NOTHING")
    pieces = []
    for is_code, piece in _split(sql):
        if is_code:
            piece = _casts(piece)
            piece = _INSTR.sub("strpos(", piece)
            piece = _USER.sub('"user"', piece)
            piece = piece.replace("%", "%%").replace("?", "%s")
        else:
            piece = piece.replace("%", "%%")
        pieces.append(piece)
    out = "".join(pieces).rstrip().rstrip(";")
    if conflict:
        returning = re.search(r"\sRETURNING\s", out, re.I)
        out = out[:returning.start()] + conflict + out[returning.start():] if returning else out + conflict
    return out
