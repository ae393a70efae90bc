"""Values an export copies from the project file as they are, checked before they are copied.

The exporter (``jsonl.write_project``) writes a document's ``meta`` and its cached entities
(``export_cache``, ADR 3) without parsing them into objects and serialising them again: that
is what makes it fast. The import wrote them from validated records, but they are values of
the file, which an edit made outside annotator (or damage) can change: each is checked here
first, quickly for what the import writes, in full (saying what is wrong) for anything else.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .. import messages as m
from ..strings import MAX_ID_CHARS, clip
from . import strictjson
from .base import ExportError


def _reject_number(value: str) -> Any:
    raise ValueError(m.translate("Core", "{value} is not a JSON number").format(value=value))


def _finite(value: str) -> float:
    number = float(value)
    if number in (float("inf"), float("-inf")):
        raise ValueError(m.translate("Core", "{value} is not a JSON number").format(value=value))
    return number


#: The C scanner of the stored meta: RFC 8259 (no NaN, no infinity), no white space around it.
_scan_value = json.JSONDecoder(parse_constant=_reject_number, parse_float=_finite).scan_once
#: One entity as the import caches it, and only as it does: the keys id, start, end, label,
#: text in this order, integers without sign or leading zero, strings without escapes (so no
#: quote, backslash or control character in them). The groups: id, start, end, label, text.
_CACHED_ENTITY = re.compile(
    r'\{"id":"([^"\\\x00-\x1f]{1,' + str(MAX_ID_CHARS) + r'})","start":(0|[1-9][0-9]{0,11}),'
    r'"end":([1-9][0-9]{0,11}),"label":"([^"\\\x00-\x1f]+)","text":"([^"\\\x00-\x1f]+)"\}'
)
_split_cached = _CACHED_ENTITY.split


def meta_is_sound(meta: str) -> bool:
    """Is the stored ``meta`` one JSON object and nothing else? (The common case, at C speed.)"""
    try:
        value, end = _scan_value(meta, 0)
    except (StopIteration, ValueError, RecursionError):
        return False
    return end == len(meta) and type(value) is dict


def cache_is_sound(text: str, cached: str, labels: frozenset[str]) -> bool:
    """Can a document's cached entities be written as they are? The fast check, in C loops
    with no Python code per entity (about 0.8 s per million entities): ``cached`` is
    canonical entities (``_CACHED_ENTITY``) separated by single commas, so it is valid JSON
    with no key twice; every ``text[start:end]`` is the entity's text (and so ``start <
    end``, the text being non-empty); every label is in the project's label set; no id is
    used twice. Anything else (attributes, an escaped character, an edit made outside
    annotator) is left to ``check_cached_entities``, which accepts it or says what is wrong.

    The import writes the cache from validated records and triggers drop it on any change,
    but it is a table of the file: an edit made outside annotator can put anything there."""
    parts = _split_cached(cached)  # ["", id, start, end, label, text, ",", id, …, text, ""]
    n = len(parts) // 6
    if not n or parts[0] or parts[-1] or (n > 1 and parts[6:-1:6] != [","] * (n - 1)):
        return False
    starts = [*map(int, parts[2::6])]
    ends = [*map(int, parts[3::6])]
    return (max(ends) <= len(text) and [*map(text.__getitem__, map(slice, starts, ends))] == parts[5::6]
            and labels.issuperset(parts[4::6]) and len(set(parts[1::6])) == n)


def check_cached_entities(doc_id: str, text: str, cached: Any) -> None:
    """Refuse a document whose export cache is not what an import writes: entities as the
    canonical format has them, spans exact (the slow, precise check that says what is wrong)."""
    from .jsonl import _check_entity  # the reader's check of one entity: jsonl imports this module

    if not isinstance(cached, str):
        raise ExportError(m.translate("Core", "document {id}: its export cache is stored in the project file as "
                                              "{kind}, not as text; nothing was written")
                          .format(id=doc_id, kind=stored_kind(cached)))
    try:
        entities = strictjson.loads(f"[{cached}]")
    except json.JSONDecodeError as exc:
        reason = strictjson.reason(exc)
    except strictjson.NotJSON as exc:
        reason = str(exc)
    else:
        problems: list[str] = []
        if not entities:  # the import caches no document without entities
            problems.append(m.translate("Core", "it holds no entity"))
        ids: set[str] = set()
        for i, entity in enumerate(entities):
            eid = _check_entity(i, entity, text, problems, False)
            if eid is not None:
                if eid in ids:
                    problems.append(m.translate("Core", "entity {id}: duplicate id").format(id=clip(eid)))
                ids.add(eid)
        if not problems:
            return
        raise ExportError(m.translate("Core", "document {id}: the export cache in the project file is wrong "
                                              "({problem}); nothing was written")
                          .format(id=doc_id, problem=problems[0]))
    raise ExportError(m.translate("Core", "document {id}: the export cache in the project file is not valid "
                                          "JSON ({reason}); nothing was written").format(id=doc_id, reason=reason))


def stored_kind(value: Any) -> str:
    """What SQLite holds instead of text, in words."""
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return m.translate("Core", "a BLOB")
    return m.translate("Core", "a number")


def not_text(row: Any) -> ExportError:
    """The refusal of a document whose id, text or meta the project file holds as something else than text."""
    doc_id = row.id
    if not isinstance(doc_id, str):
        doc_id = doc_id.decode("utf-8", "backslashreplace") if isinstance(doc_id, bytes) else str(doc_id)
    field, value = next((f, v) for f, v in (("id", row.id), ("text", row.text), ("meta", row.meta))
                        if not isinstance(v, str))
    return ExportError(m.translate("Core", "document {id}: its {field} is stored in the project file as {kind}, "
                                           "not as text; nothing was written")
                       .format(id=clip(doc_id), field=field, kind=stored_kind(value)))


def check_stored_meta(doc_id: str, meta: str) -> None:
    """Refuse a document whose stored meta is not a JSON object (edited outside annotator)."""
    try:
        ok = isinstance(json.loads(meta, parse_constant=_reject_number, parse_float=_finite), dict)
    except (ValueError, RecursionError):
        ok = False
    if not ok:
        raise ExportError(m.translate("Core", "document {id}: its meta in the project file is not a JSON object "
                                              "({meta}); nothing was written").format(id=doc_id, meta=meta[:80]))
