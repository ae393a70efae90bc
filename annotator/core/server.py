"""Moving a project to a PostgreSQL database and back (issue 15, first step: ``annotator push``
and ``annotator pull``).

The database holds the project's tables as the project file does (the same names, columns and
keys, PostgreSQL's types), and the schema version in ``annotator_schema``. ``push`` copies
every row of a project file into an *empty* database in one transaction (all or nothing) and
checks the row counts; ``pull`` builds a new project file from such a database (atomically,
``creating.into_project``), row for row. The export cache is not copied: it is rebuilt from
the entities, checked, by the next export. psycopg (the extra ``postgres``) is imported only
here, only when used. A URL is shown without its password (``shown_url``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import messages as m
from .checks import check_project
from .errors import ProjectError
from .layer_rows import CURATED
from .location import ServerLocation, is_url, shown_url, url_problem  # noqa: F401 - the command's too
from .schema import SCHEMA_VERSION
from .serverdb import SCHEMA, connect_raw, reason, renumber
from .serverschema import SHARED_KEYS
from .store import Project

#: The tables copied, in an order that satisfies their references, with their columns.
TABLES: dict[str, tuple[str, ...]] = {
    "project": ("key", "value"),
    "labels": ("position", "name", "color", "key", "description"),
    "documents": ("rowid", "id", "text", "meta", "status", "updated"),
    "entities": ("rowid", "doc", "id", "start", "end", "label", "text", "attributes"),
    "claims": ("rowid", "doc", "id", "start", "end", "text", "data"),
    "entity_suggestions": ("rowid", "doc", "start", "end", "label", "text", "source", "score"),
    "layer_documents": ("layer", "doc", "status", "entities", "claims", "updated", "source"),
    "layer_oplog": ("layer", "source", "seq", "ts", "user", "kind", "doc", "payload"),
    "assignments": ("doc", "annotator"),
    "oplog": ("seq", "ts", "user", "kind", "doc", "payload"),
}

def _where(url: str | ServerLocation) -> ServerLocation:
    return url if isinstance(url, ServerLocation) else ServerLocation(url)


def _connect(url: str | ServerLocation) -> Any:
    return connect_raw(_where(url), autocommit=False)


def _reason(exc: BaseException, url: str | ServerLocation) -> str:
    """The driver's message, never with the URL's password in it."""
    return reason(exc, _where(url))


def _project_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    key, value = row
    return ("" if key in SHARED_KEYS else CURATED, key, value)


#: What ``push`` copies (serverschema): the server's table, its columns, what to read from the
#: file, how a row becomes the server's (or as it is), and the file's table it reports as.
_COPIES: tuple[tuple[str, tuple[str, ...], str, Callable[[tuple[Any, ...]], tuple[Any, ...]] | None, str | None],
               ...] = (
    ("project_rows", ("layer", "key", "value"), "SELECT key, value FROM project", _project_row, "project"),
    ("labels", ("position", "name", "color", "key", "description"),
     "SELECT position, name, color, key, description FROM labels", None, "labels"),
    ("doc_texts", ("rowid", "id", "text", "meta"), "SELECT rowid, id, text, meta FROM documents", None, "documents"),
    ("doc_states", ("layer", "doc", "status", "updated"),
     "SELECT 'curated', rowid, status, updated FROM documents WHERE status <> 'new' OR updated IS NOT NULL",
     None, None),
    ("entity_rows", ("layer", "rowid", "doc", "id", "start", '"end"', "label", "text", "attributes"),
     'SELECT \'curated\', rowid, doc, id, start, "end", label, text, attributes FROM entities', None, "entities"),
    ("claim_rows", ("layer", "rowid", "doc", "id", "start", '"end"', "text", "data"),
     'SELECT \'curated\', rowid, doc, id, start, "end", text, data FROM claims', None, "claims"),
    ("cache_rows", ("layer", "doc", "entities", "seal"), "SELECT 'curated', doc, entities, seal FROM export_cache",
     None, "export_cache"),
    ("entity_suggestions", ("rowid", "doc", "start", '"end"', "label", "text", "source", "score"),
     'SELECT rowid, doc, start, "end", label, text, source, score FROM entity_suggestions', None,
     "entity_suggestions"),
    ("layer_snapshots", ("layer", "doc", "status", "entities", "claims", "updated", "source"),
     "SELECT layer, doc, status, entities, claims, updated, source FROM layer_documents", None, "layer_documents"),
    ("layer_oplog", ("layer", "source", "seq", "ts", '"user"', "kind", "doc", "payload"),
     "SELECT layer, source, seq, ts, user, kind, doc, payload FROM layer_oplog", None, "layer_oplog"),
    ("assignments", ("doc", "annotator"), "SELECT doc, annotator FROM assignments", None, "assignments"),
    ("oplog", ("seq", "ts", '"user"', "kind", "doc", "payload"), "SELECT seq, ts, user, kind, doc, payload FROM oplog",
     None, "oplog"),
)


def _cols(table: str) -> str:
    return ", ".join(f'"{c}"' for c in TABLES[table])


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        return self.rows.get("documents", 0)


def push(project_path: Path, url: str | ServerLocation) -> CopyReport:
    """Copy the project file at ``project_path`` into the empty database at ``url``: all or
    nothing; raises ProjectError (the database unchanged) when it is not empty or the copy fails."""
    _refuse_unsound(Path(project_path), m.translate("Core", "{path}: the project has problems; nothing was pushed"))
    report = CopyReport()
    with Project.open(project_path, read_only=True) as project, contextlib.closing(_connect(url)) as conn:
        c = project.db.conn
        try:
            with conn.transaction():
                existing = conn.execute("SELECT count(*) FROM information_schema.tables "
                                        "WHERE table_schema = current_schema()").fetchone()[0]
                if existing:
                    raise ProjectError(m.translate("Core", "{url}: the database is not empty (tables: {n}); push "
                                                           "copies a project into an empty database only")
                                       .format(url=str(_where(url)), n=existing))
                conn.execute(SCHEMA)
                conn.execute("INSERT INTO annotator_schema (version) VALUES (%s)", (SCHEMA_VERSION,))
                with project.db.read():
                    # into the curated layer's rows (serverschema), its export cache too (still sealed)
                    conn.execute("ALTER TABLE entity_rows DISABLE TRIGGER entity_rows_cache")
                    for target, columns, select, shape, reported in _COPIES:
                        n = 0
                        with conn.cursor().copy(f"COPY {target} ({', '.join(columns)}) FROM STDIN") as copy:
                            for row in c.execute(select):
                                copy.write_row(shape(row) if shape else row)
                                n += 1
                        if reported:
                            report.rows[reported] = n
                        got = conn.execute(f"SELECT count(*) FROM {target}").fetchone()[0]
                        if got != n:
                            raise ProjectError(m.translate("Core", "{url}: {table} holds {got} rows after the copy, "
                                                                   "not {n}; nothing was kept").format(
                                url=str(_where(url)), table=target, got=got, n=n))
                    conn.execute("ALTER TABLE entity_rows ENABLE TRIGGER entity_rows_cache")
                renumber(conn)  # new rows are numbered after those copied
        except ProjectError:
            raise
        except Exception as exc:  # the driver's errors: the transaction was rolled back
            if type(exc).__module__.startswith("psycopg"):
                raise ProjectError(m.translate("Core", "{url}: the copy failed: {reason}; nothing was kept")
                                   .format(url=str(_where(url)), reason=_reason(exc, url))) from None
            raise
    return report


def _refuse_unsound(path: Path, message: str) -> None:
    """Raise ProjectError with ``message`` and the first problems ``annotator check`` finds in
    the project file at ``path`` (spans, texts, labels, references, JSON), if any."""
    findings, _ = check_project(path)
    if findings:
        shown = "; ".join(f"{f.doc}: {f.message}" if f.doc else f.message for f in findings[:5])
        more = f" (and {len(findings) - 5} more)" if len(findings) > 5 else ""
        raise ProjectError(message.format(path=path) + f": {shown}{more}")


def _rows(conn: Any, table: str) -> Iterator[tuple[Any, ...]]:
    with conn.cursor(name=f"pull_{table}") as cur:  # a server-side cursor: flat memory
        cur.itersize = 2000
        cur.execute(f"SELECT {_cols(table)} FROM {table}")
        yield from cur


def pull(url: str | ServerLocation, out: Path,
         into: Callable[[Path, Callable[[Project, bool], CopyReport], str], CopyReport]) -> CopyReport:
    """A new project file ``out`` holding the project in the database at ``url`` (``into``:
    ``creating.into_project``-like, atomic); raises ProjectError saying why not."""
    if out.exists() or out.is_symlink():
        raise ProjectError(m.translate("Core", "{path}: already exists; pull always writes a new project file")
                           .format(path=out))
    for suffix in ("-wal", "-shm", "-journal"):
        base = Path(str(out)[: -len(suffix)]) if str(out).endswith(suffix) else None
        if base is not None and base.exists():
            raise ProjectError(m.translate("Core", "{path}: SQLite keeps this file beside the project {project} and "
                                                   "would delete it; choose another name")
                               .format(path=out, project=base))
    with contextlib.closing(_connect(url)) as conn:
        try:
            version = conn.execute("SELECT version FROM annotator_schema").fetchone()[0]
        except Exception as exc:
            if type(exc).__module__.startswith("psycopg"):
                raise ProjectError(m.translate("Core", "{url}: not an annotator project, or this role may not read "
                                                       "it (no annotator_schema table)")
                                   .format(url=str(_where(url)))) from None
            raise
        conn.rollback()
        if version != SCHEMA_VERSION:
            raise ProjectError(m.translate("Core", "{url}: a project of schema {found}; this program reads {mine}")
                               .format(url=str(_where(url)), found=version, mine=SCHEMA_VERSION))

        def work(project: Project, new: bool) -> CopyReport:
            if not new:
                raise ProjectError(m.translate("Core", "{path}: appeared meanwhile; nothing was written")
                                   .format(path=out))
            report = CopyReport()
            with project.db.write() as c:
                for table in ("project", "labels"):  # the new file's own, replaced
                    c.execute(f"DELETE FROM {table}")
                c.execute("DELETE FROM oplog")
                with conn.transaction():  # one snapshot of the database
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    for table in TABLES:
                        marks = ", ".join("?" for _ in TABLES[table])
                        cols = ", ".join(f'"{x}"' for x in TABLES[table])
                        n = 0
                        batch: list[tuple[Any, ...]] = []
                        for row in _rows(conn, table):
                            batch.append(tuple(row))
                            if len(batch) >= 2000:
                                c.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", batch)
                                n += len(batch)
                                batch = []
                        c.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", batch)
                        report.rows[table] = n + len(batch)
            project.forget_cached()
            _refuse_unsound(project.path, m.translate("Core", "{url}: the project there has problems; nothing was "
                                                              "written").replace("{url}", str(_where(url))))
            return report

        try:
            return into(out, work, "irex")
        except Exception as exc:  # the driver's errors (a table missing, no permission): nothing written
            if type(exc).__module__.startswith("psycopg"):
                raise ProjectError(m.translate("Core", "{url}: cannot read the project: {reason}; nothing was "
                                                       "written").format(url=str(_where(url)),
                                                                         reason=_reason(exc, url))) from None
            raise
