"""Making an opened project file ready: is it a project of a schema this program reads, is it
damaged (when a command about to write asks), WAL journaling, and its schema created or
migrated. What ``Project.open`` runs once the connection is made; the SQL is in ``schema.py``.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid

from . import messages as m
from . import projectfile, queries
from .damage import damage
from .database import Database
from .errors import ProjectError
from .faults import busy_timeout_ms, damaged, project_error
from .layer_rows import CURATED, LAYER_KEY, PROJECT_ID_KEY
from .model import Entity, builtin_label_set
from .rows import entities_json, export_seal
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
            [("created", _now_iso()), ("label_set", label_set), (PROJECT_ID_KEY, new_project_id()),
             (LAYER_KEY, CURATED)],
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
            if current == 2:
                reshape_export_cache(c)
            if current == 3:
                c.executemany("INSERT OR IGNORE INTO project (key, value) VALUES (?, ?)",
                              [(PROJECT_ID_KEY, new_project_id()), (LAYER_KEY, CURATED)])
            current += 1
            c.execute(f"PRAGMA user_version = {current}")
        db.log("migrate", None, {"from": version, "to": SCHEMA_VERSION})


def reshape_export_cache(c: sqlite3.Connection) -> None:
    """Schema 2 → 3: the export cache in schema 3's canonical shape, every entity with its
    ``attributes`` (``{}`` when it has none). Each row is verified against its document's
    text (keys, types, exact spans, no id twice), then rewritten and sealed; any other row
    (written by hand, damaged) is dropped: the export then writes that document from its
    entity rows, checked."""
    rows = c.execute("SELECT doc, x.entities, d.text FROM export_cache x "
                     "JOIN documents d ON d.rowid = x.doc").fetchall()
    out, dropped = [], []
    for doc, cached, text in rows:
        entities = _verified_cache(cached, text)
        if entities is None:
            dropped.append((doc,))
            continue
        new = entities_json(entities)
        out.append((new, export_seal(text.encode("utf-8"), new.encode("utf-8")), doc))
    c.executemany("UPDATE export_cache SET entities = ?, seal = ? WHERE doc = ?", out)
    c.executemany("DELETE FROM export_cache WHERE doc = ?", dropped)


def _verified_cache(cached: object, text: object) -> list[Entity] | None:
    """The entities of a schema-2 cache row, when each is sound against ``text``; else None."""
    if not isinstance(cached, str) or not isinstance(text, str):
        return None
    try:
        objs = json.loads(f"[{cached}]")
    except (ValueError, RecursionError):
        return None
    out = []
    for o in objs:
        if not (isinstance(o, dict) and _SCHEMA2_KEYS <= o.keys() <= _SCHEMA3_KEYS):
            return None
        eid, start, end, label, etext, attrs = (o["id"], o["start"], o["end"], o["label"], o["text"],
                                                o.get("attributes", {}))
        if not (isinstance(eid, str) and eid and type(start) is int and type(end) is int and isinstance(label, str)
                and label and isinstance(attrs, dict) and 0 <= start < end <= len(text) and text[start:end] == etext):
            return None
        out.append(Entity(eid, start, end, label, etext, attrs))
    return out if out and len({e.id for e in out}) == len(out) else None


#: The keys of an entity a schema-2 import cached: these, and "attributes" when it had some.
_SCHEMA2_KEYS = frozenset(("id", "start", "end", "label", "text"))
_SCHEMA3_KEYS = _SCHEMA2_KEYS | {"attributes"}


def new_project_id() -> str:
    """A project's identity: packages carry it, a merge refuses a file of another project."""
    return uuid.uuid4().hex


def _now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
