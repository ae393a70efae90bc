"""What the readers and writers of other tools' files share (doccano, brat, Label Studio).

- **Offsets.** ``Units`` reads a peer's offsets of one text as code points, and writes code
  points as the peer's offsets: code points as they are, or UTF-16 code units (what
  JavaScript's ``String.length`` counts: an astral character such as 𠮷 or 😀 counts two).
  A UTF-16 offset between the two halves of a surrogate pair is refused, never rounded.
- **Relations.** A binary relation between two entities (brat ``R``, doccano ``relations``,
  Label Studio ``relation`` results) becomes a claim over the smallest span holding both
  entities, with the relation's type as the claim's ``type`` and one argument per end
  (``relation_claim``). Exporting, ``relation_of`` recognises such a claim: exactly two
  arguments, both entities of the document, and the claim's span exactly their cover.
- **File names.** ``FileNames`` turns document ids into safe, unique file names (brat); the
  folder itself is written by ``folders.atomic_folder``.
- **Progress.** ``Progress`` counts the documents a writer writes and calls its ``progress``
  callback every ``PROGRESS_EVERY`` of them and at the end.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from .. import messages as m
from ..fields import check_id, is_int
from ..model import Claim, Entity, label_name_problem
from ..strings import MAX_DOCUMENT_CHARS, Shown, char_name
from ..text import Utf16Map

#: A writer calls its ``progress`` callback every this many documents (``Progress``).
PROGRESS_EVERY = 200
CODEPOINTS = "codepoints"
UTF16 = "utf16"
UNITS = (CODEPOINTS, UTF16)


def units_problem(offsets: Any, allowed: tuple[str, ...] = UNITS) -> str | None:
    """Why a reader's ``offsets`` option is not one of ``allowed``, or None."""
    if offsets in allowed:
        return None
    return (m.translate("Core", "offsets must be one of {units}, not {value!r}")
            .format(units=", ".join(allowed), value=Shown(offsets)))


class Units:
    """The offsets of one text in a peer's unit (``CODEPOINTS`` or ``UTF16``)."""

    __slots__ = ("_map", "text", "unit")

    def __init__(self, text: str, unit: str) -> None:
        if unit not in UNITS:
            raise ValueError(f"unknown offset unit {unit!r}; one of {', '.join(UNITS)}")
        self.text = text
        self.unit = unit
        self._map = Utf16Map(text) if unit == UTF16 else None

    @property
    def length(self) -> int:
        return self._map.length_utf16 if self._map is not None else len(self.text)

    def span(self, s: Any, e: Any, what: str, out: list[str]) -> tuple[int, int] | None:
        """Code-point offsets of the peer's ``s``, ``e``, or None (a problem appended to ``out``)."""
        if not (is_int(s) and is_int(e)):
            out.append(m.translate("Core", "{what}: start and end must be integers, not {start!r} and {end!r}")
                       .format(what=what, start=Shown(s), end=Shown(e)))
            return None
        if not 0 <= s < e <= self.length:
            unit = (m.translate("Core", "UTF-16 code units") if self._map is not None
                    else m.translate("Core", "characters"))
            out.append(m.translate("Core", "{what}: span {start}–{end} is empty or outside the text "
                                           "(length {length} {unit})")
                       .format(what=what, start=s, end=e, length=self.length, unit=unit))
            return None
        if self._map is None:
            return s, e
        umap = self._map
        cs, ce = umap.to_codepoint(s), umap.to_codepoint(e)
        for offset, cp in ((s, cs), (e, ce)):
            if umap.to_codepoint(offset, snap="right") != cp:
                out.append(m.translate("Core", "{what}: offset {offset} falls between the two UTF-16 halves of "
                                               "{char} ({name}): not a character boundary (does the file count "
                                               "code points? then read it with offsets={codepoints})")
                           .format(what=what, offset=offset, char=self.text[cp], name=char_name(self.text[cp]),
                                   codepoints=CODEPOINTS))
                return None
        return cs, ce

    def out(self, start: int, end: int) -> tuple[int, int]:
        """The peer's offsets of the code-point span ``start``–``end``."""
        if self._map is None:
            return start, end
        return self._map.to_utf16(start), self._map.to_utf16(end)


def check_label(label: Any, what: str, cache: dict[str, str | None], out: list[str]) -> bool:
    """Is ``label`` a label name (``model.label_name_problem``)? ``cache`` remembers the answers."""
    if not isinstance(label, str) or not label:
        out.append(m.translate("Core", "{what}: the label must be a non-empty string, not {label!r}")
                   .format(what=what, label=Shown(label)))
        return False
    problem = cache[label] if label in cache else cache.setdefault(label, label_name_problem(label))
    if problem is not None:
        out.append(m.translate("Core", "{what}: label {label!r}: {problem}")
                   .format(what=what, label=Shown(label, 30), problem=problem))
        return False
    return True


def peer_id(value: Any, what: str, out: list[str]) -> str | None:
    """A peer's id (a string, or an integer as doccano and Label Studio number things) as text."""
    if is_int(value):
        return str(value)
    if check_id(value, what, out):
        return value
    return None


def text_problem(text: Any) -> str | None:
    """Why ``text`` cannot be a document's text (its characters were checked by the walk)."""
    if not isinstance(text, str):
        return m.translate("Core", "text must be a string")
    if len(text) > MAX_DOCUMENT_CHARS:
        return (m.translate("Core", "text has {n:,} characters; the limit is {limit:,} per document")
                .format(n=len(text), limit=MAX_DOCUMENT_CHARS))
    return None


class EntitySet:
    """The entities of one document being read: a second entity with the span and label of an
    earlier one is not kept twice (the model forbids it) but said in a note, and references to
    it lead to the first."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.by_id: dict[str, Entity] = {}
        self._by_key: dict[tuple[int, int, str], Entity] = {}

    def add(self, entity: Entity, notes: list[str]) -> None:
        first = self._by_key.get(entity.key)
        if first is not None:
            notes.append(m.translate("Core", "entity {id} has the span and label of entity {first} "
                                             "({start}–{end} {label}): kept once")
                         .format(id=Shown(entity.id, 30), first=Shown(first.id, 30), start=entity.start,
                                 end=entity.end, label=entity.label))
            self.by_id[entity.id] = first
            return
        self._by_key[entity.key] = entity
        self.by_id[entity.id] = entity
        self.entities.append(entity)


class Progress:
    """A writer's count of the documents written: ``progress(n)`` every ``PROGRESS_EVERY``
    documents (``step``) and once at the end (``done``, which returns the count)."""

    __slots__ = ("_progress", "n")

    def __init__(self, progress: Callable[[int], None] | None) -> None:
        self.n = 0
        self._progress = progress

    def step(self) -> None:
        self.n += 1
        if self._progress is not None and self.n % PROGRESS_EVERY == 0:
            self._progress(self.n)

    def done(self) -> int:
        if self._progress is not None:
            self._progress(self.n)
        return self.n


# -- relations as claims ---------------------------------------------------------------------


def relation_claim(cid: str, rtype: str | None, args: list[tuple[str, Entity]], text: str) -> Claim:
    """The claim of a relation: the smallest span holding its entities, the relation's type."""
    s = min(ent.start for _, ent in args)
    e = max(ent.end for _, ent in args)
    data = {"type": rtype, "arguments": [{"role": role, "entity": ent.id} for role, ent in args]}
    return Claim(cid, s, e, text[s:e], data)


def relation_of(claim: Claim, entities: dict[str, Entity]) -> list[tuple[str, Entity]] | None:
    """The two (role, entity) ends of a claim that ``relation_claim`` could have made, else None."""
    args = claim.data.get("arguments") or []
    if len(args) != 2:
        return None
    ends = []
    for arg in args:
        ref = arg.get("entity") if isinstance(arg, dict) else None
        ent = entities.get(ref) if isinstance(ref, str) else None
        if ent is None or not isinstance(arg.get("role"), str):
            return None
        ends.append((arg["role"], ent))
    if (claim.start, claim.end) != (min(e.start for _, e in ends), max(e.end for _, e in ends)):
        return None
    return ends


def claim_extras(claim: Claim, kept: frozenset[str]) -> list[tuple[str, Any]]:
    """The fields of ``claim`` other than ``kept`` that hold something: what an export that
    writes only ``kept`` loses. A field holds something when the canonical claim object
    (``Claim.to_json``) shows more than null, ``[]`` or ``{}`` for it, whatever the value:
    ``"unsure"``, ``"asserted"``, ``{"kind": "author"}`` or ``""`` are values the annotator
    chose (or the file gave), not absence, and an import gives back null for what was lost."""
    return [(key, value) for key, value in claim.data.items()
            if key not in kept and not _empty(value)]


def _empty(value: Any) -> bool:
    """Null, ``[]`` or ``{}``: what ``Claim.to_json`` writes for a field a claim has not set
    (``model.claim_empty``)."""
    return value is None or (isinstance(value, list | dict) and not value)


# -- folders ----------------------------------------------------------------------------------

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\<>:"|?*]')
_WINDOWS_DEVICES = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
#: A file name made from a document id holds at most this many bytes before its suffix (file
#: systems allow 255; room is left for ``~N`` and the suffix).
MAX_STEM_BYTES = 150


def safe_stem(doc_id: str) -> str:
    """A file name (without suffix) for ``doc_id`` on any system: ``/``, ``\\``, control
    characters and those Windows refuses replaced by ``_``; cut to MAX_STEM_BYTES of UTF-8 and
    no trailing dot or space (Windows drops them); ``_`` before a leading dot (no hidden file,
    no ``..``) and before a Windows device name (``CON``, ``NUL``, ``COM1``…)."""
    stem = _UNSAFE.sub("_", doc_id)
    stem = stem.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", "ignore").rstrip(" .")
    if not stem or stem.startswith(".") or _WINDOWS_DEVICES.match(stem):
        stem = "_" + stem
    return stem


class FileNames:
    """Unique file stems for documents: ``safe_stem``, then ``~2``, ``~3``… for a stem already
    given, compared case-folded and NFC-normalised (macOS and Windows file systems take names
    differing only so for one file). Remembers one short key per document."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def new(self, doc_id: str) -> str:
        base = safe_stem(doc_id)
        stem, k = base, 1
        while (key := unicodedata.normalize("NFC", unicodedata.normalize("NFC", stem).casefold())) in self._taken:
            k += 1
            stem = f"{base}~{k}"
        self._taken.add(key)
        return stem
