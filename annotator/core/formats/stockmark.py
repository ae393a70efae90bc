"""Stockmark's Wikipedia NER dataset (``ner.json``): one JSON list of
``{"curid", "text", "entities": [{"name", "span": [start, end], "type"}]}``.

Offsets are already code points. ``curid`` repeats (several sentences of one article), so
a document's id is ``<curid>-<record number>``, and ``curid`` is kept in ``meta``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import messages as m
from ..model import Document, Entity
from .base import Parsed


def _record(i: int, rec: Any) -> tuple[Document | None, list[str]]:
    if not isinstance(rec, dict):
        return None, [m.translate("Core", "must be an object with curid, text and entities")]
    problems = [m.translate("Core", "missing {key!r}").format(key=k) for k in ("curid", "text", "entities")
                if k not in rec]
    if problems:
        return None, problems
    text, ents = rec["text"], rec["entities"]
    if not isinstance(text, str):
        return None, [m.translate("Core", "text must be a string")]
    if not isinstance(ents, list):
        return None, [m.translate("Core", "entities must be a list")]
    spans = []
    for j, ent in enumerate(ents):
        what = f"entities[{j}]"
        if not isinstance(ent, dict) or not {"name", "span", "type"} <= set(ent):
            problems.append(m.translate("Core", "{what}: needs name, span and type").format(what=what))
            continue
        span = ent["span"]
        ok = (isinstance(span, list) and len(span) == 2
              and all(isinstance(v, int) and not isinstance(v, bool) for v in span))
        if not ok:
            problems.append(m.translate("Core", "{what}: span must be [start, end] integers, not {span!r}")
                            .format(what=what, span=span))
            continue
        s, e = span
        if not 0 <= s < e <= len(text):
            problems.append(m.translate("Core", "{what}: span {start}–{end} is empty or outside the text "
                                                "(length {length})")
                            .format(what=what, start=s, end=e, length=len(text)))
        elif text[s:e] != ent["name"]:
            problems.append(m.translate("Core", "{what}: name {name!r} is not text[{start}:{end}] = {actual!r}")
                            .format(what=what, name=ent["name"], start=s, end=e, actual=text[s:e]))
        elif not isinstance(ent["type"], str) or not ent["type"]:
            problems.append(m.translate("Core", "{what}: type must be a non-empty string").format(what=what))
        else:
            spans.append((s, e, ent["type"], ent["name"]))
    if len(set((s, e, t) for s, e, t, _ in spans)) != len(spans):
        problems.append(m.translate("Core", "two entities have the same span and type"))
    if problems:
        return None, problems
    spans.sort(key=lambda x: (x[0], -x[1], x[2]))
    entities = [Entity(f"T{k}", s, e, t, name) for k, (s, e, t, name) in enumerate(spans, 1)]
    curid = str(rec["curid"])
    return Document(f"{curid}-{i}", text, {"curid": rec["curid"]}, entities=entities), []


def read(path: str | Path, **_: Any) -> Iterator[Parsed]:
    name = str(path)
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except UnicodeDecodeError as exc:
        yield Parsed(name, None, None, [m.translate("Core", "not UTF-8 ({reason} at byte {at})")
                                        .format(reason=exc.reason, at=exc.start)], name)
        return
    except json.JSONDecodeError as exc:
        yield Parsed(name, exc.lineno, None, [m.translate("Core", "invalid JSON at column {column}: {reason}")
                                              .format(column=exc.colno, reason=exc.msg)], name)
        return
    if not isinstance(data, list):
        yield Parsed(name, None, None, [m.translate("Core", "a Stockmark NER file is a JSON list of records")], name)
        return
    for i, rec in enumerate(data, 1):
        doc, problems = _record(i, rec)
        curid = rec.get("curid") if isinstance(rec, dict) else None
        label = f"record {i}" + (f", curid {curid}" if curid is not None else "")
        yield Parsed(name, None, doc, problems, rec, label)
