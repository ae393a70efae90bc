"""What every format module declares and yields: ``Format`` (the registry's entry), ``Parsed``
(one record read), ``LossReport`` (what an export could not hold); the atomic file writer every
exporter uses (``outputs.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import ExportError, Problem
from ..model import Document, Entity
from ..outputs import atomic_writer, check_export_target

if TYPE_CHECKING:
    from ..model import Status
    from ..store import Project


@dataclass
class Parsed:
    """One record read from a file: a document, or the problems that stop it being one."""

    file: str
    line: int | None
    doc: Document | None
    problems: list[str] = field(default_factory=list)
    raw: Any = None  # the record as read, for the rejects file (a JSON value, or a msgspec Struct of one)
    record: str | None = None  # "record 12" where the format has no lines
    #: Entities proposed by another tool (Label Studio ``predictions``): stored as suggestions,
    #: never as annotations. ``attributes`` may hold ``source`` (str) and ``score`` (float).
    suggestions: list[Entity] = field(default_factory=list)
    #: What the record holds that the import keeps in no form (a brat relation with no clear
    #: mapping…), one sentence each: the import goes on and the command lists them.
    notes: list[str] = field(default_factory=list)

    def located(self) -> list[Problem]:
        return [Problem(self.file, self.line, msg, self.record) for msg in self.problems]

    def located_notes(self) -> list[Problem]:
        return [Problem(self.file, self.line, msg, self.record) for msg in self.notes]


@dataclass(frozen=True, slots=True)
class Lost:
    """An annotation an export could not write in its format, and why."""

    doc: str
    start: int
    end: int
    label: str  # the entity's label ("" for a claim)
    reason: str  # one short English phrase: "inside a token", "overlaps entity 12–15 ORG"…
    kind: str = "entity"  # or "claim", "attribute"

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "kind": self.kind, "start": self.start, "end": self.end, "label": self.label,
                "reason": self.reason}


class LossReport:
    """Everything an export left out, in order; the command says how many and writes them."""

    def __init__(self) -> None:
        self.items: list[Lost] = []

    def add(self, doc: str, start: int, end: int, label: str, reason: str, kind: str = "entity") -> None:
        self.items.append(Lost(doc, start, end, label, reason, kind))

    def __len__(self) -> int:
        return len(self.items)


class Reader(Protocol):
    def __call__(self, path: str | Path, **options: Any) -> Iterator[Parsed]: ...


class Writer(Protocol):
    def __call__(self, project: Project, path: str | Path, *, status: Status | None = None,
                 progress: Callable[[int], None] | None = None, lost: LossReport, **options: Any) -> int: ...


@dataclass(frozen=True)
class Holds:
    """What a format can hold, for the README's table and the dialogs: each value is a short
    English phrase ("yes", "no", "flat only", "as doc.spans"…)."""

    entities: str
    nesting: str
    claims: str
    attributes: str
    status: str
    tokens: str
    loses: str  # what a round trip through it loses, in one sentence


@dataclass(frozen=True)
class Format:
    """One entry of the registry (``formats.FORMATS``): the names ``import --format`` and
    ``export --format`` accept, and what the dialogs list."""

    name: str  # the command line's name: "conll", "brat"…
    title: str  # what the dialogs show (English; translated through messages.translate("Formats", …))
    holds: Holds
    read: Reader | None = None
    write: Writer | None = None
    suffixes: tuple[str, ...] = ()  # guessed from an input's name (never two formats for one suffix)
    folder_in: bool = False  # import reads a folder (brat), not a file
    folder_out: bool = False  # export writes a folder (brat, hf)
    extra: str | None = None  # the pip extra its export needs (``spacy``), None when built in
    #: Options of the writer the command line passes on (name → choices; the first is the default).
    write_options: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Options of the reader, the same way (no choices: any text, such as a key's name).
    read_options: dict[str, tuple[str, ...]] = field(default_factory=dict)


__all__ = ["ExportError", "Format", "Holds", "LossReport", "Lost", "Parsed", "Reader", "Writer", "atomic_writer",
           "check_export_target"]
