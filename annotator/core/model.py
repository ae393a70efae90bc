"""The annotation model: plain dataclasses, no Qt, no database.

Offsets are code points, ``[start, end)``. Entities may nest and overlap; two entities with
the same start, end and label may not coexist in one document.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from . import messages as m
from .palette import LABEL_PALETTE, automatic_colour
from .strings import FORBIDDEN, char_name


class Status(str, enum.Enum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"

    @classmethod
    def values(cls) -> list[str]:
        return [s.value for s in cls]


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    start: int
    end: int
    label: str
    text: str
    attributes: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> tuple[int, int, str]:
        """What makes two entities the same annotation."""
        return (self.start, self.end, self.label)

    def with_(self, **changes: Any) -> Entity:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The canonical entity object: every key, always (``attributes`` is ``{}`` when empty),
        so that records share one shape for loaders that infer types."""
        return {"id": self.id, "start": self.start, "end": self.end, "label": self.label, "text": self.text,
                "attributes": self.attributes}


#: A claim object's fields after id, start, end and text, in the order the export writes them
#: (every record has every field: ``claim_empty`` is the value of a field the claim has not set).
CLAIM_FIELDS = ("type", "checkworthy", "certainty", "polarity", "claimant", "cue", "arguments", "note", "attributes")
_CLAIM_FIELD_NAMES = frozenset(CLAIM_FIELDS)


def claim_empty(key: str) -> Any:
    """What a claim's field ``key`` holds when it holds nothing: ``[]`` for the arguments,
    ``{}`` for the project's own attributes, null for the others."""
    return [] if key == "arguments" else {} if key == "attributes" else None


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim span with its attributes, kept as the canonical JSON object.

    The structured editor is its own issue; the core already stores, validates and exports
    claims so that records survive a round trip unchanged.
    """

    id: str
    start: int
    end: int
    text: str
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        """The canonical claim object: every field of ``CLAIM_FIELDS``, always (null, ``[]`` or
        ``{}`` when the claim has none), then any other key ``data`` holds."""
        out: dict[str, Any] = {"id": self.id, "start": self.start, "end": self.end, "text": self.text}
        data = self.data
        for key in CLAIM_FIELDS:
            value = data.get(key)
            out[key] = claim_empty(key) if value is None else value
        if not data.keys() <= _CLAIM_FIELD_NAMES:
            out.update((k, v) for k, v in data.items() if k not in out)
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Claim:
        """A claim from its object; fields holding their empty value (null, ``[]`` for
        arguments, ``{}`` for attributes) are left out of ``data``: absent and empty are one."""
        data = {k: v for k, v in obj.items()
                if k not in ("id", "start", "end", "text") and v is not None and v != claim_empty(k)}
        return cls(obj["id"], obj["start"], obj["end"], obj["text"], data)


@dataclass(slots=True)
class Document:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    status: Status = Status.NEW
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


def entity_sort_key(e: Entity) -> tuple[int, int, str, str]:
    """Export order: by start, the longer (outer) entity first, then label and id."""
    return (e.start, -e.end, e.label, e.id)


# -- labels -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    color: str  # "#rrggbb"
    key: str = ""  # a single shortcut character ("1".."9", a letter) or ""
    description: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "color": self.color, "key": self.key, "description": self.description}


_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


#: A label name is shown in menus, the legend and every entity bar: one short line.
MAX_LABEL_CHARS = 100
#: Characters that break a label name over lines (or columns): refused anywhere in one.
_LABEL_BREAKS = re.compile("[\t\n\x0b\x0c\r\x85\u2028\u2029]")
#: Characters that show nothing by themselves (format, combining, spaces, separators, controls).
_INVISIBLE = frozenset({"Cf", "Mn", "Me", "Zs", "Zl", "Zp", "Cc", "Cs"})


def label_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a label name, or None: a label name is non-empty, one line of at
    most MAX_LABEL_CHARS characters with something visible, no surrounding spaces, and holds no
    character the input policy refuses (``strings.FORBIDDEN``)."""
    # Control characters first: NEL (U+0085) and the line breaks also count as spaces to strip().
    found = [f for f in (_LABEL_BREAKS.search(name), FORBIDDEN.search(name)) if f is not None]
    if found:
        bad = min(found, key=lambda f: f.start())  # the first one in the name
        return (m.translate("Core", "a label name must be one line without control characters, "
                                    "not contain {char}").format(char=char_name(bad.group())))
    if not name or name.strip() != name:
        return m.translate("Core", "a label name must be non-empty and have no surrounding spaces")
    if len(name) > MAX_LABEL_CHARS:
        return (m.translate("Core", "a label name must be at most {limit} characters, not {n}")
                .format(limit=MAX_LABEL_CHARS, n=len(name)))
    if all(unicodedata.category(ch) in _INVISIBLE for ch in name):
        return m.translate("Core", "a label name must have a visible character")
    return None


def check_label(label: Label) -> str | None:
    """The problem with ``label``, or None."""
    problem = label_name_problem(label.name)
    if problem is not None:
        return problem
    if not _COLOR.match(label.color):
        return (m.translate("Core", "label {name!r}: colour must look like #rrggbb, not {colour!r}")
                .format(name=label.name, colour=label.color))
    if len(label.key) > 1:
        return (m.translate("Core", "label {name!r}: the shortcut must be one character, not {key!r}")
                .format(name=label.name, key=label.key))
    return None


#: Automatic label colours (``palette.LABEL_PALETTE``): distinct on white, each bar visible on
#: the page and black text readable over its entities' background; never a pale one like
#: ``#fffac8``, which showed nothing.
PALETTE = list(LABEL_PALETTE)


def _labels(names_descriptions: list[tuple[str, str]]) -> list[Label]:
    return [
        Label(name, automatic_colour(i), str(i + 1) if i < 9 else "", desc)
        for i, (name, desc) in enumerate(names_descriptions)
    ]


LABEL_SETS: dict[str, list[Label]] = {
    "irex": _labels([
        ("PERSON", "人名"),
        ("ORGANIZATION", "組織名"),
        ("LOCATION", "地名"),
        ("ARTIFACT", "固有物名(製品・作品など)"),
        ("DATE", "日付表現"),
        ("TIME", "時間表現"),
        ("MONEY", "金額表現"),
        ("PERCENT", "割合表現"),
    ]),
    "stockmark": _labels([
        ("人名", "人物の名前"),
        ("法人名", "企業などの法人"),
        ("政治的組織名", "政党・政府機関・行政組織"),
        ("その他の組織名", "上記以外の組織・団体"),
        ("地名", "国・都市などの地名"),
        ("施設名", "建物・施設"),
        ("製品名", "製品・サービス・作品"),
        ("イベント名", "行事・事件・大会"),
    ]),
}


def builtin_label_set(name: str) -> list[Label]:
    try:
        return list(LABEL_SETS[name])
    except KeyError:
        raise KeyError(f"unknown label set {name!r}; choose one of {', '.join(LABEL_SETS)}") from None


def new_label(name: str, existing: list[Label]) -> Label:
    """A label for a name met in imported data: next palette colour, next free digit key."""
    used_keys = {lb.key for lb in existing}
    key = next((str(d) for d in range(1, 10) if str(d) not in used_keys), "")
    return Label(name, automatic_colour(len(existing)), key, "")
