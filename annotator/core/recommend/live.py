"""The entity suggestions of the open document, as the session shows them: computed lazily
sentence by sentence, kept until the models change, filtered again cheaply when an entity,
a rejection or a threshold changes.

Each recommender runs on one sentence of a paragraph (block) of ``DocTokens`` at a time, on the
sentence's own text with its morphemes shifted to it (the sequence model reads sentences
anyway; no entity crosses a sentence end), so asking for the visible part of a long novel
costs the visible sentences only. What a recommender proposes (every score) is cached per
sentence and recommender; thresholds, the enabled set, accepted entities and rejections
are applied afterwards, so changing them runs no model.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..doctokens import DocTokens
from ..model import Entity
from ..morph import Token
from ..sentences import split_sentences
from .base import EntitySuggestion, Recommender, SpanKey, union
from .settings import RecommenderSettings


def _order(s: EntitySuggestion) -> tuple[int, int, str]:
    return (s.start, -s.end, s.label)


class DocumentSuggestions:
    """Suggestions of one document: ``imported`` predictions (entities whose attributes hold
    ``source`` and ``score``) and those of ``models``, under ``settings``."""

    def __init__(self, tokens: DocTokens, imported: Sequence[Entity] = ()) -> None:
        self.tokens = tokens
        self.text = tokens.text
        self.set_imported(imported)
        self.models: dict[str, Recommender] = {}
        #: Where the last ``step`` stopped looking (it passed ``STEP_SENTENCES`` without one), or None.
        self.step_stopped_at: int | None = None
        #: Model label -> the label's name now (labels renamed since the models were trained).
        self.relabel: dict[str, str] = {}
        #: (paragraph, sentence) -> recommender name -> every suggestion it made there (all scores).
        self._raw: dict[tuple[int, int], dict[str, list[EntitySuggestion]]] = {}
        self._spans: dict[int, list[tuple[int, int]]] = {}

    def set_imported(self, imported: Sequence[Entity]) -> None:
        """The imported predictions (read again after a label rename)."""
        self.imported = sorted((EntitySuggestion(e.start, e.end, e.label, e.text,
                                                 str(e.attributes.get("source", "import")),
                                                 _score(e.attributes.get("score"))) for e in imported),
                               key=lambda s: s.start)
        self._imported_starts = [s.start for s in self.imported]
        self._imported_longest = max((s.end - s.start for s in self.imported), default=0)

    def set_models(self, models: Mapping[str, Recommender], relabel: Mapping[str, str] | None = None) -> None:
        """Use ``models`` from now on (what the old ones proposed is forgotten); ``relabel``:
        the labels renamed since they were trained (model label -> name now)."""
        self.models = {name: rec for name, rec in models.items() if rec.trained}
        self.relabel = dict(relabel or {})
        self._raw.clear()

    def _sentences(self, para: int) -> list[tuple[int, int]]:
        """The sentences of paragraph ``para`` as absolute spans (split on first use)."""
        found = self._spans.get(para)
        if found is None:
            p = self.tokens.paragraphs[para]
            found = self._spans[para] = [(p.start + x.start, p.start + x.end)
                                         for x in split_sentences(self.text[p.start:p.end])] if p.end > p.start else []
        return found

    def raw(self, para: int, k: int, names: Iterable[str] | None = None) -> dict[str, list[EntitySuggestion]]:
        """What each model proposes in sentence ``k`` of paragraph ``para`` (computed on first
        use; a model whose answer is still ``pending`` elsewhere is asked again next time)."""
        found = self._raw.get((para, k))
        if found is None:
            found = self._raw[(para, k)] = {}
        missing = [name for name in (self.models if names is None else names) if name in self.models
                   and name not in found]
        if missing:
            start, end = self._sentences(para)[k]
            toks = self.tokens.tokens(para)
            i = bisect.bisect_left(toks, (start,))
            mine: list[Token] = []
            while i < len(toks) and toks[i][0] < end:
                t = toks[i]
                if t[1] <= end:
                    mine.append((t[0] - start, t[1] - start, t[2], t[3]))
                i += 1
            piece = self.text[start:end]
            for name in missing:
                rec = self.models[name]
                if rec.pending(piece):
                    continue
                found[name] = [EntitySuggestion(x.start + start, x.end + start, x.label, x.text, x.source, x.score)
                               for x in rec.predict(piece, mine)]
        if self.relabel:  # a label renamed since the models were trained: proposed under its name now
            return {name: [dataclasses.replace(s, label=self.relabel.get(s.label, s.label)) for s in got]
                    for name, got in found.items()}
        return found

    def replace(self, name: str, model: Recommender | None) -> None:
        """Use ``model`` as ``name`` from now on (None: none), and ask it again where shown
        (its settings changed, or results it waited for arrived)."""
        if model is None or not model.trained:
            self.models.pop(name, None)
        else:
            self.models[name] = model
        for found in self._raw.values():
            found.pop(name, None)

    def _chunks(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """(paragraph, sentence) of every sentence overlapping ``[lo, hi)``."""
        out = []
        if not self.tokens.paragraphs:
            return out
        for para in range(self.tokens.paragraph_of(lo), self.tokens.paragraph_of(max(lo, hi - 1)) + 1):
            for k, (start, end) in enumerate(self._sentences(para)):
                if start < hi and end > lo:
                    out.append((para, k))
        return out

    def shown(self, settings: RecommenderSettings, labels: Sequence[str], known: Iterable[SpanKey],
              start: int | None = None, end: int | None = None) -> list[EntitySuggestion]:
        """The suggestions over ``[start, end)`` (the whole text by default) of the enabled
        recommenders and imported sources, each at least its threshold, one per span and label
        (the highest score), less those in ``known`` (accepted or rejected span and label),
        sorted by (start, -end, label)."""
        lo = 0 if start is None else max(0, start)
        hi = len(self.text) if end is None else min(len(self.text), end)
        lists: list[list[EntitySuggestion]] = []
        names = [n for n in self.models if settings.is_enabled(n, labels)]
        if names:
            raws = [self.raw(para, k, names) for para, k in self._chunks(lo, hi)]
            for name in names:
                limit = settings.threshold(name)
                lists.append([s for raw in raws for s in raw.get(name, ()) if s.score >= limit])
        if self.imported:  # those that can overlap [lo, hi): sorted by start, none longer than the longest
            starts = self._imported_starts
            near = self.imported[bisect.bisect_left(starts, lo - self._imported_longest):
                                 bisect.bisect_left(starts, hi)]
            lists.append([s for s in near if settings.is_enabled(s.source, labels)
                          and s.score >= settings.threshold(s.source)])
        known = set(known)
        out = [s for s in union(lists) if s.key not in known and s.start < hi and s.end > lo]
        out.sort(key=_order)
        return out

    def step(self, settings: RecommenderSettings, labels: Sequence[str],
             known: Callable[[int, int], Iterable[SpanKey]], after: int,
             backwards: bool = False) -> EntitySuggestion | None:
        """The first suggestion (as ``shown`` gives them) starting after code point ``after``
        (``backwards``: the last starting before it), or None. Sentence by sentence from
        ``after`` on, stopping at the first that has one: the models run on the sentences
        passed over only (stepping through a novel never runs them over all of it unless none
        remains). ``known(lo, hi)``: the accepted and rejected keys over ``[lo, hi)``."""
        self.step_stopped_at = None
        paras = self.tokens.paragraphs
        if not paras:
            return None
        first = self.tokens.paragraph_of(min(max(0, after), len(self.text)))
        budget = STEP_SENTENCES
        for para in (range(first, -1, -1) if backwards else range(first, len(paras))):
            sentences = self._sentences(para)
            for a, b in (reversed(sentences) if backwards else sentences):
                if (a >= after) if backwards else (b <= after):
                    continue
                got = [s for s in self.shown(settings, labels, known(a, b), a, b)
                       if (s.start < after if backwards else s.start > after)]
                if got:
                    return got[-1] if backwards else got[0]
                budget -= 1
                if budget <= 0:  # a long stretch without one: stop here rather than freeze the window
                    self.step_stopped_at = a if backwards else b
                    return None
        return None


#: Sentences ``step`` looks through before it stops (``step_stopped_at``): about a second
#: of the models' time on a novel; the next step goes on from there.
STEP_SENTENCES = 3000


def _score(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 1.0
