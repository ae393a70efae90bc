"""Training as plain-data jobs, and saved models turned back into recommenders: what
``annotator.core.training`` (which opens the project) runs in a worker process.

``train_documents`` trains on documents already read; a saved model still fitting the
annotations exactly is returned as it is, untrained again, so starting a job at every open
costs one read of the project when nothing changed. ``load_models`` gives the saved models
still usable (stale ones included: trained on older annotations, still better than nothing
while a new training runs). ``held_out_quality`` measures each recommender on done documents
it did not learn from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import Document, Status
from . import REGISTRY, create, examples_from
from .base import Recommender, TokenCache
from .evaluate import evaluate
from .saved import dump_model, fingerprint, load_model, read_header


def train_documents(labels: Sequence[str], docs: Iterable[Document], names: Sequence[str],
                    saved: Mapping[str, bytes | None] | None = None) -> dict[str, bytes]:
    """Recommenders ``names`` trained on ``docs`` (done ones complete, in-progress ones
    partial, others ignored), as ``saved.dump_model`` bytes by name. An unknown name, or one
    inactive for ``labels``, is left out. A model in ``saved`` trained on exactly these
    annotations is returned as it is."""
    labels = list(labels)
    examples = examples_from(docs)
    data = fingerprint(examples, labels)
    cache = TokenCache(size=max(512, len(examples) + 1))
    out: dict[str, bytes] = {}
    for name in names:
        if name not in REGISTRY or REGISTRY[name].pretrained:  # nothing to learn, nothing to keep
            continue
        blob = (saved or {}).get(name)
        if blob is not None and load_model(blob, REGISTRY[name], labels, data=data).recommender is not None:
            out[name] = blob
            continue
        rec = create(name, labels)
        if rec.inactive_reason() is not None:
            continue
        rec.train(examples, cache=cache)
        out[name] = dump_model(rec, data)
    return out


def load_models(labels: Sequence[str], saved: Mapping[str, bytes | None],
                options: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Recommender]:
    """The usable models among ``saved`` (``load_model(..., stale_ok=True)``: damaged,
    foreign, other-version and other-label-set ones are refused), and the recommenders that
    learn nothing (numeric rules, GiNZA) fresh, by name: every registered recommender that can
    suggest, enabled or not (the session's settings choose). ``options``: by name, what to
    make a recommender that learns nothing with (GiNZA's mapping, ``remote``)."""
    out: dict[str, Recommender] = {}
    for name, cls in REGISTRY.items():
        loaded = None if cls.pretrained else load_model(saved.get(name), cls, labels, stale_ok=True)
        if loaded is not None and loaded.recommender is not None:
            out[name] = loaded.recommender
        elif not cls.learns:
            rec = cls(labels, **dict((options or {}).get(name, {})))
            if rec.inactive_reason() is None:
                out[name] = rec
    return out


def trained_at(blob: bytes | None) -> float | None:
    """When a saved model was trained (a Unix time), or None."""
    header = read_header(blob) if blob else None
    value = header.get("trained_at") if header else None
    return float(value) if isinstance(value, int | float) else None


#: Every this-many-th done document (in project order) is held out when measuring quality.
HOLD_OUT_EVERY = 5


def held_out_quality(labels: Sequence[str], docs: Iterable[Document], names: Sequence[str], *,
                     thresholds: Mapping[str, float] | None = None,
                     options: Mapping[str, Mapping[str, Any]] | None = None,
                     every: int = HOLD_OUT_EVERY) -> list[dict[str, Any]]:
    """Each recommender's strict and overlap precision, recall and F1 on the project's own
    done documents, held out from its training as INCEpTION does: every ``every``-th done
    document (at least one) is the test set, the others (and the in-progress ones, partially)
    the training set. One plain dict per recommender that could be measured (JSON- and
    pickle-ready): ``recommender``, ``precision``, ``recall``, ``f1``, ``overlap_precision``,
    ``overlap_recall``, ``overlap_f1``, ``gold``, ``predicted``, ``train_documents``,
    ``test_documents``. Nothing when fewer than two documents are done."""
    docs = list(docs)
    labels = list(labels)
    done = [d for d in docs if Status(d.status) is Status.DONE]
    if len(done) < 2:
        return []
    step = max(2, every)
    test = [d for i, d in enumerate(done) if i % step == step - 1] or [done[-1]]
    held = {d.id for d in test}
    examples = examples_from(docs, exclude=held)
    cache = TokenCache(size=max(512, len(docs) + 1))
    out: list[dict[str, Any]] = []
    for name in names:
        if name not in REGISTRY:
            continue
        rec = create(name, labels, **dict((options or {}).get(name, {})))
        if rec.inactive_reason() is not None:
            continue
        if thresholds and name in thresholds:
            rec.threshold = float(thresholds[name])
        rec.train(examples, cache=cache)
        result = evaluate(([e.key for e in d.entities], [s.key for s in rec.suggest(d.text, cache.get(d.text))])
                          for d in test)
        total = result.overall
        strict, overlap = total.strict, total.overlap
        out.append({"recommender": name, "precision": strict.precision, "recall": strict.recall, "f1": strict.f1,
                    "overlap_precision": overlap.precision, "overlap_recall": overlap.recall,
                    "overlap_f1": overlap.f1, "gold": total.gold, "predicted": total.predicted,
                    "train_documents": sum(1 for ex in examples if ex.complete), "test_documents": len(test)})
    return out
