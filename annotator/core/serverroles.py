"""Who may write what in a project on a PostgreSQL server (issue 15): ``annotator server init``.

Two group roles of the database's own (``annotator_<oid>_curators`` and ``…_annotators``, named
in ``annotator_groups``: a role's rights in one project never reach another on the same server)
hold the rights; each person connects as their own login role, a member of one:

- curators write the curated layer (``serverschema``), the documents, the label
  set, the claim schema and the shared settings, the assignments, and any annotator's stored
  version (a merge);
- annotators read the project and write only their own layer: the rows whose
  ``layer`` is their role's name (their annotations, statuses, decisions and models, in the
  window as with ``import --update``), and operation-log rows in their own name.

The database enforces it (grants, and row-level security policies on the shared tables), so a
hand-written statement on an annotator's connection cannot change anyone else's rows. Every
log row, whoever writes it, carries the role that wrote it. The owner of the tables (the lead
who ran ``server init``) is not bound by the policies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import messages as m
from .errors import ProjectError
from .layer_rows import CURATED
from .location import ServerLocation
from .serverdb import connect_raw, reason
from .serverschema import LAYERED_TABLES, LAYERED_VIEWS

#: The tables only curators write (besides their layer of the layered ones).
CURATOR_TABLES = ("doc_texts", "labels", "assignments")
#: The tables whose rows the server numbers: the columns a writer may give, and may change.
NUMBERED = {
    "entity_rows": ('layer, doc, id, start, "end", label, text, attributes', 'start, "end", label, text, attributes'),
    "claim_rows": ('layer, doc, id, start, "end", text, data', 'start, "end", text, data'),
    "entity_suggestions": ('doc, start, "end", label, text, source, score', 'label'),
    "oplog": ('ts, "user", kind, doc, payload', ""),
}

#: A role name this command creates: letters, digits and _ (no quoting surprises in SQL or URLs).
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

def _policies(curators: str, annotators: str) -> str:
    """Row-level security on the tables several roles write: everyone reads every row; a
    curator writes the curated layer and the shared rows (and any stored version: a merge); an
    annotator writes the rows of their own layer only; log rows are written in one's own name."""
    out = []
    for table in LAYERED_TABLES:
        curated = "true" if table == "layer_snapshots" else "layer IN ('curated', '')"
        out += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;",
                *(f"DROP POLICY IF EXISTS {name} ON {table};" for name in ("read_all", "curators_write", "own_write")),
                f"CREATE POLICY read_all ON {table} FOR SELECT TO {curators}, {annotators} USING (true);",
                f"CREATE POLICY curators_write ON {table} FOR ALL TO {curators} USING ({curated}) "
                f"WITH CHECK ({curated});",
                f"CREATE POLICY own_write ON {table} FOR ALL TO {annotators} USING (layer = current_user) "
                "WITH CHECK (layer = current_user);"]
    for table, mine in (("layer_oplog", "layer = current_user"), ("oplog", '"user" = current_user')):
        out += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;",
                *(f"DROP POLICY IF EXISTS {name} ON {table};" for name in ("read_all", "curators_write", "own_write")),
                f"CREATE POLICY read_all ON {table} FOR SELECT TO {curators}, {annotators} USING (true);",
                f"CREATE POLICY curators_write ON {table} FOR INSERT TO {curators} WITH CHECK "
                f"({'true' if table == 'layer_oplog' else mine});",
                f"CREATE POLICY own_write ON {table} FOR INSERT TO {annotators} WITH CHECK ({mine});"]
    return "\n".join(out)


@dataclass
class InitReport:
    created_project: bool = False
    roles_created: list[str] = field(default_factory=list)
    curators: list[str] = field(default_factory=list)
    annotators: list[str] = field(default_factory=list)
    #: This database's group roles: curators', annotators'.
    groups: tuple[str, str] = ("", "")


def check_names(names: list[str]) -> None:
    for name in names:
        if not ROLE_NAME.match(name):
            raise ProjectError(m.translate("Core", "{name!r}: a role name is lower-case letters, digits and _ "
                                                   "(at most 63, not starting with a digit)").format(name=name))
        if name == CURATED or name.startswith(("pg_", "annotator_")):
            raise ProjectError(m.translate("Core", "{name!r}: a name of the project's own (curated, annotator_…) or "
                                                   "of PostgreSQL's (pg_…), not a person's").format(name=name))


def _refuse_powerful(raw: Any, names: list[str]) -> None:
    """Refuse a name that is the role running this, the database's owner, or a role the rules
    do not bind (a superuser, one that bypasses row-level security or creates roles)."""
    me = raw.execute("SELECT current_user").fetchone()[0]
    owner = raw.execute("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
                        ).fetchone()[0]
    for name in names:
        row = raw.execute("SELECT rolsuper OR rolbypassrls OR rolcreaterole FROM pg_roles WHERE rolname = %s",
                          (name,)).fetchone()
        if name in (me, owner) or (row is not None and row[0]):
            raise ProjectError(m.translate("Core", "{name!r}: this role owns the database or is not bound by its "
                                                   "rules (a superuser, or one that bypasses row-level security or "
                                                   "creates roles): give a person a role of their own")
                               .format(name=name))


def _groups(raw: Any, report: InitReport) -> tuple[str, str]:
    """This database's two group roles, made the first time (named after its oid, recorded in
    ``annotator_groups``)."""
    known = dict(raw.execute("SELECT kind, role FROM annotator_groups").fetchall())
    oid = raw.execute("SELECT oid FROM pg_database WHERE datname = current_database()").fetchone()[0]
    out = []
    for kind in ("curators", "annotators"):
        role = known.get(kind) or f"annotator_{oid}_{kind}"
        if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
            raw.execute(f"CREATE ROLE {role} NOLOGIN")
            report.roles_created.append(role)
        raw.execute("INSERT INTO annotator_groups (kind, role) VALUES (%s, %s) ON CONFLICT (kind) DO NOTHING",
                    (kind, role))
        out.append(role)
    return out[0], out[1]


def init(where: ServerLocation, curators: list[str], annotators: list[str], label_set: str = "irex") -> InitReport:
    """Make the database at ``where`` a shared project (its tables, if it is empty), its two
    group roles with their rights and policies, and a login role in the right group for each
    name given (existing roles are only added to the group). One transaction: all or nothing.
    Run as the database's owner (the lead)."""
    from .store import Project

    check_names(curators + annotators)
    both = set(curators) & set(annotators)
    if both:
        raise ProjectError(m.translate("Core", "{names}: named both curator and annotator")
                           .format(names=", ".join(sorted(both))))
    report = InitReport(curators=list(curators), annotators=list(annotators))
    probe = connect_raw(where)
    try:
        report.created_project = probe.execute("SELECT to_regclass('annotator_schema') IS NULL").fetchone()[0]
    finally:
        probe.close()
    Project.open(where, create=True, label_set=label_set).close()
    raw = connect_raw(where, autocommit=False)
    try:
        with raw.transaction():
            _refuse_powerful(raw, curators + annotators)
            cur_group, ann_group = _groups(raw, report)
            report.groups = (cur_group, ann_group)
            for name, group in [(n, cur_group) for n in curators] + [(n, ann_group) for n in annotators]:
                if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
                    raw.execute(f"CREATE ROLE {name} LOGIN")
                    report.roles_created.append(name)
                other = ann_group if group == cur_group else cur_group
                raw.execute(f"REVOKE {other} FROM {name}")
                raw.execute(f"GRANT {group} TO {name}")
            database = raw.execute("SELECT current_database()").fetchone()[0]
            quoted = '"' + database.replace('"', '""') + '"'
            raw.execute(f"REVOKE CONNECT ON DATABASE {quoted} FROM PUBLIC")  # this project's people only
            for group in (cur_group, ann_group):
                raw.execute(f"GRANT CONNECT ON DATABASE {quoted} TO {group}")
                raw.execute(f"GRANT USAGE ON SCHEMA public TO {group}")
                raw.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}")
                raw.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {group}")
                raw.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {group}")
            views = ", ".join(LAYERED_VIEWS)
            for group in (cur_group, ann_group):  # writes pass through to the tables, which decide
                raw.execute(f"GRANT INSERT, UPDATE, DELETE ON {views} TO {group}")
            plain = [t for t in LAYERED_TABLES if t not in NUMBERED]
            raw.execute(f"GRANT INSERT, UPDATE, DELETE ON {', '.join([*CURATOR_TABLES, *plain])} TO {cur_group}")
            raw.execute(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(plain)} TO {ann_group}")
            # the server numbers rows itself: nobody but the owner gives or changes a number (which
            # would take the one another's next row needs, or move the log's order)
            for table, (inserted, updated) in NUMBERED.items():
                writers = f"{cur_group}, {ann_group}" if table != "entity_suggestions" else cur_group
                raw.execute(f"GRANT INSERT ({inserted}) ON {table} TO {writers}")
                if updated:
                    raw.execute(f"GRANT UPDATE ({updated}), DELETE ON {table} TO {writers}")
            raw.execute(f"GRANT INSERT ON layer_oplog TO {cur_group}, {ann_group}")
            raw.execute(_policies(cur_group, ann_group))
    except Exception as exc:
        if type(exc).__module__.startswith("psycopg"):
            raise ProjectError(m.translate("Core", "{url}: server init failed: {reason}; nothing was changed")
                               .format(url=where, reason=reason(exc, where))) from None
        raise
    finally:
        raw.close()
    return report
