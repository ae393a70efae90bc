"""Stockmark's Wikipedia NER dataset (``ner.json``): one JSON list of
``{"curid", "text", "entities": [{"name", "span": [start, end], "type"}]}``.

Offsets are already code points. ``curid`` repeats (several sentences of one article), so
a document's id is ``<curid>-<record number>``, and ``curid`` is kept in ``meta``.

The file is read whole (at most ``inputs.MAX_FILE_BYTES``). A file that is what the dataset
is, every record valid, is decoded and checked at once (``_read_valid``: msgspec, in C); any
other is decoded one record at a time with the strict JSON decoder, so that a record that is
not valid JSON (``NaN``, ``1e999``, a repeated key) is named by its number and line and the
records after it are still read. Both ways give the same documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import msgspec

from .. import messages as m
from ..model import Document, Entity, label_name_problem
from ..strings import MAX_DOCUMENT_CHARS, MAX_ID_CHARS, Shown, check_fields, clip
from . import strictjson
from .base import Parsed
from .reading import read_whole, resume


def _record(i: int, rec: Any, walk: bool = False,
            labels: dict[str, str | None] | None = None) -> tuple[Document | None, list[str]]:
    """The document of record ``i``, or its problems. ``labels`` caches the label checks."""
    labels = {} if labels is None else labels
    if not isinstance(rec, dict):
        return None, [m.translate("Core", "must be an object with curid, text and entities")]
    problems: list[str] = []
    if walk:  # a character the policy refuses may hide in this file: check every string
        check_fields(rec, problems)
    problems += [m.translate("Core", "missing {key!r}").format(key=k) for k in ("curid", "text", "entities")
                 if k not in rec]
    if problems:
        return None, problems
    text, ents, curid = rec["text"], rec["entities"], rec["curid"]
    if isinstance(curid, bool) or not isinstance(curid, str | int):
        return None, [m.translate("Core", "curid must be a string or an integer, not {curid!r}")
                      .format(curid=Shown(curid))]
    curid_text = str(curid)
    if len(curid_text) > MAX_ID_CHARS - 12:
        return None, [m.translate("Core", "curid is {n:,} characters long; the limit is {limit:,}")
                      .format(n=len(curid_text), limit=MAX_ID_CHARS - 12)]
    if not isinstance(text, str):
        return None, [m.translate("Core", "text must be a string")]
    if len(text) > MAX_DOCUMENT_CHARS:
        return None, [m.translate("Core", "text has {n:,} characters; the limit is {limit:,} per document")
                      .format(n=len(text), limit=MAX_DOCUMENT_CHARS)]
    if not isinstance(ents, list):
        return None, [m.translate("Core", "entities must be a list")]
    spans = []
    for j, ent in enumerate(ents):
        what = f"entities[{j}]"
        if not isinstance(ent, dict) or not {"name", "span", "type"} <= set(ent):
            problems.append(m.translate("Core", "{what}: needs name, span and type").format(what=what))
            continue
        span = ent["span"]
        ok = (isinstance(span, list) and len(span) == 2
              and all(isinstance(v, int) and not isinstance(v, bool) for v in span))
        if not ok:
            problems.append(m.translate("Core", "{what}: span must be [start, end] integers, not {span!r}")
                            .format(what=what, span=Shown(span)))
            continue
        s, e = span
        label = ent["type"]
        if not 0 <= s < e <= len(text):
            problems.append(m.translate("Core", "{what}: span {start}–{end} is empty or outside the text "
                                                "(length {length})")
                            .format(what=what, start=Shown(s), end=Shown(e), length=len(text)))
        elif text[s:e] != ent["name"]:
            problems.append(m.translate("Core", "{what}: name {name!r} is not text[{start}:{end}] = {actual!r}")
                            .format(what=what, name=Shown(ent["name"]), start=s, end=e, actual=Shown(text[s:e])))
        elif not isinstance(label, str) or not label:
            problems.append(m.translate("Core", "{what}: type must be a non-empty string").format(what=what))
        elif (problem := labels[label] if label in labels else labels.setdefault(label, label_name_problem(label))):
            problems.append(m.translate("Core", "{what}: type {label!r}: {problem}")
                            .format(what=what, label=Shown(label, 30), problem=problem))
        else:
            spans.append((s, e, label, ent["name"]))
    if len(set((s, e, t) for s, e, t, _ in spans)) != len(spans):
        problems.append(m.translate("Core", "two entities have the same span and type"))
    if problems:
        return None, problems
    return _document(i, curid, curid_text, text, spans), []


def _document(i: int, curid: str | int, curid_text: str, text: str, spans: list[tuple[int, int, str, str]]
              ) -> Document:
    """Record ``i`` as a document: entities in export order, ids T1, T2… in that order."""
    spans.sort(key=_span_order)
    entities = [Entity(f"T{k}", s, e, t, name) for k, (s, e, t, name) in enumerate(spans, 1)]
    return Document(f"{curid_text}-{i}", text, {"curid": curid}, entities=entities)


def _span_order(span: tuple[int, int, str, str]) -> tuple[int, int, str]:
    return (span[0], -span[1], span[2])


def _where(i: int, curid: Any) -> str:
    """How a problem names record ``i``."""
    return f"record {i}" + (f", curid {clip(str(curid), 30)}" if isinstance(curid, str | int) else "")


# -- every record valid: decoded and checked at once ----------------------------------------

#: An integer the strict decoder reads as one (Python's digit limit is far above).
_Int = Annotated[int, msgspec.Meta(ge=-(2**63), le=2**63 - 1)]


class _Entity(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    name: str
    span: Annotated[list[_Int], msgspec.Meta(min_length=2, max_length=2)]  # a list, as json reads it
    type: str


class _Record(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    curid: _Int | str
    text: str
    entities: list[_Entity]


_decode_records = msgspec.json.Decoder(list[_Record]).decode
#: The keys of a record and of an entity as they are written. msgspec, like ``json``, keeps the
#: last of a repeated key: each must be written exactly once per object (counted in the file).
_RECORD_KEYS = (b'"curid"', b'"text"', b'"entities"')
_ENTITY_KEYS = (b'"name"', b'"span"', b'"type"')


def _read_valid(name: str, data: bytes) -> list[Parsed] | None:
    """Every record of the file as a document, when the file is a valid Stockmark list with
    only valid records and nothing else in them; None otherwise (read it record by record).

    Accepts a subset of what the record-by-record reading accepts, with the same documents:
    msgspec is as strict as ``strictjson`` (RFC 8259 in UTF-8: no NaN, no infinity, no raw
    control character, no trailing data; integers beyond 64 bits and floats are refused by the
    types), and a repeated key is found by counting the keys as written: each key of a record
    appears once per record (a key spelt with escapes, ``\\u0063urid``, could not be counted,
    so no file with ``\\u`` is read this way), and no string holds a key's quoted name.
    Unknown keys, a character the input policy refuses (``strictjson.suspect``) and any problem
    send the file the other way, which says what is wrong."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\\u" in data or strictjson.suspect(data):
        return None
    payload = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        records = _decode_records(payload)
    except (msgspec.DecodeError, ValueError, RecursionError):  # ValidationError is a DecodeError
        return None
    n_records = len(records)
    n_entities = sum([len(rec.entities) for rec in records])
    if any(payload.count(key) != n_records for key in _RECORD_KEYS) \
            or any(payload.count(key) != n_entities for key in _ENTITY_KEYS):
        return None
    labels: dict[str, str | None] = {}
    out = []
    for i, rec in enumerate(records, 1):
        doc = _valid_document(i, rec, labels)
        if doc is None:
            return None
        out.append(Parsed(name, None, doc, [], rec, _where(i, rec.curid)))
    return out


def _valid_document(i: int, rec: _Record, labels: dict[str, str | None]) -> Document | None:
    """``_record``'s checks of a record whose types are right: its document, or None at the
    first problem (``_record`` then says what it is)."""
    curid, text = rec.curid, rec.text
    curid_text = str(curid)
    if len(curid_text) > MAX_ID_CHARS - 12 or len(text) > MAX_DOCUMENT_CHARS:
        return None
    length = len(text)
    spans = []
    for ent in rec.entities:
        s, e = ent.span
        label = ent.type
        if not (0 <= s < e <= length and text[s:e] == ent.name and label):
            return None
        if (labels[label] if label in labels else labels.setdefault(label, label_name_problem(label))) is not None:
            return None
        spans.append((s, e, label, ent.name))
    if len({span[:3] for span in spans}) != len(spans):
        return None
    return _document(i, curid, curid_text, text, spans)


def _decode(name: str, data: bytes) -> tuple[str | None, Parsed | None]:
    """The text of the file, or the Parsed that says why there is none."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Parsed(name, None, None, [m.translate("Core", "the file is UTF-16 (it starts with a UTF-16 "
                                                                   "byte-order mark); a Stockmark file must be "
                                                                   "UTF-8")], None)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return None, Parsed(name, line, None, [m.translate("Core", "not UTF-8 ({reason} at byte {at})")
                                               .format(reason=exc.reason, at=exc.start)], None)
    return text[1:] if text.startswith("\ufeff") else text, None


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def read(path: str | Path, **_: Any) -> Iterator[Parsed]:
    name = str(path)
    data = read_whole(path)
    if isinstance(data, Parsed):
        yield data
        return
    valid = _read_valid(name, data)
    if valid is not None:
        del data
        yield from valid
        return
    text, refused = _decode(name, data)
    walk = strictjson.suspect(data)  # no character the policy refuses can hide in the file: no walk
    del data
    if text is None:
        assert refused is not None
        yield refused
        return
    decode = strictjson.raw_decode
    skip = strictjson.skip_ws
    pos = skip(text, 0)
    if not text.startswith("[", pos):
        if pos == len(text):
            message = m.translate("Core", "empty file: a Stockmark NER file is a JSON list of records")
        elif text.startswith("{", pos):
            message = m.translate("Core", "a Stockmark NER file is a JSON list of records; this one starts with "
                                          "an object (JSONL, one record per line? use --format jsonl or the "
                                          ".jsonl extension)")
        else:
            message = m.translate("Core", "a Stockmark NER file is a JSON list of records")
        yield Parsed(name, _line(text, pos) if pos < len(text) else None, None, [message], None)
        return
    pos = skip(text, pos + 1)
    i = 0
    first = True
    labels: dict[str, str | None] = {}  # type -> its problem: a file has few types and many entities
    while True:
        if text.startswith("]", pos):
            pos = skip(text, pos + 1)
            if pos != len(text):
                yield _broken(name, text, pos, m.translate("Core", "unexpected text after the list"))
            return
        if not first:
            if not text.startswith(",", pos):
                yield _broken(name, text, pos, m.translate("Core", "expecting ',' or ']' after record {i}")
                              .format(i=i))
                return
            pos = skip(text, pos + 1)
        first = False
        i += 1
        start = pos
        try:
            rec, pos = decode(text, start)
        except json.JSONDecodeError as exc:
            yield Parsed(name, exc.lineno, None, [m.translate("Core", "invalid JSON at column {column}: {reason}")
                                                  .format(column=exc.colno, reason=strictjson.reason(exc))], None)
            return
        except (ValueError, RecursionError) as exc:
            where = m.translate("Core", "record {i}, line {line}").format(i=i, line=_line(text, start))
            yield Parsed(name, None, None, [m.translate("Core", "invalid JSON: {reason}")
                                            .format(reason=strictjson.why_not(exc))], None, where)
            after = resume(text, start)  # go on after it, if a lenient reading finds where it ends
            if after is None:
                return
            pos = after
            continue
        pos = skip(text, pos)
        doc, problems = _record(i, rec, walk, labels)
        yield Parsed(name, None, doc, problems, rec, _where(i, rec.get("curid") if isinstance(rec, dict) else None))


def _broken(name: str, text: str, pos: int, reason: str) -> Parsed:
    line = _line(text, pos)
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return Parsed(name, line, None, [m.translate("Core", "invalid JSON at column {column}: {reason}")
                                     .format(column=column, reason=reason)], None)
