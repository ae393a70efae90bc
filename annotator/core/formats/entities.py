"""The check of one entity object of a canonical record.

Shared by the JSONL reader (``jsonl.check_record``) and by the export's check of the entities
it copies from the project file's export cache (``stored.check_cached_entities``): kept here,
below both, so that neither imports the other.
"""

from __future__ import annotations

from typing import Any

from .. import messages as m
from ..fields import check_id, check_span
from ..model import label_name_problem
from ..strings import FORBIDDEN, MAX_ID_CHARS, Shown, check_value, clip

#: The fields of an entity object in a record.
ENTITY_KEYS = frozenset({"id", "start", "end", "label", "text", "attributes"})


def check_entity(i: int, ent: Any, text: str, out: list[str], walked: bool) -> str | None:
    """Append to ``out`` every problem of ``ent``, the entity at index ``i`` of a record whose
    text is ``text``; return its id when it has a usable one. ``walked``: every string of the
    record was already checked against the input policy (``strings.check_fields``)."""
    what = f"entities[{i}]"
    if not isinstance(ent, dict):
        out.append(m.translate("Core", "{what}: must be an object").format(what=what))
        return None
    eid = ent.get("id")
    if isinstance(eid, str) and eid and len(eid) <= MAX_ID_CHARS:
        what = m.translate("Core", "entity {id}").format(id=clip(eid))
    else:
        check_id(eid, what, out)
        eid = None
    for key in sorted(set(ent) - ENTITY_KEYS):
        out.append(m.translate("Core", "{what}: unknown field {key!r}").format(what=what, key=Shown(key)))
    for key in ("start", "end", "label", "text"):
        if key not in ent:
            out.append(m.translate("Core", "{what}: missing {key!r}").format(what=what, key=key))
    label = ent.get("label")
    if "label" in ent:
        if not (isinstance(label, str) and label.strip()):
            out.append(m.translate("Core", "{what}: label must be a non-empty string").format(what=what))
        elif not (walked and FORBIDDEN.search(label)):  # the walk over every string reported it
            problem = label_name_problem(label)
            if problem is not None:
                out.append(m.translate("Core", "{what}: label {label!r}: {problem}")
                           .format(what=what, label=Shown(label, 30), problem=problem))
    if "text" in ent and not isinstance(ent["text"], str):
        out.append(m.translate("Core", "{what}: text must be a string").format(what=what))
    if "attributes" in ent:
        if not isinstance(ent["attributes"], dict):
            out.append(m.translate("Core", "{what}: attributes must be an object").format(what=what))
        elif not walked and ent["attributes"]:
            check_value(ent["attributes"], f"{what}: attributes", out)
    check_span(ent, text, what, out)
    return eid
