"""All-or-nothing insertion of many documents (imports): one transaction, one log row."""

from __future__ import annotations

import time

from . import queries
from .database import Database, dumps
from .model import Document, Status, new_label


class BulkImport:
    """Documents inserted inside the caller's write transaction (``Project.bulk_import``)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._c = db.conn
        self.documents = 0
        self.entities = 0
        self._known_labels = {lb.name for lb in queries.labels(self._c)}
        self.new_labels: list[str] = []

    def has_document(self, doc_id: str) -> bool:
        return self._c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def _add_labels(self, names: list[str]) -> None:
        existing = queries.labels(self._c)
        added = []
        for name in names:
            added.append(new_label(name, existing + added))
        queries.insert_labels(self._c, added, len(existing))
        self._db.log("add_labels", None, {"labels": [lb.to_json() for lb in added]})

    def add(self, doc: Document) -> None:
        """Insert ``doc`` (already validated). Unknown labels are appended to the label set."""
        # In order of first use, so that a label set read from data keeps the data's order.
        missing = list(dict.fromkeys(e.label for e in doc.entities if e.label not in self._known_labels))
        if missing:
            self._add_labels(missing)
            self._known_labels.update(missing)
            self.new_labels.extend(missing)
        cur = self._c.execute(
            "INSERT INTO documents (id, text, meta, status, updated) VALUES (?,?,?,?,?)",
            (doc.id, doc.text, dumps(doc.meta), Status(doc.status).value, time.time()),
        )
        rowid = cur.lastrowid
        assert rowid is not None
        self._c.executemany(queries.INSERT_ENTITY, [queries.entity_row_values(rowid, e) for e in doc.entities])
        self._c.executemany(queries.INSERT_CLAIM,
                            [(rowid, c.id, c.start, c.end, c.text, dumps(c.data)) for c in doc.claims])
        if doc.entities:
            # The records were validated (every span is exact), so the export form is final.
            ordered = sorted(doc.entities, key=lambda e: (e.start, -e.end, e.label))
            self._c.execute("INSERT INTO export_cache (doc, entities) VALUES (?, ?)",
                            (rowid, ",".join([dumps(e.to_json()) for e in ordered])))
        self.documents += 1
        self.entities += len(doc.entities)
