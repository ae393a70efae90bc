"""Values an export copies from the project file as they are, checked before they are copied.

The exporter (``jsonl.write_project``) writes a document's ``meta`` and its cached entities
(``export_cache``, ADR 3) without parsing them into objects and serialising them again: that
is what makes it fast. The import wrote them from validated records, but they are values of
the file, which an edit made outside annotator (or damage) can change: each is checked here
first, quickly for what the import writes, in full (saying what is wrong) for anything else.

The quick checks come in two forms: of one document's values as text (``meta_is_sound``,
``cache_is_sound``), and of a batch of documents' values as the bytes the file holds
(``metas_are_sound``, ``CacheCheck``), which the export stream uses: the same rules, with
no Python code per entity.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from itertools import chain, count, repeat
from operator import attrgetter
from typing import Any

import msgspec

from .. import messages as m
from ..strings import MAX_ID_CHARS, clip
from . import strictjson
from .base import ExportError
from .entities import check_entity


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
#: text and attributes (``{}``: an entity with attributes is left to the precise check) in this
#: order, integers without sign or leading zero, strings without escapes (so no quote,
#: backslash or control character in them). The groups: id, start, end, label, text.
_CACHED_ENTITY = re.compile(
    r'\{"id":"([^"\\\x00-\x1f]{1,' + str(MAX_ID_CHARS) + r'})","start":(0|[1-9][0-9]{0,11}),'
    r'"end":([1-9][0-9]{0,11}),"label":"([^"\\\x00-\x1f]+)","text":"([^"\\\x00-\x1f]+)","attributes":\{\}\}'
)
_split_cached = _CACHED_ENTITY.split


def meta_is_sound(meta: str) -> bool:
    """Is the stored ``meta`` one JSON object and nothing else? (The common case, at C speed.)"""
    try:
        value, end = _scan_value(meta, 0)
    except (StopIteration, ValueError, RecursionError):
        return False
    return end == len(meta) and type(value) is dict


#: The meta of a document as its bytes: strict RFC 8259 in UTF-8 (no NaN, no infinity, no number
#: that overflows, integers of at most 64 bits), in C.
_decode_json = msgspec.json.Decoder().decode


def _meta_bytes_sound(meta: bytes) -> bool:
    if meta == b"{}":
        return True
    if len(meta) > 512 and meta.count(b"{") + meta.count(b"[") > 256:
        return False  # deep nesting: the precise check decides at Python's own recursion limit
    try:
        return type(_decode_json(meta)) is dict
    except (msgspec.DecodeError, RecursionError):
        return False


_FLAT_VALUE = rb'(?:"[^"\\\x00-\x1f]*"|-?(?:0|[1-9][0-9]{0,17}))'
_FLAT_MEMBER = rb'"[^"\\\x00-\x1f]*":' + _FLAT_VALUE
#: The meta an import writes most: one level, string keys, values strings without escapes or
#: integers of at most 18 digits. Such metas are decoded all at once (each matched on its own
#: first, so that the batch splits where the documents do).
_flat_meta = re.compile(rb"\{(?:" + _FLAT_MEMBER + rb"(?:," + _FLAT_MEMBER + rb")*)?\}").fullmatch
_decode_objects = msgspec.json.Decoder(list[dict[str, Any]]).decode


def metas_are_sound(metas: Sequence[bytes]) -> bool:
    """Is each stored meta (the bytes of the file) one JSON object, RFC 8259, in UTF-8? A subset
    of what ``meta_is_sound`` and ``check_stored_meta`` accept (white space around it too, as
    they do), so that False only sends the documents to them."""
    if all(map(_flat_meta, metas)):
        try:  # the UTF-8 of the strings
            return len(_decode_objects(b"[" + b",".join(metas) + b"]")) == len(metas)
        except msgspec.DecodeError:
            return False
    return all(map(_meta_bytes_sound, metas))


class _Cached(msgspec.Struct, gc=False):
    """The fields of a cached entity that the check reads (``label`` is checked by the pattern)."""

    id: str
    start: int
    end: int
    text: str


_decode_cached = msgspec.json.Decoder(list[list[_Cached]]).decode
_ids, _starts, _ends, _texts = attrgetter("id"), attrgetter("start"), attrgetter("end"), attrgetter("text")


@functools.lru_cache(maxsize=512)
def _numbered(n: int) -> tuple[str, ...]:
    """The ids an import gives n entities: T1…Tn."""
    return tuple(f"T{k}" for k in range(1, n + 1))


class CacheCheck:
    """``cache_is_sound`` for a batch of documents, on the bytes the file holds.

    Each document's cached entities must be canonical entities separated by single commas,
    with labels of the project: one regular expression per document, over its bytes (the
    label set is part of the pattern), after a search for a backslash in the whole batch (an
    escape sends the batch to the precise path), so that a string is what lies between two
    quotes. Then the batch is decoded at once (msgspec, which refuses what is not UTF-8 and
    raw control characters) and the spans are compared with the texts in C loops over the
    whole batch: no Python code runs per entity."""

    def __init__(self, labels: frozenset[str]) -> None:
        names = b"|".join(re.escape(name.encode("utf-8", "surrogatepass")) for name in sorted(labels))
        entity = (rb'\{"id":"[^"]{1,' + str(MAX_ID_CHARS).encode() + rb'}",'
                  rb'"start":(?:0|[1-9][0-9]{0,11}),"end":[1-9][0-9]{0,11},'
                  rb'"label":"(?:' + (names or rb"(?!)") + rb')","text":"[^"]+","attributes":\{\}\}')
        self._canonical = re.compile(entity + rb"(?:," + entity + rb")*").fullmatch

    def __call__(self, texts: Sequence[str], cached: Sequence[bytes]) -> bool:
        """Can ``cached[i]``, the cached entities of the document whose text is ``texts[i]``,
        be written as they are, for every i? (Ids of at most MAX_ID_CHARS bytes: a longer one,
        as any other shape, is left to the precise check.)"""
        if not cached:
            return True
        batch = b"[[" + b"],[".join(cached) + b"]]"
        if b"\\" in batch or not all(map(self._canonical, cached)):
            return False
        try:  # aligned with the documents: each one's bytes were matched on their own above
            lists = _decode_cached(batch)
        except msgspec.DecodeError:  # not UTF-8, a raw control character
            return False
        if len(lists) != len(cached):
            return False
        counts = [*map(len, lists)]
        entities = [*chain.from_iterable(lists)]
        # text[start:end] is the entity's text, for each: sliced from the text and a quote,
        # which no cached text holds, so that a span past the end of the text never matches.
        quoted = chain.from_iterable(map(repeat, map(str.__add__, texts, repeat('"')), counts))
        spans = map(slice, map(_starts, entities), map(_ends, entities))
        if [*map(str.__getitem__, quoted, spans)] != [*map(_texts, entities)]:
            return False
        ids = [*map(_ids, entities)]  # no id twice in a document
        return (ids == [*chain.from_iterable(map(_numbered, counts))]
                or len(set(zip(chain.from_iterable(map(repeat, count(), counts)), ids, strict=True))) == len(ids))


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


def check_cached_entities(doc_id: str, text: str, cached: Any) -> list[dict[str, Any]]:
    """Refuse a document whose export cache is not what an import writes: entities as the
    canonical format has them, spans exact (the slow, precise check that says what is wrong).
    Returns the entity objects it holds, when they are sound."""
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
            eid = check_entity(i, entity, text, problems, False)
            if eid is not None:
                if eid in ids:
                    problems.append(m.translate("Core", "entity {id}: duplicate id").format(id=clip(eid)))
                ids.add(eid)
        if not problems:
            return entities
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
