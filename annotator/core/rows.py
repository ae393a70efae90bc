"""Rows read from the project file, as the store hands them out: document summaries,
export rows, and the merge of ordered cursors that streams documents with flat memory; the
canonical JSON of entities, as the export cache stores them and the export writes them."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from .model import Claim, Entity, Status

#: The C string encoder behind json.dumps(ensure_ascii=False): quotes and escapes one str.
_encode_string = json.encoder.encode_basestring
#: json.dumps(obj, ensure_ascii=False, separators=(",", ":")) without building an encoder per call.
dumps_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True, slots=True)
class DocSummary:
    id: str
    status: Status
    entities: int
    length: int


@dataclass(slots=True)
class ExportRow:
    """One document for the exporter: ``meta`` is JSON text; the entities either as cached
    JSON (``entities_json``, which the exporter checks before it copies it) or as objects to
    check (``entities``)."""

    id: str
    text: str
    meta: str
    status: str
    entities_json: str | None
    entities: list[Entity] | None
    claims: list[Claim]


class Merge:
    """Groups rows of a cursor ordered by document rowid (the first column), on demand.

    Rows are fetched in batches: a Python call per row would cost more than SQLite's work.
    ``cursor`` may be a function that runs the query: it then runs at the first ``take``,
    so an export that never needs these rows (every document's entities cached) never
    reads them. Once the rows are all taken, ``take`` costs one test.
    """

    def __init__(self, cursor: sqlite3.Cursor | Callable[[], sqlite3.Cursor],
                 make: Callable[[tuple[Any, ...]], Any] | None) -> None:
        self._rows = cursor
        self._cursor: sqlite3.Cursor | None = None
        self._make = make
        self._batch: list[tuple[Any, ...]] = []
        self._i = 0
        self._done = False

    def _fill(self) -> bool:
        if self._cursor is None:
            rows = self._rows
            self._cursor = rows() if callable(rows) else rows
        self._batch = self._cursor.fetchmany(4096)
        self._i = 0
        if not self._batch:
            self._done = True
        return not self._done

    def take(self, doc: int) -> list[Any]:
        out: list[Any] = []
        if self._done:
            return out
        make = self._make
        while True:
            batch, i, n = self._batch, self._i, len(self._batch)
            if i >= n:
                if not self._fill():
                    return out
                continue
            while i < n and batch[i][0] < doc:  # rows of documents not exported (status filter)
                i += 1
            j = i
            while j < n and batch[j][0] == doc:
                j += 1
            if j > i:
                out.extend(map(make, batch[i:j]) if make else batch[i:j])
            self._i = j
            if j < n:
                return out


def entity_from_row(r: tuple[Any, ...]) -> Entity:
    return Entity(r[1], r[2], r[3], r[4], r[5], json.loads(r[6]) if r[6] else {})


def entity_json(e: Entity) -> str:
    """``dumps_compact(e.to_json())``, the same text, three times faster (1 µs instead of 3
    here): an entity without attributes is formatted directly (an int formats as its ``repr``, which json
    writes; the strings go through json's own encoder)."""
    if e.attributes or type(e.start) is not int or type(e.end) is not int \
            or type(e.id) is not str or type(e.label) is not str or type(e.text) is not str:
        return dumps_compact(e.to_json())
    enc = _encode_string
    return (f'{{"id":{enc(e.id)},"start":{e.start},"end":{e.end},"label":{enc(e.label)},"text":{enc(e.text)},'
            '"attributes":{}}')


def object_json(obj: dict[str, Any]) -> str:
    """``dumps_compact(obj)``, the same text, faster for the common meta of an import (one
    level, keys and values strings or ints): formatted directly, anything else by json."""
    enc = _encode_string
    parts = []
    for key, value in obj.items():
        kind = type(value)
        if type(key) is not str or (kind is not str and kind is not int):
            return dumps_compact(obj)
        parts.append(f"{enc(key)}:{enc(value) if kind is str else value}")
    return "{" + ",".join(parts) + "}"


def entities_json(entities: list[Entity]) -> str:
    """The entities of a document as the export writes them between ``[`` and ``]``, in
    export order (start, the longer first, label): what ``export_cache`` holds."""
    ordered = sorted(entities, key=_export_order)
    return ",".join([entity_json(e) for e in ordered])


def export_seal(text: bytes, cached: bytes) -> int:
    """The seal of an export cache row: CRC-32 of the UTF-8 of the document's text, a NUL (which
    no text holds) and the cached entities. Written beside entities that were verified against
    that text; a row whose bytes still give its seal was not changed outside annotator (nor
    damaged), so the export copies it without checking it again."""
    return zlib.crc32(cached, zlib.crc32(b"\0", zlib.crc32(text)))


def export_seals(texts: Iterable[bytes], cached: Iterable[bytes]) -> list[int]:
    """``export_seal`` of many rows, in C loops."""
    return [*map(zlib.crc32, cached, map(zlib.crc32, repeat(b"\0"), map(zlib.crc32, texts)))]


def _export_order(e: Entity) -> tuple[int, int, str]:
    return (e.start, -e.end, e.label)
