"""PostgreSQL's errors, as the storage layer's error vocabulary (ADR 12).

The core speaks DB-API errors in ``sqlite3``'s classes (``IntegrityError`` for a broken key,
``OperationalError`` for a fault): the PostgreSQL connection raises these subclasses of them, so
that every ``except sqlite3.IntegrityError`` of an operation behaves the same on both backends,
and ``faults.project_error`` tells what happened (``server_error``) from the class alone.
"""

from __future__ import annotations

import sqlite3


class ServerError(sqlite3.OperationalError):
    """Any other error the server reported (the message says which)."""


class ServerGone(ServerError):
    """The connection to the server was lost (network, server stopped); ``during_commit``:
    lost while the server was committing, so the write may or may not be there."""

    def __init__(self, message: str, *, during_commit: bool = False) -> None:
        super().__init__(message)
        self.during_commit = during_commit


class ServerBusy(ServerError):
    """Another workstation held the project's write lock longer than the busy timeout."""


class ServerDenied(ServerError):
    """The role may not do this (grants, row-level security)."""


class ServerNotProject(ServerError):
    """The database holds no annotator project (a table is missing)."""


class ServerIntegrityError(sqlite3.IntegrityError):
    """A key or check of the project's tables refused a row (the message names the constraint)."""


class UnknownLabel(ServerIntegrityError):
    """An entity's label is not in the label set (the server's key of entity labels)."""


class LabelStillCarried(ServerIntegrityError):
    """A label to remove or rename is still carried by entities of some annotator's version."""
