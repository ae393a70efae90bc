"""The project file: one SQLite database (WAL) holding documents, labels, annotations and
the operation log.

There is no save: ``Project.apply`` runs an operation and its log row in one ``BEGIN
IMMEDIATE`` transaction and commits it before returning. WAL with ``synchronous=FULL``
makes each commit durable; a process killed mid-write leaves the file at the last commit.
Several processes may open the same project: writers queue on SQLite's lock
(``busy_timeout``) and every operation re-checks its preconditions inside its transaction.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import getpass
import inspect
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import exporting, faults, layer_rows, opening, projectfile, queries, serverdb
from . import messages as m
from .bulk import BulkImport
from .changes import Change
from .claims import DEFAULT_SCHEMA, ClaimSchema
from .database import Database
from .doccache import DocCache, no_document
from .errors import ProjectError
from .faults import busy_timeout_ms, project_error
from .location import ServerLocation, location
from .model import Claim, Document, Entity, Label, Status
from .ops import History, Operation, check_span, started
from .recommend.settings import RecommenderSettings
from .rows import DocSummary, ExportRow
from .schema import SCHEMA_VERSION
from .transaction import Tx

#: Quality measurements kept in the project (``Project.add_quality``).
QUALITY_KEPT = 2000


def _guarded(cls: type[Project]) -> type[Project]:
    """Make every public method of ``cls`` raise ProjectError, saying what happened, where
    SQLite raised its own error: the one place where SQLite's errors become the project's."""

    def guard(fn: Callable[..., Any]) -> Callable[..., Any]:
        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def gen(self: Project, *args: Any, **kwargs: Any) -> Iterator[Any]:
                try:
                    yield from fn(self, *args, **kwargs)
                except (sqlite3.Error, json.JSONDecodeError) as exc:
                    raise _project_error(exc, self.path) from None
            return gen

        @functools.wraps(fn)
        def call(self: Project, *args: Any, **kwargs: Any) -> Any:
            try:
                return fn(self, *args, **kwargs)
            except (sqlite3.Error, json.JSONDecodeError) as exc:
                raise _project_error(exc, self.path) from None
        return call

    for name, fn in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(fn):
            setattr(cls, name, guard(fn))
    return cls


def _project_error(exc: sqlite3.Error | json.JSONDecodeError, path: Path) -> ProjectError:
    if isinstance(exc, sqlite3.Error):
        return project_error(exc, path)
    return ProjectError(m.translate("Core", "{path}: the project file holds a value that is not valid JSON "
                                            "({reason}); `annotator check {path}` lists what is wrong")
                        .format(path=path, reason=exc))


@_guarded
class Project:
    """An open project file. Not thread-safe: use it from one thread (the UI's or the CLI's).

    Every SQLite error met reading or writing it becomes a ProjectError saying what happened
    (busy, disk full, read-only, damaged...): ``_guarded`` wraps each public method, and the
    transactions map what their bodies raise."""

    def __init__(self, path: Path | ServerLocation, conn: sqlite3.Connection, user: str, *, read_only: bool = False,
                 db: Database | None = None) -> None:
        self.path = path
        self._held = faults.hold(path)  # no descriptor of it is opened and closed meanwhile (faults.hold)
        self.db = db if db is not None else Database(path, conn, user, read_only=read_only)  # type: ignore[arg-type]
        self._conn = conn
        self.history = History()
        self._cache = DocCache(conn)
        self._label_names: frozenset[str] | None = None
        self.db.rolled_back.append(self._forget_written)

    @property
    def user(self) -> str:
        """The name written into the operation log."""
        return self.db.user

    @user.setter
    def user(self, name: str) -> None:
        self.db.user = name

    @property
    def read_only(self) -> bool:
        """Opened for reading only (asked for, or the file, its folder or file system is read-only)."""
        return self.db.read_only

    def _forget_written(self) -> None:
        self._cache.forget_written()
        self._label_names = None

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | ServerLocation, *, create: bool = False, label_set: str = "irex",
        user: str | None = None, read_only: bool = False, check: bool = False,
    ) -> Project:
        """Open the project at ``path``; with ``create``, make it first if it does not exist.

        ``read_only``: for reading commands (export, stats, check): nothing is written, and
        a project that may not be written (mode 0444 even for root, immutable, a read-only
        folder or file system) or that lies on a full disk is still read, creating no file
        beside it (``projectfile.connect``). Otherwise a project that may not be
        written opens read-only (``read_only`` is then True, and each edit says why it is
        refused), unless ``check``: commands about to write (import) ask for it, and then a
        read-only project is refused at once, and a damaged one too (``damage.damage``: SQLite's
        ``integrity_check`` and text that is not UTF-8, about 2.5–3 s for 100,000 documents with a
        million entities, too slow for opening the window).
        A file this call created is removed again if opening fails; SQLite's errors become
        ProjectError saying what happened (busy, disk full, damaged, not a project...).
        """
        where = location(path)
        if isinstance(where, ServerLocation):
            return cls._open_server(where, create=create, label_set=label_set, read_only=read_only)
        path = where
        exists = projectfile.check_path(path, create=create and not read_only)
        if read_only and exists and projectfile.writable(path) and _older_schema(path):
            # A reading command on a file of an older schema that may be written: upgraded
            # first (one transaction, as opening it for editing would), then read.
            cls.open(path, user=user).close()
        made = None if exists else projectfile.create_exclusively(path)
        before = projectfile.side_files(path)
        conn: sqlite3.Connection | None = None
        try:
            if not read_only and check and not projectfile.writable(path):
                raise ProjectError(m.translate("Core", "{path}: read-only: {reason}")
                                   .format(path=path, reason=projectfile.read_only_reason(path)))
            ro = read_only or not projectfile.writable(path)
            # a reading command creates nothing beside the project; the window follows other writers
            conn = projectfile.connect(path, read_only=ro, timeout_s=busy_timeout_ms() / 1000,
                                       live=not read_only)
            project = cls(path, conn, user or _default_user(), read_only=ro)
            opening.prepare(project.db, create=create and not ro, label_set=label_set, check=check)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if made is not None:
                projectfile.remove_created(path, made)
            else:  # a full disk: the -wal and -shm SQLite could not grow
                projectfile.after_failed_open(path, before, exc)
            if isinstance(exc, sqlite3.Error):
                raise project_error(exc, path) from None
            raise
        return project

    @classmethod
    def _open_server(cls, where: ServerLocation, *, create: bool, label_set: str, read_only: bool) -> Project:
        """The project in the PostgreSQL database at ``where`` (ADR 12): the operation log
        records the role connected as."""
        conn, role = serverdb.open_database(where, read_only=read_only)
        try:
            db = serverdb.ServerDatabase(where, conn, role, read_only=read_only)
            project = cls(where, conn, role, read_only=read_only, db=db)  # type: ignore[arg-type]
            serverdb.prepare(db, create=create, label_set=label_set)
            conn.layer = conn.execute("SELECT set_config('annotator.layer', annotator_layer(), false)"
                                      ).fetchone()[0]  # whose rows it edits (serverschema)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, sqlite3.Error):
                raise project_error(exc, where) from None
            raise
        return project

    def reconnect(self) -> None:
        """A project on a server whose connection was lost: connect again (ProjectError when
        it cannot), forgetting what was cached."""
        if isinstance(self.db, serverdb.ServerDatabase):
            self.db.conn.reconnect(read_only=self.read_only)
            self.forget_cached()

    def may_edit_label_set(self) -> bool:
        """Whether this connection may edit the label set and the claim schema: on a server only
        a curator's (the database refuses an annotator's); a project file's, always."""
        return not self.on_server or self.working_layer() == layer_rows.CURATED

    @property
    def on_server(self) -> bool:
        """Whether the project is in a PostgreSQL database (else a project file)."""
        return isinstance(self.path, ServerLocation)

    def check_damage(self) -> None:
        """Raise ProjectError when the file is damaged (``damage.damage``; a server keeps its own)."""
        if not self.on_server:
            opening.check_damage(self.db)

    def forget_cached(self) -> None:
        """Drop what this connection remembers of the file (texts, ids, label names): another
        connection (an import running in a worker thread) changed it."""
        self._cache.forget()
        self._label_names = None

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before copying or renaming the project)."""
        if self.on_server:
            return
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self._conn.close()
        faults.release(self._held)
        self._held = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- labels -------------------------------------------------------------------------
    def rejected_suggestions(self, doc_id: str) -> list[tuple[int, int]]:
        """Spans of the suggested claims rejected in this document."""
        return queries.rejected_suggestions(self._conn, doc_id)

    def entity_suggestions(self, doc_id: str) -> list[Entity]:
        """Entities another tool proposed for this document (imported predictions): never
        annotations, never exported as entities."""
        return queries.entity_suggestions(self._conn, doc_id)

    def rejected_entity_suggestions(self, doc_id: str) -> list[tuple[int, int, str, str]]:
        """The entity suggestions rejected in this document: (start, end, label, source)."""
        return queries.rejected_entity_suggestions(self._conn, doc_id)

    # -- recommenders: settings and models, outside the undo history ----------------------
    def recommender_settings(self) -> RecommenderSettings:
        """Which recommenders are on, their thresholds, when to retrain (defaults until set)."""
        labels = [lb.name for lb in self.labels()]
        return RecommenderSettings.from_json(queries.project_value(self._conn, queries.RECOMMENDERS_KEY), labels)

    def set_recommender_settings(self, settings: RecommenderSettings) -> None:
        """Store ``settings`` (committed at once; a setting, not an edit: no undo)."""
        with self.db.write() as c:
            queries.set_project_value(c, queries.RECOMMENDERS_KEY, settings.to_json())

    def saved_model(self, name: str) -> bytes | None:
        """The model of recommender ``name`` as last saved (``recommend.saved`` bytes), or None
        (none saved, or not base64: then it is rebuilt like any unusable model)."""
        text = queries.project_text(self._conn, queries.MODEL_KEY + name)
        if text is None:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except (ValueError, TypeError):
            return None

    def save_model(self, name: str, data: bytes | None) -> None:
        """Keep ``data`` as the model of recommender ``name`` (None: remove it); committed at
        once, outside the undo history. Raises ProjectError on a read-only project."""
        with self.db.write() as c:
            queries.set_project_text(c, queries.MODEL_KEY + name,
                                     None if data is None else base64.b64encode(data).decode("ascii"))

    def quality_history(self) -> list[dict[str, Any]]:
        """Each measurement of a recommender's quality (``training.measure``) with its ``time``
        (a Unix time), oldest first: what the statistics dock plots."""
        items = queries.project_value(self._conn, queries.QUALITY_KEY)
        return [q for q in items if isinstance(q, dict)] if isinstance(items, list) else []

    def add_quality(self, entries: list[dict[str, Any]], when: float | None = None) -> None:
        """Keep ``entries`` (``training.measure``'s) stamped with ``when`` (now by default); the
        last ``QUALITY_KEPT`` are kept. Committed at once, outside the undo history."""
        stamp = time.time() if when is None else when
        with self.db.write() as c:
            items = queries.project_value(c, queries.QUALITY_KEY)
            items = [q for q in items if isinstance(q, dict)] if isinstance(items, list) else []
            items.extend({**e, "time": stamp} for e in entries)
            queries.set_project_value(c, queries.QUALITY_KEY, items[-QUALITY_KEPT:])

    def suggestion_decisions(self) -> dict[str, tuple[int, int]]:
        """Source -> (suggested entities accepted, rejected) so far (undone ones not counted)."""
        return queries.suggestion_decisions(self._conn)

    def claim_schema(self) -> ClaimSchema:
        """The project's claim schema (the default one until the project edits it)."""
        stored = queries.claim_schema_json(self._conn)
        return ClaimSchema.from_json(stored) if stored is not None else DEFAULT_SCHEMA

    def labels(self) -> list[Label]:
        return queries.labels(self._conn)

    def label_names(self) -> frozenset[str]:
        if self._label_names is None:
            self._label_names = queries.label_names(self._conn)
        return self._label_names

    # -- documents ----------------------------------------------------------------------
    def text(self, doc_id: str) -> str:
        """The document's text (the last few are cached: operations check spans against it)."""
        return self._cache.text(doc_id)

    def document_ids(self) -> list[str]:
        return queries.document_ids(self._conn)

    def summaries(self) -> list[DocSummary]:
        return queries.summaries(self._conn)

    def search_documents(self, needle: str) -> set[str]:
        """Ids of the documents whose id or text contains ``needle``."""
        return queries.search_documents(self._conn, needle)

    def status(self, doc_id: str) -> Status:
        status = queries.status(self._conn, doc_id)
        if status is None:
            raise no_document(doc_id)
        return status

    def document(self, doc_id: str) -> Document:
        doc = queries.document(self._conn, doc_id)
        if doc is None:
            raise no_document(doc_id)
        return doc

    def entities(self, doc_id: str) -> list[Entity]:
        return queries.entities(self._conn, self._cache.rowid(doc_id))

    def claims(self, doc_id: str) -> list[Claim]:
        return queries.claims(self._conn, self._cache.rowid(doc_id))

    # -- several annotators (ADR 11): the working layer, the others' versions, assignments --
    def project_id(self) -> str:
        """This project's identity (packages made from it carry it; a merge checks it)."""
        return layer_rows.project_text(self._conn, layer_rows.PROJECT_ID_KEY) or ""

    def working_layer(self) -> str:
        """Whose annotations the ordinary tables hold (and the window edits): ``"curated"`` in a
        lead's project, the annotator's name in a package."""
        return layer_rows.working_layer(self._conn)

    def package_of(self) -> str | None:
        """In a package (``annotator package``): the id of the project it was made from."""
        return layer_rows.project_text(self._conn, layer_rows.PACKAGE_OF_KEY)

    def layer_names(self) -> list[str]:
        """The annotators whose versions this project keeps beside its working layer, sorted."""
        return layer_rows.layer_names(self._conn)

    def layer_document(self, layer: str, doc_id: str) -> Document | None:
        """Annotator ``layer``'s version of ``doc_id`` (their status, entities, claims), or None."""
        return layer_rows.layer_document(self._conn, layer, doc_id)

    def iter_layer_documents(self, layer: str, status: Status | None = None) -> Iterator[Document]:
        """Every document annotator ``layer`` has a version of (with ``status``), project order."""
        yield from layer_rows.iter_layer_documents(self._conn, layer, status)  # type: ignore[misc]

    def versions_of(self, doc_id: str) -> dict[str, Document]:
        """Every annotator's version of ``doc_id`` by name: the stored ones and, in a package,
        the working layer's (the curated version is not an annotator's)."""
        out = layer_rows.versions_of(self._conn, doc_id)
        layer = self.working_layer()
        if layer != layer_rows.CURATED:
            out[layer] = self.document(doc_id)
        return dict(sorted(out.items()))

    def versions(self, status: Status | None = Status.DONE) -> dict[str, dict[str, Document]]:
        """Annotator -> document id -> their version, for the documents with ``status`` in it
        (done by default: what agreement is measured on): every stored annotator's and, in a
        package, the working layer's."""
        out: dict[str, dict[str, Document]] = {}
        for layer, doc in layer_rows.iter_layer_documents(self._conn, None, status):  # type: ignore[misc]
            out.setdefault(layer, {})[doc.id] = doc
        layer = self.working_layer()
        if layer != layer_rows.CURATED:
            mine = {d.id: d for d in self.iter_documents(status)}
            if mine:
                out[layer] = mine
        return dict(sorted(out.items()))

    def assignments(self) -> dict[str, list[str]]:
        """Document id -> the annotators it is assigned to (``annotator assign``)."""
        return layer_rows.assignments(self._conn)

    def iter_documents(self, status: Status | None = None) -> Iterator[Document]:
        """Every document with its annotations, streamed in project order (``exporting``)."""
        yield from exporting.iter_documents(self.db, status)

    def iter_export(self, status: Status | None = None) -> Iterator[ExportRow]:
        """Documents as ready JSON pieces for the canonical exporter (``exporting``)."""
        yield from exporting.iter_export(self.db, status)

    def counts_by_status(self) -> dict[str, int]:
        return queries.counts_by_status(self._conn)

    def counts_by_label(self) -> dict[str, int]:
        return queries.counts_by_label(self._conn)

    def activity(self, bucket_seconds: int = 3600) -> list[tuple[float, int]]:
        """Annotation operations per time bucket: (bucket start as a Unix time, count).

        Counts the log rows of edits (entities, claims, statuses and their undo/redo), not
        imports, migrations or label-set changes.
        """
        return queries.activity(self._conn, bucket_seconds)

    def logged(self, doc_id: str, kind: str, description: str) -> bool:
        """Whether the operation log holds a ``kind`` step on ``doc_id`` described so (undone
        since or not): a curation's pre-fill is offered once per document, ever."""
        return self._conn.execute(
            "SELECT 1 FROM oplog WHERE doc = ? AND kind = ? AND json_extract(payload, '$.description') = ? LIMIT 1",
            (doc_id, kind, description)).fetchone() is not None

    def last_seq(self) -> int:
        """The sequence number of the last operation-log row (0 when none)."""
        return queries.last_seq(self._conn)

    def log_after(self, seq: int) -> list[tuple[int, str, str | None]]:
        """(seq, kind, document) of the operation-log rows after ``seq``, oldest first: what other
        connections committed since (``Session.follow_server``)."""
        return queries.log_after(self._conn, seq)

    def oplog(self, limit: int = 100) -> list[tuple[int, float, str, str, str | None, dict[str, Any]]]:
        return queries.oplog(self._conn, limit)

    # -- editing ------------------------------------------------------------------------
    def _run(self, op: Operation, kind_prefix: str = "", *, rules: bool = True) -> Change:
        """Apply ``op`` in one transaction with its log row; ``Change.applied`` is the operation
        as applied (with the steps the domain rules added, and entities that got another id
        than asked, which the history then follows)."""
        tx = Tx(self.db, self._cache)
        with self.db.write():
            doc_id = getattr(op, "doc_id", None)
            if rules and isinstance(doc_id, str):  # the domain rules ask for its status
                tx.read_status_ahead(doc_id)
            change = op.apply(tx)
            applied = change.applied or op
            if rules:
                applied, change = started(tx, applied, change)
            change = replace(change, applied=applied)
            doc = next(iter(change.docs)) if len(change.docs) == 1 else None
            self.db.log(kind_prefix + applied.kind, doc, applied.to_json())
        if tx.labels_written:
            self._label_names = None
        if tx.renamed:
            self.history.rename(tx.renamed)
        return change

    def apply(self, op: Operation) -> Change:
        """Apply ``op``, commit it with its log row, and record it for undo."""
        change = self._run(op)
        self.history.pushed(change.applied)
        return change

    def undo(self) -> Change | None:
        op = self.history.peek_undo()
        if op is None:
            return None
        inverse = op.inverse()
        change = self._run(inverse, "undo:", rules=False)
        self.history.undone(change.applied.inverse() if change.applied is not inverse else None)
        return change

    def redo(self) -> Change | None:
        op = self.history.peek_redo()
        if op is None:
            return None
        change = self._run(op, "redo:", rules=False)
        self.history.redone(change.applied if change.applied is not op else None)
        return change

    def new_entity(self, doc_id: str, start: int, end: int, label: str, **attributes: Any) -> Entity:
        """An entity ready for ``AddEntity``: text taken from the document, a fresh ``T<n>`` id."""
        text = self.text(doc_id)
        check_span(len(text), start, end)
        top = self._cache.top_entity_number(doc_id)  # an id taken meanwhile is given anew when applied
        return Entity(f"T{top + 1}", start, end, label, text[start:end], attributes)

    # -- bulk import --------------------------------------------------------------------
    @contextmanager
    def bulk_import(self, source: str) -> Iterator[BulkImport]:
        """All-or-nothing insertion of many documents: one transaction, one log row."""
        bulk = BulkImport(self.db)
        with self.db.write():
            yield bulk
            bulk.finish()  # the rows still batched, before the log row and the commit
            self.db.log("import", None, {"source": source, "documents": bulk.documents, "entities": bulk.entities}
                        | ({"suggestions": bulk.suggestions} if bulk.suggestions else {}))
        self._cache.forget()
        self._label_names = None
        if self.on_server:  # the planner's statistics of the tables grown (a bulk import is rare)
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ANALYZE doc_texts, doc_states, entity_rows, claim_rows, entity_suggestions")


def _older_schema(path: Path) -> bool:
    """Does the project say a schema older than this program's? Asked of SQLite, never by
    reading the file ourselves: closing any other descriptor of the file would drop the POSIX
    locks this process's connections hold on it."""
    try:
        conn = projectfile.connect(path, read_only=True, timeout_s=busy_timeout_ms() / 1000)
    except (sqlite3.Error, ProjectError, UnicodeDecodeError):
        return False  # the opening proper says what is wrong
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except (sqlite3.Error, UnicodeDecodeError):
        return False
    finally:
        conn.close()
    return 0 < version < SCHEMA_VERSION


def _default_user() -> str:
    env = os.environ.get("ANNOTATOR_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers, some Windows services)
        return "unknown"

