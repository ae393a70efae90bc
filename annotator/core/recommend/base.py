"""What every entity recommender shares: the suggestion value, the training example, the
interface, a token cache, and the rules that turn several recommenders' output into one list.

A recommender learns from the project's *accepted* entities (``Example``) and proposes
``EntitySuggestion`` objects: never entities, never stored or exported unless accepted.
Offsets are code points, ``[start, end)``, like everywhere outside Qt.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from ..model import Entity
from ..morph import Morphology, Token, default_morphology

#: A span and its label: what makes two suggestions (or a suggestion and an entity) the same.
SpanKey = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class EntitySuggestion:
    """A proposed entity: where, which label, the text it covers, which recommender and how sure."""

    start: int
    end: int
    label: str
    text: str
    source: str
    score: float

    @property
    def key(self) -> SpanKey:
        return (self.start, self.end, self.label)

    def to_entity(self, entity_id: str) -> Entity:
        """The entity this suggestion would become, with ``source`` and ``score`` as attributes
        (the shape ``annotator suggest`` writes and Label Studio predictions import as)."""
        return Entity(entity_id, self.start, self.end, self.label, self.text,
                      {"source": self.source, "score": round(float(self.score), 4)})


class TrainingCancelled(Exception):
    """``train`` saw its ``cancelled()`` callback return True: the recommender is unchanged."""


@dataclass(slots=True)
class Example:
    """One document as a recommender learns from it.

    ``complete``: every entity of the document is annotated (status done); False for a document
    in progress, whose unannotated rest is no evidence of "no entity here": the matcher learns
    its entities, the sequence model and the numeric rules' precision leave it out.
    ``tokens`` may be given (cached per document); else they are computed when first needed.
    """

    text: str
    spans: tuple[SpanKey, ...]
    complete: bool = True
    tokens: list[Token] | None = None

    def toks(self, cache: TokenCache | None = None) -> list[Token]:
        if self.tokens is None:
            self.tokens = cache.get(self.text) if cache is not None else default_morphology().tokenize(self.text)
        return self.tokens

    @classmethod
    def of(cls, text: str, entities: Iterable[Entity | SpanKey], *, complete: bool = True,
           tokens: list[Token] | None = None) -> Example:
        spans = tuple(e.key if isinstance(e, Entity) else (e[0], e[1], e[2]) for e in entities)
        return cls(text, spans, complete, tokens)


class TokenCache:
    """Tokens per text, the most recent ``size`` texts kept: tokenizing dominates the cost of
    suggesting, and a document is suggested for again after each training."""

    def __init__(self, size: int = 512, morphology: Morphology | None = None) -> None:
        self.size = size
        self._morph = morphology or default_morphology()
        self._cache: OrderedDict[str, list[Token]] = OrderedDict()

    def get(self, text: str) -> list[Token]:
        toks = self._cache.get(text)
        if toks is None:
            toks = self._morph.tokenize(text)
            self._cache[text] = toks
            if len(self._cache) > self.size:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(text)
        return toks

    def put(self, text: str, tokens: list[Token]) -> None:
        self._cache[text] = tokens
        if len(self._cache) > self.size:
            self._cache.popitem(last=False)


class Recommender(ABC):
    """An entity recommender for one project's label set.

    Subclasses set ``name`` (the registry's key), ``version`` (bumped whenever the payload or
    the features change: a saved model of another version is rebuilt) and ``default_threshold``.
    ``suggest`` gives the suggestions scoring at least ``threshold``; ``predict`` gives them all.
    Not thread-safe: one instance per thread (training in a worker builds its own and hands
    back ``payload()`` bytes).
    """

    name: ClassVar[str]
    version: ClassVar[int] = 1
    default_threshold: ClassVar[float] = 0.0
    #: False for recommenders that propose without training (the numeric rules).
    learns: ClassVar[bool] = True
    #: Whether a project has it on unless its settings say otherwise (when it can propose).
    on_by_default: ClassVar[bool] = True
    #: Trained elsewhere, on other data (GiNZA): no model of it is trained or kept per project.
    pretrained: ClassVar[bool] = False

    def __init__(self, labels: Sequence[str], *, threshold: float | None = None) -> None:
        self.labels = tuple(labels)
        self.threshold = self.default_threshold if threshold is None else float(threshold)
        #: Examples and entities of the last training (0 until trained).
        self.trained_examples = 0
        self.trained_entities = 0

    @property
    @abstractmethod
    def trained(self) -> bool:
        """Whether it can propose anything yet."""

    @abstractmethod
    def train(self, examples: Sequence[Example], *, cancelled: Callable[[], bool] | None = None,
              cache: TokenCache | None = None) -> None:
        """Learn from ``examples`` (replacing what was learnt); raise TrainingCancelled when
        ``cancelled()`` turns True (checked between documents)."""

    @abstractmethod
    def predict(self, text: str, tokens: list[Token]) -> list[EntitySuggestion]:
        """Every suggestion for ``text``, whatever its score."""

    @abstractmethod
    def payload(self) -> bytes:
        """What was learnt, as bytes (``saved.dump_model`` wraps them with a fingerprint)."""

    @abstractmethod
    def load_payload(self, payload: bytes) -> None:
        """Take back what ``payload()`` gave; raise ValueError when the bytes are not one."""

    @classmethod
    def environment(cls) -> str:
        """What else a saved model depends on (library versions): another one means rebuild."""
        return ""

    def inactive_reason(self) -> str | None:
        """Why this recommender can propose nothing for this project, or None."""
        return None

    def pending(self, text: str) -> bool:
        """Whether its suggestions for ``text`` are still being computed elsewhere (a worker
        process): ``predict`` then proposes nothing yet, and the caller asks again later."""
        return False

    def suggest(self, text: str, tokens: list[Token] | None = None) -> list[EntitySuggestion]:
        """The suggestions for ``text`` scoring at least ``threshold``, in text order."""
        if not self.trained:
            return []
        toks = default_morphology().tokenize(text) if tokens is None else tokens
        threshold = self.threshold
        return [s for s in self.predict(text, toks) if s.score >= threshold]

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "threshold": self.threshold, "trained": self.trained,
                "examples": self.trained_examples, "entities": self.trained_entities}


def check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise TrainingCancelled


# -- combining ----------------------------------------------------------------------------


def without_known(suggestions: Iterable[EntitySuggestion], accepted: Iterable[Entity | SpanKey] = (),
                  rejected: Iterable[SpanKey] = ()) -> list[EntitySuggestion]:
    """``suggestions`` less those already accepted as an entity with that label and those
    rejected before (the same span and label)."""
    known = {e.key if isinstance(e, Entity) else (e[0], e[1], e[2]) for e in accepted}
    known.update((r[0], r[1], r[2]) for r in rejected)
    return [s for s in suggestions if s.key not in known]


def union(lists: Iterable[Sequence[EntitySuggestion]]) -> list[EntitySuggestion]:
    """Every suggestion of every recommender, one per span and label (the highest score; on a
    tie the earlier recommender's), in text order (start, the longer first, label)."""
    best: dict[SpanKey, EntitySuggestion] = {}
    for suggestions in lists:
        for s in suggestions:
            old = best.get(s.key)
            if old is None or s.score > old.score:
                best[s.key] = s
    return sorted(best.values(), key=lambda s: (s.start, -s.end, s.label))


def fill_gaps(lists: Iterable[Sequence[EntitySuggestion]]) -> list[EntitySuggestion]:
    """The first list whole, then from each next list only what overlaps nothing taken so far:
    "the CRF, then the matcher where the CRF proposes nothing"."""
    taken: list[EntitySuggestion] = []
    for suggestions in lists:
        add = [s for s in suggestions if not _overlaps_any(s, taken)]
        taken.extend(add)
    return sorted(taken, key=lambda s: (s.start, -s.end, s.label))


def _overlaps_any(s: EntitySuggestion, taken: list[EntitySuggestion]) -> bool:
    return any(t.start < s.end and s.start < t.end for t in taken)
