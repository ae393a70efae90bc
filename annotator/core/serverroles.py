"""Who may write what in a project on a PostgreSQL server (issue 15): ``annotator server init``.

Two group roles hold the rights; each person connects as their own login role, a member of one:

- ``annotator_curators`` write the curated version (the ordinary tables), the label set, the
  claim schema, the settings, the assignments, everyone's stored versions (a merge);
- ``annotator_annotators`` read the project and write only their own work: the rows of
  ``layer_documents`` and ``layer_oplog`` whose ``layer`` is their role's name
  (``import --update``), and operation-log rows in their own name.

The database enforces it (grants, and row-level security policies on the shared tables), so a
hand-written statement on an annotator's connection cannot change anyone else's rows. Every
log row, whoever writes it, carries the role that wrote it. The owner of the tables (the lead
who ran ``server init``) is not bound by the policies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import messages as m
from .errors import ProjectError
from .location import ServerLocation
from .serverdb import connect_raw, reason

CURATORS = "annotator_curators"
ANNOTATORS = "annotator_annotators"
#: A role name this command creates: letters, digits and _ (no quoting surprises in SQL or URLs).
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

_SHARED = ("layer_documents", "layer_oplog", "oplog")

_POLICIES = f"""
ALTER TABLE layer_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE layer_oplog ENABLE ROW LEVEL SECURITY;
ALTER TABLE oplog ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS read_all ON layer_documents;
DROP POLICY IF EXISTS curators_write ON layer_documents;
DROP POLICY IF EXISTS own_insert ON layer_documents;
DROP POLICY IF EXISTS own_update ON layer_documents;
DROP POLICY IF EXISTS own_delete ON layer_documents;
CREATE POLICY read_all ON layer_documents FOR SELECT TO {CURATORS}, {ANNOTATORS} USING (true);
CREATE POLICY curators_write ON layer_documents FOR ALL TO {CURATORS} USING (true) WITH CHECK (true);
CREATE POLICY own_insert ON layer_documents FOR INSERT TO {ANNOTATORS} WITH CHECK (layer = current_user);
CREATE POLICY own_update ON layer_documents FOR UPDATE TO {ANNOTATORS}
    USING (layer = current_user) WITH CHECK (layer = current_user);
CREATE POLICY own_delete ON layer_documents FOR DELETE TO {ANNOTATORS} USING (layer = current_user);
DROP POLICY IF EXISTS read_all ON layer_oplog;
DROP POLICY IF EXISTS curators_write ON layer_oplog;
DROP POLICY IF EXISTS own_insert ON layer_oplog;
CREATE POLICY read_all ON layer_oplog FOR SELECT TO {CURATORS}, {ANNOTATORS} USING (true);
CREATE POLICY curators_write ON layer_oplog FOR INSERT TO {CURATORS} WITH CHECK (true);
CREATE POLICY own_insert ON layer_oplog FOR INSERT TO {ANNOTATORS} WITH CHECK (layer = current_user);
DROP POLICY IF EXISTS read_all ON oplog;
DROP POLICY IF EXISTS own_name ON oplog;
CREATE POLICY read_all ON oplog FOR SELECT TO {CURATORS}, {ANNOTATORS} USING (true);
CREATE POLICY own_name ON oplog FOR INSERT TO {CURATORS}, {ANNOTATORS} WITH CHECK ("user" = current_user);
"""


@dataclass
class InitReport:
    created_project: bool = False
    roles_created: list[str] = field(default_factory=list)
    curators: list[str] = field(default_factory=list)
    annotators: list[str] = field(default_factory=list)


def check_names(names: list[str]) -> None:
    for name in names:
        if not ROLE_NAME.match(name):
            raise ProjectError(m.translate("Core", "{name!r}: a role name is lower-case letters, digits and _ "
                                                   "(at most 63, not starting with a digit)").format(name=name))


def init(where: ServerLocation, curators: list[str], annotators: list[str], label_set: str = "irex") -> InitReport:
    """Make the database at ``where`` a shared project (its tables, if it is empty), the two
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
    with Project.open(where, create=True, label_set=label_set) as project:
        report.created_project = [r[3] for r in project.oplog(2)] == ["create"]
    raw = connect_raw(where, autocommit=False)
    try:
        with raw.transaction():
            for group in (CURATORS, ANNOTATORS):
                if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone() is None:
                    raw.execute(f"CREATE ROLE {group} NOLOGIN")
                    report.roles_created.append(group)
            for name, group in [(n, CURATORS) for n in curators] + [(n, ANNOTATORS) for n in annotators]:
                if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
                    raw.execute(f"CREATE ROLE {name} LOGIN")
                    report.roles_created.append(name)
                other = ANNOTATORS if group == CURATORS else CURATORS
                raw.execute(f"REVOKE {other} FROM {name}")
                raw.execute(f"GRANT {group} TO {name}")
            database = raw.execute("SELECT current_database()").fetchone()[0]
            quoted = '"' + database.replace('"', '""') + '"'
            for group in (CURATORS, ANNOTATORS):
                raw.execute(f"GRANT CONNECT ON DATABASE {quoted} TO {group}")
                raw.execute(f"GRANT USAGE ON SCHEMA public TO {group}")
                raw.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}")
                raw.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {group}")
                raw.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {group}")
            raw.execute(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {CURATORS}")
            raw.execute(f"REVOKE INSERT, UPDATE, DELETE ON annotator_schema FROM {CURATORS}")
            raw.execute(f"REVOKE UPDATE, DELETE ON oplog, layer_oplog FROM {CURATORS}")
            raw.execute(f"GRANT INSERT, UPDATE, DELETE ON layer_documents TO {ANNOTATORS}")
            raw.execute(f"GRANT INSERT ON layer_oplog, oplog TO {ANNOTATORS}")
            raw.execute(_POLICIES)
    except Exception as exc:
        if type(exc).__module__.startswith("psycopg"):
            raise ProjectError(m.translate("Core", "{url}: server init failed: {reason}; nothing was changed")
                               .format(url=where, reason=reason(exc, where))) from None
        raise
    finally:
        raw.close()
    return report
