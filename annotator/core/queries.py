"""Reads and small writes of the project file's tables, as functions of a connection: the
storage layer's shared vocabulary (the façade, transactions and the bulk import use them)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from .database import dumps
from .errors import OperationError
from .model import Claim, Entity, Label, check_label
from .rows import entity_from_row


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


def claim_schema_json(c: sqlite3.Connection) -> dict[str, Any] | None:
    """The project's own claim schema as stored, or None (it uses the default one)."""
    row = c.execute("SELECT value FROM project WHERE key = 'claim_schema'").fetchone()
    return json.loads(row[0]) if row else None
