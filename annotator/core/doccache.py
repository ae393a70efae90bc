"""What one connection remembers of the documents it edits: rowids, the last texts, the
highest ``T<n>`` entity id. Operations check spans against the text; a new entity's id is
the next number. Cleared when another connection changed the file, or a write rolled back."""

from __future__ import annotations

import sqlite3
from collections import OrderedDict

from . import messages as m
from .errors import OperationError


def top_entity_number(c: sqlite3.Connection, rowid: int) -> int:
    """The highest n of the ``T<n>`` entity ids of the document with this rowid (0 if none)."""
    (top,) = c.execute(
        "SELECT coalesce(max(CAST(substr(id, 2) AS INTEGER)), 0) FROM entities "
        "WHERE doc = ? AND id GLOB 'T[0-9]*' AND NOT substr(id, 2) GLOB '*[^0-9]*'",
        (rowid,),
    ).fetchone()
    return int(top)


def no_document(doc_id: str) -> OperationError:
    return OperationError(m.translate("Core", "no document {id!r} in this project").format(id=doc_id))


class DocCache:
    """Per-document lookups of one connection, cached."""

    TEXTS = 8  # the last few texts: an edit checks its span against the text

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._c = conn
        self._rowids: dict[str, int] = {}
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._top_t: dict[str, int] = {}

    def rowid(self, doc_id: str) -> int:
        rowid = self._rowids.get(doc_id)
        if rowid is None:
            row = self._c.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise no_document(doc_id)
            rowid = self._rowids[doc_id] = row[0]
        return rowid

    def text(self, doc_id: str) -> str:
        text = self._texts.get(doc_id)
        if text is None:
            row = self._c.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise no_document(doc_id)
            text = row[0]
            self._texts[doc_id] = text
            if len(self._texts) > self.TEXTS:
                self._texts.popitem(last=False)
        else:
            self._texts.move_to_end(doc_id)
        return text

    def top_entity_number(self, doc_id: str) -> int:
        """The highest ``T<n>`` of the document as this connection knows it (another process
        may have taken the next one meanwhile: the insert then gives the one after)."""
        top = self._top_t.get(doc_id)
        if top is None:
            top = self._top_t[doc_id] = top_entity_number(self._c, self.rowid(doc_id))
        return top

    def entity_inserted(self, doc_id: str, entity_id: str) -> None:
        top = self._top_t.get(doc_id)
        if top is not None and entity_id[:1] == "T" and entity_id[1:].isdigit():
            self._top_t[doc_id] = max(top, int(entity_id[1:]))

    def forget_written(self) -> None:
        """A write rolled back: what it cached may not be in the file."""
        self._texts.clear()
        self._top_t.clear()

    def forget(self) -> None:
        """Another connection changed the file (an import in a worker thread)."""
        self._rowids.clear()
        self.forget_written()
