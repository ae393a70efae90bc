"""A trained recommender as bytes, with what it was trained for, so that a model kept in or
beside the project is used only when it still fits.

Layout: the line ``ANNOTATOR-RECOMMENDER\\n``, one line of JSON (the header), then the
recommender's payload. The header names the recommender and its ``version``, its
``environment`` (library versions), the label set, the fingerprint of the training data, the
payload's length and SHA-256. ``load_model`` refuses (returns no recommender and says why)
a missing or damaged model, one of another recommender, version, environment or label set,
and, unless ``stale_ok``, one trained on other annotations than ``data`` names: the caller
rebuilds it. Nothing of the payload is executed (no pickle): a model file from elsewhere can
at worst be refused.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import messages as m
from .base import Example, Recommender

MAGIC = b"ANNOTATOR-RECOMMENDER\n"
FORMAT = 1


def fingerprint(examples: Iterable[Example], labels: Sequence[str]) -> str:
    """What the training data was: the labels, each example's text, spans and completeness, in
    order. Any accepted, removed or relabelled entity, edited text or status change changes it."""
    h = hashlib.sha256()
    h.update(json.dumps(list(labels), ensure_ascii=False).encode())
    for ex in examples:
        h.update(b"\x00D" if ex.complete else b"\x00P")
        h.update(hashlib.sha256(ex.text.encode("utf-8", "surrogatepass")).digest())
        h.update(json.dumps(sorted(ex.spans), ensure_ascii=False).encode())
    return h.hexdigest()[:32]


def dump_model(rec: Recommender, data: str) -> bytes:
    """``rec``'s payload with a header; ``data`` is the ``fingerprint`` of what it learnt from."""
    payload = rec.payload()
    header = {
        "format": FORMAT, "recommender": rec.name, "version": rec.version, "environment": rec.environment(),
        "labels": list(rec.labels), "data": data, "threshold": rec.threshold,
        "examples": rec.trained_examples, "entities": rec.trained_entities, "trained_at": round(time.time(), 3),
        "length": len(payload), "sha256": hashlib.sha256(payload).hexdigest(),
    }
    return MAGIC + json.dumps(header, ensure_ascii=False).encode() + b"\n" + payload


@dataclass
class Loaded:
    """``recommender`` is None when the model must be rebuilt; ``reason`` then says why.
    ``stale``: trained on other annotations (returned only with ``stale_ok``)."""

    recommender: Recommender | None
    reason: str | None = None
    stale: bool = False
    header: dict[str, Any] = field(default_factory=dict)


def read_header(blob: bytes) -> dict[str, Any] | None:
    """The header of a saved model, or None when ``blob`` is not one."""
    if not blob.startswith(MAGIC):
        return None
    line_end = blob.find(b"\n", len(MAGIC))
    if line_end < 0:
        return None
    try:
        header = json.loads(blob[len(MAGIC):line_end])
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(header, dict):
        return None
    header["_payload_offset"] = line_end + 1
    return header


def load_model(blob: bytes | None, cls: type[Recommender], labels: Sequence[str], *, data: str | None = None,
               stale_ok: bool = False, **options: Any) -> Loaded:
    """A ``cls`` recommender from ``blob`` when it fits, else why it must be rebuilt."""
    if not blob:
        return Loaded(None, m.translate("Core", "no saved model"))
    header = read_header(blob)
    if header is None or header.get("format") != FORMAT:
        return Loaded(None, m.translate("Core", "not a saved model of this version of the program"))
    offset = header.pop("_payload_offset")
    payload = blob[offset:]
    if len(payload) != header.get("length") or hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        return Loaded(None, m.translate("Core", "the saved model is damaged (truncated or altered)"), header=header)
    if header.get("recommender") != cls.name:
        return Loaded(None, m.translate("Core", "the saved model is of another recommender"), header=header)
    if header.get("version") != cls.version or header.get("environment") != cls.environment():
        return Loaded(None, m.translate("Core", "the saved model was made by another version ({found}; this is "
                                                "{expected})").format(
            found=f"{header.get('version')}, {header.get('environment')}",
            expected=f"{cls.version}, {cls.environment()}"), header=header)
    if header.get("labels") != list(labels):
        return Loaded(None, m.translate("Core", "the saved model was trained for another label set"), header=header)
    stale = data is not None and header.get("data") != data
    if stale and not stale_ok:
        return Loaded(None, m.translate("Core", "the saved model was trained on other annotations"), stale=True,
                      header=header)
    rec = cls(labels, **options)
    try:
        rec.load_payload(payload)
    except ValueError as exc:
        return Loaded(None, m.translate("Core", "the saved model cannot be read: {reason}").format(reason=exc),
                      header=header)
    rec.trained_examples = int(header.get("examples") or 0)
    rec.trained_entities = int(header.get("entities") or 0)
    return Loaded(rec, None, stale=stale, header=header)


def load_or_train(blob: bytes | None, cls: type[Recommender], labels: Sequence[str], examples: Sequence[Example],
                  **options: Any) -> tuple[Recommender, bytes, str | None]:
    """The saved model when it fits ``examples`` exactly, else one trained on them now.

    Returns (recommender, the bytes to keep, why it was rebuilt or None): a missing, damaged,
    stale or other-version model is rebuilt, never trusted. Training runs here, in the
    caller's thread: a window calls ``load_model(..., stale_ok=True)`` to suggest at once and
    trains in a worker process (``recommend.train_payload``)."""
    data = fingerprint(examples, labels)
    loaded = load_model(blob, cls, labels, data=data, **options)
    if loaded.recommender is not None and blob is not None:
        return loaded.recommender, blob, None
    rec = cls(labels, **options)
    rec.train(examples)
    return rec, dump_model(rec, data), loaded.reason
