"""The canonical JSONL format: one document per line, code-point offsets.

The JSON Schema of a record is ``resources/schemas/record.schema.json``; ``check_record``
implements the same rules plus what a schema cannot say (``text[start:end] == span text``,
references between claims and entities), with messages that name the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from .. import messages as m
from ..claims import check_claim
from ..fields import check_id, check_span
from ..model import Claim, Document, Entity, Status
from ..strings import MAX_DOCUMENT_CHARS, Shown, check_fields, check_value, clip
from . import strictjson
from .base import Parsed, atomic_writer
from .entities import check_entity
from .project_export import claim_objects, entity_objects, unwritable
from .project_export import write_project as write_project  # the export of a project file
from .reading import raw_lines, too_long, with_input
from .strictjson import json_kind

RECORD_KEYS = ("id", "text", "meta", "status", "entities", "claims", "tokens")
TOKEN_KEYS = frozenset({"start", "end", "surface", "pos", "lemma", "reading"})
_STATUSES = frozenset(Status.values())


def _check_tokens(tokens: Any, text: str, out: list[str]) -> None:
    if not isinstance(tokens, list):
        out.append(m.translate("Core", "tokens must be a list"))
        return
    last_end = 0
    for i, tok in enumerate(tokens):
        what = f"tokens[{i}]"
        if not isinstance(tok, dict):
            out.append(m.translate("Core", "{what}: must be an object").format(what=what))
            continue
        for key in sorted(set(tok) - TOKEN_KEYS):
            out.append(m.translate("Core", "{what}: unknown field {key!r}").format(what=what, key=Shown(key)))
        surface = tok.get("surface")
        if not isinstance(surface, str):
            out.append(m.translate("Core", "{what}: surface must be a string").format(what=what))
            continue
        for key in ("pos", "lemma", "reading"):
            if key in tok and not isinstance(tok[key], str):
                out.append(m.translate("Core", "{what}: {key} must be a string").format(what=what, key=key))
        if check_span({**tok, "text": surface}, text, what, out):
            if tok["start"] < last_end:
                out.append(m.translate("Core", "{what}: overlaps the token before it").format(what=what))
            last_end = tok["end"]


def check_record(obj: Any, *, strings: bool = True) -> list[str]:
    """Every problem of one record (empty when valid).

    With ``strings`` (the default), every string of the record (keys included) is checked
    against the input policy (``strings.FORBIDDEN``: control characters, lone surrogates) and
    every number for being finite; ``read`` turns this off for a line in which no such
    character can hide (``strictjson.suspect`` found nothing)."""
    out: list[str] = []
    if not isinstance(obj, dict):
        return [m.translate("Core", "a record must be a JSON object, not {kind}").format(kind=json_kind(obj))]
    if strings:
        check_fields(obj, out)
    elif isinstance(obj.get("meta"), dict) and obj["meta"]:
        check_value(obj["meta"], "meta", out)  # free-form: its depth is checked on every line
    for key in sorted(set(obj) - set(RECORD_KEYS) - {"annotators"}):
        out.append(m.translate("Core", "unknown field {key!r}").format(key=Shown(key)))
    check_id(obj.get("id"), "", out)
    text = obj.get("text")
    if not isinstance(text, str):
        out.append(m.translate("Core", "text must be a string"))
        return out
    if len(text) > MAX_DOCUMENT_CHARS:
        out.append(m.translate("Core", "text has {n:,} characters; the limit is {limit:,} per document")
                   .format(n=len(text), limit=MAX_DOCUMENT_CHARS))
        return out
    if "meta" in obj and not isinstance(obj["meta"], dict):
        out.append(m.translate("Core", "meta must be an object"))
    if "status" in obj and not (isinstance(obj["status"], str) and obj["status"] in _STATUSES):
        out.append(m.translate("Core", "status must be one of {values}, not {status!r}")
                   .format(values=", ".join(Status.values()), status=Shown(obj["status"])))
    entities = obj.get("entities", [])
    entity_ids: set[str] = set()
    if not isinstance(entities, list):
        out.append(m.translate("Core", "entities must be a list"))
        entities = []
    seen_keys: dict[tuple[Any, ...], str] = {}
    for i, ent in enumerate(entities):
        eid = check_entity(i, ent, text, out, strings)
        if eid is None:
            continue
        if eid in entity_ids:
            out.append(m.translate("Core", "entity {id}: duplicate id").format(id=clip(eid)))
        entity_ids.add(eid)
        key = (ent.get("start"), ent.get("end"), ent.get("label"))
        if not all(isinstance(k, str | int) for k in key):
            continue
        if key in seen_keys:
            out.append(m.translate("Core", "entity {id}: same span and label as entity {other}")
                       .format(id=clip(eid), other=clip(seen_keys[key])))
        else:
            seen_keys[key] = eid
    claims = obj.get("claims", [])
    if not isinstance(claims, list):
        out.append(m.translate("Core", "claims must be a list"))
        claims = []
    claim_ids: set[str] = set()
    for i, claim in enumerate(claims):
        cid = check_claim(i, claim, text, entity_ids, out, strings)
        if cid is not None:
            if cid in claim_ids:
                out.append(m.translate("Core", "claim {id}: duplicate id").format(id=clip(cid)))
            claim_ids.add(cid)
    if "tokens" in obj:
        _check_tokens(obj["tokens"], text, out)
    if "annotators" in obj:
        _check_annotators(obj["annotators"], obj.get("id"), text, out, strings)
    return out


#: What each annotator's version holds in an ``export --layer all`` record.
VERSION_KEYS = ("status", "entities", "claims")


def _check_annotators(versions: Any, doc_id: Any, text: str, out: list[str], strings: bool) -> None:
    """``annotators`` (``export --layer all``): name -> that annotator's status, entities and
    claims, each checked as a record's are."""
    if not isinstance(versions, dict):
        out.append(m.translate("Core", "annotators must be an object (annotator name -> their version)"))
        return
    for name, version in versions.items():
        if not isinstance(version, dict):
            out.append(m.translate("Core", "annotators[{name!r}] must be an object").format(name=Shown(name)))
            continue
        for key in sorted(set(version) - set(VERSION_KEYS)):
            out.append(m.translate("Core", "annotators[{name!r}]: unknown field {key!r}")
                       .format(name=Shown(name), key=Shown(key)))
        sub = {"id": doc_id, "text": text, **{k: v for k, v in version.items() if k in VERSION_KEYS}}
        out.extend(m.translate("Core", "annotators[{name!r}]: {problem}").format(name=Shown(name), problem=p)
                   for p in check_record(sub, strings=strings))


def to_document(obj: dict[str, Any]) -> Document:
    """A valid record (``check_record`` found nothing) as a Document; tokens are dropped."""
    text = obj["text"]
    entities = [
        Entity(e["id"], e["start"], e["end"], e["label"], e["text"], e.get("attributes") or {})
        for e in obj.get("entities", [])
    ]
    claims = [Claim.from_json(c) for c in obj.get("claims", [])]
    return Document(obj["id"], text, obj.get("meta", {}), Status(obj.get("status", "new")), entities, claims)


#: A line longer than this is not read (a record of the longest document, 20 million
#: characters, takes at most 60 MiB as UTF-8); memory stays bounded by it.
MAX_LINE_BYTES = 128 * 1024 * 1024
#: Lines longer than this are not copied into the rejects file (the reasons are).
_MAX_RAW_KEPT = 1024 * 1024

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode_problem(raw: bytes, lineno: int) -> str | None:
    """Why the bytes of a line are not UTF-8 JSON text, or None."""
    if lineno == 1 and raw.startswith(_UTF16_BOMS):
        return m.translate("Core", "the file is UTF-16 (it starts with a UTF-16 byte-order mark); "
                                   "JSONL must be UTF-8")
    if b"\x00" in raw:
        return m.translate("Core", "NUL bytes (U+0000) at byte {at} of the line: a binary or UTF-16 file, "
                                   "not UTF-8 JSONL").format(at=raw.index(b"\x00") + 1)
    return None


def parse_line(raw: bytes, lineno: int) -> tuple[Any, list[str]]:
    """Decode one line (RFC 8259 JSON in UTF-8): the value, or the problems that stop it being read."""
    problem = _decode_problem(raw, lineno)
    if problem is not None:
        return None, [problem]
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [m.translate("Core", "not UTF-8: byte 0x{byte:02x} at byte {at} of the line")
                      .format(byte=raw[exc.start], at=exc.start + 1)]
    if line.startswith("\ufeff"):
        if lineno != 1:
            return None, [m.translate("Core", "a byte-order mark (U+FEFF) starts this line: only the first line "
                                              "of a file may begin with one (files joined together?)")]
        line = line[1:]
    try:
        return strictjson.loads(line), []
    except json.JSONDecodeError as exc:
        return None, [_json_error(line, exc)]
    except strictjson.NotJSON as exc:
        return None, [m.translate("Core", "invalid JSON: {reason}").format(reason=exc)]


def _json_error(line: str, exc: json.JSONDecodeError) -> str:
    message = (m.translate("Core", "invalid JSON at column {column}: {reason}")
               .format(column=exc.colno, reason=strictjson.reason(exc)))
    if exc.msg == "Extra data" and "\r" in line[:exc.pos] and "\n" not in line.rstrip("\r\n"):
        message += m.translate("Core", " (records separated by CR alone, as on old Macs? JSONL needs LF "
                                       "or CRLF line ends)")
    elif line.lstrip().startswith("["):
        message += m.translate("Core", " (a Stockmark file is one JSON list: use --format stockmark "
                                       "or the .json extension)")
    return message


class JsonLine(NamedTuple):
    """One line of a JSONL file, decoded (``lines``)."""

    number: int
    raw: bytes
    value: Any  # None when ``problems`` stop it being read
    problems: list[str]
    kept: Any  # what the rejects file keeps: the value, else the line as text (None when too long)


def lines(name: str, fh: BinaryIO) -> Iterator[Parsed | JsonLine]:
    """Each line of a JSONL file that is not blank (nor a byte-order mark alone), decoded; a
    Parsed for a line over MAX_LINE_BYTES, and for a UTF-16 file (then nothing more: every line
    would say the same)."""
    limit = MAX_LINE_BYTES
    for lineno, (raw, size) in enumerate(raw_lines(fh, limit), 1):
        if raw is None:
            yield Parsed(name, lineno, None, [too_long(size, limit)], None)
            continue
        if not raw.strip() or (lineno == 1 and not raw[3:].strip() and raw.startswith(b"\xef\xbb\xbf")):
            continue  # a blank line, or a byte-order mark alone
        obj, problems = parse_line(raw, lineno)
        if lineno == 1 and raw.startswith(_UTF16_BOMS):
            yield Parsed(name, lineno, None, problems, None)
            return
        if obj is not None:
            kept: Any = obj
        elif size <= _MAX_RAW_KEPT:
            kept = raw.decode("utf-8", "replace").rstrip("\r\n")
        else:
            kept = None
        yield JsonLine(lineno, raw, obj, problems, kept)


def read(path: str | Path, **_: Any) -> Iterator[Parsed]:
    """Records of a canonical JSONL file, each validated; blank lines are skipped."""
    yield from with_input(path, lambda fh: _records(str(path), fh))


def _records(name: str, fh: BinaryIO) -> Iterator[Parsed]:
    seen: dict[str, int] = {}
    suspect = strictjson.suspect
    for line in lines(name, fh):
        if isinstance(line, Parsed):
            yield line
            continue
        lineno, raw, obj, problems, kept = line
        if not problems:
            problems = check_record(obj, strings=suspect(raw))
            if lineno == 1 and isinstance(obj, list) and len(problems) == 1:
                problems = [problems[0] + m.translate("Core", " (a Stockmark file is one JSON list: use "
                                                              "--format stockmark or the .json extension)")]
        doc_id = obj.get("id") if isinstance(obj, dict) else None
        if isinstance(doc_id, str):
            if doc_id in seen:
                problems.append(m.translate("Core", "duplicate document id {id!r} (first on line {line})")
                                .format(id=Shown(doc_id), line=seen[doc_id]))
            else:
                seen[doc_id] = lineno
        doc = None if problems else to_document(obj)
        notes = []
        if doc is not None and obj.get("annotators"):
            notes.append(m.translate("Core", "its annotators' versions are not imported: annotator merge brings "
                                             "an annotator's work into a project"))
        yield Parsed(name, lineno, doc, problems, kept, notes=notes)


# -- writing ----------------------------------------------------------------------------


def record(doc: Document, tokens: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The canonical record of ``doc``; raises ExportError on any span that is not exact."""
    text = doc.text
    entities = entity_objects(doc.id, text, doc.entities)
    claims = claim_objects(doc.id, text, doc.claims)
    rec: dict[str, Any] = {
        "id": doc.id, "text": text, "meta": doc.meta, "status": Status(doc.status).value,
        "entities": entities, "claims": claims,
    }
    if tokens is not None:
        rec["tokens"] = tokens
    return rec


def fixed_shape(rec: dict[str, Any]) -> dict[str, Any]:
    """A valid record as the export writes it: every entity with its ``attributes`` (``{}``),
    every claim with every field (``model.CLAIM_FIELDS``), in the export's key order. What a
    record read from another program becomes after an import and an export."""
    out = dict(rec)
    out["entities"] = [Entity(e["id"], e["start"], e["end"], e["label"], e["text"], e.get("attributes") or {})
                       .to_json() for e in rec.get("entities", [])]
    out["claims"] = [Claim.from_json(c).to_json() for c in rec.get("claims", [])]
    return out


#: Characters that ``str.splitlines()`` (and some JSONL readers) take for line breaks but
#: JSON leaves unescaped: escaped, so one record is always one line for every reader.
_LINE_BREAKERS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_LINE_BREAKERS_RE = re.compile("[\x85\u2028\u2029]")


def dumps(rec: dict[str, Any]) -> str:
    """One record as one line: compact, UTF-8 as is, line-breaking characters escaped.

    Raises ValueError for NaN and infinities, which JSON (RFC 8259) has no numbers for."""
    return _escape_line_breakers(json.dumps(rec, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def _escape_line_breakers(line: str) -> str:
    """U+0085/U+2028/U+2029 as escapes (only inside strings: JSON has no such bare characters)."""
    if "\u2028" in line or "\u2029" in line or "\x85" in line:  # rare: test before the regex
        line = _LINE_BREAKERS_RE.sub(lambda m: _LINE_BREAKERS[m.group()], line)
    return line


def write_records(records: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write ready records (``record(doc)`` and more keys) as JSONL, atomically; their number."""
    n = 0
    with atomic_writer(path) as fh:
        for rec in records:
            try:
                fh.write(dumps(rec))
            except (ValueError, UnicodeEncodeError) as exc:
                raise unwritable(str(rec.get("id")), exc) from None
            fh.write("\n")
            n += 1
    return n


def write(docs: Iterable[Document], path: str | Path, *, tokens: bool = False) -> int:
    """Write ``docs`` as canonical JSONL, atomically; returns the number of records."""
    from ..morph import default_morphology, token_json

    tokenize = default_morphology().tokenize if tokens else None
    n = 0
    with atomic_writer(path) as fh:
        write_line = fh.write
        for doc in docs:
            toks = [token_json(t) for t in tokenize(doc.text)] if tokenize else None
            try:
                write_line(dumps(record(doc, toks)))
            except (ValueError, UnicodeEncodeError) as exc:  # NaN, infinity; a lone surrogate
                raise unwritable(doc.id, exc) from None
            write_line("\n")
            n += 1
    return n
