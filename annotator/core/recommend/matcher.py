"""The string matcher: every accepted entity's text, proposed wherever it appears again.

Matches start and end on morpheme boundaries only, so a learnt 東京 is proposed in 東京 都
(two morphemes) but never inside the one morpheme 東京湾岸 would be; the longest match wins
(東京都庁 before 東京), and matches do not overlap. The walk goes token by token from each
token start and stops as soon as the text so far is no prefix of a learnt string (a set of
every learnt string's prefixes), so it costs a few dictionary look-ups per token.

A string annotated with several labels is proposed with the most frequent one (on a tie,
the one met first). Its score is how often it was annotated with that label out of the times
it occurs in the training documents at such boundaries (in a done document, an occurrence
left unannotated counts against it), so a word annotated once among twenty plain uses
scores 0.05 and a threshold filters it out.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import ClassVar

from ..morph import Token
from .base import EntitySuggestion, Example, Recommender, TokenCache, check_cancelled

#: Longest string learnt, in characters: longer ones are not names a matcher helps with.
MAX_CHARS = 64


class StringMatcher(Recommender):
    name: ClassVar[str] = "matcher"
    version: ClassVar[int] = 1
    default_threshold: ClassVar[float] = 0.2

    def __init__(self, labels: Sequence[str], *, threshold: float | None = None) -> None:
        super().__init__(labels, threshold=threshold)
        self._table: dict[str, tuple[str, float]] = {}  # string -> (label, score)
        self._prefixes: frozenset[str] = frozenset()

    @property
    def trained(self) -> bool:
        return bool(self._table)

    def train(self, examples: Sequence[Example], *, cancelled: Callable[[], bool] | None = None,
              cache: TokenCache | None = None) -> None:
        allowed = set(self.labels)
        counts: dict[str, Counter[str]] = {}
        n_entities = 0
        for ex in examples:
            text = ex.text
            for start, end, label in ex.spans:
                piece = text[start:end]
                if label in allowed and piece.strip() and len(piece) <= MAX_CHARS:
                    counts.setdefault(piece, Counter())[label] += 1
                    n_entities += 1
        prefixes = _prefixes(counts)
        # How often each string occurs at morpheme boundaries where it could have been annotated.
        seen: Counter[str] = Counter()
        for ex in examples:
            check_cancelled(cancelled)
            annotated = Counter(ex.text[s:e] for s, e, label in ex.spans if label in allowed)
            if ex.complete:
                found = Counter(ex.text[s:e] for s, e in _matches(ex.text, ex.toks(cache), counts, prefixes))
                for piece in found.keys() | annotated.keys():
                    seen[piece] += max(found[piece], annotated[piece])
            else:
                seen.update(annotated)
        table: dict[str, tuple[str, float]] = {}
        for piece, by_label in counts.items():
            label, n = by_label.most_common(1)[0]
            table[piece] = (label, n / max(seen[piece], sum(by_label.values()), 1))
        self._table, self._prefixes = table, prefixes
        self.trained_examples, self.trained_entities = len(examples), n_entities

    def predict(self, text: str, tokens: list[Token]) -> list[EntitySuggestion]:
        table = self._table
        out = []
        for start, end in _matches(text, tokens, table, self._prefixes):
            piece = text[start:end]
            label, score = table[piece]
            out.append(EntitySuggestion(start, end, label, piece, self.name, score))
        return out

    def payload(self) -> bytes:
        rows = [[k, label, score] for k, (label, score) in self._table.items()]
        return zlib.compress(json.dumps({"strings": rows, "examples": self.trained_examples,
                                         "entities": self.trained_entities}, ensure_ascii=False).encode())

    def load_payload(self, payload: bytes) -> None:
        try:
            obj = json.loads(zlib.decompress(payload))
            table = {str(k): (str(label), float(score)) for k, label, score in obj["strings"]}
        except (zlib.error, ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"not a string matcher's payload: {exc}") from None
        self._table = table
        self._prefixes = _prefixes(table)
        self.trained_examples, self.trained_entities = int(obj.get("examples", 0)), int(obj.get("entities", 0))


def _prefixes(strings: dict[str, object]) -> frozenset[str]:
    return frozenset(k[:i] for k in strings for i in range(1, len(k) + 1))


def _matches(text: str, tokens: list[Token], table: dict[str, object],
             prefixes: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Longest non-overlapping matches of ``table``'s strings from a token start to a token end."""
    n = len(tokens)
    i = 0
    while i < n:
        start = tokens[i][0]
        best = -1
        j = i
        while j < n:
            piece = text[start:tokens[j][1]]
            if piece not in prefixes:
                break
            if piece in table:
                best = j
            j += 1
        if best >= 0:
            yield start, tokens[best][1]
            i = best + 1
        else:
            i += 1
