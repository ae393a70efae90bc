"""Entity recommenders: suggestions that learn from the project's accepted entities (issue 13).

No Qt, no project file: callers hand in documents (``model.Document``) and get suggestions
back; the store and the window decide where models are kept and when they are retrained.

- ``REGISTRY``: every recommender by name (``crf``, ``matcher``, ``numeric``, and ``ginza``, an
  optional pretrained model: ``pretrained``); ``create``.
- ``examples_from``: the training data of a project: its documents with status done (every
  entity annotated: all recommenders learn from them) and in progress (``Example.complete``
  False: only the string matcher learns their accepted entities; their unannotated rest is no
  evidence of "no entity"). New and skipped documents teach nothing.
- ``suggest``: every recommender's suggestions for one text, less those already accepted
  with that label or rejected before; ``base.fill_gaps`` combines them by priority instead.
- ``train_payload``: training as a pure function of plain data, for a worker process
  (crfsuite holds the GIL for the whole training and cannot be interrupted: a thread would
  freeze the window, a process can be killed).
- ``saved``: the model as bytes with a fingerprint; ``evaluate``: strict and overlap P/R/F1.
- ``settings``: a project's recommenders on/off, thresholds, retraining interval;
  ``live``: the open document's suggestions, computed per paragraph and kept (the session's);
  ``jobs``: training and held-out measuring on plain documents, what ``core.training`` runs
  in a worker process.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Document, Entity, Status
from ..morph import Token
from .base import (
    EntitySuggestion,
    Example,
    Recommender,
    SpanKey,
    TokenCache,
    TrainingCancelled,
    fill_gaps,
    union,
    without_known,
)
from .crf import CrfRecommender
from .matcher import StringMatcher
from .numeric import NumericRules
from .pretrained import GinzaRecommender
from .saved import dump_model, fingerprint, load_model

__all__ = [
    "DEFAULT_ORDER", "REGISTRY", "TRAINING_STATUSES", "CrfRecommender", "EntitySuggestion", "Example",
    "GinzaRecommender",
    "NumericRules", "Recommender", "StringMatcher", "TokenCache", "TrainingCancelled", "create", "dump_model",
    "examples_from", "fill_gaps", "fingerprint", "load_model", "suggest", "train_payload", "union",
    "without_known",
]

REGISTRY: dict[str, type[Recommender]] = {
    CrfRecommender.name: CrfRecommender,
    StringMatcher.name: StringMatcher,
    NumericRules.name: NumericRules,
    GinzaRecommender.name: GinzaRecommender,
}
#: Priority order: ties in ``union`` and the order of ``fill_gaps`` (the sequence model first,
#: the matcher where it proposes nothing, the pretrained model, the rules last).
DEFAULT_ORDER = ("crf", "matcher", "ginza", "numeric")
#: Statuses whose documents the recommenders learn from.
TRAINING_STATUSES = (Status.DONE, Status.IN_PROGRESS)


def create(name: str, labels: Sequence[str], **options: Any) -> Recommender:
    """A new, untrained recommender ``name`` for a project with ``labels``."""
    try:
        cls = REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown recommender {name!r}; choose one of {', '.join(REGISTRY)}") from None
    return cls(labels, **options)


def examples_from(docs: Iterable[Document], *, cache: TokenCache | None = None,
                  exclude: Iterable[str] = ()) -> list[Example]:
    """The training examples of ``docs``: done ones complete, in-progress ones partial; every
    other status left out, and the ids in ``exclude`` too (documents held out for evaluation).
    Tokens come from ``cache`` when given (tokenized lazily otherwise)."""
    skip = set(exclude)
    out = []
    for doc in docs:
        status = Status(doc.status)
        if status not in TRAINING_STATUSES or doc.id in skip:
            continue
        ex = Example.of(doc.text, doc.entities, complete=status is Status.DONE)
        if cache is not None:
            ex.tokens = cache.get(doc.text)
        out.append(ex)
    return out


def suggest(recommenders: Iterable[Recommender], text: str, tokens: list[Token], *,
            accepted: Iterable[Entity | SpanKey] = (), rejected: Iterable[SpanKey] = ()) -> list[EntitySuggestion]:
    """Every recommender's suggestions (each above its threshold), one per span and label,
    without those accepted with that label or rejected before, in text order."""
    return without_known(union(r.suggest(text, tokens) for r in recommenders), accepted, rejected)


def train_payload(name: str, labels: Sequence[str], examples: Sequence[tuple[str, Sequence[SpanKey], bool]],
                  options: dict[str, Any] | None = None) -> bytes:
    """Train recommender ``name`` on plain data ``(text, spans, complete)`` and return the saved
    model (``saved.dump_model``, fingerprinted): what a worker process runs."""
    exs = [Example(text, tuple(tuple(s) for s in spans), complete) for text, spans, complete in examples]
    rec = create(name, labels, **(options or {}))
    rec.train(exs)
    return dump_model(rec, fingerprint(exs, labels))
