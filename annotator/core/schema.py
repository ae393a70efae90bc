"""The project file's schema: tables, triggers, version and the application id, and the
migrations that bring an older file up to date."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 4
APPLICATION_ID = 0x4A4E4E54  # "JNNT": tells our project files from other SQLite files

SUG_TABLE = """-- Entities another tool proposed (Label Studio's predictions…): suggestions, never annotations
-- (no export writes them as entities). source: who proposed it ("label-studio:MODEL"…).
CREATE TABLE entity_suggestions (
    rowid INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    score REAL,
    CHECK (0 <= start AND start < "end")
);
CREATE UNIQUE INDEX entity_suggestions_span ON entity_suggestions(doc, start, "end" DESC, label, source);
"""

LAYER_TABLES = """-- Several annotators (schema 4, ADR 11). The ordinary tables hold the project's working layer
-- (project key "layer": "curated" in a lead's project, the annotator's name in a package); every
-- other annotator's version of a document is a read-only snapshot here, brought in by a merge or
-- an import --update: canonical JSON arrays of entity and claim objects, that annotator's status.
-- updated: when that annotator last changed the document; source: the package (project id) or
-- file it came from.
CREATE TABLE layer_documents (
    layer TEXT NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done', 'skipped')),
    entities TEXT NOT NULL DEFAULT '[]',
    claims TEXT NOT NULL DEFAULT '[]',
    updated REAL,
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (layer, doc)
);
CREATE INDEX layer_documents_doc ON layer_documents(doc);
-- The operation logs of the packages merged, kept whole: (layer, source, seq) is each row's identity.
CREATE TABLE layer_oplog (
    layer TEXT NOT NULL,
    source TEXT NOT NULL,
    seq INTEGER NOT NULL,
    ts REAL NOT NULL,
    user TEXT NOT NULL,
    kind TEXT NOT NULL,
    doc TEXT,
    payload TEXT NOT NULL,
    PRIMARY KEY (layer, source, seq)
);
-- Who annotates which document (annotator assign).
CREATE TABLE assignments (
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    annotator TEXT NOT NULL,
    PRIMARY KEY (doc, annotator)
);
CREATE INDEX assignments_annotator ON assignments(annotator);
"""

SCHEMA = """
CREATE TABLE project (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE labels (
    position INTEGER NOT NULL,
    name TEXT PRIMARY KEY,
    color TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done', 'skipped')),
    updated REAL
);
CREATE INDEX documents_status ON documents(status);
CREATE TABLE entities (
    rowid INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    attributes TEXT,
    CHECK (0 <= start AND start < "end")
);
CREATE UNIQUE INDEX entities_id ON entities(doc, id);
CREATE UNIQUE INDEX entities_span ON entities(doc, start, "end" DESC, label);
CREATE INDEX entities_label ON entities(label);
CREATE TABLE claims (
    rowid INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX claims_id ON claims(doc, id);
CREATE INDEX claims_span ON claims(doc, start, "end" DESC, id);
-- The entities of a document as exported (JSON objects joined by commas), written when
-- they were verified against the text. Any change to the document's entities or text
-- deletes it, even one made outside annotator; the exporter rebuilds what is missing.
-- seal: rows.export_seal of the text and the entities as written (NULL in rows from
-- schema 1): a row whose bytes still give it is copied without checking it again.
CREATE TABLE export_cache (
    doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
    entities TEXT NOT NULL,
    seal INTEGER
);
CREATE TRIGGER export_cache_entity_insert AFTER INSERT ON entities BEGIN
    DELETE FROM export_cache WHERE doc = NEW.doc;
END;
CREATE TRIGGER export_cache_entity_update AFTER UPDATE ON entities BEGIN
    DELETE FROM export_cache WHERE doc IN (OLD.doc, NEW.doc);
END;
CREATE TRIGGER export_cache_entity_delete AFTER DELETE ON entities BEGIN
    DELETE FROM export_cache WHERE doc = OLD.doc;
END;
CREATE TRIGGER export_cache_text_update AFTER UPDATE OF text ON documents BEGIN
    DELETE FROM export_cache WHERE doc = NEW.rowid;
END;
""" + SUG_TABLE + LAYER_TABLES + """CREATE TABLE oplog (
    seq INTEGER PRIMARY KEY,
    ts REAL NOT NULL,
    user TEXT NOT NULL,
    kind TEXT NOT NULL,
    doc TEXT,
    payload TEXT NOT NULL
);
"""



#: MIGRATIONS[v] upgrades a file from schema v to v + 1 (SQL run in one transaction).
MIGRATIONS: dict[int, str] = {
    # 1 → 2: the export cache's seal (rows written before it have none and are checked in full).
    1: "ALTER TABLE export_cache ADD COLUMN seal INTEGER",
    # 2 → 3: entity suggestions; then (opening.migrate) the export cache in the canonical shape
    # of schema 3, every entity with its "attributes".
    2: SUG_TABLE,
    # 3 → 4: several annotators; then (opening.migrate) the project's id and its working layer,
    # "curated": the annotations a file held are its curated version (ADR 11).
    3: LAYER_TABLES,
}


def execute_script(c: sqlite3.Connection, script: str) -> None:
    """Run the statements of ``script`` inside the current transaction.

    ``executescript`` would commit the open transaction first, losing atomicity.
    Statements are cut where SQLite says one is complete (triggers hold inner ``;``).
    """
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n;"):
                c.execute(statement)
            statement = ""


def has_project_header(header: bytes) -> bool:
    """Whether the first 100 bytes of a file are those of an SQLite file with our application id."""
    return (len(header) >= 72 and header.startswith(b"SQLite format 3\0")
            and int.from_bytes(header[68:72], "big") == APPLICATION_ID)
