"""Reads and small writes of the project file's tables, as functions of a connection: the
storage layer's shared vocabulary (the façade, transactions and the bulk import use them)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from .database import dumps
from .errors import OperationError
from .model import Claim, Document, Entity, Label, Status, check_label
from .rows import DocSummary, entity_from_row


def claim_from_row(r: tuple[Any, ...]) -> Claim:
    """A claim from ``doc, id, start, end, text, data``."""
    return Claim(r[1], r[2], r[3], r[4], json.loads(r[5]))


def labels(c: sqlite3.Connection) -> list[Label]:
    return [Label(n, col, k, d) for n, col, k, d in
            c.execute("SELECT name, color, key, description FROM labels ORDER BY position")]


def insert_labels(c: sqlite3.Connection, new: Iterable[Label], first_position: int = 0) -> None:
    """Insert labels after checking each; call inside a write transaction."""
    for i, label in enumerate(new):
        problem = check_label(label)
        if problem:
            raise OperationError(problem)
        c.execute("INSERT INTO labels (position, name, color, key, description) VALUES (?,?,?,?,?)",
                  (first_position + i, label.name, label.color, label.key, label.description))


def entities(c: sqlite3.Connection, rowid: int) -> list[Entity]:
    return [entity_from_row(r) for r in c.execute(
        'SELECT doc, id, start, "end", label, text, attributes FROM entities WHERE doc = ? '
        'ORDER BY start, "end" DESC, label', (rowid,))]


def claims(c: sqlite3.Connection, rowid: int) -> list[Claim]:
    return [claim_from_row(r) for r in c.execute(
        'SELECT doc, id, start, "end", text, data FROM claims WHERE doc = ? ORDER BY start, "end" DESC, id',
        (rowid,))]


def entity_row_values(rowid: int, e: Entity) -> tuple[Any, ...]:
    return (rowid, e.id, e.start, e.end, e.label, e.text, dumps(e.attributes) if e.attributes else None)


INSERT_ENTITY = 'INSERT INTO entities (doc, id, start, "end", label, text, attributes) VALUES (?,?,?,?,?,?,?)'
INSERT_CLAIM = 'INSERT INTO claims (doc, id, start, "end", text, data) VALUES (?,?,?,?,?,?)'


def rejected_suggestions(c: sqlite3.Connection, doc_id: str) -> list[tuple[int, int]]:
    """Spans of the suggested claims rejected in this document."""
    row = c.execute("SELECT value FROM project WHERE key = ?", (f"rejected_suggestions:{doc_id}",)).fetchone()
    return [(s, e) for s, e in json.loads(row[0])] if row else []


def entity_suggestions(c: sqlite3.Connection, doc_id: str) -> list[Entity]:
    """The entities another tool proposed for a document, in export order; each one's
    ``attributes`` hold its ``source`` and, when it has one, its ``score``."""
    rows = c.execute(
        'SELECT s.start, s."end", s.label, s.text, s.source, s.score FROM entity_suggestions s '
        'JOIN documents d ON d.rowid = s.doc WHERE d.id = ? ORDER BY s.start, s."end" DESC, s.label, s.source',
        (doc_id,)).fetchall()
    return [Entity(f"S{k}", start, end, label, text, {"source": source} | ({"score": score} if score is not None
                                                                          else {}))
            for k, (start, end, label, text, source, score) in enumerate(rows, 1)]


def rejected_entity_suggestions(c: sqlite3.Connection, doc_id: str) -> list[tuple[int, int, str, str]]:
    """The entity suggestions rejected in this document: (start, end, label, source)."""
    items = project_value(c, f"rejected_entity_suggestions:{doc_id}")
    if not isinstance(items, list):
        return []
    return [(k[0], k[1], k[2], k[3]) for k in items  # a malformed item (another program's) is no rejection
            if isinstance(k, list) and len(k) == 4 and type(k[0]) is int and type(k[1]) is int
            and isinstance(k[2], str) and isinstance(k[3], str)]


def rename_suggested_label(c: sqlite3.Connection, old: str, new: str) -> None:
    """Rename the label ``old`` to ``new`` in every document's remembered entity-suggestion
    rejections and imported suggestions (a label rename: what was rejected stays rejected).
    Decision counts are per source: unchanged. Items already under ``new`` (a label removed
    once and named again) merge with the renamed ones."""
    prefix = "rejected_entity_suggestions:"
    rows = c.execute("SELECT key FROM project WHERE key >= ? AND key < ?", (prefix, prefix[:-1] + ";")).fetchall()
    for (key,) in rows:
        items = rejected_entity_suggestions(c, key[len(prefix):])
        if any(k[2] == old for k in items):
            renamed = {(s, e, new if label == old else label, source) for s, e, label, source in items}
            c.execute("UPDATE project SET value = ? WHERE key = ?", (dumps(sorted(list(k) for k in renamed)), key))
    # a suggestion already labelled ``new`` at the same place from the same source gives way, as
    # SQLite's UPDATE OR REPLACE would have it (one SQL text for both backends)
    c.execute('DELETE FROM entity_suggestions WHERE label = ? AND EXISTS (SELECT 1 FROM entity_suggestions o '
              'WHERE o.label = ? AND o.doc = entity_suggestions.doc AND o.start = entity_suggestions.start '
              'AND o."end" = entity_suggestions."end" AND o.source = entity_suggestions.source)', (new, old))
    c.execute("UPDATE entity_suggestions SET label = ? WHERE label = ?", (new, old))
    settings = project_value(c, RECOMMENDERS_KEY)  # a recommender's own labels mapped to ``old`` (GiNZA's)
    mappings = settings.get("mappings") if isinstance(settings, dict) else None
    if isinstance(mappings, dict) and any(isinstance(mp, dict) and old in mp.values() for mp in mappings.values()):
        settings["mappings"] = {name: {k: new if v == old else v for k, v in mp.items()} if isinstance(mp, dict)
                                else mp for name, mp in mappings.items()}
        set_project_value(c, RECOMMENDERS_KEY, settings)


#: The project-table key of the accepted and rejected suggestions counted per source.
DECISIONS_KEY = "suggestion_decisions"
#: The project-table key of the recommender settings (``recommend.settings``).
RECOMMENDERS_KEY = "recommenders"
#: The project-table key of the recommenders' measured quality over time (a JSON list).
QUALITY_KEY = "recommender_quality"
#: The project-table key prefix of a saved recommender model (base64 text).
MODEL_KEY = "model:"


def suggestion_decisions(c: sqlite3.Connection) -> dict[str, tuple[int, int]]:
    """Source -> (suggestions accepted, suggestions rejected), as the operations counted them."""
    obj = project_value(c, DECISIONS_KEY)
    if not isinstance(obj, dict):
        return {}
    return {str(k): (int(v[0]), int(v[1])) for k, v in obj.items()
            if isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v)}


def project_value(c: sqlite3.Connection, key: str) -> Any:
    """The JSON value stored under ``key`` in the project table, or None."""
    row = c.execute("SELECT value FROM project WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def set_project_value(c: sqlite3.Connection, key: str, value: Any) -> None:
    """Store ``value`` as JSON under ``key``; call inside a write transaction."""
    c.execute("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)", (key, dumps(value)))


def project_text(c: sqlite3.Connection, key: str) -> str | None:
    """The text stored under ``key`` in the project table (not JSON), or None."""
    row = c.execute("SELECT value FROM project WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_project_text(c: sqlite3.Connection, key: str, value: str | None) -> None:
    """Store ``value`` under ``key`` (None: remove it); call inside a write transaction."""
    if value is None:
        c.execute("DELETE FROM project WHERE key = ?", (key,))
    else:
        c.execute("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)", (key, value))


def claim_schema_json(c: sqlite3.Connection) -> dict[str, Any] | None:
    """The project's own claim schema as stored, or None (it uses the default one)."""
    row = c.execute("SELECT value FROM project WHERE key = 'claim_schema'").fetchone()
    return json.loads(row[0]) if row else None


# -- what the façade reads (``store.Project``) --------------------------------------------------
def label_names(c: sqlite3.Connection) -> frozenset[str]:
    return frozenset(r[0] for r in c.execute("SELECT name FROM labels"))


def document_ids(c: sqlite3.Connection) -> list[str]:
    return [r[0] for r in c.execute("SELECT id FROM documents ORDER BY rowid")]


def summaries(c: sqlite3.Connection) -> list[DocSummary]:
    """Every document's id, status, entity count and length, in project order."""
    rows = c.execute(
        "SELECT d.id, d.status, (SELECT count(*) FROM entities e WHERE e.doc = d.rowid), length(d.text) "
        "FROM documents d ORDER BY d.rowid"
    )
    return [DocSummary(i, Status(s), n, ln) for i, s, n, ln in rows]


def search_documents(c: sqlite3.Connection, needle: str) -> set[str]:
    """Ids of the documents whose id or text contains ``needle``."""
    rows = c.execute("SELECT id FROM documents WHERE instr(id, ?) > 0 OR instr(text, ?) > 0", (needle, needle))
    return {r[0] for r in rows}


def status(c: sqlite3.Connection, doc_id: str) -> Status | None:
    """The document's status; None when there is no such document."""
    row = c.execute("SELECT status FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return None if row is None else Status(row[0])


def document(c: sqlite3.Connection, doc_id: str) -> Document | None:
    """The document with its entities and claims; None when there is no such document."""
    row = c.execute("SELECT rowid, text, meta, status FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    rowid, text, meta, doc_status = row
    return Document(doc_id, text, json.loads(meta), Status(doc_status), entities(c, rowid), claims(c, rowid))


def counts_by_status(c: sqlite3.Connection) -> dict[str, int]:
    """Documents per status value, every status included."""
    counts = dict.fromkeys(Status.values(), 0)
    for s, n in c.execute("SELECT status, count(*) FROM documents GROUP BY status"):
        counts[s] = n
    return counts


def entity_rowid_bound(c: sqlite3.Connection) -> int:
    """The highest entity rowid: at once, never below the number of entities."""
    return c.execute("SELECT max(rowid) FROM entities").fetchone()[0] or 0


def counts_by_label(c: sqlite3.Connection) -> dict[str, int]:
    """Entities per label: every label of the set (0 when unused) and any other label in use."""
    counts = {lb.name: 0 for lb in labels(c)}
    for label, n in c.execute("SELECT label, count(*) FROM entities GROUP BY label"):
        counts[label] = n
    return counts


#: The operation-log kinds that are not annotation edits (``activity`` leaves them out).
NOT_EDITS = ("create", "import", "migrate", "add_labels")


def activity(c: sqlite3.Connection, bucket_seconds: int) -> list[tuple[float, int]]:
    """Annotation operations per time bucket: (bucket start as a Unix time, count)."""
    rows = c.execute(
        "SELECT CAST(ts / ? AS INTEGER) * ?, count(*) FROM oplog "
        f"WHERE kind NOT IN ({','.join('?' * len(NOT_EDITS))}) GROUP BY 1 ORDER BY 1",
        (bucket_seconds, bucket_seconds, *NOT_EDITS),
    )
    return [(float(t), n) for t, n in rows]


def oplog(c: sqlite3.Connection, limit: int) -> list[tuple[int, float, str, str, str | None, dict[str, Any]]]:
    """The last ``limit`` rows of the operation log, newest first, payloads decoded."""
    rows = c.execute("SELECT seq, ts, user, kind, doc, payload FROM oplog ORDER BY seq DESC LIMIT ?", (limit,))
    return [(s, t, u, k, d, json.loads(p)) for s, t, u, k, d, p in rows]


def last_seq(c: sqlite3.Connection) -> int:
    return c.execute("SELECT coalesce(max(seq), 0) FROM oplog").fetchone()[0]


def log_after(c: sqlite3.Connection, seq: int) -> list[tuple[int, str, str | None]]:
    return [tuple(r) for r in c.execute("SELECT seq, kind, doc FROM oplog WHERE seq > ? ORDER BY seq", (seq,))]
