"""Making an opened project file ready: is it a project of a schema this program reads, is it
damaged (when a command about to write asks), WAL journaling, and its schema created or
migrated. What ``Project.open`` runs once the connection is made; the SQL is in ``schema.py``.
"""

from __future__ import annotations

import sqlite3
import time

from . import messages as m
from . import projectfile, queries
from .damage import damage
from .database import Database
from .errors import ProjectError
from .faults import busy_timeout_ms, damaged, project_error
from .model import builtin_label_set
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA, SCHEMA_VERSION, execute_script


def prepare(db: Database, *, create: bool, label_set: str, check: bool) -> None:
    """Check what ``db`` opened and make it ready; raises ProjectError saying what is wrong.

    ``create``: an empty file becomes a project with the label set ``label_set``.
    ``check``: refuse a damaged file (``check_damage``), before anything is written."""
    c = db.conn
    path = db.path
    c.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    app_id = c.execute("PRAGMA application_id").fetchone()[0]
    version = c.execute("PRAGMA user_version").fetchone()[0]
    has_tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if has_tables and app_id != APPLICATION_ID:
        raise ProjectError(m.translate("Core", "{path}: an SQLite file, but not an annotator project")
                           .format(path=path))
    if version > SCHEMA_VERSION:
        raise ProjectError(
            m.translate("Core", "{path}: this project was written by a newer annotator (file schema {version}, "
                                "this program reads up to {readable}); update annotator to open it")
            .format(path=path, version=version, readable=SCHEMA_VERSION)
        )
    if not has_tables and not create:
        raise ProjectError(m.translate("Core", "{path}: empty file, not an annotator project")
                           .format(path=path))
    if check and has_tables:
        check_damage(db)
    if db.read_only:
        if version < SCHEMA_VERSION:
            raise ProjectError(m.translate("Core", "{path}: this project was written by an older annotator "
                                                   "(file schema {version}) and must be upgraded, which needs "
                                                   "writing it: {reason}")
                               .format(path=path, version=version,
                                       reason=projectfile.read_only_reason(path)))
        return
    if c.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
        raise ProjectError(m.translate("Core", "{path}: cannot switch the project file to WAL journaling")
                           .format(path=path))
    c.execute("PRAGMA synchronous = FULL")
    c.execute("PRAGMA foreign_keys = ON")
    if not has_tables:
        create_schema(db, label_set)
    elif version < SCHEMA_VERSION:
        migrate(db, version)


def check_damage(db: Database) -> None:
    """Raise ProjectError when the file is damaged (``damage.damage``)."""
    try:
        problem = damage(db.conn)
    except sqlite3.DatabaseError as exc:
        raise project_error(exc, db.path) from None
    if problem is not None:
        raise damaged(db.path, problem)


def create_schema(db: Database, label_set: str) -> None:
    """The tables of a new project, with the built-in label set ``label_set``."""
    labels = builtin_label_set(label_set)
    with db.write() as c:
        # Another process may have created it while we waited for the lock.
        if c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return
        execute_script(c, SCHEMA)
        c.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        c.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        c.executemany(
            "INSERT INTO project (key, value) VALUES (?, ?)",
            [("created", _now_iso()), ("label_set", label_set)],
        )
        queries.insert_labels(c, labels)
        db.log("create", None, {"label_set": label_set})


def migrate(db: Database, version: int) -> None:
    """Upgrade the file from schema ``version`` to ``SCHEMA_VERSION``, in one transaction."""
    with db.write() as c:
        current = c.execute("PRAGMA user_version").fetchone()[0]
        while current < SCHEMA_VERSION:
            script = MIGRATIONS.get(current)
            if script is None:
                raise ProjectError(m.translate("Core", "{path}: no migration from schema {version}")
                                   .format(path=db.path, version=current))
            execute_script(c, script)
            current += 1
            c.execute(f"PRAGMA user_version = {current}")
        db.log("migrate", None, {"from": version, "to": SCHEMA_VERSION})


def _now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
