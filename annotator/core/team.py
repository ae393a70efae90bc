"""Several annotators on one project (ADR 11): documents handed out (``assign``), a project
file per annotator (``package``), their work brought back (``merge``) and annotations added
from a file as one annotator's work (``update``).

The lead's project keeps its curated version in its ordinary tables and each annotator's
version of a document as a read-only snapshot (``layer_rows``). A package is an ordinary
project whose working layer is the annotator's (project key ``layer``) and which names the
project it was made from (``package_of``): the annotator edits it in the window as any
project, and a merge reads it back. Merging is all or nothing, refuses a file of another
project or whose documents' text changed (naming the document), never replaces a version with
an older one, keeps the package's operation log, and changes nothing when merged again.
"""

from __future__ import annotations

import json
import random
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import formats, layer_rows
from . import messages as m
from .checks import check_version
from .claims import with_entity_ids
from .errors import InputError, OperationError, Problem, ProjectError
from .importer import plan
from .model import Claim, Document, Entity, Status
from .ops import AddClaim, AddEntity, Batch, Operation, SetStatus
from .outputs import check_export_target
from .store import Project
from .strings import FORBIDDEN, Shown, char_name

CURATED = layer_rows.CURATED
#: Names an annotator cannot have: the curated version's, and ``--layer all``.
RESERVED = frozenset({CURATED, "all"})


def annotator_name_problem(name: str) -> str | None:
    """Why ``name`` cannot name an annotator, or None: one short line of visible characters
    (no control, format or bidirectional-override character), in Unicode's composed form (NFC),
    not ``curated`` or ``all``."""
    bad = FORBIDDEN.search(name) or next((ch for ch in name if ch in "\t\n\r\x0b\x0c\x85\u2028\u2029"
                                          or unicodedata.category(ch) in ("Cc", "Cf", "Cs")), None)
    if bad is not None:
        ch = bad.group() if not isinstance(bad, str) else bad
        return m.translate("Core", "an annotator's name must be one line without control characters, not contain "
                                   "{char}").format(char=char_name(ch))
    if not name.strip() or name.strip() != name or len(name) > 100:
        return m.translate("Core", "an annotator's name must be 1 to 100 characters without surrounding spaces")
    if name in RESERVED or unicodedata.normalize("NFKC", name).casefold() in RESERVED:
        return m.translate("Core", "{name!r} names a version of its own, not an annotator").format(name=name)
    if unicodedata.normalize("NFC", name) != name:
        return m.translate("Core", "an annotator's name must be in composed form (NFC): write {nfc!r}").format(
            nfc=unicodedata.normalize("NFC", name))
    return None


def _text_of(project: Project, doc_id: str) -> str | None:
    """The text of ``doc_id`` in ``project``, or None when it has no such document."""
    row = project.db.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return None if row is None else row[0]


def _check_names(names: Sequence[str]) -> None:
    problems = [f"{Shown(n)!r}: {p}" for n in names if (p := annotator_name_problem(n))]
    folded = [unicodedata.normalize("NFKC", n).casefold() for n in names]
    if len(set(folded)) != len(folded):  # Ａ and A, é and é: one person to a reader
        problems.append(m.translate("Core", "an annotator is named twice (names that differ only in case or "
                                            "width are one)"))
    if problems:
        raise OperationError("; ".join(problems))


# -- assign -----------------------------------------------------------------------------------


@dataclass
class AssignReport:
    documents: int = 0
    shared: int = 0  # documents given to two annotators (for agreement)
    per_annotator: dict[str, int] = field(default_factory=dict)


def assign(project: Project, annotators: Sequence[str], *, overlap: float = 0.2, seed: int = 0) -> AssignReport:
    """Give each document of ``project`` to one annotator, and a share ``overlap`` of them
    (rounded, chosen at random with ``seed``) to two, balanced: every annotator gets about as
    many documents, and the shared ones go round every pair of annotators. Replaces earlier
    assignments; the same arguments give the same assignment."""
    names = list(annotators)
    if not names:
        raise OperationError(m.translate("Core", "name at least one annotator"))
    _check_names(names)
    if not 0 <= overlap <= 1:
        raise OperationError(m.translate("Core", "--overlap is a share from 0 to 1, not {value}").format(value=overlap))
    rows = project.db.conn.execute("SELECT rowid, id FROM documents ORDER BY rowid").fetchall()
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    shared = round(overlap * len(rows)) if len(names) > 1 else 0
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    load = dict.fromkeys(names, 0)
    chosen: dict[int, tuple[str, ...]] = {}
    for k, i in enumerate(order):
        if k < shared:
            # the pairs in turn, the least loaded pair first among equals (every pair gets its share)
            pair = min(pairs[k % len(pairs):] + pairs[:k % len(pairs)], key=lambda p: load[p[0]] + load[p[1]])
            who: tuple[str, ...] = pair
        else:
            who = (min(names, key=lambda n: (load[n], names.index(n))),)
        for n in who:
            load[n] += 1
        chosen[i] = who
    with project.db.write() as c:
        layer_rows.set_assignments(c, ((rows[i][0], n) for i in sorted(chosen) for n in chosen[i]))
        project.db.log("assign", None, {"annotators": names, "overlap": overlap, "seed": seed,
                                        "documents": len(rows), "shared": shared})
    return AssignReport(len(rows), shared, load)


# -- package ----------------------------------------------------------------------------------


@dataclass
class PackageReport:
    documents: int = 0
    with_work: int = 0  # documents that carry the annotator's earlier work (merged before)


def package(project: Project, annotator: str, out: Path,
            into: Callable[[Path, Callable[[Project, bool], PackageReport], str], PackageReport]) -> PackageReport:
    """Write ``out``: a new project holding what ``annotator`` needs: the documents assigned
    to them (with their own work merged so far, else blank), the label set, the claim schema
    and the recommender settings; its working layer is ``annotator``'s and it names this project.
    ``into(out, work, label_set)`` creates the file atomically (``creating.into_project``)."""
    _check_names([annotator])
    assigned = [doc_id for doc_id, who in project.assignments().items() if annotator in who]
    if not assigned:
        if not project.assignments():
            raise OperationError(m.translate("Core", "no document is assigned yet: run annotator assign first"))
        raise OperationError(m.translate("Core", "no document is assigned to {name!r}; the annotators are: {names}")
                             .format(name=Shown(annotator), names=", ".join(sorted(
                                 {n for who in project.assignments().values() for n in who}))))
    if out.exists() or out.is_symlink():
        raise ProjectError(m.translate("Core", "{path}: already exists; a package is always a new file")
                           .format(path=out))
    if project.working_layer() != CURATED:
        raise OperationError(m.translate("Core", "{path} is itself a package (of {name!r}): make packages from the "
                                                 "lead's project").format(path=project.path,
                                                                          name=Shown(project.working_layer())))
    check_export_target(out, project.path)  # never a file SQLite keeps beside the project
    labels = project.labels()
    schema = project.claim_schema().to_json()
    settings = project.recommender_settings().to_json()
    lead = project.project_id()

    def work(pkg: Project, new: bool) -> PackageReport:
        if not new:
            raise ProjectError(m.translate("Core", "{path}: appeared while the package was written; nothing "
                                                   "was written").format(path=out))
        report = PackageReport()
        with pkg.db.write() as c:
            c.execute("DELETE FROM labels")
            from .queries import insert_labels, set_project_value

            insert_labels(c, labels)
            c.execute("INSERT OR REPLACE INTO project (key, value) VALUES ('claim_schema', ?)",
                      (json.dumps(schema, ensure_ascii=False),))
            set_project_value(c, "recommenders", settings)
            layer_rows.set_project_text(c, layer_rows.LAYER_KEY, annotator)
            layer_rows.set_project_text(c, layer_rows.PACKAGE_OF_KEY, lead)
            pkg.db.log("package", None, {"annotator": annotator, "of": lead, "documents": len(assigned)})
        pkg.forget_cached()
        with pkg.bulk_import(f"package for {annotator}") as bulk:
            for doc_id in assigned:
                base = project.document(doc_id)
                mine = project.layer_document(annotator, doc_id)
                if mine is not None:
                    report.with_work += 1
                    bulk.add(Document(doc_id, base.text, base.meta, mine.status, mine.entities, mine.claims))
                else:
                    bulk.add(Document(doc_id, base.text, base.meta))
                report.documents += 1
        return report

    label_set = layer_rows.project_text(project.db.conn, "label_set") or "irex"
    return into(out, work, label_set if label_set in ("irex", "stockmark") else "irex")


# -- merge ------------------------------------------------------------------------------------


@dataclass
class MergeReport:
    files: int = 0
    documents: int = 0  # versions stored anew or changed
    unchanged: int = 0
    kept_newer: int = 0  # versions left because the project holds a newer one
    log_rows: int = 0  # operation-log rows of the packages kept
    per_annotator: dict[str, int] = field(default_factory=dict)


@dataclass
class _Package:
    path: Path
    layer: str
    source: str
    versions: list[tuple[str, Status, str, str, float | None]]  # doc id, status, entities, claims, when
    log: list[tuple[int, float, str, str, str | None, str]]


def _read_package(project: Project, path: Path, problems: list[Problem]) -> _Package | None:
    where = str(path)
    try:
        pkg = Project.open(path, read_only=True)
    except ProjectError as exc:
        problems.append(Problem(where, None, str(exc).removeprefix(f"{path}: ")))
        return None
    with pkg:
        of = pkg.package_of()
        layer = pkg.working_layer()
        if of is None or layer == CURATED:
            problems.append(Problem(where, None, m.translate(
                "Core", "not an annotator's package (annotator package makes them)")))
            return None
        if of != project.project_id():
            problems.append(Problem(where, None, m.translate(
                "Core", "a package of another project (made from project {other}, this is {mine}): refused")
                .format(other=of, mine=project.project_id())))
            return None
        if (p := annotator_name_problem(layer)) is not None:
            problems.append(Problem(where, None, p))
            return None
        c = pkg.db.conn
        labels = set(project.label_names())
        when = dict(c.execute("SELECT doc, max(ts) FROM oplog WHERE doc IS NOT NULL GROUP BY doc").fetchall())
        versions = []
        try:
            docs = list(pkg.iter_documents())
        except (AttributeError, TypeError, ValueError, KeyError) as exc:  # JSON of the wrong kind in a column
            problems.append(Problem(where, None, m.translate(
                "Core", "holds values this program cannot read ({reason}); `annotator check {path}` lists them")
                .format(reason=exc, path=path)))
            return None
        for doc in docs:
            base = _text_of(project, doc.id)
            if base is None:
                problems.append(Problem(where, None, m.translate("Core", "document {id!r} is not in the project")
                                        .format(id=Shown(doc.id))))
                continue
            if base != doc.text:
                problems.append(Problem(where, None, m.translate(
                    "Core", "document {id!r}: its text differs from the project's (changed in the package?)")
                    .format(id=Shown(doc.id))))
                continue
            touched = doc.status is not Status.NEW or doc.entities or doc.claims or doc.id in when
            if touched:
                try:
                    ents, cls = layer_rows.entities_json(doc.entities), layer_rows.claims_json(doc.claims)
                except (AttributeError, TypeError, ValueError) as exc:  # an entity's or claim's JSON of the wrong kind
                    problems.append(Problem(where, None, m.translate(
                        "Core", "document {id!r}: holds values this program cannot read ({reason}); `annotator check "
                                "{path}` lists them").format(id=Shown(doc.id), reason=exc, path=path)))
                    continue
                bad = check_version(doc.text, ents, cls, labels, Status(doc.status).value)
                problems.extend(Problem(where, None, m.translate("Core", "document {id!r}: {problem}")
                                        .format(id=Shown(doc.id), problem=p)) for p in bad[:20])
                if not bad:
                    versions.append((doc.id, Status(doc.status), ents, cls, when.get(doc.id)))
        log = [(seq, ts, user, kind, doc, payload) for seq, ts, user, kind, doc, payload in
               c.execute("SELECT seq, ts, user, kind, doc, payload FROM oplog ORDER BY seq")]
        return _Package(path, layer, pkg.project_id(), versions, log)


def merge(project: Project, paths: Sequence[Path]) -> MergeReport:
    """Bring the annotators' packages ``paths`` back into ``project``: all or nothing (an
    InputError lists every problem of every file; nothing changed)."""
    if project.working_layer() != CURATED:
        raise OperationError(m.translate("Core", "{path} is itself a package (of annotator {name!r}): merge into "
                                                 "the project it was made from").format(
            path=project.path, name=Shown(project.working_layer())))
    problems: list[Problem] = []
    packages = [p for path in paths if (p := _read_package(project, Path(path), problems)) is not None]
    seen: dict[str, Path] = {}
    for p in packages:
        if p.source in seen:
            problems.append(Problem(str(p.path), None, m.translate("Core", "the same package as {other}, given twice")
                                    .format(other=seen[p.source])))
        seen[p.source] = p.path
    if problems:
        raise InputError(problems)
    report = MergeReport(files=len(packages))
    with project.db.write() as c:
        for p in packages:
            changed = 0
            for doc_id, status, ents, claims, when in p.versions:
                rowid = c.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
                old = layer_rows.layer_row(c, p.layer, rowid)
                if old is not None and (old.status, old.entities, old.claims) == (status, ents, claims):
                    report.unchanged += 1
                    continue
                if old is not None and (when is None or (old.updated is not None and old.updated > when)):
                    # the package did not change it since it was made, or the project's is newer
                    report.kept_newer += 1
                    continue
                layer_rows.put_layer_document(c, p.layer, rowid, status, ents, claims, when, p.source)
                changed += 1
            report.documents += changed
            report.per_annotator[p.layer] = report.per_annotator.get(p.layer, 0) + changed
            report.log_rows += layer_rows.add_layer_oplog(c, p.layer, p.source, p.log)
        if report.documents or report.log_rows:
            project.db.log("merge", None, {"files": [str(p.path) for p in packages],
                                           "documents": report.documents, "log_rows": report.log_rows})
    return report


# -- import --update -----------------------------------------------------------------------------


@dataclass
class UpdateReport:
    layer: str = ""
    documents: int = 0
    entities: int = 0
    claims: int = 0


def update(project: Project, paths: list[Path], *, user: str, fmt: str | None = None,
           options: dict[str, str] | None = None) -> UpdateReport:
    """Add the entities and claims of ``paths`` to documents the project already has, as the
    work of annotator ``user``: into the working layer when it is theirs (one operation, in the
    log), else into their stored version. All or nothing: a record of a document the project
    does not have, or whose text differs, is refused by id, and nothing changes."""
    if user != project.working_layer():
        _check_names([user])
        known = {unicodedata.normalize("NFKC", n).casefold(): n for n in project.layer_names()}
        same = known.get(unicodedata.normalize("NFKC", user).casefold())
        if same is not None and same != user:
            raise OperationError(m.translate("Core", "{name!r} is {other!r} written another way (case or width); "
                                                     "give {other!r}").format(name=Shown(user), other=Shown(same)))
    planned, problems = plan(paths, fmt, [project.path])
    docs: list[Document] = []
    for path, f in planned:
        taken = formats.FORMATS[f].read_options
        try:
            count = 0
            for parsed in formats.read(path, f, **{k: v for k, v in (options or {}).items() if k in taken}):
                count += 1
                doc = parsed.doc
                if doc is not None and not parsed.problems:
                    base = _text_of(project, doc.id)
                    if base is None:
                        parsed.problems.append(m.translate("Core", "document {id!r} is not in the project; "
                                                                   "--update adds to existing documents only")
                                               .format(id=Shown(doc.id)))
                    elif base != doc.text:
                        parsed.problems.append(m.translate("Core", "document {id!r}: its text differs from "
                                                                   "the project's").format(id=Shown(doc.id)))
                if parsed.problems:
                    problems.extend(parsed.located())
                elif doc is not None:
                    docs.append(doc)
            if count == 0:
                problems.append(Problem(str(path), None, m.translate("Core", "no documents in this file")))
        except OSError as exc:
            problems.append(Problem(str(path), None, m.translate("Core", "cannot read: {reason}")
                                    .format(reason=exc.strerror or exc)))
    if problems:
        raise InputError(problems)
    report = UpdateReport(layer=user)
    if user == project.working_layer():
        ops: list[Operation] = []
        for doc in docs:
            ops.extend(_additions(project, doc, report))
        if ops:
            project.apply(Batch(tuple(ops), f"import --update as {user}"))
        return report
    now = time.time()
    with project.db.write() as c:
        for doc in docs:
            rowid = c.execute("SELECT rowid FROM documents WHERE id = ?", (doc.id,)).fetchone()[0]
            old = layer_rows.layer_row(c, user, rowid)
            ents = layer_rows.entities_of(old.entities) if old else []
            claims = layer_rows.claims_of(old.claims) if old else []
            merged_e, merged_c, added_e, added_c = _union(ents, claims, doc)
            status = doc.status if Status(doc.status) is not Status.NEW else (old.status if old else Status.IN_PROGRESS)
            layer_rows.put_layer_document(c, user, rowid, Status(status), layer_rows.entities_json(merged_e),
                                          layer_rows.claims_json(merged_c), now, "import")
            report.documents += 1
            report.entities += added_e
            report.claims += added_c
        project.db.log("import_update", None, {"layer": user, "files": [str(p) for p, _ in planned],
                                               "documents": report.documents, "entities": report.entities,
                                               "claims": report.claims})
    return report


def _fresh(prefix: str, taken: set[str]) -> str:
    n = len(taken) + 1
    while f"{prefix}{n}" in taken:
        n += 1
    taken.add(f"{prefix}{n}")
    return f"{prefix}{n}"


def _union(entities: list[Entity], claims: list[Claim], doc: Document) -> tuple[list[Entity], list[Claim], int, int]:
    """``entities`` and ``claims`` with those of ``doc`` not there yet (by span and label; by
    span and fields), ids made unique, the claims' entity references following."""
    by_key = {e.key: e.id for e in entities}
    taken_e = {e.id for e in entities}
    ids: dict[str, str] = {}
    out_e = list(entities)
    for e in doc.entities:
        if e.key in by_key:
            ids[e.id] = by_key[e.key]
            continue
        new_id = e.id if e.id not in taken_e else _fresh("T", taken_e)
        taken_e.add(new_id)
        ids[e.id] = by_key[e.key] = new_id
        out_e.append(e.with_(id=new_id))
    seen_c = {(cl.start, cl.end, json.dumps(cl.to_json() | {"id": ""}, sort_keys=True)) for cl in claims}
    taken_c = {cl.id for cl in claims}
    out_c = list(claims)
    for cl in doc.claims:
        remapped = with_entity_ids(cl, ids)
        key = (cl.start, cl.end, json.dumps(remapped.to_json() | {"id": ""}, sort_keys=True))
        if key in seen_c:
            continue
        seen_c.add(key)
        new_id = cl.id if cl.id not in taken_c else _fresh("C", taken_c)
        taken_c.add(new_id)
        out_c.append(with_entity_ids(cl, ids, new_id))
    return out_e, out_c, len(out_e) - len(entities), len(out_c) - len(claims)


def _additions(project: Project, doc: Document, report: UpdateReport) -> Iterable[Operation]:
    """The operations adding ``doc``'s entities and claims to the working layer's version."""
    current = project.document(doc.id)
    merged_e, merged_c, added_e, added_c = _union(current.entities, current.claims, doc)
    ops: list[Operation] = [AddEntity(doc.id, e) for e in merged_e[len(current.entities):]]
    ops.extend(AddClaim(doc.id, cl) for cl in merged_c[len(current.claims):])
    if Status(doc.status) is not Status.NEW and Status(doc.status) is not Status(current.status):
        ops.append(SetStatus(doc.id, Status(current.status), Status(doc.status)))
    if ops:
        report.documents += 1
        report.entities += added_e
        report.claims += added_c
    return ops


# -- export by version -----------------------------------------------------------------------------


def has_versions(project: Project) -> bool:
    """Whether the project keeps any annotator's version beside its working layer."""
    return project.db.conn.execute("SELECT 1 FROM layer_documents LIMIT 1").fetchone() is not None


def _touched(doc: Document) -> bool:
    return Status(doc.status) is not Status.NEW or bool(doc.entities) or bool(doc.claims)


def export_documents(project: Project, layer: str | None, status: Status | None = None) -> Iterable[Document]:
    """The documents an export of version ``layer`` writes, in project order.

    ``None`` (the default): each document's curated version where it has one (annotated, or
    its status set), otherwise the only annotator's version when exactly one annotator has
    one, otherwise the curated version as it is. ``"curated"``: the working layer's (a lead's
    project). An annotator's name: their versions only (the working layer's in their package).
    ``status`` filters by the status of the version written."""
    working = project.working_layer()
    if layer is None or layer == working:
        if layer is None and working == CURATED and has_versions(project):
            for doc in project.iter_documents():
                chosen = doc
                if not _touched(doc):
                    others = list(project.versions_of(doc.id).values())
                    if len(others) == 1:
                        other = others[0]
                        chosen = Document(doc.id, doc.text, doc.meta, other.status, other.entities, other.claims)
                if status is None or Status(chosen.status) is Status(status):
                    yield chosen
            return
        yield from project.iter_documents(status)
        return
    if layer == CURATED:
        raise OperationError(m.translate("Core", "{path} is a package (of {name!r}): it holds no curated version")
                             .format(path=project.path, name=Shown(working)))
    if layer not in project.layer_names():
        raise OperationError(m.translate("Core", "no annotator {name!r} in this project; its versions are: {names}")
                             .format(name=Shown(layer), names=", ".join([working, *project.layer_names()])))
    yield from project.iter_layer_documents(layer, status)


def export_all(project: Project, status: Status | None = None) -> Iterable[tuple[Document, dict[str, Document]]]:
    """Each document (as ``export_documents(None)`` gives it) with every annotator's version of
    it by name, and the curated one under ``"curated"`` in a lead's project."""
    working = project.working_layer()
    for chosen in export_documents(project, None, status):
        versions = project.versions_of(chosen.id)
        if working == CURATED:
            versions = {CURATED: project.document(chosen.id), **versions}
        yield chosen, versions
