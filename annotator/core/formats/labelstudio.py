"""Label Studio JSON tasks (the "JSON" export, the import of pre-annotated tasks), read and written.

Follows Label Studio 1.13's documentation (docs/source/guide/task_format.md and
predictions.md): a file is a JSON array of tasks (one task object alone is read too),
``{"id", "data": {"text": …}, "meta", "annotations": [{"result": […], "was_cancelled"}],
"predictions": [{"model_version", "score", "result": […]}]}``; a result of type ``labels``
is ``{"id", "from_name", "to_name", "type": "labels", "value": {"start", "end", "text",
"labels": [...]}}``, a ``relation`` result ``{"from_id", "to_id", "direction", "labels"}``.

- **Text**: ``data.text``, or ``data``'s only string (the reader's ``text_key`` option names
  another key); other ``data`` keys go to ``meta["data"]``, the task's ``meta`` to ``meta``.
- **Annotations**: the first annotation that is not cancelled gives the entities (one per
  label of a ``labels`` region; the region id is the entity id) and the document is ``done``;
  with only cancelled ones (skipped in Label Studio) the document is ``skipped`` without
  entities, the cancelled regions named in ``Parsed.notes`` (except in a task this program
  exported as ``skipped``, whose cancelled annotation holds the document's annotations: see
  the export below); with none it is ``new``. Every other annotation, result type (choices,
  textarea…) and draft is reported in ``Parsed.notes``. ``relation`` results become claims over both entities
  (``peers.relation_claim``), roles ``from`` and ``to``.
- **Predictions** become ``Parsed.suggestions``, never entities, with the attributes
  ``source`` (``label-studio:<model_version>``) and ``score`` (the region's, else the
  prediction's).
- JSON-MIN exports (no ``data``, the results under the control tag's name) are refused with
  a hint: they do not say which key holds the text.

**Offsets.** Label Studio's front end is JavaScript, but since label-studio-frontend PR #308
(merged in 2022, replacing label-studio PR #1559 "Store code points instead of js length")
``start``/``end`` of text regions count code points: the front end's test
web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts ("Should calculate offsets by code
points in text") labels ``test`` in ``🐱 Warning: This is a test text`` at 21–25, Python's
offsets. Older versions (issues #1008 and #1347, 2021) stored UTF-16 units. So a span is read
as code points when every region's ``value.text`` of a task matches there (or is absent),
else as UTF-16 units when every one matches there; otherwise the region that matches neither
is a problem (the reader's ``offsets`` option, ``codepoints`` or ``utf16``, decides instead:
a region can match both ways when its text recurs). The export writes code points and
``value.text`` (``offsets=utf16`` for an old Label Studio). ``\\r\\n`` counts two characters
in both (web/libs/editor/src/tags/object/Text.js).

The export writes ``[{"data": {"text"}, "meta": {"annotator": {"id", "status", "meta"}},
"annotations", "predictions": []}]``: one annotation (cancelled for ``skipped``) unless the
document is ``new`` with nothing in it, results named ``label``→``text`` as in Label Studio's
NER template (a ``skipped`` document's cancelled annotation holds its entities and
relations: the import reads them back where ``meta`` says this program exported the task as
skipped). The task's ``meta``, which Label Studio keeps, gives the id and metadata back, and
the status while the annotations agree (a task whose annotation was cancelled or removed
in Label Studio reads as ``skipped`` or ``new``); entity attributes and claims other than
two-entity relations are listed in ``lost``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as m
from ..model import Claim, Document, Entity, Status, entity_sort_key
from ..strings import FORBIDDEN, Shown, check_fields, clip
from . import strictjson
from .base import Format, Holds, LossReport, Parsed, atomic_writer
from .peers import (
    CODEPOINTS,
    UNITS,
    UTF16,
    EntitySet,
    Progress,
    Units,
    check_label,
    claim_extras,
    peer_id,
    relation_claim,
    relation_of,
    text_problem,
    units_problem,
)
from .project_export import entity_objects, unwritable
from .reading import read_whole, resume
from .strictjson import json_kind

if TYPE_CHECKING:
    from ..store import Project

_RELATION_FIELDS = frozenset({"type", "arguments"})
#: A note lists at most this many regions of cancelled annotations.
_NAMED = 10


# -- reading ----------------------------------------------------------------------------------


AUTO = "auto"
READ_UNITS = (AUTO, *UNITS)


def read(path: str | Path, *, text_key: str | None = None, offsets: str = AUTO, **_: Any) -> Iterator[Parsed]:
    """The tasks of a Label Studio JSON export, each checked. ``offsets``: ``auto`` (code
    points, or UTF-16 units for a task whose ``value.text`` fits only those), ``codepoints`` or
    ``utf16``."""
    name = str(path)
    if (problem := units_problem(offsets, READ_UNITS)) is not None:
        yield Parsed(name, None, None, [problem])
        return
    data = read_whole(path)
    if isinstance(data, Parsed):
        yield data
        return
    text, problem, at = _decode(data)
    del data
    if text is None:
        yield Parsed(name, at, None, [problem])
        return
    skip = strictjson.skip_ws
    pos = skip(text, 0)
    lines = _Lines(text)
    if pos == len(text):
        yield Parsed(name, None, None, [m.translate("Core", "empty file: a Label Studio export is a JSON list of "
                                                            "tasks")])
        return
    stem = Path(name).stem
    state = _State(stem, text_key, offsets)
    if text.startswith("{", pos):  # one task
        try:
            task = strictjson.loads(text)
        except (json.JSONDecodeError, strictjson.NotJSON) as exc:
            yield _bad_json(name, text, lines, pos, exc)
            return
        yield state.parsed(name, lines.at(pos), 1, task)
        return
    if not text.startswith("[", pos):
        yield Parsed(name, lines.at(pos), None, [m.translate("Core", "a Label Studio export is a JSON list of tasks, "
                                                                     "not {kind}").format(kind=text[pos:pos + 1])])
        return
    pos = skip(text, pos + 1)
    i = 0
    while not text.startswith("]", pos):
        if i:
            if not text.startswith(",", pos):
                yield Parsed(name, lines.at(pos), None, [m.translate("Core", "expecting ',' or ']' after task {i}")
                                                         .format(i=i)])
                return
            pos = skip(text, pos + 1)
        i += 1
        start = pos
        try:
            task, pos = strictjson.raw_decode(text, start)
        except (json.JSONDecodeError, ValueError, RecursionError) as exc:
            yield _bad_json(name, text, lines, start, exc)
            after = resume(text, start)  # go on after it, if a lenient reading finds where it ends
            if after is None:
                return
            pos = after
            continue
        pos = skip(text, pos)
        yield state.parsed(name, lines.at(start), i, task)
    if skip(text, pos + 1) != len(text):
        yield Parsed(name, lines.at(pos), None, [m.translate("Core", "unexpected text after the list")])


def _decode(data: bytes) -> tuple[str | None, str, int | None]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, m.translate("Core", "the file is UTF-16 (it starts with a UTF-16 byte-order mark); "
                                         "Label Studio writes UTF-8"), None
    if b"\x00" in data:
        at = data.index(b"\x00")
        return None, m.translate("Core", "NUL bytes: a binary file, not UTF-8 JSON"), data.count(b"\n", 0, at) + 1
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, (m.translate("Core", "not UTF-8 ({reason} at byte {at})")
                      .format(reason=exc.reason, at=exc.start)), data.count(b"\n", 0, exc.start) + 1
    return text.removeprefix("\ufeff"), "", None


class _Lines:
    """Line numbers of positions met in increasing order (counted once over the text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1

    def at(self, pos: int) -> int:
        if pos < self.pos:
            return self.text.count("\n", 0, pos) + 1
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def _bad_json(name: str, text: str, lines: _Lines, start: int, exc: BaseException) -> Parsed:
    if isinstance(exc, json.JSONDecodeError):
        line = lines.at(exc.pos) if exc.pos >= start else exc.lineno
        return Parsed(name, line, None, [m.translate("Core", "invalid JSON at column {column}: {reason}")
                                         .format(column=exc.colno, reason=strictjson.reason(exc))])
    return Parsed(name, lines.at(start), None, [m.translate("Core", "invalid JSON: {reason}")
                                                .format(reason=strictjson.why_not(exc))])


class _State:
    """What the reading of one file remembers: ids seen, label checks."""

    def __init__(self, stem: str, text_key: str | None, offsets: str) -> None:
        self.stem = stem
        self.text_key = text_key
        self.offsets = offsets
        self.seen: dict[str, int] = {}
        self.labels: dict[str, str | None] = {}

    def parsed(self, name: str, line: int, i: int, task: Any) -> Parsed:
        record = f"task {i}"
        if isinstance(task, dict) and isinstance(task.get("id"), str | int) and not isinstance(task["id"], bool):
            record += f", id {clip(str(task['id']), 30)}"
        reader = _Task(self, task, i)
        doc = reader.document()
        if doc is not None:
            if doc.id in self.seen:
                reader.out.append(m.translate("Core", "duplicate document id {id!r} (first in task {first})")
                                  .format(id=Shown(doc.id), first=self.seen[doc.id]))
            else:
                self.seen[doc.id] = i
        ok = not reader.out
        return Parsed(name, line, doc if ok else None, reader.out, task, record,
                      suggestions=reader.suggestions if ok else [], notes=reader.notes)


class _Task:
    """One task read: its document, suggestions, problems and notes."""

    def __init__(self, state: _State, task: Any, i: int) -> None:
        self.state = state
        self.task = task
        self.i = i
        self.out: list[str] = []
        self.notes: list[str] = []
        self.suggestions: list[Entity] = []
        self.text = ""
        self._units: dict[str, Units] = {}
        self.unit = CODEPOINTS

    def document(self) -> Document | None:
        task, out = self.task, self.out
        if not isinstance(task, dict):
            out.append(m.translate("Core", "a task must be a JSON object, not {kind}").format(kind=json_kind(task)))
            return None
        check_fields(task, out)
        data = task.get("data")
        if not isinstance(data, dict):
            hint = (m.translate("Core", " (a JSON-MIN export? export the project as JSON, which says where the "
                                        "text is)") if "data" not in task else "")
            out.append(m.translate("Core", "a task needs a data object holding the text") + hint)
            return None
        key = self.state.text_key or ("text" if "text" in data else None)
        if key is None:
            strings = [k for k, v in data.items() if isinstance(v, str)]
            if len(strings) != 1:
                out.append(m.translate("Core", "data has no 'text' and {n} string fields ({keys}): say which holds "
                                               "the text").format(n=len(strings), keys=", ".join(strings)[:80]))
                return None
            key = strings[0]
        text = data.get(key)
        if (problem := text_problem(text)) is not None:
            out.append(f"data[{clip(key, 30)!r}]: {problem}")
            return None
        assert isinstance(text, str)
        self.text = text
        self.unit = self._unit(task) if self.state.offsets == AUTO else self.state.offsets
        doc_id, meta, ours = self._identity(task, {k: v for k, v in data.items() if k != key})
        ents, claims, status = self._annotations(task.get("annotations", []), ours == Status.SKIPPED)
        if ours is not None and status == Status.DONE and ours != Status.SKIPPED:
            status = ours  # what this project exported, while no cancelled or removed annotation says otherwise
        self._predictions(task.get("predictions", []))
        if task.get("drafts"):
            self.notes.append(m.translate("Core", "drafts not imported"))
        if out or doc_id is None:
            return None
        return Document(doc_id, text, meta, status, sorted(ents.entities, key=entity_sort_key), claims)

    def _identity(self, task: dict[str, Any], extra: dict[str, Any]
                  ) -> tuple[str | None, dict[str, Any], Status | None]:
        """The document's id and meta, and its status when this project's export wrote it."""
        meta = task.get("meta")
        ours = meta.get("annotator") if isinstance(meta, dict) else None
        status = None
        if (isinstance(ours, dict) and set(ours) == {"id", "status", "meta"} and isinstance(ours["meta"], dict)
                and ours["status"] in Status.values()):
            doc_id, doc_meta = peer_id(ours["id"], "meta.annotator.id", self.out), dict(ours["meta"])
            status = Status(ours["status"])
        else:
            if meta is not None and not isinstance(meta, dict):
                self.out.append(m.translate("Core", "meta must be an object"))
            doc_meta = dict(meta) if isinstance(meta, dict) else {}
            doc_id = (peer_id(task["id"], "id", self.out) if task.get("id") is not None
                      else f"{self.state.stem}-{self.i}")
        if extra:
            doc_meta.setdefault("data", extra)
        return doc_id, doc_meta, status

    def _annotations(self, annotations: Any, skipped_here: bool) -> tuple[EntitySet, list[Claim], Status]:
        """The entities and claims of the first annotation that is not cancelled (``done``);
        with only cancelled ones, none (``skipped``; their regions named in a note), unless
        ``skipped_here``: this program exported the task as skipped and put the document's
        annotations in its first, cancelled annotation (``task_of``)."""
        ents = EntitySet()
        if not isinstance(annotations, list) or not all(isinstance(a, dict) for a in annotations):
            self.out.append(m.translate("Core", "annotations must be a list of objects"))
            return ents, [], Status.NEW
        if not annotations:
            return ents, [], Status.NEW
        live = [k for k, a in enumerate(annotations) if not a.get("was_cancelled")]
        chosen = live[0] if live else 0 if skipped_here else None
        status = Status.DONE if live else Status.SKIPPED
        others = [str(annotations[k].get("id", k + 1)) for k in range(len(annotations)) if k != chosen]
        if others:
            self.notes.append(m.translate("Core", "annotations {ids} not imported: only the first that is not "
                                                  "cancelled is").format(ids=", ".join(others)[:200]))
        if chosen is None:
            self._cancelled_regions(annotations)
            return ents, [], status
        what = f"annotations[{chosen}]"
        _, claims = self._results(annotations[chosen].get("result", []), what, ents=ents)
        return ents, claims, status

    def _cancelled_regions(self, annotations: list[dict[str, Any]]) -> None:
        """A note naming the regions of cancelled annotations (not imported), at most a few."""
        regions = []
        for k, ann in enumerate(annotations):
            results = ann.get("result")
            for j, res in enumerate(results if isinstance(results, list) else []):
                value = res.get("value") if isinstance(res, dict) else None
                if isinstance(value, dict) and res.get("type") == "labels":
                    labels = value.get("labels")
                    shown = ", ".join(x for x in labels if isinstance(x, str)) if isinstance(labels, list) else ""
                    regions.append(f"annotations[{k}].result[{j}] {clip(shown, 40)} "
                                   f"{Shown(value.get('start'), 12)}–{Shown(value.get('end'), 12)}")
        if regions:
            more = len(regions) - _NAMED
            self.notes.append(m.translate("Core", "the regions of cancelled annotations are not imported: {regions}")
                              .format(regions="; ".join(regions[:_NAMED]) + (f"; … ({more} more)" if more > 0 else "")))

    def _predictions(self, predictions: Any) -> None:
        if not isinstance(predictions, list) or not all(isinstance(p, dict) for p in predictions):
            self.out.append(m.translate("Core", "predictions must be a list of objects"))
            return
        for j, pred in enumerate(predictions):
            version, score = pred.get("model_version"), pred.get("score")
            source = "label-studio" if version in (None, "") else f"label-studio:{version}"
            if score is not None and (not isinstance(score, int | float) or isinstance(score, bool)):
                self.out.append(m.translate("Core", "predictions[{j}]: score must be a number").format(j=j))
                continue
            found, _ = self._results(pred.get("result", []), f"predictions[{j}]", ents=None)
            for rid, s, e, label, region_score in found:
                attrs: dict[str, Any] = {"source": source}
                best = region_score if region_score is not None else score
                if best is not None:
                    attrs["score"] = float(best)
                self.suggestions.append(Entity(f"p{j}:{rid}", s, e, label, self.text[s:e], attrs))

    def _results(self, results: Any, what: str, *, ents: EntitySet | None
                 ) -> tuple[list[tuple[str, int, int, str, float | None]], list[Claim]]:
        """The ``labels`` regions of ``results`` (id, start, end, label, score); with ``ents``, they
        are added to it as entities and ``relation`` results become claims."""
        found: list[tuple[str, int, int, str, float | None]] = []
        if not isinstance(results, list):
            self.out.append(m.translate("Core", "{what}: result must be a list").format(what=what))
            return found, []
        relations = []
        regions: dict[str, str] = {}
        for k, res in enumerate(results):
            where = f"{what}.result[{k}]"
            if not isinstance(res, dict):
                self.out.append(m.translate("Core", "{where}: must be an object").format(where=where))
                continue
            rtype = res.get("type")
            if rtype == "relation" and ents is not None:
                relations.append((where, res))
                continue
            if rtype != "labels":
                self.notes.append(m.translate("Core", "{where}: a result of type {type!r} not kept")
                                  .format(where=where, type=Shown(rtype, 30)))
                continue
            rid = peer_id(res.get("id", f"r{k + 1}"), f"{where}: id", self.out)
            value = res.get("value")
            if not isinstance(value, dict):
                self.out.append(m.translate("Core", "{where}: value must be an object").format(where=where))
                continue
            span = self._span(value, where)
            names = value.get("labels")
            if not (isinstance(names, list) and names):
                self.out.append(m.translate("Core", "{where}: labels must be a non-empty list").format(where=where))
                continue
            score = res.get("score")
            score = float(score) if isinstance(score, int | float) and not isinstance(score, bool) else None
            if rid is None or span is None:
                continue
            if rid in regions:
                self.out.append(m.translate("Core", "{where}: duplicate region id {id!r}").format(where=where,
                                                                                                  id=Shown(rid)))
                continue
            for n, label in enumerate(names):
                if isinstance(label, str) and FORBIDDEN.search(label) is not None:
                    continue  # the walk of the whole task (check_fields) has said so, with its place
                if check_label(label, f"{where}.value.labels[{n}]", self.state.labels, self.out):
                    eid = rid if n == 0 else f"{rid}#{n + 1}"
                    regions.setdefault(rid, eid)
                    found.append((eid, span[0], span[1], label, score))
        claims: list[Claim] = []
        if ents is not None:
            for eid, s, e, label, _ in found:
                ents.add(Entity(eid, s, e, label, self.text[s:e]), self.notes)
            for n, (where, res) in enumerate(relations, 1):
                claim = self._relation(f"R{n}", where, res, regions, ents)
                if claim is not None:
                    claims.append(claim)
        return found, claims

    def _unit(self, task: dict[str, Any]) -> str:
        """The unit of this task's offsets: code points (what Label Studio writes since 2022) when
        every text region fits them, else UTF-16 units (an older Label Studio) when every one
        fits those; else code points, and ``_span`` says which region does not fit."""
        regions = [res["value"] for key in ("annotations", "predictions") if isinstance(task.get(key), list)
                   for group in task[key] if isinstance(group, dict) and isinstance(group.get("result"), list)
                   for res in group["result"]
                   if isinstance(res, dict) and res.get("type") == "labels" and isinstance(res.get("value"), dict)]
        for unit in UNITS:
            units = self._in(unit)
            if all(self._fits(units, value) for value in regions):
                return unit
        return CODEPOINTS

    def _fits(self, units: Units, value: dict[str, Any]) -> bool:
        got = units.span(value.get("start"), value.get("end"), "", [])
        shown = value.get("text")
        return got is not None and (shown is None or self.text[got[0]:got[1]] == shown)

    def _span(self, value: dict[str, Any], where: str) -> tuple[int, int] | None:
        s, e, shown = value.get("start"), value.get("end"), value.get("text")
        if shown is not None and not isinstance(shown, str):
            self.out.append(m.translate("Core", "{where}: value.text must be a string").format(where=where))
            return None
        got = self._in(self.unit).span(s, e, f"{where}.value", self.out)
        if got is None:
            return None
        if shown is not None and self.text[got[0]:got[1]] != shown:
            unit = (m.translate("Core", "in code points (nor in UTF-16 units)") if self.state.offsets == AUTO
                    else m.translate("Core", "in code points") if self.unit == CODEPOINTS
                    else m.translate("Core", "in UTF-16 units"))
            self.out.append(m.translate("Core", "{where}: value.text {shown!r} is not the text at {start}–{end} "
                                                "{unit}: {actual!r}")
                            .format(where=where, shown=Shown(shown), start=s, end=e, unit=unit,
                                    actual=Shown(self.text[got[0]:got[1]])))
            return None
        return got

    def _in(self, unit: str) -> Units:
        units = self._units.get(unit)
        if units is None:
            units = self._units[unit] = Units(self.text, unit)
        return units

    def _relation(self, cid: str, where: str, res: dict[str, Any], regions: dict[str, str],
                  ents: EntitySet) -> Claim | None:
        ends = []
        for role in ("from", "to"):
            ref = res.get(f"{role}_id")
            eid = regions.get(str(ref)) if isinstance(ref, str | int) and not isinstance(ref, bool) else None
            ent = ents.by_id.get(eid) if eid is not None else None
            if ent is None:
                self.out.append(m.translate("Core", "{where}: {role}_id {ref!r} is not a labels region of this "
                                                    "annotation").format(where=where, role=role, ref=Shown(ref)))
                return None
            ends.append(ent)
        direction = res.get("direction", "right")
        if direction == "left":
            ends.reverse()
        elif direction != "right":
            self.notes.append(m.translate("Core", "{where}: direction {direction!r} kept as from→to")
                              .format(where=where, direction=Shown(direction, 20)))
        names = res.get("labels") or []
        if not isinstance(names, list) or not all(isinstance(x, str) for x in names):
            self.out.append(m.translate("Core", "{where}: labels must be a list of strings").format(where=where))
            return None
        if len(names) > 1:
            self.notes.append(m.translate("Core", "{where}: labels after the first not kept").format(where=where))
        return relation_claim(cid, names[0] if names else None, [("from", ends[0]), ("to", ends[1])], self.text)


# -- writing ----------------------------------------------------------------------------------


def write(project: Project, path: str | Path, *, status: Status | None = None,
          progress: Callable[[int], None] | None = None, lost: LossReport, offsets: str = CODEPOINTS,
          **_: Any) -> int:
    """Export ``project`` as a Label Studio JSON list of tasks, atomically."""
    if offsets not in UNITS:
        raise ValueError(f"offsets must be one of {', '.join(UNITS)}, not {offsets!r}")
    count = Progress(progress)
    with atomic_writer(path, project_path=project.path) as fh:
        fh.write("[")
        for doc in project.iter_documents(status=status):
            try:
                task = task_of(doc, offsets, lost)
                task["predictions"] = predictions_of(project.entity_suggestions(doc.id), doc.text, offsets)
                line = json.dumps(task, ensure_ascii=False, allow_nan=False)
            except ValueError as exc:
                raise unwritable(doc.id, exc) from None
            fh.write(("\n" if count.n == 0 else ",\n") + line)
            count.step()
        fh.write("\n]\n")
    return count.done()


def predictions_of(suggestions: list[Entity], text: str, offsets: str) -> list[dict[str, Any]]:
    """The project's stored suggestions (imported predictions) as Label Studio predictions,
    one per source: ``label-studio:V`` gives back model_version V; each region keeps its score."""
    units = Units(text, offsets)
    by_source: dict[str, list[dict[str, Any]]] = {}
    for k, s in enumerate(suggestions, 1):
        start, end = units.out(s.start, s.end)
        region: dict[str, Any] = {"id": f"s{k}", "from_name": "label", "to_name": "text", "type": "labels",
                                  "value": {"start": start, "end": end, "text": s.text, "labels": [s.label]}}
        if s.attributes.get("score") is not None:
            region["score"] = s.attributes["score"]
        by_source.setdefault(str(s.attributes.get("source") or ""), []).append(region)
    out = []
    for source, result in by_source.items():
        version = source.split(":", 1)[1] if source.startswith("label-studio:") else (
            "" if source == "label-studio" else source)
        out.append({"model_version": version, "result": result})
    return out


def task_of(doc: Document, offsets: str, lost: LossReport) -> dict[str, Any]:
    """The Label Studio task of ``doc``; what it cannot hold is added to ``lost``."""
    text = doc.text
    entity_objects(doc.id, text, doc.entities)  # refuses (ExportError) a span that is not exact
    units = Units(text, offsets)
    entities = sorted(doc.entities, key=entity_sort_key)
    result: list[dict[str, Any]] = []
    for e in entities:
        s, end = units.out(e.start, e.end)
        result.append({"id": e.id, "from_name": "label", "to_name": "text", "type": "labels",
                       "value": {"start": s, "end": end, "text": e.text, "labels": [e.label]}})
        if e.attributes:
            lost.add(doc.id, e.start, e.end, e.label, "attributes {names} have no place in a Label Studio region"
                     .format(names=", ".join(sorted(e.attributes))), "attribute")
    by_id = {e.id: e for e in entities}
    for c in doc.claims:
        ends = relation_of(c, by_id)
        if ends is None:
            lost.add(doc.id, c.start, c.end, "", "not a relation between two entities (Label Studio holds no other "
                                                 "claims)", "claim")
            continue
        roles = tuple(role for role, _ in ends)
        if roles != ("from", "to"):
            lost.add(doc.id, c.start, c.end, "", f"roles {roles[0]}/{roles[1]} written as from/to", "attribute")
        extra = sorted(k for k, _ in claim_extras(c, _RELATION_FIELDS))
        if extra:
            lost.add(doc.id, c.start, c.end, "", "claim fields {names} have no place in a Label Studio relation"
                     .format(names=", ".join(extra)), "attribute")
        rtype = c.data.get("type")
        if rtype is not None and not (isinstance(rtype, str) and rtype):
            lost.add(doc.id, c.start, c.end, "", f"claim type {clip(repr(rtype), 40)}: a Label Studio relation's "
                                                 "label is a non-empty string; written without one", "attribute")
        result.append({"from_id": ends[0][1].id, "to_id": ends[1][1].id, "type": "relation", "direction": "right",
                       "labels": [rtype] if isinstance(rtype, str) and rtype else []})
    st = Status(doc.status)
    annotations = []
    if result or st != Status.NEW:
        annotations.append({"result": result, "was_cancelled": st == Status.SKIPPED, "ground_truth": False})
    return {"data": {"text": text}, "meta": {"annotator": {"id": doc.id, "status": st.value, "meta": doc.meta}},
            "annotations": annotations, "predictions": []}


FORMAT = Format(
    name="labelstudio",
    title=m.QT_TRANSLATE_NOOP("Formats", "Label Studio JSON tasks"),
    holds=Holds(
        entities="yes", nesting="yes", claims="relations between two entities", attributes="no",
        status="yes (in the task's meta; else from its annotations)", tokens="no",
        loses="entity attributes and claims other than two-entity relations; predictions import as suggestions",
    ),
    read=read,
    write=write,
    suffixes=(),
    write_options={"offsets": (CODEPOINTS, UTF16)},
    read_options={"offsets": (AUTO, CODEPOINTS, UTF16), "text_key": ()},
)
