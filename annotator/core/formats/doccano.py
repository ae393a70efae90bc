"""doccano's JSONL for sequence labelling, both shapes, read and written.

- ``label`` (doccano's sequence-labelling import and export): ``{"text": …, "label": [[start,
  end, "LABEL"], …]}``; ``labels`` is read as the same key.
- ``entities`` (doccano ≥ 1.7, export "JSONL (relation)"): ``{"text": …, "entities": [{"id",
  "label", "start_offset", "end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}]}``.
  A relation becomes a claim over both entities (``peers.relation_claim``), roles ``from`` and
  ``to``.

doccano exports ``{"id": <number>, "text": …, <each metadata key>: …, "label"/"entities": …,
"Comments": […]}`` (backend/data_export/models.py ``ExportedExample.to_dict`` and
pipeline/factories.py in doccano 1.8): ``id`` becomes the document id, an empty ``Comments``
list is dropped, ``status`` (when it is one of annotator's statuses) becomes the status, and
every other key goes to ``meta``. The export writes the same shape back (``shape`` option,
``label`` by default): ``id``, ``text``, the spans, ``status`` and the ``meta`` keys at the top
level, which doccano keeps as metadata on import and writes back on export.

**Offsets.** doccano counts UTF-16 code units, not code points: its annotation component
(doccano/v-annotator, ``src/domain/models/EventHandler/TextSelectionHandler.ts``) takes the
browser selection's offsets, which are JavaScript string indices, and the server stores them
as given; doccano issue #2290 (2023, open) shows ``👨🏻‍🚒 firemen drive firetrucks`` exported
with ``firetrucks`` at 22–32 where Python says 19–29 (PR #99 of 2019 reported the same).
So ``offsets="utf16"`` is the default, both ways; ``offsets="codepoints"`` reads and writes
files made by Python scripts (``text[start:end]``). A project created with doccano's
"Count grapheme clusters as one character" option counts grapheme clusters instead: not
supported (such offsets differ only after a character made of several code points).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .. import messages as m
from ..fields import is_int
from ..model import Claim, Document, Entity, Status, entity_sort_key
from ..strings import Shown, check_fields, clip
from . import jsonl, peers
from .base import Format, Holds, LossReport, Parsed, atomic_writer
from .project_export import entity_objects, unwritable
from .reading import with_input
from .strictjson import json_kind

if TYPE_CHECKING:
    from ..store import Project

SHAPES = ("label", "entities")
_STATUSES = frozenset(Status.values())
#: Keys of a record that are not metadata.
_RESERVED = frozenset({"id", "text", "label", "labels", "entities", "relations", "status", "Comments"})
_ROLES = ("from", "to")
_RELATION_FIELDS = frozenset({"type", "arguments"})


def read(path: str | Path, *, offsets: str = peers.UTF16, **_: Any) -> Iterator[Parsed]:
    """The records of a doccano JSONL file, each checked; blank lines are skipped."""
    name = str(path)
    if (problem := peers.units_problem(offsets)) is not None:
        yield Parsed(name, None, None, [problem])
        return
    yield from with_input(path, lambda fh: _records(name, fh, offsets))


def _records(name: str, fh: BinaryIO, offsets: str) -> Iterator[Parsed]:
    stem = Path(name).stem
    seen: dict[str, int] = {}
    labels: dict[str, str | None] = {}
    n = 0
    for line in jsonl.lines(name, fh):
        if isinstance(line, Parsed):
            yield line
            continue
        n += 1
        lineno, _, obj, problems, kept = line
        doc, notes = None, []
        if not problems:
            doc, problems, notes = record(obj, f"{stem}-{n}", offsets, labels)
        if doc is not None:
            if doc.id in seen:
                problems.append(m.translate("Core", "duplicate document id {id!r} (first on line {line})")
                                .format(id=Shown(doc.id), line=seen[doc.id]))
                doc = None
            else:
                seen[doc.id] = lineno
        yield Parsed(name, lineno, None if problems else doc, problems, kept, notes=notes)


def record(obj: Any, fallback_id: str, offsets: str = peers.UTF16, labels: dict[str, str | None] | None = None
           ) -> tuple[Document | None, list[str], list[str]]:
    """The document of one doccano record, or the problems that stop it; and the notes."""
    labels = {} if labels is None else labels
    out: list[str] = []
    notes: list[str] = []
    if not isinstance(obj, dict):
        return None, [m.translate("Core", "a record must be a JSON object, not {kind}").format(kind=json_kind(obj))], []
    check_fields(obj, out)
    text = obj.get("text")
    if "text" not in obj:
        out.append(m.translate("Core", "missing 'text'"))
    elif (problem := peers.text_problem(text)) is not None:
        out.append(problem)
    doc_id = peers.peer_id(obj["id"], "id", out) if "id" in obj else fallback_id
    if "label" in obj and "labels" in obj:
        out.append(m.translate("Core", "both 'label' and 'labels': one list of spans, please"))
    spans_key = "label" if "label" in obj else "labels" if "labels" in obj else None
    if spans_key is not None and "entities" in obj:
        out.append(m.translate("Core", "both {key!r} and 'entities': a record has one shape").format(key=spans_key))
    if "relations" in obj and "entities" not in obj:
        out.append(m.translate("Core", "'relations' without 'entities'"))
    annotations = obj.get("annotations")
    if isinstance(annotations, list) and any(isinstance(a, dict) and "start_offset" in a for a in annotations):
        out.append(m.translate("Core", "'annotations' with label numbers is doccano 1.0's export, which names no "
                                       "label: export again from doccano ≥ 1.2 (JSONL)"))
    if out:
        return None, out, notes
    assert isinstance(text, str)
    units = peers.Units(text, offsets)
    ents = peers.EntitySet()
    claims: list[Claim] = []
    if spans_key is not None:
        _label_shape(obj[spans_key], spans_key, text, units, labels, ents, out, notes)
    elif "entities" in obj:
        _entities_shape(obj, text, units, labels, ents, claims, out, notes)
    status = Status.NEW
    meta = {}
    for key, value in obj.items():
        if key == "status" and isinstance(value, str) and value in _STATUSES:
            status = Status(value)
        elif key == "Comments" and value == []:
            continue
        elif key not in _RESERVED or key in ("status", "Comments"):
            meta[key] = value
    if out:
        return None, out, notes
    assert doc_id is not None
    entities = sorted(ents.entities, key=entity_sort_key)
    return Document(doc_id, text, meta, status, entities, claims), [], notes


def _label_shape(spans: Any, key: str, text: str, units: peers.Units, labels: dict[str, str | None],
                 ents: peers.EntitySet, out: list[str], notes: list[str]) -> None:
    if not isinstance(spans, list):
        out.append(m.translate("Core", "{key} must be a list of [start, end, label]").format(key=key))
        return
    found = []
    for i, span in enumerate(spans):
        what = f"{key}[{i}]"
        if not (isinstance(span, list) and len(span) == 3):
            hint = (m.translate("Core", " (a text classification file? only sequence labelling is read)")
                    if isinstance(span, str) else "")
            out.append(m.translate("Core", "{what}: must be [start, end, label], not {value!r}")
                       .format(what=what, value=Shown(span)) + hint)
            continue
        s, e, label = span
        got = units.span(s, e, what, out)
        if peers.check_label(label, what, labels, out) and got is not None:
            found.append((got[0], got[1], label))
    found.sort(key=lambda t: (t[0], -t[1], t[2]))
    for k, (s, e, label) in enumerate(found, 1):
        ents.add(Entity(f"T{k}", s, e, label, text[s:e]), notes)


_ENTITY_KEYS = ("id", "label", "start_offset", "end_offset")


def _entities_shape(obj: dict[str, Any], text: str, units: peers.Units, labels: dict[str, str | None],
                    ents: peers.EntitySet, claims: list[Claim], out: list[str], notes: list[str]) -> None:
    entities = obj["entities"]
    if not isinstance(entities, list):
        out.append(m.translate("Core", "entities must be a list"))
        return
    for i, ent in enumerate(entities):
        what = f"entities[{i}]"
        if not isinstance(ent, dict):
            out.append(m.translate("Core", "{what}: must be an object").format(what=what))
            continue
        missing = [k for k in _ENTITY_KEYS[1:] if k not in ent]
        if missing:
            out.append(m.translate("Core", "{what}: missing {keys}").format(what=what, keys=", ".join(missing)))
            continue
        eid = peers.peer_id(ent["id"], f"{what}: id", out) if "id" in ent else f"T{i + 1}"
        for key in sorted(set(ent) - set(_ENTITY_KEYS)):
            notes.append(m.translate("Core", "{what}: field {key!r} not kept").format(what=what, key=Shown(key, 30)))
        got = units.span(ent["start_offset"], ent["end_offset"], what, out)
        if not peers.check_label(ent["label"], what, labels, out) or got is None or eid is None:
            continue
        if eid in ents.by_id:
            out.append(m.translate("Core", "{what}: duplicate id {id!r}").format(what=what, id=Shown(eid)))
            continue
        s, e = got
        ents.add(Entity(eid, s, e, ent["label"], text[s:e]), notes)
    relations = obj.get("relations", [])
    if not isinstance(relations, list):
        out.append(m.translate("Core", "relations must be a list"))
        return
    seen: set[str] = set()
    for i, rel in enumerate(relations):
        what = f"relations[{i}]"
        if not isinstance(rel, dict) or not {"from_id", "to_id", "type"} <= set(rel):
            out.append(m.translate("Core", "{what}: must be an object with from_id, to_id and type").format(what=what))
            continue
        cid = peers.peer_id(rel["id"], f"{what}: id", out) if "id" in rel else f"R{i + 1}"
        rtype = rel["type"]
        if not (isinstance(rtype, str) and rtype.strip()):
            out.append(m.translate("Core", "{what}: type must be a non-empty string").format(what=what))
            continue
        ends = []
        for role in _ROLES:
            ref = rel[f"{role}_id"]
            ref_id = str(ref) if is_int(ref) else ref if isinstance(ref, str) else None
            ent = ents.by_id.get(ref_id) if ref_id is not None else None
            if ent is None:
                out.append(m.translate("Core", "{what}: {role}_id {ref!r} is not an entity of this record")
                           .format(what=what, role=role, ref=Shown(ref)))
            else:
                ends.append((role, ent))
        if cid is None or len(ends) != 2:
            continue
        if cid in seen:
            out.append(m.translate("Core", "{what}: duplicate id {id!r}").format(what=what, id=Shown(cid)))
            continue
        seen.add(cid)
        claims.append(peers.relation_claim(cid, rtype, ends, text))


# -- writing ----------------------------------------------------------------------------------


def write(project: Project, path: str | Path, *, status: Status | None = None,
          progress: Callable[[int], None] | None = None, lost: LossReport, shape: str = "label",
          offsets: str = peers.UTF16, **_: Any) -> int:
    """Export ``project`` as doccano JSONL (``shape`` ``label`` or ``entities``), atomically."""
    if shape not in SHAPES:
        raise ValueError(f"shape must be one of {', '.join(SHAPES)}, not {shape!r}")
    if offsets not in peers.UNITS:
        raise ValueError(f"offsets must be one of {', '.join(peers.UNITS)}, not {offsets!r}")
    count = peers.Progress(progress)
    with atomic_writer(path, project_path=project.path) as fh:
        for doc in project.iter_documents(status=status):
            rec = record_of(doc, shape, offsets, lost)
            try:
                fh.write(jsonl.dumps(rec))
            except (ValueError, UnicodeEncodeError) as exc:
                raise unwritable(doc.id, exc) from None
            fh.write("\n")
            count.step()
    return count.done()


def record_of(doc: Document, shape: str, offsets: str, lost: LossReport) -> dict[str, Any]:
    """The doccano record of ``doc``; what it cannot hold is added to ``lost``."""
    text = doc.text
    entity_objects(doc.id, text, doc.entities)  # refuses (ExportError) a span that is not exact
    units = peers.Units(text, offsets)
    entities = sorted(doc.entities, key=entity_sort_key)
    rec: dict[str, Any] = {"id": doc.id, "text": text}
    for e in entities:
        if e.attributes:
            lost.add(doc.id, e.start, e.end, e.label, "attributes {names} have no place in doccano JSONL"
                     .format(names=", ".join(sorted(e.attributes))), "attribute")
    if shape == "label":
        rec["label"] = [[*units.out(e.start, e.end), e.label] for e in entities]
        for c in doc.claims:
            lost.add(doc.id, c.start, c.end, "", "doccano's label shape holds no claims or relations", "claim")
    else:
        numbers = {e.id: k for k, e in enumerate(entities, 1)}
        rec["entities"] = [{"id": numbers[e.id], "label": e.label,
                            **dict(zip(("start_offset", "end_offset"), units.out(e.start, e.end), strict=True))}
                           for e in entities]
        rec["relations"] = _relations(doc, {e.id: e for e in entities}, numbers, lost)
    rec["status"] = Status(doc.status).value
    for key, value in doc.meta.items():
        if key in _RESERVED and key != "Comments":  # doccano's comments were read into meta
            lost.add(doc.id, 0, 0, "", f"meta key {clip(key, 30)!r} is a field of doccano's record", "meta")
        else:
            rec[key] = value
    return rec


def _relations(doc: Document, by_id: dict[str, Entity], numbers: dict[str, int], lost: LossReport
               ) -> list[dict[str, Any]]:
    out = []
    for c in doc.claims:
        ends = peers.relation_of(c, by_id)
        rtype = c.data.get("type")
        if ends is None or not (isinstance(rtype, str) and rtype.strip()):
            why = ("a doccano relation needs a type" if ends is not None
                   else "not a relation between two entities (doccano holds no other claims)")
            lost.add(doc.id, c.start, c.end, "", why, "claim")
            continue
        roles = tuple(role for role, _ in ends)
        if roles != _ROLES:
            lost.add(doc.id, c.start, c.end, "", f"roles {roles[0]}/{roles[1]} written as from/to", "attribute")
        extra = sorted(k for k, _ in peers.claim_extras(c, _RELATION_FIELDS))
        if extra:
            lost.add(doc.id, c.start, c.end, "", "claim fields {names} have no place in a doccano relation"
                     .format(names=", ".join(extra)), "attribute")
        out.append({"id": len(out) + 1, "from_id": numbers[ends[0][1].id], "to_id": numbers[ends[1][1].id],
                    "type": rtype})
    return out


FORMAT = Format(
    name="doccano",
    title=m.QT_TRANSLATE_NOOP("Formats", "doccano JSONL (sequence labelling)"),
    holds=Holds(
        entities="yes", nesting="yes", claims="relations between two entities (entities shape)",
        attributes="no", status="yes (a status key, which doccano keeps as metadata)", tokens="no",
        loses="entity attributes and ids; claims other than two-entity relations (all claims in the label shape)",
    ),
    read=read,
    write=write,
    suffixes=(),
    write_options={"shape": SHAPES, "offsets": (peers.UTF16, peers.CODEPOINTS)},
    read_options={"offsets": (peers.UTF16, peers.CODEPOINTS)},
)
