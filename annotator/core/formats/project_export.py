"""The canonical JSONL export of a project file, streamed: ``write_project``.

It writes the same bytes as the reference path, ``jsonl.write(project.iter_documents())``,
which builds every record as objects and serialises it with ``json.dumps`` (checked by
tests/unit/test_export_bytes.py), but from what the file holds: each document's id, text,
meta and cached entities (``export_cache``, ADR 3) are read as the bytes of the file and
copied, never decoded into objects and encoded again. What is copied is checked first
(``stored.py``), in batches of documents with no Python code per entity: a value edited
outside annotator (or damaged) sends its batch to the precise path, one document at a time,
which either accepts it (another shape of the same JSON: written as it is) or refuses the
export saying what is wrong; nothing invalid or wrong is ever written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import and_, eq, is_not, not_
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as m
from ..exporting import ExportSource, export_source
from ..fields import check_span
from ..model import Claim, Entity, Status
from ..rows import export_seals
from .base import ExportError, atomic_writer
from .stored import (
    CacheCheck,
    cache_is_sound,
    check_cached_entities,
    check_stored_meta,
    meta_is_sound,
    metas_are_sound,
    not_text,
)

if TYPE_CHECKING:
    from ..store import Project

#: The C string encoder behind json.dumps(ensure_ascii=False): quotes and escapes one str.
_encode_string = json.encoder.encode_basestring
_STATUSES = frozenset(Status.values())
_STATUS_BYTES = frozenset(s.encode() for s in _STATUSES)
#: What json.dumps(ensure_ascii=False) escapes in a string: anything else is copied as it is.
_ESCAPED_BYTES = b'"\\' + bytes(range(32))


def _needs_escape(data: bytes) -> bool:
    """Does json.dumps(ensure_ascii=False) escape a byte of ``data``? (Those bytes deleted by
    a C table loop, three times as fast as searching with a regular expression.)"""
    return len(data.translate(None, _ESCAPED_BYTES)) != len(data)

#: Lines are written in chunks of about this many bytes: one call for many lines.
_CHUNK_BYTES = 1 << 18
_LINE = b'{"id":"%s","text":"%s","meta":%s,"status":"%s","entities":[%s],"claims":%s}\n'


def write_project(project: Project, path: str | Path, *, tokens: bool = False, status: Status | None = None,
                  progress: Callable[[int], None] | None = None) -> int:
    """Export a project as canonical JSONL, atomically; the same bytes as ``jsonl.write`` gives
    for its documents. Refuses (ExportError, nothing written) a document whose stored values
    cannot be written as they are and are not valid either. ``progress`` is called with the
    number of records done, after each batch; an exception it raises stops the export and
    leaves no file behind."""
    from ..morph import default_morphology, token_json

    tokenize = default_morphology().tokenize if tokens else None
    labels = project.label_names()
    check = CacheCheck(labels)
    n = 0
    with atomic_writer(path, project_path=project.path) as fh, export_source(project.db, status) as source:
        out = fh.buffer  # the text layer above it holds nothing
        pending: list[bytes] = []
        size = 0
        labels_sound = source.used_labels() <= labels
        for rows in source.batches():
            lines = _batch_lines(source, rows, check, labels_sound) if tokenize is None else None
            if lines is None:  # something to look at closely (or tokens to add): one document at a time
                lines = [_document_line(source, row[0], labels, tokenize, token_json) for row in rows]
            pending += lines
            size += sum(map(len, lines))
            if size >= _CHUNK_BYTES:
                write_lines(out, pending)
                pending, size = [], 0
            n += len(rows)
            if progress is not None:
                progress(n)
        write_lines(out, pending)
    return n


def _batch_lines(source: ExportSource, rows: list[tuple[Any, ...]], check: CacheCheck,
                 labels_sound: bool) -> list[bytes] | None:
    """The lines of a batch of documents from their bytes, or None when a value needs the
    precise path (reads nothing from ``source`` then, so that path can read it all).

    Cached entities whose seal their bytes still give (``export_seal``) are copied as they
    are: they and the text were verified when the seal was written, and nothing changed them
    since. Others are checked (``CacheCheck``), and the texts of documents without a sealed
    cache are checked to be UTF-8. ``labels_sound``: every label of the project's entity rows
    is one of its labels (else no seal is trusted, and the check says which is not)."""
    rowids, ids, texts_b, metas, statuses, cached, seals, plain = zip(*rows, strict=True)
    if not all(plain) or not _STATUS_BYTES.issuperset(statuses) or not metas_are_sound(metas):
        return None
    try:  # the UTF-8 of every id (a newline ends any sequence)
        b"\n".join(ids).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if labels_sound:
        found = export_seals(texts_b, [b"" if x is None else x for x in cached] if None in cached else cached)
        sealed = [*map(eq, seals, found)]
    else:
        sealed = [False] * len(rows)
    if not all(sealed):
        unsealed = [*map(not_, sealed)]
        try:  # the UTF-8 of the texts no seal vouches for
            b"\n".join(compress(texts_b, unsealed)).decode("utf-8")
        except UnicodeDecodeError:
            return None
        to_check = [*map(and_, unsealed, map(is_not, cached, repeat(None)))]
        if any(to_check) and not check([*map(_utf8, compress(texts_b, to_check))], [*compress(cached, to_check)]):
            return None
    ids_plain = not _needs_escape(b" ".join(ids))
    claims_of = source.claims if source.has_claims else None
    if ids_plain and claims_of is None and None not in cached and not _needs_escape(b" ".join(texts_b)):
        return [*map(_LINE.__mod__, zip(ids, texts_b, metas, statuses, cached, repeat(b"[]"), strict=False))]
    lines = []
    for rowid, id_b, text_b, meta, st, entities in zip(rowids, ids, texts_b, metas, statuses, cached, strict=True):
        id_json = _escaped(id_b.decode("utf-8")) if not ids_plain and _needs_escape(id_b) else id_b
        text = None
        if _needs_escape(text_b):
            text = text_b.decode("utf-8")
            text_b = _escaped(text)
        claims = b"[]"
        try:
            if entities is None:
                text = text_b.decode("utf-8") if text is None else text
                entities = entities_line(id_b.decode("utf-8"), text, source.entities(rowid))
            if claims_of is not None and (found_claims := claims_of(rowid)):
                text = text_b.decode("utf-8") if text is None else text
                claims = claims_line(id_b.decode("utf-8"), text, found_claims)
        except ValueError as exc:  # NaN, infinity
            raise unwritable(id_b.decode("utf-8"), exc) from None
        lines.append(_LINE % (id_json, text_b, meta, st, entities, claims))
    return lines


def _utf8(data: bytes) -> str:
    return data.decode("utf-8")


def _escaped(value: str) -> bytes:
    """The inside of a JSON string of ``value``, as json.dumps(ensure_ascii=False) writes it."""
    return _encode_string(value)[1:-1].encode("utf-8")


def entities_line(doc_id: str, text: str, entities: list[Entity]) -> bytes:
    """Entities read from their rows, checked, as the export writes them between ``[`` and ``]``."""
    return ",".join([_dumps(obj) for obj in entity_objects(doc_id, text, entities)]).encode("utf-8")


def claims_line(doc_id: str, text: str, claims: list[Claim]) -> bytes:
    """Claims, checked, as the export writes their list."""
    return _dumps(claim_objects(doc_id, text, claims)).encode("utf-8")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _document_line(source: ExportSource, rowid: int, labels: frozenset[str],
                   tokenize: Callable[[str], Any] | None, token_json: Callable[[Any], dict[str, Any]]) -> bytes:
    """One document's line from its values as SQLite gives them, each checked and, where it is
    not what the import writes, checked in full: the refusal says what is wrong."""
    row = source.row(rowid)
    text, meta = row.text, row.meta
    if type(text) is not str or type(meta) is not str or type(row.id) is not str:
        raise not_text(row)
    if meta != "{}" and not meta_is_sound(meta):
        check_stored_meta(row.id, meta)
    if row.status not in _STATUSES:
        raise ExportError(m.translate("Core", "document {id}: status {status!r} is not one of {statuses}; "
                                              "nothing was written")
                          .format(id=row.id, status=row.status, statuses=", ".join(Status.values())))
    try:
        entities = row.entities_json
        if entities is None:
            entities = ",".join([_dumps(obj) for obj in entity_objects(row.id, text, row.entities or [])])
        elif type(entities) is not str or not cache_is_sound(text, entities, labels):
            # Sound, in another shape of the same JSON (written by hand, or by schema 2
            # without "attributes"): written anew, in the canonical shape.
            entities = ",".join([_dumps(Entity(o["id"], o["start"], o["end"], o["label"], o["text"],
                                               o.get("attributes") or {}).to_json())
                                 for o in check_cached_entities(row.id, text, entities)])
        claims = _dumps(claim_objects(row.id, text, row.claims)) if row.claims else "[]"
        return "".join((
            '{"id":', _encode_string(row.id), ',"text":', _encode_string(text), ',"meta":', meta,
            ',"status":"', row.status, '","entities":[', entities, '],"claims":', claims,
            _tokens_json(tokenize, token_json, text) if tokenize is not None else "", "}\n",
        )).encode("utf-8")
    except ValueError as exc:  # NaN, infinity; a lone surrogate (UnicodeEncodeError)
        raise unwritable(row.id, exc) from None


def _tokens_json(tokenize: Callable[[str], Any], token_json: Callable[[Any], dict[str, Any]], text: str) -> str:
    toks = [token_json(t) for t in tokenize(text)]
    return ',"tokens":' + json.dumps(toks, ensure_ascii=False, separators=(",", ":"))


def write_lines(out: Any, lines: Sequence[bytes]) -> None:
    """Write encoded lines at once, with U+0085, U+2028 and U+2029 escaped (in UTF-8 their
    bytes are these characters and nothing else; outside strings JSON has none of them).
    Their lead bytes are looked for first, by memchr: text without U+0080–U+00BF and
    U+2000–U+2FFF needs no slower search."""
    chunk = b"".join(lines)
    if (b"\xe2" in chunk and (b"\xe2\x80\xa8" in chunk or b"\xe2\x80\xa9" in chunk)) \
            or (b"\xc2" in chunk and b"\xc2\x85" in chunk):
        chunk = chunk.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029") \
            .replace(b"\xc2\x85", b"\\u0085")
    out.write(chunk)


def entity_objects(doc_id: str, text: str, entities: list[Entity]) -> list[dict[str, Any]]:
    """The JSON objects of ``entities``; ExportError at the first span that is not exact."""
    out = []
    for e in entities:
        if not (0 <= e.start < e.end <= len(text)) or text[e.start : e.end] != e.text:
            raise ExportError(
                f"document {doc_id}: entity {e.id} ({e.label}) says {e.text!r} at {e.start}–{e.end}, "
                f"but the text there is {text[e.start:e.end]!r}; nothing was written"
            )
        out.append(e.to_json())
    return out


def claim_objects(doc_id: str, text: str, claims: list[Claim]) -> list[dict[str, Any]]:
    """The JSON objects of ``claims``; ExportError at the first span (or cue) that is not exact."""
    out = []
    for c in claims:
        obj = c.to_json()
        problems: list[str] = []
        check_span(obj, text, f"claim {c.id}", problems)
        cue = obj.get("cue")
        if isinstance(cue, dict):
            check_span(cue, text, f"claim {c.id}: cue", problems)
        if problems:
            raise ExportError(f"document {doc_id}: {problems[0]}; nothing was written")
        out.append(obj)
    return out


def unwritable(doc_id: str, exc: ValueError | UnicodeEncodeError) -> ExportError:
    """The refusal of a document that cannot become valid JSON in UTF-8."""
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start] if isinstance(exc.object, str) and exc.start < len(exc.object) else "?"
        return ExportError(m.translate("Core", "document {id}: holds U+{code:04X}, a lone surrogate that UTF-8 "
                                               "cannot encode; nothing was written")
                           .format(id=doc_id, code=ord(bad) if len(bad) == 1 else 0))
    return ExportError(m.translate("Core", "document {id}: a value cannot be written as JSON ({reason}); "
                                           "nothing was written").format(id=doc_id, reason=exc))
