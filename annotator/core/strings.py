"""What a string read from an input file may hold: one policy for every format and field.

Refused, in every format (txt, JSONL, Stockmark) and every string (document text, ids,
labels, meta keys and values, attributes, claim fields):

- the C0 control characters U+0000–U+001F except tab, line feed, vertical tab, form feed
  and carriage return: NUL ends strings in C and in many tools, ESC starts terminal control
  sequences, and the others never occur in text: their presence means a binary file;
- DEL (U+007F) and the C1 controls U+0080–U+009F: a sign of a wrongly decoded file
  (Windows-1252 or Shift_JIS read as Latin-1), and CSI/OSC/NEL are obeyed by terminals;
- lone surrogates (U+D800–U+DFFF alone, from ``"\\ud800"`` escapes or a split pair): half
  a character, which UTF-8 (the project file, every export) cannot store.

Kept: tab, the line breaks (``\\r\\n``, ``\\n``, ``\\r``, vertical tab from word processors,
form feed as a page break), and every other character: U+3000, emoji, 𠮷, combining marks,
U+2028/U+2029, U+FEFF, bidirectional controls (the exporter and the terminal printer escape
what needs escaping).

The checks run once per string with one compiled regular expression; JSON values are walked
iteratively (no recursion limit to hit) and nested at most ``MAX_DEPTH`` levels.
"""

from __future__ import annotations

import math
import re
from typing import Any

from . import messages as m

#: Characters refused in every string read from a file (see the module docstring).
FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
#: One document may not exceed this many characters (a text file: unless split into lines).
MAX_DOCUMENT_CHARS = 20_000_000
#: Document, entity and claim ids: at most this many characters.
MAX_ID_CHARS = 1000
#: JSON objects and arrays inside ``meta`` or ``attributes``: at most this deep.
MAX_DEPTH = 100

_C0 = (
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS",
    "US",
)
_C1 = (
    "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2",
    "SS3", "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGCI", "SCI", "CSI", "ST", "OSC",
    "PM", "APC",
)


def char_name(ch: str) -> str:
    """``U+001B (ESC)``: the code point and, for a control character, its abbreviation."""
    code = ord(ch)
    if code < 0x20:
        return f"U+{code:04X} ({_C0[code]})"
    if code == 0x7F:
        return "U+007F (DEL)"
    if 0x80 <= code <= 0x9F:
        return f"U+{code:04X} ({_C1[code - 0x80]})"
    return f"U+{code:04X}"


def describe(ch: str, at: int) -> str:
    """Why ``ch`` (a FORBIDDEN character at 0-based offset ``at``) is refused."""
    if 0xD800 <= ord(ch) <= 0xDFFF:
        return (m.translate("Core", "lone surrogate {char} at character {at} (half of a UTF-16 pair, "
                                    "not a character)").format(char=char_name(ch), at=at + 1))
    return m.translate("Core", "control character {char} at character {at}").format(char=char_name(ch), at=at + 1)


def string_problem(s: str) -> str | None:
    """What is wrong with ``s`` under the policy, or None."""
    found = FORBIDDEN.search(s)
    return None if found is None else describe(found.group(), found.start())


def clip(s: str, limit: int = 60) -> str:
    """``s`` cut to ``limit`` characters (with "…"), for quoting data in a message."""
    return s if len(s) <= limit else s[:limit] + "…"


class Shown:
    """A value quoted in a message: its repr, cut short (``{value!r}`` in a template)."""

    def __init__(self, value: Any, limit: int = 60) -> None:
        text = repr(clip(value, limit)) if isinstance(value, str) else repr(value)
        self._text = text if len(text) <= limit + 10 else text[:limit] + "…"

    def __repr__(self) -> str:
        return self._text

    __str__ = __repr__


#: Paths in messages name at most this many levels (``meta['a']['b']…``).
_PATH_LEVELS = 6


def _deeper(path: str, level: int, part: str | int) -> str:
    """The path of an item inside ``path`` (at nesting ``level``), shortened with "…" when deep."""
    if path.endswith("…"):
        return path
    if level >= _PATH_LEVELS:
        return path + "…"
    return f"{path}[{part}]" if isinstance(part, int) else f"{path}[{clip(part, 30)!r}]"


def check_value(value: Any, where: str, out: list[str], *, depth: int = MAX_DEPTH) -> None:
    """Append a problem to ``out`` for every string (keys included) in the JSON ``value`` that
    the policy refuses, every number that is not finite, and nesting deeper than ``depth``."""
    stack: list[tuple[Any, str, int]] = [(value, where, 0)]
    while stack:
        v, path, level = stack.pop()
        t = type(v)
        if t is str:
            found = FORBIDDEN.search(v)
            if found is not None:
                out.append(f"{path}: {describe(found.group(), found.start())}")
        elif t is dict or t is list:
            if level >= depth:
                out.append(m.translate("Core", "{what}: nested more than {depth} levels deep")
                           .format(what=path, depth=depth))
                continue
            if t is dict:
                for k, x in v.items():
                    if isinstance(k, str):
                        found = FORBIDDEN.search(k)
                        if found is not None:
                            out.append(m.translate("Core", "{what}: key {key!r}: {problem}")
                                       .format(what=path, key=Shown(k, 30),
                                               problem=describe(found.group(), found.start())))
                    if type(x) in _WALKED:
                        stack.append((x, _deeper(path, level, k), level + 1))
            else:
                stack.extend((x, _deeper(path, level, i), level + 1) for i, x in enumerate(v) if type(x) in _WALKED)
        elif t is float and not math.isfinite(v):
            out.append(m.translate("Core", "{what}: {number} is not a JSON number").format(what=path, number=v))


_WALKED = (str, dict, list, float)


def check_fields(obj: dict[str, Any], out: list[str]) -> None:
    """``check_value`` for each field of a record, each named by its key."""
    for key, value in obj.items():
        if type(value) in _WALKED:
            check_value(value, clip(key, 30), out)
        found = FORBIDDEN.search(key)
        if found is not None:
            out.append(m.translate("Core", "field {key!r}: {problem}")
                       .format(key=Shown(key, 30), problem=describe(found.group(), found.start())))
