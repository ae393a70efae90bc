"""The canonical JSONL format: one document per line, code-point offsets.

The JSON Schema of a record is ``resources/schemas/record.schema.json``; ``check_record``
implements the same rules plus what a schema cannot say (``text[start:end] == span text``,
references between claims and entities), with messages that name the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as m
from ..inputs import InputRefused, open_input
from ..model import Claim, Document, Entity, Status, label_name_problem
from ..strings import FORBIDDEN, MAX_DOCUMENT_CHARS, MAX_ID_CHARS, Shown, check_fields, check_value, clip
from . import strictjson
from .base import ExportError, Parsed, atomic_writer
from .stored import cache_is_sound, check_cached_entities, check_stored_meta, meta_is_sound, not_text
from .strictjson import json_kind

if TYPE_CHECKING:
    from ..store import Project

#: The C string encoder behind json.dumps(ensure_ascii=False): quotes and escapes one str.
_encode_string = json.encoder.encode_basestring

RECORD_KEYS = ("id", "text", "meta", "status", "entities", "claims", "tokens")
ENTITY_KEYS = frozenset({"id", "start", "end", "label", "text", "attributes"})
CLAIM_KEYS = frozenset({
    "id", "start", "end", "text", "type", "checkworthy", "certainty", "polarity", "claimant", "cue",
    "arguments", "note", "attributes",
})
TOKEN_KEYS = frozenset({"start", "end", "surface", "pos", "lemma", "reading"})
_STATUSES = frozenset(Status.values())


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _check_id(value: Any, what: str, out: list[str]) -> bool:
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


def _check_span(obj: dict[str, Any], text: str, what: str, out: list[str]) -> bool:
    """Checks ``start``/``end``/``text`` of a span object; True when they are usable."""
    s, e = obj.get("start"), obj.get("end")
    if not (_is_int(s) and _is_int(e)):
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


def _check_entity(i: int, ent: Any, text: str, out: list[str], walked: bool) -> str | None:
    what = f"entities[{i}]"
    if not isinstance(ent, dict):
        out.append(m.translate("Core", "{what}: must be an object").format(what=what))
        return None
    eid = ent.get("id")
    if isinstance(eid, str) and eid and len(eid) <= MAX_ID_CHARS:
        what = m.translate("Core", "entity {id}").format(id=clip(eid))
    else:
        _check_id(eid, what, out)
        eid = None
    for key in sorted(set(ent) - ENTITY_KEYS):
        out.append(m.translate("Core", "{what}: unknown field {key!r}").format(what=what, key=Shown(key)))
    for key in ("start", "end", "label", "text"):
        if key not in ent:
            out.append(m.translate("Core", "{what}: missing {key!r}").format(what=what, key=key))
    label = ent.get("label")
    if "label" in ent:
        if not (isinstance(label, str) and label.strip()):
            out.append(m.translate("Core", "{what}: label must be a non-empty string").format(what=what))
        elif not (walked and FORBIDDEN.search(label)):  # the walk over every string reported it
            problem = label_name_problem(label)
            if problem is not None:
                out.append(m.translate("Core", "{what}: label {label!r}: {problem}")
                           .format(what=what, label=Shown(label, 30), problem=problem))
    if "text" in ent and not isinstance(ent["text"], str):
        out.append(m.translate("Core", "{what}: text must be a string").format(what=what))
    if "attributes" in ent:
        if not isinstance(ent["attributes"], dict):
            out.append(m.translate("Core", "{what}: attributes must be an object").format(what=what))
        elif not walked and ent["attributes"]:
            check_value(ent["attributes"], f"{what}: attributes", out)
    _check_span(ent, text, what, out)
    return eid


def _check_claim(i: int, claim: Any, text: str, entity_ids: set[str], out: list[str],
                 walked: bool = False) -> str | None:
    what = f"claims[{i}]"
    if not isinstance(claim, dict):
        out.append(m.translate("Core", "{what}: must be an object").format(what=what))
        return None
    if not walked:  # a claim keeps free-form objects (claimant, cue): check their strings and depth
        check_value(claim, what, out)
    cid = claim.get("id")
    if isinstance(cid, str) and cid and len(cid) <= MAX_ID_CHARS:
        what = m.translate("Core", "claim {id}").format(id=clip(cid))
    else:
        _check_id(cid, what, out)
        cid = None
    for key in sorted(set(claim) - CLAIM_KEYS):
        out.append(m.translate("Core", "{what}: unknown field {key!r}").format(what=what, key=Shown(key)))
    for key in ("start", "end", "text"):
        if key not in claim:
            out.append(m.translate("Core", "{what}: missing {key!r}").format(what=what, key=key))
    _check_span(claim, text, what, out)
    for key in ("type", "checkworthy", "certainty", "polarity", "note"):
        v = claim.get(key)
        if v is not None and not isinstance(v, str):
            out.append(m.translate("Core", "{what}: {key} must be a string or null").format(what=what, key=key))
    extra = claim.get("attributes")
    if extra is not None and not (isinstance(extra, dict) and all(isinstance(v, str) for v in extra.values())):
        out.append(m.translate("Core", "{what}: attributes must be an object of strings "
                                       "(the project's own claim attributes)").format(what=what))
    claimant = claim.get("claimant")
    if claimant is not None:
        kind = claimant.get("kind") if isinstance(claimant, dict) else None
        if kind == "entity":
            ref = claimant.get("entity")
            if not isinstance(ref, str) or ref not in entity_ids:
                out.append(m.translate("Core", "{what}: claimant refers to entity {ref!r}, which is not in this record")
                           .format(what=what, ref=Shown(ref)))
        elif kind == "source":
            if not isinstance(claimant.get("text"), str) or not claimant["text"].strip():
                out.append(m.translate("Core", "{what}: a source claimant needs a non-empty text").format(what=what))
        elif kind != "author":
            out.append(m.translate("Core", "{what}: claimant must be null or an object with kind entity, "
                                           "source or author").format(what=what))
    cue = claim.get("cue")
    if cue is not None:
        if isinstance(cue, dict):
            _check_span(cue, text, f"{what}: cue", out)
        else:
            out.append(m.translate("Core", "{what}: cue must be null or a span object").format(what=what))
    args = claim.get("arguments", [])
    if not isinstance(args, list):
        out.append(m.translate("Core", "{what}: arguments must be a list").format(what=what))
    else:
        for j, arg in enumerate(args):
            if not (isinstance(arg, dict) and isinstance(arg.get("role"), str) and arg["role"]):
                out.append(m.translate("Core", "{what}: arguments[{j}] must be an object with a non-empty role")
                           .format(what=what, j=j))
                continue
            ref = arg.get("entity")
            if not isinstance(ref, str) or ref not in entity_ids:
                out.append(
                    m.translate("Core", "{what}: arguments[{j}] ({role}) refers to entity {ref!r}, "
                                        "which is not in this record")
                    .format(what=what, j=j, role=clip(arg["role"]), ref=Shown(ref))
                )
    return cid


def check_claim_in_text(claim: dict[str, Any], text: str, entity_ids: set[str]) -> list[str]:
    """The problems of one claim object against a document's text and entity ids."""
    out: list[str] = []
    _check_claim(0, claim, text, entity_ids, out)
    return out


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
        if _check_span({**tok, "text": surface}, text, what, out):
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
    for key in sorted(set(obj) - set(RECORD_KEYS)):
        out.append(m.translate("Core", "unknown field {key!r}").format(key=Shown(key)))
    _check_id(obj.get("id"), "", out)
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
        eid = _check_entity(i, ent, text, out, strings)
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
        cid = _check_claim(i, claim, text, entity_ids, out, strings)
        if cid is not None:
            if cid in claim_ids:
                out.append(m.translate("Core", "claim {id}: duplicate id").format(id=clip(cid)))
            claim_ids.add(cid)
    if "tokens" in obj:
        _check_tokens(obj["tokens"], text, out)
    return out


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


def _lines(fh: Any) -> Iterator[tuple[bytes | None, int]]:
    """(line, length) for each line of ``fh``; (None, length) for a line over MAX_LINE_BYTES,
    skipped without holding it in memory."""
    readline = fh.readline
    while True:
        raw = readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            n = len(raw)
            while True:
                rest = readline(1 << 20)
                n += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None, n
        else:
            yield raw, len(raw)


def read(path: str | Path, **_: Any) -> Iterator[Parsed]:
    """Records of a canonical JSONL file, each validated; blank lines are skipped."""
    name = str(path)
    seen: dict[str, int] = {}
    suspect = strictjson.suspect
    try:
        fh = open_input(path)
    except InputRefused as exc:
        yield Parsed(name, None, None, [exc.message], None)
        return
    with fh:
        for lineno, (raw, size) in enumerate(_lines(fh), 1):
            if raw is None:
                yield Parsed(name, lineno, None, [
                    m.translate("Core", "line of {size:,} bytes: longer than the limit of {limit} MiB; not read")
                    .format(size=size, limit=MAX_LINE_BYTES // 2**20)], None)
                continue
            if not raw.strip() or (lineno == 1 and not raw[3:].strip() and raw.startswith(b"\xef\xbb\xbf")):
                continue  # a blank line, or a byte-order mark alone
            obj, problems = parse_line(raw, lineno)
            if lineno == 1 and raw.startswith(_UTF16_BOMS):
                yield Parsed(name, lineno, None, problems, None)
                return  # every line would say the same
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
            if obj is not None:
                kept: Any = obj
            elif size <= _MAX_RAW_KEPT:
                kept = raw.decode("utf-8", "replace").rstrip("\r\n")
            else:
                kept = None
            yield Parsed(name, lineno, doc, problems, kept)


# -- writing ----------------------------------------------------------------------------


def record(doc: Document, tokens: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The canonical record of ``doc``; raises ExportError on any span that is not exact."""
    text = doc.text
    entities = _entities_json(doc.id, text, doc.entities)
    claims = _claims_json(doc.id, text, doc.claims)
    rec: dict[str, Any] = {
        "id": doc.id, "text": text, "meta": doc.meta, "status": Status(doc.status).value,
        "entities": entities, "claims": claims,
    }
    if tokens is not None:
        rec["tokens"] = tokens
    return rec


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


def _entities_json(doc_id: str, text: str, entities: list[Entity]) -> list[dict[str, Any]]:
    out = []
    for e in entities:
        if not (0 <= e.start < e.end <= len(text)) or text[e.start : e.end] != e.text:
            raise ExportError(
                f"document {doc_id}: entity {e.id} ({e.label}) says {e.text!r} at {e.start}–{e.end}, "
                f"but the text there is {text[e.start:e.end]!r}; nothing was written"
            )
        out.append(e.to_json())
    return out


def _claims_json(doc_id: str, text: str, claims: list[Claim]) -> list[dict[str, Any]]:
    out = []
    for c in claims:
        obj = c.to_json()
        problems: list[str] = []
        _check_span(obj, text, f"claim {c.id}", problems)
        cue = obj.get("cue")
        if isinstance(cue, dict):
            _check_span(cue, text, f"claim {c.id}: cue", problems)
        if problems:
            raise ExportError(f"document {doc_id}: {problems[0]}; nothing was written")
        out.append(obj)
    return out


#: Lines are written in chunks of about this many bytes: one call for many lines (a call per
#: line costs as much as building it).
_CHUNK_BYTES = 1 << 18


def write_project(project: Project, path: str | Path, *, tokens: bool = False, status: Status | None = None,
                  progress: Callable[[int], None] | None = None) -> int:
    """Export a project as canonical JSONL, atomically; the same bytes as ``write`` would give.

    Entities come from the project's export cache where it holds them, else they are checked
    and serialised here; each line is joined from escaped pieces. What is copied as it is from
    the file (``meta``, the cached entities) is checked first (``stored.py``): a value edited
    outside annotator makes the export refuse, never write invalid JSON or a wrong span. ``progress``
    is called with the number of records done; an exception it raises stops the export and
    leaves no file behind.
    """
    from ..morph import default_morphology, token_json

    tokenize = default_morphology().tokenize if tokens else None
    enc = _encode_string
    labels = project.label_names()
    n = 0
    with atomic_writer(path, project_path=project.path) as fh:
        pending: list[bytes] = []
        size = 0
        for row in project.iter_export(status):
            text = row.text
            meta = row.meta
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
                    entities = ",".join([dumps(obj) for obj in _entities_json(row.id, text, row.entities or [])])
                elif type(entities) is not str or not cache_is_sound(text, entities, labels):
                    check_cached_entities(row.id, text, entities)
                claims = _claims_json(row.id, text, row.claims) if row.claims else None
                line = "".join((
                    '{"id":', enc(row.id), ',"text":', enc(text), ',"meta":', meta, ',"status":"', row.status,
                    '","entities":[', entities, '],"claims":',
                    json.dumps(claims, ensure_ascii=False, separators=(",", ":"), allow_nan=False) if claims else "[]",
                    _tokens_json(tokenize, token_json, text) if tokenize is not None else "", "}\n",
                )).encode("utf-8")
            except ValueError as exc:  # NaN, infinity; a lone surrogate (UnicodeEncodeError)
                raise unwritable(row.id, exc) from None
            pending.append(line)
            size += len(line)
            if size >= _CHUNK_BYTES:
                _write_lines(fh, pending)
                pending = []
                size = 0
            n += 1
            if progress is not None:
                progress(n)
        _write_lines(fh, pending)
    return n


def _tokens_json(tokenize: Callable[[str], Any], token_json: Callable[[Any], dict[str, Any]], text: str) -> str:
    toks = [token_json(t) for t in tokenize(text)]
    return ',"tokens":' + json.dumps(toks, ensure_ascii=False, separators=(",", ":"))


def _write_lines(fh: Any, lines: list[bytes]) -> None:
    """Write encoded lines at once, with U+0085, U+2028 and U+2029 escaped (in UTF-8 their
    bytes are these characters and nothing else). Their lead bytes are looked for first, by
    memchr: text without U+0080–U+00BF and U+2000–U+2FFF needs no slower search."""
    chunk = b"".join(lines)
    if (b"\xe2" in chunk and (b"\xe2\x80\xa8" in chunk or b"\xe2\x80\xa9" in chunk)) \
            or (b"\xc2" in chunk and b"\xc2\x85" in chunk):
        chunk = chunk.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029") \
            .replace(b"\xc2\x85", b"\\u0085")
    fh.buffer.write(chunk)  # the text layer above it holds nothing


def unwritable(doc_id: str, exc: ValueError | UnicodeEncodeError) -> ExportError:
    """The refusal of a document that cannot become valid JSON in UTF-8."""
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start] if isinstance(exc.object, str) and exc.start < len(exc.object) else "?"
        return ExportError(m.translate("Core", "document {id}: holds U+{code:04X}, a lone surrogate that UTF-8 "
                                               "cannot encode; nothing was written")
                           .format(id=doc_id, code=ord(bad) if len(bad) == 1 else 0))
    return ExportError(m.translate("Core", "document {id}: a value cannot be written as JSON ({reason}); "
                                           "nothing was written").format(id=doc_id, reason=exc))


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
