"""The project file's SQLite connection and its transactions: the storage layer's base.

``Database`` is what every part of the storage layer is given (the project façade, the
transaction of an operation, the bulk import, the export stream): the connection, one write
transaction at a time, consistent read snapshots and the operation log. Nothing above the
storage layer touches the connection.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from . import messages as m
from . import projectfile
from .errors import ProjectError
from .faults import project_error


def dumps(obj: Any) -> str:
    """JSON as the project file stores it: compact, non-ASCII kept."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class Database:
    """One connection to a project file. Not thread-safe: use it from one thread."""

    #: Whether the storage itself refuses an entity whose label is not in the label set (a
    #: server's key does; a project file's operations look the label up first).
    enforces_labels = False

    def __init__(self, path: Path, conn: sqlite3.Connection, user: str, *, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        #: The name written into the operation log.
        self.user = user
        #: Opened for reading only (asked for, or the file, its folder or file system is read-only).
        self.read_only = read_only
        #: Called after a write transaction rolled back (caches of what it wrote are then wrong).
        self.rolled_back: list[Callable[[], None]] = []

    def read_only_reason(self) -> str:
        if projectfile.writable(self.path):
            return m.translate("Core", "opened for reading only")
        return projectfile.read_only_reason(self.path)

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any error.

        SQLite rolls back by itself after some errors (a full disk, an I/O error): then there
        is nothing left to roll back, and the error reported is the first one, mapped."""
        if self.read_only:
            raise ProjectError(m.translate("Core", "{path}: read-only: {reason}")
                               .format(path=self.path, reason=self.read_only_reason()))
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
                c.execute("COMMIT")
            except BaseException:
                if c.in_transaction:
                    with suppress(sqlite3.Error):
                        c.execute("ROLLBACK")
                for forget in self.rolled_back:
                    forget()
                raise
        except sqlite3.Error as exc:
            raise project_error(exc, self.path) from None

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for multi-statement reads (export while another process writes)."""
        c = self.conn
        try:
            c.execute("BEGIN")
            try:
                yield c
            finally:
                if c.in_transaction:
                    with suppress(sqlite3.Error):
                        c.execute("COMMIT")
        except sqlite3.Error as exc:
            raise project_error(exc, self.path) from None

    def read_ahead(self, sql: str, params: tuple[Any, ...]) -> Callable[[], tuple[Any, ...] | None]:
        """A one-row read a write transaction will need: the function returned gives the row.
        A server sends it with the transaction's next statement (no round trip of its own);
        a project file reads it at once."""
        row = self.conn.execute(sql, params).fetchone()
        return lambda: row

    def log(self, kind: str, doc: str | None, payload: dict[str, Any]) -> None:
        """The operation-log row of a write; call inside ``write()``."""
        self.conn.execute(
            "INSERT INTO oplog (ts, user, kind, doc, payload) VALUES (?,?,?,?,?)",
            (time.time(), self.user, kind, doc, dumps(payload)),
        )
