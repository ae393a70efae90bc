"""JSON read strictly (RFC 8259), with messages a person can act on.

Python's ``json`` module accepts more than JSON: ``NaN``, ``Infinity`` and ``-Infinity``,
numbers that overflow to infinity (``1e999``), and repeated keys in one object (the last
wins, silently). None of these may enter a project, since every export must be valid JSON and
say what was imported. Integers of thousands of digits (Python's int-digit limit) and deep
nesting (the parser's recursion limit) are reported as one-line problems, never tracebacks.

``suspect`` finds, in raw UTF-8 JSON, everything that could decode to a character the input
policy refuses (``strings.FORBIDDEN``): raw DEL/C1 characters and the escapes ``\\b``,
``\\u0000``-``\\u001f``, ``\\u007f``-``\\u009f``, ``\\ud800``-``\\udfff`` (raw C0 controls inside
strings are already invalid JSON, and strict UTF-8 has no surrogates). Text with no such match
needs no walk over its strings.
"""

from __future__ import annotations

import json
import math
import re
import sys
from typing import Any

from .. import messages as m
from ..strings import Shown, char_name

_C1_BYTES = re.compile(rb"\xc2[\x80-\x9f]")  # C1 characters in UTF-8
_ESCAPES = re.compile(rb"\\(?:u(?:00[0189]|007[fF]|[dD][89a-fA-F])|b)")


def suspect(data: bytes) -> bool:
    """Could ``data`` hold a refused character (see above)? Byte searches rule most files out
    at memchr speed; the regular expressions run only where a lead byte was found."""
    return (b"\x7f" in data or (b"\xc2" in data and _C1_BYTES.search(data) is not None)
            or (b"\\" in data and _ESCAPES.search(data) is not None))


class NotJSON(ValueError):
    """The text is JSON to Python but not to RFC 8259 (or too big or deep to read)."""


def _constant(name: str) -> Any:
    raise NotJSON(m.translate("Core", "{name} is not valid JSON (JSON numbers are finite)").format(name=name))


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise NotJSON(m.translate("Core", "the number {number} is too large: it overflows to infinity")
                      .format(number=text if len(text) <= 40 else text[:40] + "…"))
    return value


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise NotJSON(m.translate("Core", "duplicate key {key!r} in one object").format(key=Shown(key, 40)))
            seen.add(key)
    return obj


_DECODER = json.JSONDecoder(parse_float=_float, parse_constant=_constant, object_pairs_hook=_object)
#: What ``loads`` calls: (text, start index) -> (value, end index).
raw_decode = _DECODER.raw_decode


def why_not(exc: BaseException) -> str:
    """A one-line reason for an exception of ``loads``/``raw_decode`` other than JSONDecodeError."""
    if isinstance(exc, NotJSON):
        return str(exc)
    if isinstance(exc, RecursionError):
        return m.translate("Core", "nested too deeply to read (arrays or objects inside each other "
                                   "hundreds of levels deep)")
    if isinstance(exc, ValueError):  # the only other ValueError of the scanner: int() of too many digits
        limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300
        return (m.translate("Core", "an integer with more than {limit} digits is not accepted")
                .format(limit=limit))
    return str(exc)


def loads(text: str) -> Any:
    """``text`` as JSON, or JSONDecodeError (with its position) or NotJSON (``why_not``)."""
    try:
        value, end = raw_decode(text, skip_ws(text, 0))
    except json.JSONDecodeError:
        raise
    except (ValueError, RecursionError) as exc:
        raise NotJSON(why_not(exc)) from None
    end = skip_ws(text, end)
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return value


_WS = re.compile(r"[ \t\n\r]*")


def skip_ws(text: str, at: int) -> int:
    """The index of the first character at or after ``at`` that is not JSON white space."""
    if at >= len(text) or text[at] not in " \t\n\r":
        return at
    found = _WS.match(text, at)
    return found.end() if found else at


def reason(exc: json.JSONDecodeError) -> str:
    """The decoder's reason, naming the character when it is a control character left raw in a
    string (JSON requires an escape; the policy refuses most of them anyway)."""
    if exc.msg.startswith("Invalid control character") and 0 <= exc.pos < len(exc.doc):
        return (m.translate("Core", "control character {char} not escaped inside a string")
                .format(char=char_name(exc.doc[exc.pos])))
    return exc.msg


def json_kind(value: Any) -> str:
    """The JSON name of a decoded value's type: object, array, string, number, true…"""
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if value is True or value is False:
        return "true" if value else "false"
    if value is None:
        return "null"
    return "number"
