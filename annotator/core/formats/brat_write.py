"""Writing brat standoff (``--format brat``): one ``.txt`` and one ``.ann`` per document, and
``.annotator-documents.jsonl``; what brat cannot hold goes to the loss report. The reading and
the conventions of both directions are described in ``brat.py``."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Claim, Document, Entity, Status, entity_sort_key
from ..strings import clip
from . import jsonl
from .base import LossReport
from .folders import atomic_folder
from .peers import FileNames, Progress, claim_extras, relation_of
from .project_export import entity_objects, unwritable

if TYPE_CHECKING:
    from ..store import Project

MANIFEST = ".annotator-documents.jsonl"
BUILTIN = ("checkworthy", "certainty", "polarity")
NOTES = "AnnotatorNotes"
#: The claim fields an export writes (or reports one by one); ``peers.claim_extras`` finds the others.
_WRITTEN = frozenset({"type", "arguments", *BUILTIN, "attributes", "note"})


# -- writing ----------------------------------------------------------------------------------

def write(project: Project, path: str | Path, *, status: Status | None = None,
          progress: Callable[[int], None] | None = None, lost: LossReport, **_: Any) -> int:
    """Export ``project`` as a new brat folder at ``path``; returns the number of documents."""
    names = FileNames()
    count = Progress(progress)
    with atomic_folder(path, project_path=project.path) as tmp, \
            open(tmp / MANIFEST, "x", encoding="utf-8", newline="\n") as manifest:
        for doc in project.iter_documents(status=status):
            stem = names.new(doc.id)
            ann = "".join(line + "\n" for line in ann_lines(doc, lost))
            try:
                _write(tmp / f"{stem}.txt", doc.text)
                _write(tmp / f"{stem}.ann", ann)
                manifest.write(jsonl.dumps({"file": stem, "id": doc.id, "status": Status(doc.status).value,
                                            "meta": doc.meta}) + "\n")
            except (ValueError, UnicodeEncodeError) as exc:
                raise unwritable(doc.id, exc) from None
            count.step()
    return count.done()


def _write(path: Path, text: str) -> None:
    """A new file holding ``text`` exactly (no newline translation); ``atomic_folder`` syncs
    every file of the folder before it is renamed into place."""
    with open(path, "x", encoding="utf-8", newline="") as fh:
        fh.write(text)


def _is_name(name: Any, *, colon: bool = False) -> bool:
    """Can ``name`` be a brat name: one word, and no colon unless ``colon`` (an entity's type or
    an attribute's name may hold one; an event type or a role, written ``NAME:ID``, may not)?"""
    return (isinstance(name, str) and bool(name) and (colon or ":" not in name)
            and not any(ch.isspace() for ch in name))


#: What ends a line for brat's reader (Python 2's ``unicode`` line iteration) or for ours.
_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _one_line(text: str) -> bool:
    return _BREAKS.search(text) is None


class _Ann:
    """The lines of one ``.ann`` being written, numbered as brat numbers them."""

    def __init__(self, doc: Document, lost: LossReport) -> None:
        self.doc = doc
        self.lost = lost
        self.lines: list[str] = []
        self.tail: list[str] = []  # attributes and notes, after the annotations they are about
        self.count = {"T": 0, "E": 0, "R": 0, "A": 0, "#": 0}

    def new(self, kind: str) -> str:
        self.count[kind] += 1
        return f"{kind}{self.count[kind]}"

    def lose(self, start: int, end: int, label: str, reason: str, kind: str) -> None:
        self.lost.add(self.doc.id, start, end, label, reason, kind)

    def attribute(self, target: str, name: str, value: Any, span: tuple[int, int, str], *, claim: bool) -> None:
        if name == NOTES and isinstance(value, str) and value and _one_line(value):
            self.tail.append(f"{self.new('#')}\t{NOTES} {target}\t{value}")
        elif _is_name(name, colon=True) and (value is True or (claim and value == "true")):
            self.tail.append(f"{self.new('A')}\t{name} {target}")
        elif (_is_name(name, colon=True) and isinstance(value, str) and value
              and not any(ch.isspace() for ch in value)):
            self.tail.append(f"{self.new('A')}\t{name} {target} {value}")
        else:
            self.lose(*span, f"attribute {name}={json.dumps(value, ensure_ascii=False)[:60]}: brat holds a one-word "
                             "name with true or a one-word value", "attribute")


def ann_lines(doc: Document, lost: LossReport) -> list[str]:
    """The lines of the ``.ann`` of ``doc``; what brat cannot hold is added to ``lost``."""
    text = doc.text
    entity_objects(doc.id, text, doc.entities)  # refuses (ExportError) a span that is not exact
    out = _Ann(doc, lost)
    tids: dict[str, str] = {}
    by_id = {e.id: e for e in doc.entities}
    for e in sorted(doc.entities, key=entity_sort_key):
        if not _is_name(e.label, colon=True):
            out.lose(e.start, e.end, e.label, "the label has a space, which a brat type cannot", "entity")
            continue
        if not _one_line(e.text):
            out.lose(e.start, e.end, e.label, "spans a line break, which a brat .ann line cannot hold", "entity")
            continue
        tid = tids[e.id] = out.new("T")
        out.lines.append(f"{tid}\t{e.label} {e.start} {e.end}\t{e.text}")
        for name, value in e.attributes.items():
            out.attribute(tid, name, value, (e.start, e.end, e.label), claim=False)
    for c in doc.claims:
        _claim(out, c, by_id, tids)
    return out.lines + out.tail


def _claim(out: _Ann, c: Claim, by_id: dict[str, Entity], tids: dict[str, str]) -> None:
    span = (c.start, c.end, "")
    ctype = c.data.get("type")
    if ctype is None:
        out.lose(*span, "the claim has no type, which brat requires: written as Claim, which an import reads "
                        "back as its type", "attribute")
    elif not _is_name(ctype):
        out.lose(*span, f"claim type {str(ctype)[:40]!r} is not one word: written as Claim", "attribute")
    ends = relation_of(c, by_id)
    if ends is not None and all(e.id in tids and _is_name(role) for role, e in ends) and ends[0][0] != ends[1][0]:
        target = out.new("R")
        rtype = ctype if _is_name(ctype) else "Claim"
        out.lines.append(f"{target}\t{rtype} " + " ".join(f"{role}:{tids[e.id]}" for role, e in ends))
    else:
        if not _one_line(c.text):
            out.lose(*span, "the claim spans a line break, which a brat .ann line cannot hold", "claim")
            return
        etype = ctype if _is_name(ctype) else "Claim"
        trigger = out.new("T")
        out.lines.append(f"{trigger}\t{etype} {c.start} {c.end}\t{c.text}")
        args = []
        for arg in c.data.get("arguments") or []:
            role, ref = arg.get("role"), arg.get("entity")
            if _is_name(role) and isinstance(ref, str) and ref in tids:
                args.append(f" {role}:{tids[ref]}")
            else:
                out.lose(*span, f"argument {role}→{ref}: the entity was not written or the role is not one word",
                         "attribute")
        target = out.new("E")
        out.lines.append(f"{target}\t{etype}:{trigger}" + "".join(args))
    for name in BUILTIN:
        if c.data.get(name) is not None:
            out.attribute(target, name, c.data[name], span, claim=True)
    for name, value in (c.data.get("attributes") or {}).items():
        out.attribute(target, name, value, span, claim=True)
    note = c.data.get("note")
    if note == "":
        out.lose(*span, 'note "": an empty note has no place in brat (AnnotatorNotes holds text)', "attribute")
    elif note is not None:
        out.attribute(target, NOTES, note, span, claim=True)
    for name, _value in claim_extras(c, _WRITTEN):
        if name in ("claimant", "cue"):
            out.lose(*span, f"the {name} has no place in brat", "attribute")
        else:
            out.lose(*span, f"claim field {clip(name, 40)!r} has no place in brat", "attribute")


