"""Streaming every document out of the project file with flat memory, in one read snapshot."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import messages as m
from .database import Database
from .errors import ProjectError
from .model import Claim, Document, Entity, Status
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


#: Documents read per batch by the export stream.
EXPORT_BATCH = 2048


class ExportSource:
    """The export's reading of the project file, inside one read snapshot (``export_source``).

    ``batches`` gives the documents in project order as raw rows, every value as the bytes the
    file holds (the UTF-8 of text, not decoded: what the export copies is never decoded and
    encoded again): ``(rowid, id, text, meta, status, cached_entities or None, seal or None,
    plain)``, where ``plain`` says that id, text and meta are stored as text and the cached
    entities as text or not at all (anything else is a damaged or hand-edited file: read
    ``row`` for what it is). ``entities`` and ``claims`` give a document's rows; call them in
    project order. ``used_labels`` are the labels the entity rows carry.
    """

    def __init__(self, c: sqlite3.Connection, status: Status | None, path: Path) -> None:
        self._c = c
        self._path = path
        where, self._args = ("WHERE d.status = ?", (Status(status).value,)) if status else ("", ())
        self._where = where
        self._entities = Merge(lambda: c.execute(  # run only if a document has no cached entities
            'SELECT doc, id, start, "end", label, text, attributes FROM entities e '
            "WHERE NOT EXISTS (SELECT 1 FROM export_cache x WHERE x.doc = e.doc) "
            'ORDER BY doc, start, "end" DESC, label'
        ), entity_from_row)
        #: Whether any document has claims (else no document's claims are looked for).
        self.has_claims = c.execute("SELECT EXISTS (SELECT 1 FROM claims)").fetchone()[0] == 1
        self._claims = Merge(lambda: c.execute(
            'SELECT doc, id, start, "end", text, data FROM claims ORDER BY doc, start, "end" DESC, id'
        ), claim_from_row)

    def batches(self) -> Iterator[list[tuple[Any, ...]]]:
        cursor = self._c.execute(
            "SELECT d.rowid, CAST(d.id AS BLOB), CAST(d.text AS BLOB), CAST(d.meta AS BLOB), "
            "CAST(d.status AS BLOB), CAST(x.entities AS BLOB), x.seal, "
            "typeof(d.id) = 'text' AND typeof(d.text) = 'text' AND typeof(d.meta) = 'text' "
            "AND typeof(x.entities) IN ('text', 'null') "
            f"FROM documents d LEFT JOIN export_cache x ON x.doc = d.rowid {self._where} ORDER BY d.rowid",
            self._args,
        )
        while rows := cursor.fetchmany(EXPORT_BATCH):
            yield rows

    def used_labels(self) -> set[object]:
        """The distinct labels of all entity rows, one index seek each (a loose index scan of
        ``entities_label``): a handful of reads however many entities the project holds."""
        used: set[object] = set()
        label = self._c.execute("SELECT min(label) FROM entities").fetchone()[0]
        while label is not None:
            used.add(label)
            label = self._c.execute("SELECT min(label) FROM entities WHERE label > ?", (label,)).fetchone()[0]
        return used

    def row(self, rowid: int) -> ExportRow:
        """The document at ``rowid`` with every value as SQLite gives it (text as str, a BLOB as
        bytes…): for the precise checks, which say what is wrong. Its entities are read from
        their rows when it has none cached; call in project order."""
        doc_id, text, meta, st = self._c.execute(
            "SELECT id, text, meta, status FROM documents WHERE rowid = ?", (rowid,)).fetchone()
        found = self._c.execute("SELECT entities FROM export_cache WHERE doc = ?", (rowid,)).fetchone()
        cached = None if found is None else found[0]
        return ExportRow(doc_id, text, meta, st, cached, None if cached is not None else self.entities(rowid),
                         self.claims(rowid))

    def entities(self, rowid: int) -> list[Entity]:
        """The entity rows of a document without cached entities, in export order."""
        try:
            return self._entities.take(rowid)
        except json.JSONDecodeError as exc:  # attributes
            raise not_json(self._path, exc) from None

    def claims(self, rowid: int) -> list[Claim]:
        try:
            return self._claims.take(rowid) if self.has_claims else []
        except json.JSONDecodeError as exc:
            raise not_json(self._path, exc) from None


def not_json(path: Path, exc: json.JSONDecodeError) -> ProjectError:
    """The refusal of a project file whose attributes or claim data are not JSON (as ``Project``'s)."""
    return ProjectError(m.translate("Core", "{path}: the project file holds a value that is not valid JSON "
                                            "({reason}); `annotator check {path}` lists what is wrong")
                        .format(path=path, reason=exc))


@contextmanager
def export_source(db: Database, status: Status | None = None) -> Iterator[ExportSource]:
    """The documents to export (all, or those of ``status``) inside one read snapshot."""
    with db.read() as c:
        yield ExportSource(c, status, db.path)
