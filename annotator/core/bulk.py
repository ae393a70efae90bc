"""All-or-nothing insertion of many documents (imports): one transaction, one log row.

Rows are inserted in batches (one ``executemany`` per table for up to ``BATCH_DOCUMENTS``
documents): a statement per document cost more than SQLite's own work. Documents get their
rowids here (the next after the largest, as SQLite would give them), so that the rows of
their entities, claims and export cache can be batched with them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from . import queries
from .database import Database
from .model import Document, Entity, Status, new_label
from .rows import dumps_compact, entities_json, export_seals, object_json

#: Pending documents are inserted when there are this many…
BATCH_DOCUMENTS = 2000
#: …or when their texts hold this many characters (memory stays bounded by long documents).
BATCH_CHARS = 8_000_000

_STATUS_VALUES = {s: s.value for s in Status} | {s.value: s.value for s in Status}


class BulkImport:
    """Documents inserted inside the caller's write transaction (``Project.bulk_import``).

    ``add`` keeps a document's rows until a batch is full; ``finish`` inserts what is pending.
    Reading ``documents`` or ``entities`` (the façade does, for its log row, before it
    commits) finishes first, so the counts are always of rows in the file."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._c = db.conn
        self._added = 0
        self._entities = 0
        self.new_labels: list[str] = []
        #: Read at the first document, inside the write transaction (another process may
        #: import into the same file until it begins).
        self._known_labels: set[str] = set()
        self._next_rowid = 0
        self._had_documents = True
        self._ids: set[str] = set()
        self._docs: list[tuple[Any, ...]] = []
        self._entity_rows: list[tuple[Any, ...]] = []
        self._claim_rows: list[tuple[Any, ...]] = []
        self._cache_rows: list[tuple[int, str, str]] = []  # rowid, entities, text
        self._suggestion_rows: list[tuple[Any, ...]] = []
        #: Suggestions inserted or pending (entities another tool proposed).
        self.suggestions = 0
        self._chars = 0

    @property
    def documents(self) -> int:
        """Documents inserted (pending ones are inserted first)."""
        self.finish()
        return self._added

    @property
    def entities(self) -> int:
        """Entities inserted (pending ones are inserted first)."""
        self.finish()
        return self._entities

    @property
    def added(self) -> int:
        """Documents added so far, inserted or pending (for a progress bar: inserts nothing)."""
        return self._added

    def _start(self) -> None:
        self._known_labels = {lb.name for lb in queries.labels(self._c)}
        last = self._c.execute("SELECT max(rowid) FROM documents").fetchone()[0]
        #: The project held documents before this import (else only this import's ids are taken).
        self._had_documents = last is not None
        self._next_rowid = (last or 0) + 1

    def has_document(self, doc_id: str) -> bool:
        """Is there a document ``doc_id`` in the project, or added by this import?"""
        if not self._next_rowid:
            self._start()
        if doc_id in self._ids:
            return True
        if not self._had_documents:
            return False
        return self._c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def _add_labels(self, names: list[str]) -> None:
        existing = queries.labels(self._c)
        added = []
        for name in names:
            added.append(new_label(name, existing + added))
        queries.insert_labels(self._c, added, len(existing))
        self._db.log("add_labels", None, {"labels": [lb.to_json() for lb in added]})

    def add(self, doc: Document, suggestions: Sequence[Entity] = ()) -> None:
        """Insert ``doc`` (already validated) and the entities another tool proposed for it
        (``suggestions``, validated; one per span, label and source is kept). Unknown labels
        are appended to the label set."""
        if not self._next_rowid:
            self._start()
        entities = doc.entities
        known = self._known_labels
        if (entities and not all([e.label in known for e in entities])) or any(s.label not in known
                                                                               for s in suggestions):
            # In order of first use, so that a label set read from data keeps the data's order.
            missing = list(dict.fromkeys(e.label for e in (*entities, *suggestions) if e.label not in known))
            self._add_labels(missing)
            known.update(missing)
            self.new_labels.extend(missing)
        rowid = self._next_rowid
        status = _STATUS_VALUES.get(doc.status)
        if status is None:
            status = Status(doc.status).value  # raises ValueError, as before
        self._docs.append((rowid, doc.id, doc.text, object_json(doc.meta), status, time.time()))
        if entities:
            dumps = dumps_compact
            self._entity_rows.extend([(rowid, e.id, e.start, e.end, e.label, e.text,
                                       dumps(e.attributes) if e.attributes else None) for e in entities])
            # The records were validated (every span is exact), so the export form is final.
            self._cache_rows.append((rowid, entities_json(entities), doc.text))
        if doc.claims:
            dumps = dumps_compact
            self._claim_rows.extend([(rowid, c.id, c.start, c.end, c.text, dumps(c.data)) for c in doc.claims])
        if suggestions:
            rows = {(s.start, s.end, s.label, str(s.attributes.get("source") or "")): s for s in suggestions}
            self._suggestion_rows.extend([(rowid, st, end, label, s.text, source, _score(s))
                                          for (st, end, label, source), s in rows.items()])
            self.suggestions += len(rows)
        self._next_rowid = rowid + 1
        self._ids.add(doc.id)
        self._added += 1
        self._entities += len(entities)
        self._chars += len(doc.text)
        if len(self._docs) >= BATCH_DOCUMENTS or self._chars >= BATCH_CHARS:
            self.finish()

    def finish(self) -> None:
        """Insert the pending rows. Entities before the export cache: inserting an entity
        drops its document's cached row (a trigger)."""
        if not self._docs:
            return
        c = self._c
        c.executemany("INSERT INTO documents (rowid, id, text, meta, status, updated) VALUES (?,?,?,?,?,?)",
                      self._docs)
        if self._entity_rows:
            c.executemany(queries.INSERT_ENTITY, self._entity_rows)
        if self._claim_rows:
            c.executemany(queries.INSERT_CLAIM, self._claim_rows)
        if self._suggestion_rows:
            c.executemany('INSERT INTO entity_suggestions (doc, start, "end", label, text, source, score) '
                          "VALUES (?,?,?,?,?,?,?)", self._suggestion_rows)
        if self._cache_rows:
            rowids, cached, texts = zip(*self._cache_rows, strict=True)
            seals = export_seals(map(str.encode, texts), map(str.encode, cached))
            c.executemany("INSERT INTO export_cache (doc, entities, seal) VALUES (?, ?, ?)",
                          zip(rowids, cached, seals, strict=True))
        self._docs, self._entity_rows, self._claim_rows, self._cache_rows = [], [], [], []
        self._suggestion_rows = []
        self._chars = 0


def _score(s: Entity) -> float | None:
    """A suggestion's confidence, when its source gave a finite number."""
    score = s.attributes.get("score")
    if isinstance(score, int | float) and not isinstance(score, bool) and score == score and abs(score) != float("inf"):
        return float(score)
    return None
