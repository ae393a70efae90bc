"""Reads and writes of the tables of several annotators (schema 4, ADR 11), as functions of a
connection: the other annotators' versions of documents (``layer_documents``), the operation
logs of the packages merged (``layer_oplog``), who annotates what (``assignments``), and the
project's identity and working layer (project-table keys).

A version is stored as canonical JSON arrays of entity and claim objects (``Entity.to_json``,
``Claim.to_json``): read-only snapshots, never edited in place; the working layer is the one
the ordinary tables hold and the session edits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .database import dumps
from .model import Claim, Document, Entity, Status

#: The name of the curated version (the working layer of a lead's project).
CURATED = "curated"
#: Project-table keys (plain text): the project's id, its working layer, and in a package the
#: id of the project it was made from.
PROJECT_ID_KEY = "project_id"
LAYER_KEY = "layer"
PACKAGE_OF_KEY = "package_of"


def project_text(c: sqlite3.Connection, key: str) -> str | None:
    row = c.execute("SELECT value FROM project WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_project_text(c: sqlite3.Connection, key: str, value: str) -> None:
    c.execute("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)", (key, value))


def working_layer(c: sqlite3.Connection) -> str:
    """Whose annotations the ordinary tables hold: the project key's; on a server, the
    connection's own layer (``serverschema``: its role decides, never a stored key)."""
    layer = getattr(c, "layer", None)
    if isinstance(layer, str):
        return layer
    return project_text(c, LAYER_KEY) or CURATED


def entities_of(raw: str) -> list[Entity]:
    return [Entity(o["id"], o["start"], o["end"], o["label"], o["text"], o.get("attributes") or {})
            for o in json.loads(raw)]


def claims_of(raw: str) -> list[Claim]:
    return [Claim.from_json(o) for o in json.loads(raw)]


def entities_json(entities: Iterable[Entity]) -> str:
    return dumps([e.to_json() for e in entities])


def claims_json(claims: Iterable[Claim]) -> str:
    return dumps([cl.to_json() for cl in claims])


@dataclass(frozen=True, slots=True)
class LayerRow:
    """One annotator's version of one document, as stored."""

    layer: str
    doc_id: str
    status: Status
    entities: str
    claims: str
    updated: float | None
    source: str

    def document(self, text: str, meta: dict[str, Any]) -> Document:
        return Document(self.doc_id, text, meta, self.status, entities_of(self.entities), claims_of(self.claims))


_SELECT = ("SELECT l.layer, d.id, l.status, l.entities, l.claims, l.updated, l.source, d.text, d.meta "
           "FROM layer_documents l JOIN documents d ON d.rowid = l.doc")


def _doc(r: tuple[Any, ...]) -> Document:
    return LayerRow(r[0], r[1], Status(r[2]), r[3], r[4], r[5], r[6]).document(r[7], json.loads(r[8]))


def layer_names(c: sqlite3.Connection) -> list[str]:
    return [r[0] for r in c.execute("SELECT DISTINCT layer FROM layer_documents ORDER BY layer")]


def layer_document(c: sqlite3.Connection, layer: str, doc_id: str) -> Document | None:
    r = c.execute(f"{_SELECT} WHERE l.layer = ? AND d.id = ?", (layer, doc_id)).fetchone()
    return None if r is None else _doc(r)


def layer_row(c: sqlite3.Connection, layer: str, doc_rowid: int) -> LayerRow | None:
    r = c.execute("SELECT l.layer, d.id, l.status, l.entities, l.claims, l.updated, l.source FROM layer_documents l "
                  "JOIN documents d ON d.rowid = l.doc WHERE l.layer = ? AND l.doc = ?", (layer, doc_rowid)).fetchone()
    return None if r is None else LayerRow(r[0], r[1], Status(r[2]), r[3], r[4], r[5], r[6])


def iter_layer_documents(c: sqlite3.Connection, layer: str | None = None,
                         status: Status | None = None) -> Iterator[Document | tuple[str, Document]]:
    """Every stored version of ``layer`` (all layers: (layer, Document) pairs), in project order."""
    where, args = [], []
    if layer is not None:
        where.append("l.layer = ?")
        args.append(layer)
    if status is not None:
        where.append("l.status = ?")
        args.append(Status(status).value)
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.rowid, l.layer"
    for r in c.execute(sql, args):
        yield _doc(r) if layer is not None else (r[0], _doc(r))


def versions_of(c: sqlite3.Connection, doc_id: str) -> dict[str, Document]:
    """Each stored annotator's version of document ``doc_id``, by annotator."""
    return {r[0]: _doc(r) for r in c.execute(f"{_SELECT} WHERE d.id = ? ORDER BY l.layer", (doc_id,))}


def put_layer_document(c: sqlite3.Connection, layer: str, doc_rowid: int, status: Status, entities: str,
                       claims: str, updated: float | None, source: str) -> None:
    c.execute("INSERT OR REPLACE INTO layer_documents (layer, doc, status, entities, claims, updated, source) "
              "VALUES (?,?,?,?,?,?,?)", (layer, doc_rowid, Status(status).value, entities, claims, updated, source))


def add_layer_oplog(c: sqlite3.Connection, layer: str, source: str,
                    rows: Iterable[tuple[int, float, str, str, str | None, str]]) -> int:
    """Keep a package's operation-log rows (seq, ts, user, kind, doc, payload); rows already
    kept (same layer, source and seq) are left as they are. Returns how many were new."""
    before = c.total_changes
    c.executemany("INSERT OR IGNORE INTO layer_oplog (layer, source, seq, ts, user, kind, doc, payload) "
                  "VALUES (?,?,?,?,?,?,?,?)", ((layer, source, *r) for r in rows))
    return c.total_changes - before


def layer_oplog_count(c: sqlite3.Connection, layer: str | None = None) -> int:
    if layer is None:
        return c.execute("SELECT count(*) FROM layer_oplog").fetchone()[0]
    return c.execute("SELECT count(*) FROM layer_oplog WHERE layer = ?", (layer,)).fetchone()[0]


def assignments(c: sqlite3.Connection) -> dict[str, list[str]]:
    """Document id -> its annotators (sorted), for the documents assigned."""
    out: dict[str, list[str]] = {}
    for doc_id, who in c.execute("SELECT d.id, a.annotator FROM assignments a JOIN documents d ON d.rowid = a.doc "
                                 "ORDER BY d.rowid, a.annotator"):
        out.setdefault(doc_id, []).append(who)
    return out


def set_assignments(c: sqlite3.Connection, pairs: Iterable[tuple[int, str]]) -> None:
    """Replace every assignment with ``pairs`` (document rowid, annotator)."""
    c.execute("DELETE FROM assignments")
    c.executemany("INSERT INTO assignments (doc, annotator) VALUES (?, ?)", pairs)
