"""Writes inside one transaction: what operations call, each checking what it changes.

Every method raises ``OperationError`` with a message a user can read (out of range,
duplicate, changed by another window...); the caller's transaction then rolls back.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from . import messages as m
from . import queries
from .claims import check_claim_in_text, claim_references
from .database import Database, dumps
from .doccache import DocCache, top_entity_number
from .errors import OperationError
from .model import Claim, Entity, Label, Status, check_label
from .ops import check_span
from .queries import claim_from_row
from .servererrors import UnknownLabel


class Tx:
    """Database access inside one write transaction; what operations call."""

    def __init__(self, db: Database, cache: DocCache) -> None:
        self._db = db
        self._cache = cache
        self._c = db.conn
        #: The label set or the claim schema was written (caches of them are stale).
        self.labels_written = False
        #: Entities added under another id than asked: theirs had been taken meanwhile.
        self.renamed: dict[tuple[str, str], str] = {}
        # Label names looked up in the file in this transaction (not a cache from when the
        # window opened: another process may have renamed or removed a label since).
        self._labels: dict[str, bool] = {}
        # Statuses read ahead (read_status_ahead), until this transaction writes one.
        self._status: dict[str, Callable[[], tuple[Any, ...] | None]] = {}

    def doc_rowid(self, doc_id: str) -> int:
        return self._cache.rowid(doc_id)

    def text(self, doc_id: str) -> str:
        return self._cache.text(doc_id)

    def _entity_row(self, rowid: int, entity_id: str) -> tuple[int, Entity]:
        """The entity's table rowid and the entity as the file holds it now."""
        row = self._c.execute(
            'SELECT rowid, start, "end", label, text, attributes FROM entities WHERE doc = ? AND id = ?',
            (rowid, entity_id),
        ).fetchone()
        if row is None:
            raise OperationError(m.translate("Core", "entity {id} is not in this document (removed elsewhere?)")
                                 .format(id=entity_id))
        return row[0], Entity(entity_id, row[1], row[2], row[3], row[4], json.loads(row[5]) if row[5] else {})

    def has_label(self, name: str) -> bool:
        """Whether the label set in the file (as of this transaction) holds ``name``."""
        known = self._labels.get(name)
        if known is None:
            known = self._labels[name] = self._c.execute(
                "SELECT 1 FROM labels WHERE name = ?", (name,)).fetchone() is not None
        return known

    def check_label(self, label: str) -> None:
        if self._db.enforces_labels:  # the storage refuses it itself, in the write (serverschema)
            return
        if not self.has_label(label):
            raise OperationError(_unknown_label(label))

    def _labels_changed(self) -> None:
        self._labels.clear()
        self.labels_written = True

    def insert_entity(self, doc_id: str, e: Entity) -> Entity:
        """Insert ``e``; returns it, or a copy with the next free ``T<n>`` id if its id was
        taken meanwhile (another process added an entity): a new entity is never refused for that."""
        self.check_label(e.label)
        rowid = self.doc_rowid(doc_id)
        text = self.text(doc_id)
        check_span(len(text), e.start, e.end)
        if text[e.start : e.end] != e.text:
            raise OperationError(
                m.translate("Core", "entity text {text!r} is not the document's text {actual!r} at {start}–{end}")
                .format(text=e.text, actual=text[e.start : e.end], start=e.start, end=e.end)
            )
        try:
            self._insert_entity_row(rowid, e)
        except sqlite3.IntegrityError as exc:
            if not _id_taken(exc):
                raise OperationError(_integrity_message(exc, e)) from None
            if self._c.execute('SELECT 1 FROM entities WHERE doc = ? AND start = ? AND "end" = ? AND label = ?',
                               (rowid, e.start, e.end, e.label)).fetchone():
                raise OperationError(m.translate("Core", "the same entity already exists: {label} at {start}–{end} "
                                                         "({text!r})")
                                     .format(label=e.label, start=e.start, end=e.end, text=e.text)) from None
            asked = e.id
            e = e.with_(id=f"T{self._top_entity_number(rowid) + 1}")
            try:
                self._insert_entity_row(rowid, e)
            except sqlite3.IntegrityError as exc2:
                raise OperationError(_integrity_message(exc2, e)) from None
            self.renamed[(doc_id, asked)] = e.id
        self._cache.entity_inserted(doc_id, e.id)
        return e

    def _insert_entity_row(self, rowid: int, e: Entity) -> None:
        self._c.execute(queries.INSERT_ENTITY, queries.entity_row_values(rowid, e))

    def _top_entity_number(self, rowid: int) -> int:
        """The highest n of the document's ``T<n>`` entity ids, read inside the transaction."""
        return top_entity_number(self._c, rowid)

    def delete_entity(self, doc_id: str, e: Entity) -> None:
        rowid = self.doc_rowid(doc_id)
        row_id, current = self._entity_row(rowid, e.id)
        if current.key != e.key:
            raise OperationError(m.translate("Core", "entity {id} was changed elsewhere; reload the document")
                                 .format(id=e.id))
        users = [c.id for c in queries.claims(self._c, rowid) if e.id in claim_references(c)]
        if users:
            raise OperationError(m.translate("Core", "entity {id} ({text}) is referred to by claim(s) {claims}; "
                                             "remove it with its references (one undoable step)")
                                 .format(id=e.id, text=e.text, claims=", ".join(users)))
        self._c.execute("DELETE FROM entities WHERE rowid = ?", (row_id,))

    # -- claims -------------------------------------------------------------------------
    def _check_claim(self, doc_id: str, c: Claim) -> None:
        text = self.text(doc_id)
        # only the entities the claim names: a document may hold 10,000 others
        refs = sorted(claim_references(c))
        ids = {r[0] for r in self._c.execute(
            f"SELECT id FROM entities WHERE doc = ? AND id IN ({','.join('?' * len(refs))})",
            (self.doc_rowid(doc_id), *refs))} if refs else set()
        problems = check_claim_in_text(c.to_json(), text, ids)
        if problems:
            raise OperationError(problems[0])

    def insert_claim(self, doc_id: str, c: Claim) -> None:
        self._check_claim(doc_id, c)
        try:
            self._c.execute(queries.INSERT_CLAIM, (self.doc_rowid(doc_id), c.id, c.start, c.end, c.text, dumps(c.data)))
        except sqlite3.IntegrityError:
            raise OperationError(m.translate("Core", "a claim with id {id} already exists in this document")
                                 .format(id=c.id)) from None

    def _claim_row(self, doc_id: str, claim_id: str) -> tuple[int, Claim]:
        row = self._c.execute('SELECT rowid, doc, id, start, "end", text, data FROM claims WHERE doc = ? AND id = ?',
                              (self.doc_rowid(doc_id), claim_id)).fetchone()
        if row is None:
            raise OperationError(m.translate("Core", "claim {id} is not in this document (removed elsewhere?)")
                                 .format(id=claim_id))
        return row[0], claim_from_row(row[1:])

    def delete_claim(self, doc_id: str, c: Claim) -> None:
        row_id, current = self._claim_row(doc_id, c.id)
        if current.to_json() != c.to_json():
            raise OperationError(m.translate("Core", "claim {id} was changed elsewhere; reload the document")
                                 .format(id=c.id))
        self._c.execute("DELETE FROM claims WHERE rowid = ?", (row_id,))

    def update_claim(self, doc_id: str, old: Claim, new: Claim) -> None:
        row_id, current = self._claim_row(doc_id, old.id)
        if current.to_json() != old.to_json():
            raise OperationError(m.translate("Core", "claim {id} was changed elsewhere; reload the document")
                                 .format(id=old.id))
        if new.id != old.id:
            raise OperationError(m.translate("Core", "a claim keeps its id"))
        self._check_claim(doc_id, new)
        self._c.execute('UPDATE claims SET start = ?, "end" = ?, text = ?, data = ? WHERE rowid = ?',
                        (new.start, new.end, new.text, dumps(new.data), row_id))

    def relabel_entity(self, doc_id: str, entity_id: str, old: str, new: str) -> tuple[Entity, Entity]:
        """Relabel; returns the entity before and after."""
        rowid = self.doc_rowid(doc_id)
        row_id, before = self._entity_row(rowid, entity_id)
        if before.label != old:
            raise OperationError(m.translate("Core", "entity {id} is labelled {label}, not {old}; reload the document")
                                 .format(id=entity_id, label=before.label, old=old))
        self.check_label(new)
        after = before.with_(label=new)
        try:
            self._c.execute("UPDATE entities SET label = ? WHERE rowid = ?", (new, row_id))
        except sqlite3.IntegrityError as exc:
            raise OperationError(_integrity_message(exc, after)) from None
        return before, after

    def resize_entity(self, doc_id: str, entity_id: str, old: tuple[int, int],
                      new: tuple[int, int]) -> tuple[Entity, Entity]:
        """Move the entity's span; returns the entity before and after."""
        rowid = self.doc_rowid(doc_id)
        row_id, before = self._entity_row(rowid, entity_id)
        if (before.start, before.end) != tuple(old):
            raise OperationError(m.translate("Core", "entity {id} spans {start}–{end}, not {old_start}–{old_end}")
                                 .format(id=entity_id, start=before.start, end=before.end,
                                         old_start=old[0], old_end=old[1]))
        text = self.text(doc_id)
        check_span(len(text), new[0], new[1])
        after = before.with_(start=new[0], end=new[1], text=text[new[0] : new[1]])
        try:
            self._c.execute('UPDATE entities SET start = ?, "end" = ?, text = ? WHERE rowid = ?',
                            (after.start, after.end, after.text, row_id))
        except sqlite3.IntegrityError as exc:
            raise OperationError(_integrity_message(exc, after)) from None
        return before, after

    # -- labels -------------------------------------------------------------------------
    def _check_key_free(self, label: Label, ignore: str | None = None) -> None:
        # a shortcut letter is the same key in either case (a and A): one label per key
        if label.key:
            row = next((r for r in self._c.execute("SELECT name, key FROM labels WHERE key != '' AND name != ?",
                                                   (ignore or "",))
                        if r[1].casefold() == label.key.casefold()), None)
            if row is not None:
                raise OperationError(m.translate("Core", "the key {key!r} already applies the label {label}")
                                     .format(key=label.key, label=row[0]))

    def add_label(self, label: Label) -> None:
        problem = check_label(label)
        if problem:
            raise OperationError(problem)
        if self.has_label(label.name):
            raise OperationError(m.translate("Core", "there is already a label {name!r}").format(name=label.name))
        self._check_key_free(label)
        (n,) = self._c.execute("SELECT coalesce(max(position), -1) + 1 FROM labels").fetchone()
        queries.insert_labels(self._c, [label], n)
        self._labels_changed()

    def remove_label(self, label: Label) -> None:
        (used,) = self._c.execute("SELECT count(*) FROM entities WHERE label = ?", (label.name,)).fetchone()
        if used:
            if used == 1:
                raise OperationError(m.translate("Core", "1 entity carries the label {label}; relabel or remove "
                                                 "it first").format(label=label.name))
            raise OperationError(m.translate("Core", "{n} entities carry the label {label}; "
                                             "relabel or remove them first").format(n=used, label=label.name))
        if self._c.execute("DELETE FROM labels WHERE name = ?", (label.name,)).rowcount == 0:
            raise OperationError(m.translate("Core", "the label {label} was changed elsewhere; reopen the label editor")
                                 .format(label=label.name))
        self._labels_changed()

    def update_label(self, old: Label, new: Label) -> list[str]:
        """Apply the change; returns the ids of the documents whose entities were renamed."""
        current = self._c.execute("SELECT name, color, key, description FROM labels WHERE name = ?",
                                  (old.name,)).fetchone()
        if current is None or Label(*current) != old:
            raise OperationError(m.translate("Core", "the label {label} was changed elsewhere; reopen the label editor")
                                 .format(label=old.name))
        problem = check_label(new)
        if problem:
            raise OperationError(problem)
        if new.name != old.name and self.has_label(new.name):
            raise OperationError(m.translate("Core", "there is already a label {name!r}").format(name=new.name))
        self._check_key_free(new, ignore=old.name)
        self._c.execute("UPDATE labels SET name = ?, color = ?, key = ?, description = ? WHERE name = ?",
                        (new.name, new.color, new.key, new.description, old.name))
        self._labels_changed()
        if new.name == old.name:
            return []
        docs = [r[0] for r in self._c.execute(
            "SELECT DISTINCT d.id FROM entities e JOIN documents d ON d.rowid = e.doc WHERE e.label = ?",
            (old.name,))]
        try:
            self._c.execute("UPDATE entities SET label = ? WHERE label = ?", (new.name, old.name))
        except sqlite3.IntegrityError:
            raise OperationError(m.translate("Core", "renaming {old} to {new} would duplicate entities")
                                 .format(old=old.name, new=new.name)) from None
        queries.rename_suggested_label(self._c, old.name, new.name)  # rejected stays rejected (undo: back)
        return docs

    def reject_suggestions(self, doc_id: str, spans: tuple[tuple[int, int], ...], *, forget: bool) -> None:
        key = f"rejected_suggestions:{doc_id}"
        current = set(queries.rejected_suggestions(self._c, doc_id))
        current = current - set(spans) if forget else current | set(spans)
        self._c.execute("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)",
                        (key, dumps(sorted(list(s) for s in current))))

    def reject_entity_suggestions(self, doc_id: str, keys: tuple[tuple[int, int, str, str], ...], *,
                                  forget: bool) -> None:
        self.doc_rowid(doc_id)  # no such document: say so
        current = set(queries.rejected_entity_suggestions(self._c, doc_id))
        asked = {(int(s), int(e), str(label), str(source)) for s, e, label, source in keys}
        changed = (current & asked) if forget else (asked - current)
        current = current - changed if forget else current | changed
        self._c.execute("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)",
                        (f"rejected_entity_suggestions:{doc_id}", dumps(sorted(list(k) for k in current))))
        sign = -1 if forget else 1
        for source, n in Counter(k[3] for k in changed).items():
            self.count_decision(source, rejected=sign * n)

    def count_decision(self, source: str, *, accepted: int = 0, rejected: int = 0) -> None:
        counts = queries.suggestion_decisions(self._c)
        a, r = counts.get(source, (0, 0))
        counts[source] = (max(0, a + accepted), max(0, r + rejected))
        queries.set_project_value(self._c, queries.DECISIONS_KEY, {k: list(v) for k, v in sorted(counts.items())})

    def set_claim_schema(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        from .claims import DEFAULT_SCHEMA, ClaimSchema

        stored = queries.claim_schema_json(self._c)
        if (stored if stored is not None else DEFAULT_SCHEMA.to_json()) != old:
            raise OperationError(m.translate("Core", "the claim schema was changed elsewhere; reopen the editor"))
        try:
            schema = ClaimSchema.from_json(new)
        except (KeyError, TypeError, ValueError) as exc:
            raise OperationError(m.translate("Core", "not a claim schema: {problem}").format(problem=exc)) from None
        problem = schema.check()
        if problem:
            raise OperationError(problem)
        self._c.execute("INSERT OR REPLACE INTO project (key, value) VALUES ('claim_schema', ?)", (dumps(new),))
        self.labels_written = True

    def read_status_ahead(self, doc_id: str) -> None:
        """The operation about to run edits ``doc_id``: its status (which the domain rules ask
        for) is read with the transaction's first statement (``Database.read_ahead``)."""
        if doc_id not in self._status:
            self._status[doc_id] = self._db.read_ahead("SELECT status FROM documents WHERE rowid = ?",
                                                       (self.doc_rowid(doc_id),))

    def status(self, doc_id: str) -> Status:
        """The document's status as the file holds it in this transaction."""
        ahead = self._status.get(doc_id)
        if ahead is not None:
            row = ahead()
            if row is not None:
                return Status(row[0])
        (current,) = self._c.execute("SELECT status FROM documents WHERE rowid = ?",
                                     (self.doc_rowid(doc_id),)).fetchone()
        return Status(current)

    def set_status(self, doc_id: str, old: Status, new: Status) -> None:
        rowid = self.doc_rowid(doc_id)
        current = self.status(doc_id).value
        self._status.pop(doc_id, None)  # what was read ahead is about to change
        if current != Status(old).value:
            raise OperationError(m.translate("Core", "document {id} is {current}, not {old}")
                                 .format(id=doc_id, current=current, old=Status(old).value))
        self._c.execute(
            "UPDATE documents SET status = ?, updated = ? WHERE rowid = ?", (Status(new).value, time.time(), rowid)
        )


def _id_taken(exc: sqlite3.IntegrityError) -> bool:
    msg = str(exc)
    return "entities.id" in msg or "entities_id" in msg


def _unknown_label(label: str) -> str:
    return (m.translate("Core", "unknown label {label!r}: it is not in the project's label set (renamed or removed "
                                "in another window?); add it first").format(label=label))


def _integrity_message(exc: sqlite3.IntegrityError, e: Entity) -> str:
    if isinstance(exc, UnknownLabel):  # the storage's own key of labels (a server's)
        return _unknown_label(e.label)
    msg = str(exc)
    if "entities.id" in msg or "entities_id" in msg:
        return m.translate("Core", "an entity with id {id} already exists in this document").format(id=e.id)
    if "start" in msg or "entities_span" in msg:
        return (m.translate("Core", "the same entity already exists: {label} at {start}–{end} ({text!r})")
                .format(label=e.label, start=e.start, end=e.end, text=e.text))
    return (m.translate("Core", "the entity {label} at {start}–{end} breaks a rule of the project file: {rule}")
            .format(label=e.label, start=e.start, end=e.end, rule=msg))
