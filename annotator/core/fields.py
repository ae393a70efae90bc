"""Checks of the fields every record object shares: ids and spans.

Used by the JSONL record check (entities, claims, tokens) and by the claim check that a
transaction runs before it stores a claim; kept here, below both, so neither imports the other.
"""

from __future__ import annotations

from typing import Any

from . import messages as m
from .strings import MAX_ID_CHARS, Shown


def is_int(v: Any) -> bool:
    """An int that is not a bool (JSON ``true`` is not an offset)."""
    return isinstance(v, int) and not isinstance(v, bool)


def check_id(value: Any, what: str, out: list[str]) -> bool:
    """An id: a non-empty string of at most MAX_ID_CHARS characters."""
    if not (isinstance(value, str) and value):
        out.append(m.translate("Core", "{what}: id must be a non-empty string").format(what=what) if what
                   else m.translate("Core", "id must be a non-empty string"))
        return False
    if len(value) > MAX_ID_CHARS:
        out.append(m.translate("Core", "{what}: id is {n:,} characters long; the limit is {limit:,}")
                   .format(what=what, n=len(value), limit=MAX_ID_CHARS) if what
                   else m.translate("Core", "id is {n:,} characters long; the limit is {limit:,}")
                   .format(n=len(value), limit=MAX_ID_CHARS))
        return False
    return True


def check_span(obj: dict[str, Any], text: str, what: str, out: list[str]) -> bool:
    """Checks ``start``/``end``/``text`` of a span object; True when they are usable."""
    s, e = obj.get("start"), obj.get("end")
    if not (is_int(s) and is_int(e)):
        out.append(m.translate("Core", "{what}: start and end must be integers (code points), "
                                       "not {start!r} and {end!r}").format(what=what, start=Shown(s), end=Shown(e)))
        return False
    if not 0 <= s < e <= len(text):
        out.append(m.translate("Core", "{what}: span {start}–{end} is empty or outside the text (length {length})")
                   .format(what=what, start=Shown(s), end=Shown(e), length=len(text)))
        return False
    if "text" in obj and obj["text"] != text[s:e]:
        out.append(m.translate("Core", "{what}: text {text!r} is not text[{start}:{end}] = {actual!r}")
                   .format(what=what, text=Shown(obj["text"]), start=s, end=e, actual=Shown(text[s:e])))
        return False
    return True
