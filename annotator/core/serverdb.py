"""A project on a PostgreSQL server: the storage interface's second implementation (ADR 12).

``PgConnection`` gives the core the part of ``sqlite3.Connection`` it uses (``execute``,
``executemany``, ``in_transaction``, ``total_changes``), running the core's one SQL text as
PostgreSQL spells it (``pgsql.translate``) and raising the driver's errors as the storage
layer's (``servererrors``). ``ServerDatabase`` is ``Database`` on it: a write transaction takes
the project's write lock first (``pg_advisory_xact_lock``), so that writers queue as they do on
SQLite's lock and every operation re-checks its preconditions against what the others
committed; a read is one ``REPEATABLE READ`` snapshot. Each committed operation's log row
notifies ``CHANNEL`` (a trigger), which is how other windows learn of it (``live``).

psycopg (the extra ``postgres``) is imported only when a server project is opened.
"""

from __future__ import annotations

import functools
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from . import messages as m
from . import pgsql
from .database import Database
from .errors import PasswordNeeded, ProjectError
from .faults import busy_timeout_ms, project_error
from .location import ServerLocation, scrub, url_problem
from .servererrors import (
    LabelStillCarried,
    ServerBusy,
    ServerDenied,
    ServerError,
    ServerGone,
    ServerIntegrityError,
    ServerNotProject,
    UnknownLabel,
)
from .serverschema import CHANNEL, IDENTITY_TABLES, SCHEMA  # noqa: F401 - CHANNEL: serverlive's

#: The key of the project's write lock (pg_advisory_xact_lock): "JNNT", as the file's application id.
WRITE_LOCK = 0x4A4E4E54

#: MIGRATIONS[v]: the SQL that upgrades a server project from schema v to v + 1. Projects on a
#: server begin at schema 4; an older program's server project does not exist yet.
MIGRATIONS: dict[int, str] = {}

_WRITES = ("INSERT", "UPDATE", "DELETE")
#: The tables an INSERT into may break a key the core recovers from, inside its transaction (a
#: new entity's id taken meanwhile: it takes the next). Every other refusal ends the transaction.
_RECOVERABLE = re.compile(r"^\s*INSERT\s+INTO\s+(entities|claims|labels|entity_suggestions|assignments)\b"
                          r"(?![^']*\bON\s+CONFLICT\b)", re.I | re.S)


def renumber(raw: Any) -> None:
    """After rows were copied in with their own rowids: the server numbers new ones after them."""
    for table, key in IDENTITY_TABLES.items():
        raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{key}'), "
                    f"coalesce((SELECT max({key}) FROM {table}), 0) + 1, false)")


@functools.cache
def _psycopg() -> Any:
    """psycopg, imported (and its logger quieted) once."""
    try:
        import psycopg
        # a pipeline ended by a lost connection is reported by the operation's own error, said
        # once; psycopg would print its own warning about it on standard error too
        logging.getLogger("psycopg").addHandler(logging.NullHandler())
        logging.getLogger("psycopg").propagate = False
    except ImportError:
        raise ProjectError(m.translate("Core", "a project on a PostgreSQL server needs psycopg: pip install "
                                               "'annotator[postgres]'")) from None
    return psycopg


def connect_raw(where: ServerLocation, *, autocommit: bool = True) -> Any:
    """A psycopg connection to ``where`` (``~/.pgpass`` and ``PGPASSWORD`` are read by libpq);
    raises ProjectError saying why not, never with the password in it."""
    psycopg = _psycopg()
    problem = url_problem(where.url)
    if problem is not None:
        raise ProjectError(f"{where}: {problem}")
    extra = {"password": where.password} if where.password else {}
    try:
        raw = psycopg.connect(where.url, connect_timeout=10, autocommit=autocommit,
                              application_name="annotator", **extra)
    except (psycopg.Error, ValueError) as exc:
        why = reason(exc, where)
        if where.password:
            why = why.replace(where.password, "***")
        if "no password supplied" in why or "password authentication failed" in why:
            raise PasswordNeeded(m.translate("Core", "{url}: the server asks for a password ({reason}); none was "
                                                     "given in ~/.pgpass or PGPASSWORD, or the one given was refused")
                                 .format(url=where, reason=why),
                                 refused="password authentication failed" in why) from None
        raise ProjectError(m.translate("Core", "{url}: cannot connect: {reason}")
                           .format(url=where, reason=why)) from None
    _load_numbers(raw, psycopg)
    try:  # how long a write waits for another workstation's (the project's write lock)
        raw.execute(f"SET lock_timeout = {busy_timeout_ms()}")
        if not autocommit:
            raw.commit()
    except psycopg.Error as exc:
        raw.close()
        raise ProjectError(m.translate("Core", "{url}: cannot connect: {reason}")
                           .format(url=where, reason=reason(exc, where))) from None
    return raw


def _load_numbers(raw: Any, psycopg: Any) -> None:
    """``numeric`` (what ``sum`` of integers gives) read as int when whole, as SQLite gives it."""
    from psycopg.types.numeric import NumericLoader

    class WholeNumbers(NumericLoader):  # type: ignore[misc, valid-type]
        def load(self, data: Any) -> Any:
            value = super().load(data)
            return int(value) if value == value.to_integral_value() else float(value)

    raw.adapters.register_loader("numeric", WholeNumbers)


def reason(exc: BaseException, where: ServerLocation) -> str:
    """The driver's message (first line), never with the URL's password in it."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return scrub(text, where.url)


def bridge(exc: Exception, where: ServerLocation, *, committing: bool = False) -> sqlite3.Error:
    """The storage layer's error for the driver's ``exc`` (``servererrors``)."""
    psycopg = _psycopg()
    text = reason(exc, where)
    state = getattr(exc, "sqlstate", None) or ""
    if isinstance(exc, psycopg.OperationalError) and (not state or state.startswith(("08", "57P"))):
        return ServerGone(text, during_commit=committing)
    if state.startswith("23"):
        constraint = getattr(getattr(exc, "diag", None), "constraint_name", None) or ""
        if constraint == "entities_label" and text.startswith("insert or update"):
            return UnknownLabel(text)
        if constraint == "entities_label":
            return LabelStillCarried(m.translate("Core", "entities of an annotator's version still carry this label"))
        return ServerIntegrityError(f"{text} ({constraint})" if constraint and constraint not in text else text)
    if state in ("55P03", "57014", "40001", "40P01"):
        return ServerBusy(text)
    if state == "42501":
        return ServerDenied(text)
    if state in ("42P01", "42703"):
        return ServerNotProject(text)
    return ServerError(text)


class _Cursor:
    """The rows of one statement, as sqlite3's cursor gives them; a fault met while reading
    them (a server-side cursor reads in batches: the server may stop meanwhile) is raised as the
    storage layer's error, as the statement's own would be."""

    def __init__(self, cur: Any, where: ServerLocation | None = None) -> None:
        self._cur = cur
        self._where = where
        self.rowcount = cur.rowcount if cur is not None else -1
        self.lastrowid = None

    def _has_rows(self) -> bool:
        return self._cur is not None and self._cur.description is not None

    def _read(self, how: Callable[[], Any]) -> Any:
        psycopg = _psycopg()
        try:
            return how()
        except psycopg.Error as exc:
            raise bridge(exc, self._where or ServerLocation("postgresql://")) from None

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._read(self._cur.fetchone) if self._has_rows() else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._read(self._cur.fetchall) if self._has_rows() else []

    def fetchmany(self, size: int = 1) -> list[tuple[Any, ...]]:
        return self._read(lambda: self._cur.fetchmany(size)) if self._has_rows() else []

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        if not self._has_rows():
            return
        while batch := self.fetchmany(2000):
            yield from batch


@dataclass
class _Ahead:
    """A read sent ahead with the next statement (``PgConnection.read_ahead``)."""

    query: str
    params: tuple[Any, ...]
    row: tuple[Any, ...] | None = None
    done: bool = False


class PgConnection:
    """The part of ``sqlite3.Connection`` the core uses, on a psycopg connection (autocommit:
    transactions are the storage layer's explicit ``BEGIN``/``COMMIT``, as on SQLite)."""

    def __init__(self, raw: Any, where: ServerLocation) -> None:
        self.raw = raw
        self.where = where
        #: The layer this connection works on (``serverschema``): the role's own name for an
        #: annotator, "curated" for anyone else. Set by ``open_database``.
        self.layer = "curated"
        self.total_changes = 0
        #: Inside a write transaction: a statement that breaks a key is undone alone (a
        #: savepoint), as SQLite does, and the transaction goes on (the core then tries another id).
        self.writing = False
        #: Inside a read snapshot: SELECTs read through server-side cursors, in batches, so
        #: that an export of any size keeps memory flat (``end_streams`` closes them).
        self.streaming = False
        self._streams: list[Any] = []
        #: Statements (without parameters) sent with the next one, in one round trip: a write
        #: transaction's BEGIN and write lock go out with its first statement (``ServerDatabase``).
        self.pending: list[str] = []
        #: The log row of a write, sent with its COMMIT in one round trip (query, parameters).
        self.tail: tuple[str, tuple[Any, ...]] | None = None

    def end_streams(self) -> None:
        for cur in self._streams:
            with suppress(Exception):
                cur.close()
        self._streams = []

    @property
    def in_transaction(self) -> bool:
        from psycopg import pq

        if self.pending:  # a BEGIN waiting to go with the next statement
            return True
        try:
            return self.raw.info.transaction_status != pq.TransactionStatus.IDLE
        except Exception:  # a closed connection has none
            return False

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        psycopg = _psycopg()
        try:
            query = pgsql.translate(sql)
        except ValueError as exc:
            raise ServerError(str(exc)) from None
        committing = query.strip().upper() == "COMMIT"
        recoverable = self.writing and _RECOVERABLE.match(query) is not None
        try:
            if self.streaming and query.lstrip()[:6].upper() == "SELECT":
                cur = self.raw.cursor(name=f"annotator_{len(self._streams)}")
                self._streams.append(cur)
                cur.itersize = 2000
                cur.execute(query, tuple(params))
            elif recoverable:
                # SQLite undoes a statement that broke a key and goes on; PostgreSQL would abort the
                # transaction. Tried without the key's refusal first (one round trip); only when a
                # key refused it, run again under a savepoint to raise the key's own error.
                cur = self._send(query + " ON CONFLICT DO NOTHING", params)
                if cur.rowcount == 0:
                    self._refused_under_savepoint(query, params)
            else:
                cur = self._send(query, params)
        except psycopg.Error as exc:
            raise bridge(exc, self.where, committing=committing) from None
        if cur.rowcount > 0 and query.lstrip()[:6].upper() in _WRITES:
            self.total_changes += cur.rowcount
        return _Cursor(cur, self.where)

    def _send(self, query: str, params: Sequence[Any]) -> Any:
        """Run ``query``, with the statements waiting to go before it (``pending``, and before a
        COMMIT the log row, ``tail``) in the same round trip (psycopg's pipeline mode)."""
        before: list[Any] = [*self.pending, *([self.tail] if self.tail is not None else [])]
        self.tail = None
        self.pending = []
        if not before:
            return self.raw.execute(query, tuple(params))
        ahead = []
        with self.raw.pipeline():
            for item in before:
                if isinstance(item, _Ahead):
                    ahead.append((item, self.raw.execute(item.query, item.params)))
                elif isinstance(item, tuple):
                    self.raw.execute(item[0], item[1])
                else:
                    self.raw.execute(item)
            cur = self.raw.execute(query, tuple(params))
        for item, result in ahead:
            item.row = result.fetchone()
            item.done = True
        return cur

    def read_ahead(self, sql: str, params: Sequence[Any]) -> Callable[[], tuple[Any, ...] | None]:
        """A one-row read the transaction will need, sent with its next statement (no round trip
        of its own); the function returned gives its row (sending it first if nothing went yet)."""
        item = _Ahead(pgsql.translate(sql), tuple(params))
        self.pending.append(item)  # type: ignore[arg-type]

        def row() -> tuple[Any, ...] | None:
            if not item.done:
                self.flush()
            return item.row
        return row

    def flush(self) -> None:
        """Send what waits (``pending``, ``tail``) now (before a statement that does not go
        through ``_send``)."""
        if self.pending or self.tail is not None:
            psycopg = _psycopg()
            try:
                self._send("SELECT 1", ())
            except psycopg.Error as exc:
                raise bridge(exc, self.where) from None

    def _refused_under_savepoint(self, query: str, params: Sequence[Any]) -> None:
        """Run ``query`` (which a key refused) under a savepoint: raises the key's error, the
        transaction going on as SQLite's would."""
        psycopg = _psycopg()
        self.raw.execute("SAVEPOINT annotator_statement")
        try:
            self.raw.execute(query, tuple(params))
        except psycopg.IntegrityError as exc:
            with suppress(psycopg.Error):
                self.raw.execute("ROLLBACK TO SAVEPOINT annotator_statement")
                self.raw.execute("RELEASE SAVEPOINT annotator_statement")
            raise bridge(exc, self.where) from None
        self.raw.execute("RELEASE SAVEPOINT annotator_statement")  # the conflicting row went meanwhile

    def executemany(self, sql: str, rows: Any) -> _Cursor:
        psycopg = _psycopg()
        query = pgsql.translate(sql)
        rows = [tuple(r) for r in rows]
        if not rows:
            return _Cursor(None)
        self.flush()
        try:
            with self.raw.cursor() as cur:
                cur.executemany(query, rows)
                count = cur.rowcount
        except psycopg.Error as exc:
            raise bridge(exc, self.where) from None
        if count > 0:
            self.total_changes += count
        out = _Cursor(None)
        out.rowcount = count
        return out

    def reconnect(self, *, read_only: bool = False) -> None:
        """A new connection to the same project (the old one was lost); raises ProjectError
        saying why not."""
        raw = connect_raw(self.where)
        raw.execute("SELECT set_config('annotator.layer', %s, false)", (self.layer,))
        if read_only:
            raw.execute("SET default_transaction_read_only = on")
        self.close()
        self.raw = raw
        self.writing = self.streaming = False
        self._streams = []
        self.pending, self.tail = [], None

    def script(self, sql: str) -> None:
        """Run ``sql`` as it is (PostgreSQL's own spelling, several statements, no parameters)."""
        psycopg = _psycopg()
        self.flush()
        try:
            self.raw.execute(sql)
        except psycopg.Error as exc:
            raise bridge(exc, self.where) from None

    def close(self) -> None:
        with suppress(Exception):
            self.raw.close()


class ServerDatabase(Database):
    """``Database`` on a PostgreSQL server (``PgConnection``)."""

    enforces_labels = True  # serverschema's entities_label key: no lookup before each edit

    def read_ahead(self, sql: str, params: Sequence[Any]) -> Callable[[], tuple[Any, ...] | None]:
        return self.conn.read_ahead(sql, params)

    conn: PgConnection  # type: ignore[assignment]

    def __init__(self, where: ServerLocation, conn: PgConnection, user: str, *, read_only: bool = False) -> None:
        super().__init__(where, conn, user, read_only=read_only)  # type: ignore[arg-type]

    def read_only_reason(self) -> str:
        return m.translate("Core", "opened for reading only")

    def log(self, kind: str, doc: str | None, payload: dict[str, Any]) -> None:
        """The operation-log row of a write: sent with the COMMIT, in one round trip."""
        import time

        from .database import dumps

        self.conn.tail = (pgsql.translate("INSERT INTO oplog (ts, user, kind, doc, payload) VALUES (?,?,?,?,?)"),
                          (time.time(), self.user, kind, doc, dumps(payload)))

    @contextmanager
    def write(self) -> Iterator[PgConnection]:  # type: ignore[override]
        if self.read_only:
            raise ProjectError(m.translate("Core", "{path}: read-only: {reason}")
                               .format(path=self.path, reason=self.read_only_reason()))
        c = self.conn
        try:
            try:
                # sent with the transaction's first statement, in one round trip (PgConnection._send)
                c.pending = ["BEGIN", f"SELECT pg_advisory_xact_lock({WRITE_LOCK})"]
                c.writing = True
                yield c
                c.writing = False
                c.execute("COMMIT")
            except BaseException:
                c.writing = False
                c.tail = None
                if c.pending:  # nothing was sent: nothing to roll back
                    c.pending = []
                elif c.in_transaction:
                    with suppress(sqlite3.Error):
                        c.execute("ROLLBACK")
                for forget in self.rolled_back:
                    forget()
                raise
        except sqlite3.Error as exc:
            raise project_error(exc, self.path) from None

    @contextmanager
    def read(self) -> Iterator[PgConnection]:  # type: ignore[override]
        c = self.conn
        if c.in_transaction:  # inside a write: its own view
            yield c
            return
        try:
            c.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            c.streaming = True
            try:
                yield c
            finally:
                c.streaming = False
                c.end_streams()
                if c.in_transaction:
                    with suppress(sqlite3.Error):
                        c.execute("COMMIT")
        except sqlite3.Error as exc:
            raise project_error(exc, self.path) from None


def has_project(c: PgConnection) -> bool:
    """Whether the database holds a project (its ``annotator_schema`` table)."""
    return c.execute("SELECT to_regclass('annotator_schema') IS NOT NULL").fetchone()[0]


def schema_version(c: PgConnection) -> int:
    row = c.execute("SELECT max(version) FROM annotator_schema").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def tables_in(c: PgConnection) -> int:
    return c.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                     ).fetchone()[0]


def prepare(db: ServerDatabase, *, create: bool, label_set: str) -> None:
    """Check what ``db`` opened and make it ready (ProjectError saying what is wrong): a project
    of a schema this program reads, created in an empty database when ``create``, upgraded
    when older (one transaction)."""
    import time
    import uuid

    from . import queries
    from .layer_rows import CURATED, LAYER_KEY, PROJECT_ID_KEY
    from .model import builtin_label_set
    from .schema import SCHEMA_VERSION

    c = db.conn
    if not has_project(c):
        if tables_in(c):
            raise ProjectError(m.translate("Core", "{path}: this database holds other tables, not an annotator "
                                                   "project").format(path=db.path))
        if not create or db.read_only:
            raise ProjectError(m.translate("Core", "{path}: an empty database, not an annotator project "
                                                   "(`annotator server init` or `annotator push` puts one there)")
                               .format(path=db.path))
        labels = builtin_label_set(label_set)
        with db.write() as w:
            if has_project(w):  # another workstation made it while we waited for the lock
                return
            w.script(SCHEMA)
            w.execute("INSERT INTO annotator_schema (version) VALUES (?)", (SCHEMA_VERSION,))
            w.executemany("INSERT INTO project (key, value) VALUES (?, ?)",
                          [("created", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
                           ("label_set", label_set), (PROJECT_ID_KEY, uuid.uuid4().hex), (LAYER_KEY, CURATED)])
            queries.insert_labels(w, labels)
            db.log("create", None, {"label_set": label_set})
        return
    version = schema_version(c)
    if version == 0:
        raise ProjectError(m.translate("Core", "{path}: the project's schema version is missing (annotator_schema "
                                               "holds none); it cannot be read safely").format(path=db.path))
    if version > SCHEMA_VERSION:
        raise ProjectError(
            m.translate("Core", "{path}: this project was written by a newer annotator (file schema {version}, "
                                "this program reads up to {readable}); update annotator to open it")
            .format(path=db.path, version=version, readable=SCHEMA_VERSION))
    if version < SCHEMA_VERSION:
        if db.read_only:
            raise ProjectError(m.translate("Core", "{path}: this project was written by an older annotator "
                                                   "(file schema {version}) and must be upgraded, which needs "
                                                   "writing it: {reason}")
                               .format(path=db.path, version=version, reason=db.read_only_reason()))
        with db.write() as w:
            current = schema_version(w)
            while current < SCHEMA_VERSION:
                script = MIGRATIONS.get(current)
                if script is None:
                    raise ProjectError(m.translate("Core", "{path}: no migration from schema {version}")
                                       .format(path=db.path, version=current))
                w.script(script)
                current += 1
                w.execute("UPDATE annotator_schema SET version = ?", (current,))
            db.log("migrate", None, {"from": version, "to": SCHEMA_VERSION})


def open_database(where: ServerLocation, *, read_only: bool) -> tuple[PgConnection, str]:
    """A connection to the project at ``where`` and the role it connected as (the name the
    operation log records: on a server it is the role, never a name the client chose)."""
    raw = connect_raw(where)
    conn = PgConnection(raw, where)
    try:
        role = conn.execute("SELECT current_user").fetchone()[0]
        if read_only:
            conn.execute("SET default_transaction_read_only = on")
    except sqlite3.Error:
        conn.close()
        raise
    return conn, role
