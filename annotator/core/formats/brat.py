"""brat standoff: a folder of ``NAME.txt`` + ``NAME.ann`` pairs, read and written.

Follows brat's "Annotation Data Format" (nlplab/brat wiki) and its reader,
``server/src/annotation.py`` of brat v1.3:

- **Text.** brat opens the ``.txt`` with ``codecs.open(…, encoding='utf8', errors='strict')``
  (``open_textfile``), which opens the file in binary mode: no newline translation, so
  ``\\r\\n`` counts two characters, and a byte-order mark is a character (U+FEFF) at offset 0.
  Offsets index that unicode string: code points, on the wide-unicode Python 2 builds brat's
  server runs on (a narrow build, such as Windows' Python 2, would count UTF-16 units). So
  the text is read as strict UTF-8, kept exactly (a BOM too), and offsets are used as they are.
- **Text-bound** ``T1<TAB>LABEL START END<TAB>text`` become entities (id ``T1``), their text
  checked against the ``.txt``. A discontinuous one (``START END;START END``) is refused by
  name. A ``T`` that is an event's trigger is not an entity: it is the event's span.
- **Events** ``E1<TAB>Type:T3 Role:T1 Role2:T2`` become claims over the trigger's span, with
  ``type`` the event type and one argument per role whose filler is an entity; a filler that
  is another event or a trigger is reported (``Parsed.notes``). **Relations**
  ``R1<TAB>Rel Arg1:T1 Arg2:T2`` become claims over the smallest span holding both entities
  (``peers.relation_claim``). **Attributes** ``A1<TAB>Name T1 [Value]`` (and the older
  ``M1``) go into the entity's ``attributes`` (``true`` when binary); on an event or relation,
  ``checkworthy``/``certainty``/``polarity`` set those claim fields and others go into the
  claim's ``attributes`` (``"true"`` when binary). **Notes** ``#1<TAB>AnnotatorNotes T1<TAB>
  text`` become the entity attribute ``AnnotatorNotes`` or the claim's ``note``. Normalizations
  (``N``), equivalences (``*``) and other comments are reported, not kept.

The export writes one ``.txt`` (the text exactly, UTF-8, no BOM added) and one ``.ann`` per
document, plus ``.annotator-documents.jsonl`` (hidden from brat): each document's id, status
and metadata, which the import reads back. File names come from document ids
(``peers.FileNames``: safe on every system, unique regardless of case and normalisation). A claim that is a
relation (``peers.relation_of``) becomes an ``R`` line, any other an event with a trigger;
what brat cannot hold (a label with a space, an event type or role with a space or colon, a
span across a line break, attribute values with spaces, claimants, cues, empty notes, any
other claim field with a value, whatever it is) is listed in ``lost``. brat requires a type
on every event and relation: a claim without one is written as ``Claim`` (and reported: an
import reads ``Claim`` back as its type, there being no way to tell it from a claim typed so).
The folder is built beside the target and renamed into place; it must be new or empty
(``folders.atomic_folder``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as m
from ..fields import check_id
from ..inputs import MAX_FILE_BYTES, InputRefused, open_input, read_limited
from ..model import Claim, Document, Entity, Status, entity_sort_key
from ..strings import FORBIDDEN, MAX_DOCUMENT_CHARS, Shown, check_value, clip, describe
from . import jsonl
from .base import Format, Holds, Parsed
from .brat_write import BUILTIN as _BUILTIN
from .brat_write import MANIFEST as MANIFEST
from .brat_write import NOTES as _NOTES
from .brat_write import ann_lines as ann_lines
from .brat_write import write as write
from .peers import EntitySet, check_label, relation_claim
from .reading import read_whole

if TYPE_CHECKING:
    pass

_ANN = (".ann", ".a1", ".a2")  # a joined file, or BioNLP shared-task partial files
_ID = re.compile(r"^([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*)$")


# -- reading ----------------------------------------------------------------------------------


def read(path: str | Path, **_: Any) -> Iterator[Parsed]:
    """Every document of a brat folder (and its sub-folders), or of one ``.txt``/``.ann`` pair."""
    root = Path(path)
    if root.is_file() and root.suffix in (".txt", *_ANN):
        pairs = {root.stem: _pair(root.parent, root.stem)}
        entries: dict[str, dict[str, Any]] = {}
    elif root.is_dir():
        pairs = _pairs(root)
        entries = {}
        manifest = root / MANIFEST
        if manifest.is_file():
            yield from _manifest(manifest, entries)
    else:
        yield Parsed(str(root), None, None, [m.translate("Core", "not a folder of brat .txt and .ann files")])
        return
    if not pairs:
        yield Parsed(str(root), None, None, [m.translate("Core", "no .txt or .ann files in this folder")])
        return
    order = [s for s in entries if s in pairs] + sorted(s for s in pairs if s not in entries)
    labels: dict[str, str | None] = {}
    for stem in order:
        yield _document(stem, pairs[stem], entries.get(stem), labels)


@dataclass
class _Pair:
    txt: Path | None = None
    ann: list[Path] = field(default_factory=list)


def _pair(folder: Path, stem: str) -> _Pair:
    txt = folder / f"{stem}.txt"
    anns = [folder / f"{stem}{s}" for s in _ANN if (folder / f"{stem}{s}").exists()]
    if anns and anns[0].suffix == ".ann":
        anns = anns[:1]
    return _Pair(txt if txt.exists() else None, anns)


def _pairs(root: Path) -> dict[str, _Pair]:
    """Files by stem (the path relative to ``root`` without its suffix, ``/``-separated); hidden
    files and folders are skipped, symbolic links to folders not followed. A folder named as
    the other half of a pair (``x.ann`` beside the file ``x.txt``, or ``x.txt`` beside ``x.ann``)
    stands in the pair, where reading it is refused by name (as a FIFO there is), and is not
    read as a sub-folder of documents."""
    found: dict[str, _Pair] = {}
    for folder, dirs, files in os.walk(root):
        names = set(files) if dirs else set()
        halves = [d for d in dirs if _half_of_a_pair(d, names)]
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in halves)
        rel = Path(folder).relative_to(root)
        for name in sorted([*files, *halves]):
            if name.startswith("."):
                continue
            stem, suffix = os.path.splitext(name)
            if suffix == ".txt" or suffix in _ANN:
                key = (rel / stem).as_posix()
                pair = found.setdefault(key, _Pair())
                if suffix == ".txt":
                    pair.txt = Path(folder) / name
                else:
                    pair.ann.append(Path(folder) / name)
    for pair in found.values():
        joined = [p for p in pair.ann if p.suffix == ".ann"]
        pair.ann = joined or sorted(pair.ann, key=lambda p: p.suffix)
    return found


def _half_of_a_pair(name: str, files: set[str]) -> bool:
    """Is a folder called ``name`` named as the ``.txt`` or ``.ann`` of one of ``files``?"""
    stem, suffix = os.path.splitext(name)
    if suffix == ".txt":
        return any(f"{stem}{s}" in files for s in _ANN)
    return suffix in _ANN and f"{stem}.txt" in files


def _manifest(path: Path, entries: dict[str, dict[str, Any]]) -> Iterator[Parsed]:
    """The id, status and metadata of each file, as the export wrote them; bad lines are problems."""
    name = str(path)
    data = read_whole(path)
    if isinstance(data, Parsed):
        yield data
        return
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        obj, problems = jsonl.parse_line(raw, lineno)
        if not problems:
            if not (isinstance(obj, dict) and set(obj) == {"file", "id", "status", "meta"}
                    and isinstance(obj["file"], str) and obj["status"] in Status.values()
                    and isinstance(obj["meta"], dict)):
                problems.append(m.translate("Core", "must be an object with file, id, status and meta"))
            else:
                check_id(obj["id"], "id", problems)
                check_value(obj, "manifest", problems)
        if problems:
            yield Parsed(name, lineno, None, problems, obj)
        else:
            entries[obj["file"]] = obj


def _document(stem: str, pair: _Pair, entry: dict[str, Any] | None,
              labels: dict[str, str | None]) -> Parsed:
    if pair.txt is None:
        return Parsed(str(pair.ann[0]), None, None, [m.translate("Core", "no .txt file beside it: brat needs "
                                                                         "{name}.txt").format(name=Path(stem).name)])
    text, at, problem = _read_text(pair.txt)
    if text is None:
        return Parsed(str(pair.txt), at, None, [problem or ""])
    notes: list[str] = []
    lines: list[tuple[Path, int, str]] = []
    for ann in pair.ann:
        content, at, problem = _read_text(ann, ann=True)
        if content is None:
            return Parsed(str(ann), at, None, [problem or ""])
        lines += [(ann, i, line.removesuffix("\r")) for i, line in enumerate(content.split("\n"), 1)]
    if not pair.ann:
        notes.append(m.translate("Core", "no .ann file: imported without annotations"))
    if entry is not None:
        doc_id, status, meta = entry["id"], Status(entry["status"]), entry["meta"]
    else:
        doc_id, status, meta = stem, Status.NEW, {"source": f"{stem}.txt"}
    out: list[str] = []
    if entry is None:
        check_id(doc_id, m.translate("Core", "the file name (it becomes the document id)"), out)
    found = FORBIDDEN.search(doc_id)
    if found is not None:
        out.append(m.translate("Core", "the file name holds {problem} (it becomes the document id); rename the file")
                   .format(problem=describe(found.group(), found.start())))
    standoff = _Standoff(text, labels, notes)
    for ann, lineno, line in lines:
        where = f"{ann.name}, line {lineno}" if len(pair.ann) > 1 else m.translate("Core", "line {n}").format(n=lineno)
        standoff.line(line, where)
    doc = standoff.document(doc_id, meta, status)
    out += standoff.problems
    file = str(pair.ann[0]) if pair.ann else str(pair.txt)
    if out:
        return Parsed(file, None, None, out, {"txt": str(pair.txt), "ann": [str(a) for a in pair.ann]})
    return Parsed(file, None, doc, [], {"txt": str(pair.txt)}, notes=notes)


def _read_text(path: Path, *, ann: bool = False) -> tuple[str | None, int | None, str | None]:
    """The text of a brat file as brat reads it (strict UTF-8, no newline translation): (text,
    None, None), or (None, line, problem)."""
    try:
        with open_input(path, max_bytes=MAX_FILE_BYTES) as fh:
            data = read_limited(fh, MAX_FILE_BYTES)
    except InputRefused as exc:
        return None, None, exc.message
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, None, m.translate("Core", "the file is UTF-16 (it starts with a UTF-16 byte-order mark); "
                                               "brat reads UTF-8")
    if b"\x00" in data:
        at = data.index(b"\x00")
        return None, data.count(b"\n", 0, at) + 1, m.translate("Core", "NUL bytes: a binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, data.count(b"\n", 0, exc.start) + 1, (
            m.translate("Core", "not UTF-8 ({reason} at byte {at}); brat reads UTF-8")
            .format(reason=exc.reason, at=exc.start))
    if ann:
        text = text.removeprefix("\ufeff")
    elif len(text) > MAX_DOCUMENT_CHARS:
        return None, None, (m.translate("Core", "{n:,} characters is too long for one document (the limit is "
                                                "{limit:,})").format(n=len(text), limit=MAX_DOCUMENT_CHARS))
    found = FORBIDDEN.search(text)
    if found is not None and not ann:
        line = text.count("\n", 0, found.start()) + 1
        return None, line, describe(found.group(), found.start() - (text.rfind("\n", 0, found.start()) + 1))
    return text, None, None


@dataclass
class _T:
    type: str
    start: int
    end: int
    where: str


class _Standoff:
    """The annotations of one document, line by line, then as entities and claims."""

    def __init__(self, text: str, labels: dict[str, str | None], notes: list[str]) -> None:
        self.text = text
        self.labels = labels
        self.notes = notes
        self.problems: list[str] = []
        self.ids: set[str] = set()
        self.texts: dict[str, _T] = {}
        self.events: list[tuple[str, str, str, list[tuple[str, str]], str]] = []
        self.relations: list[tuple[str, str, list[tuple[str, str]], str]] = []
        self.attributes: list[tuple[str, str, str | None, str]] = []
        self.comments: list[tuple[str, str, str, str]] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def line(self, line: str, where: str) -> None:
        if not line.strip():
            return
        found = FORBIDDEN.search(line)
        if found is not None:
            self.problem(where, describe(found.group(), found.start()))
            return
        aid, tab, rest = line.partition("\t")
        if not tab:
            self.problem(where, m.translate("Core", "no tab after the annotation id {id!r}").format(id=Shown(aid, 30)))
            return
        if aid == "*":
            self.notes.append(m.translate("Core", "{where}: equivalence {line!r} not kept")
                              .format(where=where, line=Shown(line)))
            return
        if _ID.match(aid) is None:
            self.problem(where, m.translate("Core", "{id!r} is not a brat annotation id (T1, E1, R1, A1, #1…)")
                         .format(id=Shown(aid, 30)))
            return
        if aid in self.ids:
            self.problem(where, m.translate("Core", "duplicate annotation id {id}").format(id=aid))
            return
        self.ids.add(aid)
        data, sep, tail = rest.partition("\t")
        kind = aid[0]
        if kind == "T":
            self._text_bound(aid, data, tail, tab_before_text=bool(sep), where=where)
        elif kind == "E":
            self._event(aid, data, where)
        elif kind == "R":
            parts = data.split()
            args = [tuple(p.split(":", 1)) for p in parts[1:]]
            if len(parts) != 3 or any(len(a) != 2 or not all(a) for a in args):
                self.problem(where, m.translate("Core", "relation {id}: expected 'TYPE ROLE:ID ROLE:ID', not {data!r}")
                             .format(id=aid, data=Shown(data)))
                return
            self.relations.append((aid, parts[0], [(a[0], a[1]) for a in args], where))
        elif kind in ("A", "M"):
            parts = data.split(None, 2)
            if len(parts) < 2:
                self.problem(where, m.translate("Core", "attribute {id}: expected 'NAME TARGET [VALUE]', not {data!r}")
                             .format(id=aid, data=Shown(data)))
                return
            self.attributes.append((parts[0], parts[1], parts[2].strip() if len(parts) > 2 else None, where))
        elif kind == "#":
            parts = data.split()
            if len(parts) != 2:
                self.problem(where, m.translate("Core", "note {id}: expected 'TYPE TARGET', not {data!r}")
                             .format(id=aid, data=Shown(data)))
                return
            self.comments.append((parts[0], parts[1], tail, where))
        elif kind == "N":
            self.notes.append(m.translate("Core", "{where}: normalization {id} not kept").format(where=where, id=aid))
        else:
            self.problem(where, m.translate("Core", "unknown kind of annotation {id!r}").format(id=Shown(aid, 30)))

    def _text_bound(self, aid: str, data: str, tail: str, *, tab_before_text: bool, where: str) -> None:
        label, _, offsets = data.partition(" ")
        if ";" in offsets:
            self.problem(where, m.translate("Core", "{id} is discontinuous ({offsets}): an entity is one span; "
                                                    "not imported").format(id=aid, offsets=offsets.strip()))
            return
        bounds = offsets.split()
        if len(bounds) != 2 or not all(b.isascii() and b.isdigit() for b in bounds):
            self.problem(where, m.translate("Core", "{id}: expected 'LABEL START END', not {data!r}")
                         .format(id=aid, data=Shown(data)))
            return
        s, e = int(bounds[0]), int(bounds[1])
        if not 0 <= s < e <= len(self.text):
            self.problem(where, m.translate("Core", "{id}: span {start}–{end} is empty or outside the text "
                                                    "(length {length})")
                         .format(id=aid, start=s, end=e, length=len(self.text)))
            return
        actual = self.text[s:e]
        if tab_before_text and not (tail.startswith(actual) and not tail[len(actual):].strip()):
            self.problem(where, m.translate("Core", "{id}: text {text!r} is not the text at {start}–{end}, "
                                                    "{actual!r}")
                         .format(id=aid, text=Shown(tail), start=s, end=e, actual=Shown(actual)))
            return
        if not check_label(label, aid, self.labels, self.problems):
            self.problems[-1] = f"{where}: {self.problems[-1]}"
            return
        self.texts[aid] = _T(label, s, e, where)

    def _event(self, aid: str, data: str, where: str) -> None:
        parts = data.split()
        pairs = [tuple(p.split(":", 1)) for p in parts]
        if not parts or any(len(p) != 2 or not all(p) for p in pairs):
            self.problem(where, m.translate("Core", "event {id}: expected 'TYPE:TRIGGER ROLE:ID…', not {data!r}")
                         .format(id=aid, data=Shown(data)))
            return
        (etype, trigger), *args = pairs
        self.events.append((aid, etype, trigger, [(a[0], a[1]) for a in args], where))

    def document(self, doc_id: str, meta: dict[str, Any], status: Status) -> Document:
        triggers = {trigger for _, _, trigger, _, _ in self.events}
        ents = EntitySet()
        for tid, t in self.texts.items():
            if tid not in triggers:
                ents.add(Entity(tid, t.start, t.end, t.type, self.text[t.start:t.end]), self.notes)
        claims: dict[str, Claim] = {}
        for eid, etype, trigger, args, where in self.events:
            t = self.texts.get(trigger)
            if t is None or t.type != etype:
                self.problem(where, m.translate("Core", "event {id}: its trigger {trigger} is not a text-bound "
                                                        "annotation of type {type}")
                             .format(id=eid, trigger=clip(trigger, 30), type=clip(etype, 30)))
                continue
            kept = [{"role": role, "entity": ent.id} for role, ref in args
                    if (ent := self._filler(eid, role, ref, ents, where)) is not None]
            claims[eid] = Claim(eid, t.start, t.end, self.text[t.start:t.end], {"type": etype, "arguments": kept})
        for rid, rtype, args, where in self.relations:
            ends = [(role, self._filler(rid, role, ref, ents, where)) for role, ref in args]
            if all(ent is not None for _, ent in ends):
                claims[rid] = relation_claim(rid, rtype, [(r, e) for r, e in ends if e is not None], self.text)
        for name, target, value, where in self.attributes:
            self._attribute(name, target, value, where, ents, claims)
        for ctype, target, text, where in self.comments:
            self._comment(ctype, target, text, where, ents, claims)
        entities = sorted(ents.entities, key=entity_sort_key)
        return Document(doc_id, self.text, meta, status, entities, list(claims.values()))

    def _filler(self, aid: str, role: str, ref: str, ents: EntitySet, where: str) -> Entity | None:
        ent = ents.by_id.get(ref)
        if ent is not None:
            return ent
        if ref in self.ids:
            self.notes.append(m.translate("Core", "{where}: {id}: argument {role}:{ref} is not an entity (an event "
                                                  "or a trigger); not kept").format(where=where, id=aid, role=role,
                                                                                   ref=ref))
        else:
            self.problem(where, m.translate("Core", "{id}: argument {role}:{ref} refers to no annotation")
                         .format(id=aid, role=role, ref=clip(ref, 30)))
        return None

    def _attribute(self, name: str, target: str, value: str | None, where: str, ents: EntitySet,
                   claims: dict[str, Claim]) -> None:
        ent = ents.by_id.get(target)
        if ent is not None:
            if name in ent.attributes:
                self.notes.append(m.translate("Core", "{where}: a second attribute {name} of {target}; not kept")
                                  .format(where=where, name=name, target=target))
            else:
                ent.attributes[name] = True if value is None else value
            return
        claim = claims.get(target)
        if claim is not None:
            text = "true" if value is None else value
            if name in _BUILTIN:
                claim.data[name] = text
            else:
                claim.data.setdefault("attributes", {})[name] = text
            return
        self._orphan(where, name, target)

    def _comment(self, ctype: str, target: str, text: str, where: str, ents: EntitySet,
                 claims: dict[str, Claim]) -> None:
        if ctype == _NOTES:
            ent = ents.by_id.get(target)
            if ent is not None and _NOTES not in ent.attributes:
                ent.attributes[_NOTES] = text
                return
            claim = claims.get(target)
            if claim is not None and not claim.data.get("note"):
                claim.data["note"] = text
                return
        self._orphan(where, ctype, target)

    def _orphan(self, where: str, name: str, target: str) -> None:
        if target in self.ids:
            self.notes.append(m.translate("Core", "{where}: {name} of {target} not kept").format(
                where=where, name=name, target=target))
        else:
            self.problem(where, m.translate("Core", "{name} of {target}, which is no annotation")
                         .format(name=name, target=clip(target, 30)))


FORMAT = Format(
    name="brat",
    title=m.QT_TRANSLATE_NOOP("Formats", "brat standoff (folder of .txt and .ann)"),
    holds=Holds(
        entities="yes (one span each)", nesting="yes", claims="as events (trigger span) or relations",
        attributes="one-word names: true or one-word values; AnnotatorNotes",
        status="yes (in the folder's .annotator-documents.jsonl)", tokens="no",
        loses="labels with spaces, spans across line breaks, attribute values with spaces, claimants, cues, "
              "empty notes, the absence of a claim type (read back as Claim); all reported; discontinuous spans "
              "are refused on import",
    ),
    read=read,
    write=write,
    suffixes=(".ann",),  # a folder holding .ann files
    folder_in=True,
    folder_out=True,
)

__all__ = ["FORMAT", "MANIFEST", "ann_lines", "read", "write"]
