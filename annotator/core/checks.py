"""``annotator check PROJECT``: is the project file sound, and does its content hold together?

Two kinds of checks, both read-only (a read-only project is checked too):

1. SQLite's own ``PRAGMA integrity_check`` (every page, every index against its table) and
   ``foreign_key_check`` (no entity, claim or cached export of a document that is gone).
2. The project's own rules, which SQLite cannot see: the tables, columns and triggers of the
   schema; every entity and claim span inside its document's text with
   ``text[start:end] == span text``; claim references (claimant, arguments) to entities of
   the same document; labels in use are in the label set and valid; statuses valid; ``meta``,
   ``attributes`` and claim data valid JSON objects (RFC 8259: no NaN, no infinity); the
   export cache equal to the entities it stands for; the claim schema readable.

Findings are yielded one by one (a damaged project of 100,000 documents may have many),
each with the document it concerns, if any.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import messages as m
from . import projectfile
from .claims import ClaimSchema, check_claim_in_text
from .damage import integrity_problems
from .errors import DamagedProjectError, ProjectError
from .faults import busy_timeout_ms, project_error
from .location import ServerLocation, location
from .model import Label, Status, check_label
from .store import Project

_STATUSES = frozenset(Status.values())

#: The columns each table must have (a file edited by hand may have lost some).
_COLUMNS = {
    "project": {"key", "value"},
    "labels": {"position", "name", "color", "key", "description"},
    "documents": {"id", "text", "meta", "status", "updated"},
    "entities": {"doc", "id", "start", "end", "label", "text", "attributes"},
    "claims": {"doc", "id", "start", "end", "text", "data"},
    "export_cache": {"doc", "entities", "seal"},
    "entity_suggestions": {"doc", "start", "end", "label", "text", "source", "score"},
    "oplog": {"seq", "ts", "user", "kind", "doc", "payload"},
    "layer_documents": {"layer", "doc", "status", "entities", "claims", "updated", "source"},
}
_TRIGGERS = ("export_cache_entity_insert", "export_cache_entity_update", "export_cache_entity_delete",
             "export_cache_text_update")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: in a document (``doc``) or in the file as a whole (``doc`` is None)."""

    doc: str | None
    message: str


class _Bad(ValueError):
    """A stored value that is not strict JSON."""


def _reject_constant(name: str) -> Any:
    raise _Bad(m.translate("Core", "{value} is not a JSON number").format(value=name))


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Bad(m.translate("Core", "{value} is not a JSON number").format(value=text))
    return value


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite)


def strict_json(raw: Any) -> Any:
    """``raw`` (text from the file) as JSON by RFC 8259; raises ValueError saying why not."""
    if not isinstance(raw, str):
        raise _Bad(m.translate("Core", "stored as {kind}, not as text").format(kind=type(raw).__name__))
    try:
        return _DECODER.decode(raw)
    except RecursionError:
        raise _Bad(m.translate("Core", "nested too deeply")) from None
    except _Bad:
        raise
    except ValueError as exc:
        raise _Bad(str(exc)) from None


def _json_object(raw: Any, what: str, out: list[str], *, nullable: bool = False) -> dict[str, Any] | None:
    if raw is None and nullable:
        return None
    try:
        value = strict_json(raw)
    except ValueError as exc:
        out.append(m.translate("Core", "{what} is not valid JSON ({reason})").format(what=what, reason=exc))
        return None
    if not isinstance(value, dict):
        out.append(m.translate("Core", "{what} is not a JSON object").format(what=what))
        return None
    return value


#: How ``check`` reads text: bytes that are not UTF-8 (a damaged file) become U+DC80–U+DCFF
#: (``surrogateescape``) instead of stopping the read, so that it says where they are and goes on.
_TOLERANT_TEXT = functools.partial(str, encoding="utf-8", errors="surrogateescape")
_UNDECODED = re.compile("[\udc80-\udcff]")


def _not_utf8(value: Any) -> bool:
    """Whether ``value`` (read with ``_TOLERANT_TEXT``) held bytes that are not UTF-8."""
    return type(value) is str and not value.isascii() and _UNDECODED.search(value) is not None


def _not_utf8_problem(what: str, value: str) -> str:
    found = _UNDECODED.search(value)
    at = found.start() if found else 0
    offset = len(value[:at].encode("utf-8", "surrogateescape"))
    return (m.translate("Core", "{what} is not valid UTF-8 (byte 0x{byte:02x} at byte {at}): the project file "
                                "is damaged").format(what=what, byte=ord(value[at]) - 0xDC00 if found else 0,
                                                     at=offset + 1))


def _shown_id(value: Any) -> str:
    """A document or entity id for a message: as it is, or, when it is not UTF-8, with its bytes
    that are not as ``\\xNN``, cut short."""
    if not isinstance(value, str):
        return repr(value)
    if not _not_utf8(value):
        return value
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return value if len(value) <= 60 else value[:60] + "…"


def _undecoded(columns: tuple[tuple[str, Any], ...], out: list[str]) -> bool:
    """Append a problem for each of ``columns`` ((what, value) pairs) that is not UTF-8; True if any."""
    bad = False
    for what, value in columns:
        if _not_utf8(value):
            out.append(_not_utf8_problem(what, value))
            bad = True
    return bad


class ProjectCheck:
    """Checks the project at ``path``; iterate over it for the findings, then read the counts."""

    def __init__(self, path: str | Path | ServerLocation) -> None:
        self.path = location(path)
        self.documents = self.entities = self.claims = 0

    def __iter__(self) -> Iterator[Finding]:
        if isinstance(self.path, ServerLocation):
            yield from self._server()
            return
        # Opening says first what is wrong with the file as a whole (not a project, newer, unreadable).
        try:
            with Project.open(self.path, read_only=True):
                pass
        except DamagedProjectError as exc:
            yield Finding(None, m.translate("Core", "SQLite cannot read the file: {reason}").format(reason=exc.reason))
            return
        conn = projectfile.connect(self.path, read_only=True, timeout_s=busy_timeout_ms() / 1000)
        conn.text_factory = _TOLERANT_TEXT
        try:
            conn.execute("BEGIN")  # one snapshot, whatever other programs write meanwhile
            yield from self._sqlite(conn)
            columns_ok = yield from self._schema(conn)
            labels = yield from self._labels(conn)
            yield from self._settings(conn)
            if columns_ok:
                yield from self._documents(conn, labels)
                yield from self._versions(conn, labels)
        except sqlite3.Error as exc:
            error = project_error(exc, self.path)
            reason = error.reason if isinstance(error, DamagedProjectError) else \
                str(error).removeprefix(f"{self.path}: ")
            yield Finding(None, m.translate("Core", "cannot read further: {reason}").format(reason=reason))
        finally:
            conn.close()

    def _server(self) -> Iterator[Finding]:
        """A project on a server: its keys, checks and references are the server's to keep;
        what is checked is what the rows say (labels, settings, documents, versions)."""
        with Project.open(self.path, read_only=True) as project, project.db.read() as conn:
            try:
                labels = yield from self._labels(conn)
                yield from self._settings(conn)
                yield from self._documents(conn, labels)
                yield from self._versions(conn, labels)
            except sqlite3.Error as exc:
                reason = str(project_error(exc, self.path)).removeprefix(f"{self.path}: ")
                yield Finding(None, m.translate("Core", "cannot read further: {reason}").format(reason=reason))

    # -- the file --------------------------------------------------------------------------
    def _sqlite(self, c: sqlite3.Connection) -> Iterator[Finding]:
        try:
            rows = [r[0] for r in c.execute("PRAGMA integrity_check(100)")]
        except sqlite3.DatabaseError as exc:
            yield Finding(None, m.translate("Core", "SQLite's integrity check failed: {reason}").format(reason=exc))
            return
        for problem in integrity_problems(rows):
            yield Finding(None, m.translate("Core", "SQLite's integrity check: {problem}").format(problem=problem))
        for table, rowid, parent, _fk in c.execute("PRAGMA foreign_key_check"):
            yield Finding(None, m.translate("Core", "{table} row {rowid} refers to a row of {parent} that does not "
                                                    "exist").format(table=table, rowid=rowid, parent=parent))

    def _schema(self, c: sqlite3.Connection) -> Iterator[Finding]:
        ok = True
        for table, columns in _COLUMNS.items():
            have = {r[1] for r in c.execute(f"PRAGMA table_info({table})")}
            if not have:
                yield Finding(None, m.translate("Core", "the table {table} is missing").format(table=table))
                ok = False
                continue
            for column in sorted(columns - have):
                yield Finding(None, m.translate("Core", "the table {table} has no column {column}")
                              .format(table=table, column=column))
                ok = False
        triggers = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for name in _TRIGGERS:
            if name not in triggers:
                yield Finding(None, m.translate("Core", "the trigger {name} is missing: the export cache would not "
                                                        "follow every change").format(name=name))
        return ok

    def _labels(self, c: sqlite3.Connection) -> Iterator[Finding]:
        names: set[str] = set()
        keys: dict[str, str] = {}
        try:
            rows = c.execute("SELECT name, color, key, description FROM labels ORDER BY position").fetchall()
        except sqlite3.OperationalError:
            return names  # reported by _schema
        for name, color, key, description in rows:
            problems: list[str] = []
            if _undecoded(((m.translate("Core", "a label's name"), name),
                           (m.translate("Core", "a label's colour"), color),
                           (m.translate("Core", "a label's key"), key),
                           (m.translate("Core", "a label's description"), description)), problems):
                for problem in problems:
                    yield Finding(None, m.translate("Core", "label set: {problem}").format(problem=problem))
                continue
            if not all(isinstance(v, str) for v in (name, color, key, description)):
                yield Finding(None, m.translate("Core", "label {name!r}: name, colour, key and description must be "
                                                        "text").format(name=name))
                continue
            names.add(name)
            problem = check_label(Label(name, color, key, description))
            if problem:
                yield Finding(None, m.translate("Core", "label set: label {name!r}: {problem}")
                              .format(name=name, problem=problem))
            if key and key in keys:
                yield Finding(None, m.translate("Core", "label set: the key {key!r} applies both {first} and {second}")
                              .format(key=key, first=keys[key], second=name))
            keys.setdefault(key, name)
        return names

    def _settings(self, c: sqlite3.Connection) -> Iterator[Finding]:
        try:
            rows = c.execute("SELECT key, value FROM project").fetchall()
        except sqlite3.OperationalError:
            return
        for key, value in rows:
            undecoded: list[str] = []
            if _undecoded(((m.translate("Core", "a setting's name"), key), (m.translate("Core", "the setting {key}")
                                                                             .format(key=_shown_id(key)), value)),
                          undecoded):
                for problem in undecoded:
                    yield Finding(None, problem)
                continue
            if key == "claim_schema":
                problems: list[str] = []
                obj = _json_object(value, m.translate("Core", "the claim schema"), problems)
                if obj is not None:
                    try:
                        problem = ClaimSchema.from_json(obj).check()
                    except (KeyError, TypeError, ValueError) as exc:
                        problem = m.translate("Core", "not a claim schema: {problem}").format(problem=exc)
                    if problem:
                        problems.append(m.translate("Core", "the claim schema: {problem}").format(problem=problem))
                for problem in problems:
                    yield Finding(None, problem)
            elif isinstance(key, str) and key.startswith("rejected_suggestions:"):
                try:
                    spans = strict_json(value)
                    ok = isinstance(spans, list) and all(
                        isinstance(s, list) and len(s) == 2 and all(type(v) is int for v in s) for s in spans)
                except ValueError:
                    ok = False
                if not ok:
                    yield Finding(key.split(":", 1)[1], m.translate("Core", "the rejected suggestions are not a "
                                                                            "list of [start, end] pairs"))
            elif isinstance(key, str) and key.startswith("rejected_entity_suggestions:"):
                try:
                    keys = strict_json(value)
                    ok = isinstance(keys, list) and all(
                        isinstance(k, list) and len(k) == 4 and type(k[0]) is int and type(k[1]) is int
                        and isinstance(k[2], str) and isinstance(k[3], str) for k in keys)
                except ValueError:
                    ok = False
                if not ok:
                    yield Finding(key.split(":", 1)[1], m.translate("Core", "the rejected entity suggestions are not "
                                                                            "a list of [start, end, label, source]"))

    # -- the documents ---------------------------------------------------------------------
    def _documents(self, c: sqlite3.Connection, labels: set[str]) -> Iterator[Finding]:
        docs = c.execute("SELECT rowid, id, text, meta, status FROM documents ORDER BY rowid")
        ents = _Grouped(c.execute('SELECT doc, id, start, "end", label, text, attributes FROM entities '
                                  'ORDER BY doc, start, "end" DESC, label'))
        claims = _Grouped(c.execute('SELECT doc, id, start, "end", text, data FROM claims ORDER BY doc, rowid'))
        cache = _Grouped(c.execute("SELECT doc, entities FROM export_cache ORDER BY doc"))
        seen: set[Any] = set()
        for rowid, doc_id, text, meta, status in docs:
            self.documents += 1
            problems: list[str] = []
            name = _shown_id(doc_id)
            text_ok = not _not_utf8(text)
            if _undecoded(((m.translate("Core", "the document id"), doc_id), (m.translate("Core", "the text"), text),
                           ("meta", meta), (m.translate("Core", "the status"), status)), problems):
                meta = meta if not _not_utf8(meta) else None
                status = status if not _not_utf8(status) else None
            elif not isinstance(doc_id, str) or not doc_id:
                problems.append(m.translate("Core", "the document id must be non-empty text"))
            if doc_id in seen:
                problems.append(m.translate("Core", "the document id is used twice"))
            seen.add(doc_id)
            if not isinstance(text, str):
                problems.append(m.translate("Core", "the text is stored as {kind}, not as text")
                                .format(kind=type(text).__name__))
                text = ""
            if meta is not None:
                _json_object(meta, "meta", problems)
            if status is not None and status not in _STATUSES:
                problems.append(m.translate("Core", "status {status!r} is not one of {statuses}")
                                .format(status=status, statuses=", ".join(Status.values())))
            entity_rows = ents.take(rowid)
            claim_rows = claims.take(rowid)
            cached = cache.take(rowid)
            self.entities += len(entity_rows)
            self.claims += len(claim_rows)
            if text_ok:  # spans in a text that could not be read would all look wrong
                exported = _check_entities(entity_rows, text, labels, problems)
                # Every entity of the document, even one with problems: a claim refers to it all the same.
                ids = {r[1] for r in entity_rows if isinstance(r[1], str)}
                _check_claims(claim_rows, text, ids, problems)
                if cached and len(exported) == len(entity_rows):
                    _check_cache(cached[0][1], exported, problems)
            for problem in problems:
                yield Finding(name, problem)


    def _versions(self, c: sqlite3.Connection, labels: set[str]) -> Iterator[Finding]:
        """The annotators' stored versions (schema 4): each as sound as the working layer's."""
        rows = c.execute("SELECT d.id, d.text, l.layer, l.status, l.entities, l.claims FROM layer_documents l "
                         "JOIN documents d ON d.rowid = l.doc ORDER BY d.rowid, l.layer")
        for doc_id, text, layer, status, entities, claims in rows:
            if _not_utf8(text) or _not_utf8(layer):
                continue  # said about the document already
            problems = check_version(text, entities, claims, labels, status)
            if not isinstance(layer, str) or not layer.strip() or layer == "curated":
                problems.insert(0, m.translate("Core", "a version stored under the name {name!r}, which no annotator "
                                                       "can have").format(name=layer))
            for problem in problems:
                yield Finding(_shown_id(doc_id), m.translate("Core", "{name}'s version: {problem}")
                              .format(name=layer, problem=problem))


def check_version(text: str, entities: Any, claims: Any, labels: set[str], status: Any = "new") -> list[str]:
    """The problems of one annotator's stored version of a document whose text is ``text``:
    ``entities`` and ``claims`` as stored (JSON arrays of canonical objects), checked as the
    working layer's rows are (spans, texts, labels, ids, claims' references)."""
    out: list[str] = []
    if status not in _STATUSES:
        out.append(m.translate("Core", "status {status!r} is not one of {statuses}")
                   .format(status=status, statuses=", ".join(Status.values())))
    ents = _json_array(entities, "entities", out)
    cls = _json_array(claims, "claims", out)
    entity_rows = []
    for o in ents:
        if not isinstance(o, dict):
            out.append(m.translate("Core", "an entity is not an object"))
            continue
        attrs = o.get("attributes")
        entity_rows.append((None, o.get("id"), o.get("start"), o.get("end"), o.get("label"), o.get("text"),
                            None if not attrs else json.dumps(attrs, ensure_ascii=False)))
    _check_entities(entity_rows, text, labels, out)
    ids = {r[1] for r in entity_rows if isinstance(r[1], str)}
    claim_rows = []
    for o in cls:
        if not isinstance(o, dict):
            out.append(m.translate("Core", "a claim is not an object"))
            continue
        data = {k: v for k, v in o.items() if k not in ("id", "start", "end", "text")}
        claim_rows.append((None, o.get("id"), o.get("start"), o.get("end"), o.get("text"),
                           json.dumps(data, ensure_ascii=False)))
    _check_claims(claim_rows, text, ids, out)
    return out


def _json_array(raw: Any, what: str, out: list[str]) -> list[Any]:
    try:
        value = strict_json(raw) if isinstance(raw, str) else raw
    except ValueError as exc:
        out.append(m.translate("Core", "{what}: not valid JSON ({reason})").format(what=what, reason=exc))
        return []
    if not isinstance(value, list):
        out.append(m.translate("Core", "{what}: not a JSON array").format(what=what))
        return []
    return value


def _check_entities(rows: list[tuple[Any, ...]], text: str, labels: set[str], out: list[str]) -> list[dict[str, Any]]:
    """Check the entity rows of one document; returns the sound ones as exported (in export order)."""
    exported = []
    ids: set[str] = set()
    length = len(text)
    for _doc, eid, start, end, label, etext, attributes in rows:
        if (isinstance(eid, str) and eid and eid not in ids and type(start) is int and type(end) is int
                and 0 <= start < end <= length and etext == text[start:end] and label in labels
                and attributes is None and not _not_utf8(eid)):  # the common case, without a message built
            ids.add(eid)
            exported.append({"id": eid, "start": start, "end": end, "label": label, "text": etext, "attributes": {}})
            continue
        what = m.translate("Core", "entity {id}").format(id=_shown_id(eid))
        before = len(out)
        if _undecoded(((m.translate("Core", "{what}: the id").format(what=what), eid),
                       (m.translate("Core", "{what}: the label").format(what=what), label),
                       (m.translate("Core", "{what}: the text").format(what=what), etext),
                       (m.translate("Core", "{what}: attributes").format(what=what), attributes)), out):
            continue
        if not isinstance(eid, str) or not eid:
            out.append(m.translate("Core", "{what}: the id must be non-empty text").format(what=what))
        elif eid in ids:
            out.append(m.translate("Core", "{what}: the id is used twice").format(what=what))
        ids.add(eid)
        if type(start) is not int or type(end) is not int:
            out.append(m.translate("Core", "{what}: start and end must be integers, not {start!r} and {end!r}")
                       .format(what=what, start=start, end=end))
        elif not 0 <= start < end <= length:
            out.append(m.translate("Core", "{what}: span {start}–{end} is empty or outside the text (length {length})")
                       .format(what=what, start=start, end=end, length=length))
        elif etext != text[start:end]:
            out.append(m.translate("Core", "{what}: text {text!r} is not text[{start}:{end}] = {actual!r}")
                       .format(what=what, text=etext, start=start, end=end, actual=text[start:end]))
        if label not in labels:
            out.append(m.translate("Core", "{what}: label {label!r} is not in the project's label set")
                       .format(what=what, label=label))
        attrs = _json_object(attributes, m.translate("Core", "{what}: attributes").format(what=what), out,
                             nullable=True)
        if len(out) == before:
            exported.append({"id": eid, "start": start, "end": end, "label": label, "text": etext,
                             "attributes": attrs or {}})
    return exported


def _check_claims(rows: list[tuple[Any, ...]], text: str, entity_ids: set[str], out: list[str]) -> None:
    for _doc, cid, start, end, ctext, data in rows:
        what = m.translate("Core", "claim {id}").format(id=_shown_id(cid))
        if _undecoded(((m.translate("Core", "{what}: the id").format(what=what), cid),
                       (m.translate("Core", "{what}: the text").format(what=what), ctext),
                       (m.translate("Core", "{what}: data").format(what=what), data)), out):
            continue
        obj = _json_object(data, m.translate("Core", "{what}: data").format(what=what), out)
        if obj is None:
            continue
        claim = {"id": cid, "start": start, "end": end, "text": ctext}
        claim.update((k, v) for k, v in obj.items() if k not in claim)
        out.extend(check_claim_in_text(claim, text, entity_ids))


def _check_cache(cached: Any, exported: list[dict[str, Any]], out: list[str]) -> None:
    if _undecoded(((m.translate("Core", "the export cache"), cached),), out):
        return
    try:
        value = strict_json(f"[{cached}]") if isinstance(cached, str) else None
    except ValueError:
        value = None
    if value is None:
        out.append(m.translate("Core", "the export cache is not valid JSON: an export would fail or write it"))
    elif value != exported:
        out.append(m.translate("Core", "the export cache differs from the document's entities: an export would "
                                       "write entities that are not in the project"))


class _Grouped:
    """Rows of a cursor ordered by document rowid (the first column), taken document by document."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._groups = itertools.groupby(cursor, key=lambda r: r[0])
        self._next: tuple[Any, list[tuple[Any, ...]]] | None = None
        self._advance()

    def _advance(self) -> None:
        group = next(self._groups, None)
        self._next = None if group is None else (group[0], list(group[1]))

    def take(self, rowid: Any) -> list[tuple[Any, ...]]:
        while self._next is not None and _before(self._next[0], rowid):
            self._advance()  # rows of a document that does not exist: foreign_key_check reports them
        if self._next is not None and self._next[0] == rowid:
            rows = self._next[1]
            self._advance()
            return rows
        return []


def _before(a: Any, b: Any) -> bool:
    try:
        return a < b
    except TypeError:
        return True


def check_project(path: str | Path) -> tuple[list[Finding], ProjectCheck]:
    """Every finding of ``path`` (a convenience for tests); raises ProjectError when it cannot be opened."""
    check = ProjectCheck(path)
    try:
        return list(check), check
    except sqlite3.Error as exc:
        raise project_error(exc, path) from None


__all__ = ["Finding", "ProjectCheck", "ProjectError", "check_project", "check_version", "strict_json"]
