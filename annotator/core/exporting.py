"""Streaming every document out of the project file with flat memory, in one read snapshot."""

from __future__ import annotations

import json
from collections.abc import Iterator

from .database import Database
from .model import Document, Status
from .queries import claim_from_row
from .rows import ExportRow, Merge, entity_from_row


def iter_documents(db: Database, status: Status | None = None) -> Iterator[Document]:
    """Every document with its annotations, streamed in project order.

    Three ordered cursors (documents, entities, claims) are merged, so memory stays flat
    however many documents the project holds, and the snapshot is consistent.
    """
    with db.read() as c:
        where, args = ("WHERE status = ?", (Status(status).value,)) if status else ("", ())
        docs = c.execute(f"SELECT rowid, id, text, meta, status FROM documents {where} ORDER BY rowid", args)
        ents = Merge(c.execute(
            'SELECT doc, id, start, "end", label, text, attributes FROM entities '
            'ORDER BY doc, start, "end" DESC, label'
        ), entity_from_row)
        claims = Merge(c.execute(
            'SELECT doc, id, start, "end", text, data FROM claims ORDER BY doc, start, "end" DESC, id'
        ), claim_from_row)
        for rowid, doc_id, text, meta, st in docs:
            yield Document(doc_id, text, json.loads(meta), Status(st), ents.take(rowid), claims.take(rowid))


def iter_export(db: Database, status: Status | None = None) -> Iterator[ExportRow]:
    """Documents as ready JSON pieces for the canonical exporter: the fast path.

    A document's entities come from ``export_cache`` when it holds them (verified when
    written, dropped by triggers on any change); otherwise as rows, which the exporter
    checks and serialises. Streams with flat memory inside one read snapshot.
    """
    with db.read() as c:
        where, args = ("WHERE d.status = ?", (Status(status).value,)) if status else ("", ())
        docs = c.execute(
            "SELECT d.rowid, d.id, d.text, d.meta, d.status, x.entities FROM documents d "
            f"LEFT JOIN export_cache x ON x.doc = d.rowid {where} ORDER BY d.rowid", args
        )
        ents = Merge(lambda: c.execute(  # run only if a document has no cached entities
            'SELECT doc, id, start, "end", label, text, attributes FROM entities e '
            "WHERE NOT EXISTS (SELECT 1 FROM export_cache x WHERE x.doc = e.doc) "
            'ORDER BY doc, start, "end" DESC, label'
        ), entity_from_row)
        claims = Merge(c.execute(
            'SELECT doc, id, start, "end", text, data FROM claims ORDER BY doc, start, "end" DESC, id'
        ), claim_from_row)
        for rowid, doc_id, text, meta, st, cached in docs:
            yield ExportRow(doc_id, text, meta, st, cached, None if cached is not None else ents.take(rowid),
                            claims.take(rowid))
