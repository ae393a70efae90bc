"""The author's ruby of a document, as stored in its meta (Qt-free).

The Aozora Bunko reader (``formats/aozora.py``) stores the ruby of a text under
``meta["ruby"]`` as a list of ``[start, end, reading]``: code-point offsets into the
document's text (end exclusive) and the reading the author gave that span. Meta is
free-form JSON that a person may edit by hand (JSONL export, edit, import), so whoever
draws or uses the ruby reads it through :func:`ruby_of`, which keeps only the entries that
make sense and never raises.
"""

from __future__ import annotations

import re
from typing import Any

#: The meta key that holds the ruby.
RUBY_KEY = "ruby"

__all__ = ["RUBY_KEY", "ruby_of"]

# Control characters (line breaks and tabs included: furigana are one line) and lone surrogates.
_BAD_READING = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _entry(item: Any, length: int | None) -> tuple[int, int, str] | None:
    """``item`` as (start, end, reading), or None if it is not a valid ruby entry."""
    if not isinstance(item, (list, tuple)) or len(item) != 3:
        return None
    start, end, reading = item
    # bool is an int subclass: true/false in hand-edited JSON are no offsets.
    if type(start) is not int or type(end) is not int:
        return None
    if not isinstance(reading, str) or not reading.strip() or _BAD_READING.search(reading):
        return None
    if start < 0 or end <= start or (length is not None and end > length):
        return None
    return start, end, reading


def ruby_of(meta: Any, length: int | None = None) -> list[tuple[int, int, str]]:
    """The valid ruby entries of ``meta``, sorted by start; never raises.

    ``length`` is the length of the document's text in code points; with it, entries that
    reach past the text are dropped. Dropped as well: entries that are not three items, offsets
    that are not integers (or are booleans), empty or negative spans, readings that are not
    text, blank, or hold control characters, and every entry that overlaps one kept before
    it (in order of start, then of position in the list)."""
    if not isinstance(meta, dict):
        return []
    items = meta.get(RUBY_KEY)
    if not isinstance(items, list):
        return []
    valid = [e for e in (_entry(item, length) for item in items) if e is not None]
    valid.sort(key=lambda e: e[0])  # stable: of two entries at one start, the first listed wins
    out: list[tuple[int, int, str]] = []
    for entry in valid:
        if out and entry[0] < out[-1][1]:
            continue
        out.append(entry)
    return out
