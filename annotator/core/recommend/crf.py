"""A linear-chain CRF over morphemes (python-crfsuite), trained on the project's accepted entities.

Each morpheme is tagged B-label, I-label or O. Its features: its surface, POS up to levels
2, 3 and 4, character types (kanji, hiragana, katakana, Latin, digit, symbol), first and last
character, length, MeCab's unknown-word flag, the surface pair with each neighbour, and the
neighbours' surfaces and character types, with POS up to levels 2-4 at ±1 and level 1 at ±2.
Each attribute costs tagging time (crfsuite converts ~220 ns of them per attribute, the bulk of
suggesting for the novel's visible part): POS level 1 alone and more POS at ±2 were dropped
for measuring nothing (F1 within ±0.003 at 500 and 4,000 sentences). The bias attribute stays:
without it a morpheme never seen in training (a symbol, an emoji) may come out as an entity.
L-BFGS with L1 + L2 (c1 0.05, c2 0.01), 100 iterations on up to 50,000 morphemes, 60 beyond:
on the Stockmark corpus 4,000 sentences train in about 18-20 s on two cores (peak RSS about
430 MB) and reach strict typed F1 ≈ 0.72 (tests/benchmarks/test_bench_learning_curve.py).

Sequences are sentences (``sentences.split_sentences``, at most ``MAX_SEQUENCE`` morphemes).
It learns from done documents only: in a document in progress a word not annotated yet is
no evidence of "no entity", and a half-annotated sentence would teach the model to leave the
rest out (the matcher learns the entities of documents in progress). Entities that do not
start and end on morpheme boundaries, or that overlap a longer one (BIO holds no nesting),
are left out of training.

A suggestion's score is the least marginal probability of its tags (B then I…), so a
threshold keeps only spans the model is sure of from end to end.

crfsuite's training holds the GIL and cannot be interrupted: a window trains in a worker
*process* (``recommend.train_payload`` takes and returns plain data) and kills it to cancel.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from typing import Any, ClassVar

from ..morph import POS, POS2, POS3, POS4, UNKNOWN, Token
from ..sentences import split_sentences
from .base import EntitySuggestion, Example, Recommender, SpanKey, TokenCache, check_cancelled

MAX_SEQUENCE = 400
#: Training parameters (crfsuite's names).
PARAMS: dict[str, Any] = {"c1": 0.05, "c2": 0.01, "max_iterations": 60}
#: Up to this many morphemes (about 1,500 Stockmark sentences) training runs
#: ``SMALL_ITERATIONS`` iterations, unless ``params`` names ``max_iterations``.
SMALL_ITEMS = 50_000
SMALL_ITERATIONS = 100


class CrfRecommender(Recommender):
    name: ClassVar[str] = "crf"
    version: ClassVar[int] = 1  # bump with any change of the features or the tags
    default_threshold: ClassVar[float] = 0.0

    def __init__(self, labels: Sequence[str], *, threshold: float | None = None,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(labels, threshold=threshold)
        self._given = dict(params or {})
        self.params = {**PARAMS, **self._given}
        self._payload = b""
        self._tagger: Any = None

    @classmethod
    def environment(cls) -> str:
        return f"python-crfsuite {_version('python-crfsuite')}; unidic-lite {_version('unidic-lite')}"

    @property
    def trained(self) -> bool:
        return bool(self._payload)

    def train(self, examples: Sequence[Example], *, cancelled: Callable[[], bool] | None = None,
              cache: TokenCache | None = None) -> None:
        import pycrfsuite

        allowed = set(self.labels)
        trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
        entities = items = 0
        learnt = 0
        for ex in examples:
            check_cancelled(cancelled)
            if not ex.complete:
                continue
            learnt += 1
            toks = ex.toks(cache)
            tags, used = bio_tags(toks, [s for s in ex.spans if s[2] in allowed])
            entities += used
            for a, b in sequences_of(ex.text, toks):
                trainer.append(features(toks[a:b]), tags[a:b])
                items += b - a
        check_cancelled(cancelled)
        params = dict(self.params)
        if "max_iterations" not in self._given and items <= SMALL_ITEMS:
            params["max_iterations"] = SMALL_ITERATIONS  # small data: more iterations cost little
        trainer.set_params(params)
        if not entities:  # nothing to learn: crfsuite would learn "always O"
            self._set_payload(b"")
        else:
            self._set_payload(_train_to_bytes(trainer))
        self.trained_examples, self.trained_entities = learnt, entities

    def _set_payload(self, payload: bytes) -> None:
        self._payload = payload
        self._tagger = None

    def _open(self) -> Any:
        if self._tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self._payload)
            self._tagger = tagger
        return self._tagger

    def predict(self, text: str, tokens: list[Token]) -> list[EntitySuggestion]:
        if not self._payload:
            return []
        tagger = self._open()
        out: list[EntitySuggestion] = []
        for a, b in sequences_of(text, tokens):
            seq = tokens[a:b]
            tagger.set(features(seq))
            tags = tagger.tag()
            for i, j, label in spans_of(tags):
                score = min(tagger.marginal(tags[k], k) for k in range(i, j))
                start, end = seq[i][0], seq[j - 1][1]
                out.append(EntitySuggestion(start, end, label, text[start:end], self.name, score))
        return out

    def payload(self) -> bytes:
        return self._payload

    def load_payload(self, payload: bytes) -> None:
        if not payload:
            self._set_payload(b"")
            return
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        try:
            tagger.open_inmemory(payload)
        except (ValueError, OSError) as exc:
            raise ValueError(f"not a crfsuite model: {exc}") from None
        self._payload, self._tagger = payload, tagger


def _train_to_bytes(trainer: Any) -> bytes:
    """crfsuite writes its model to a file only: a private temporary one, read back and removed."""
    fd, path = tempfile.mkstemp(prefix="annotator-crf-", suffix=".model")
    os.close(fd)
    try:
        trainer.train(path)
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(path)


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:  # a bundle without the package's metadata
        return "?"


# -- sequences and tags -----------------------------------------------------------------------


def sequences_of(text: str, tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Token index ranges of the sentences (``sentences.split_sentences``: Yahoo!の and
    「…。」と stay whole), each cut every ``MAX_SEQUENCE`` tokens."""
    n = len(tokens)
    if not n:
        return
    ends = [s.end for s in split_sentences(text)]
    start = 0
    s = 0
    for k in range(n):
        tok_start = tokens[k][0]
        while s < len(ends) and ends[s] <= tok_start:
            s += 1
            if k > start:
                yield start, k
                start = k
        if k + 1 - start >= MAX_SEQUENCE:
            yield start, k + 1
            start = k + 1
    if start < n:
        yield start, n


def bio_tags(tokens: list[Token], spans: Sequence[SpanKey]) -> tuple[list[str], int]:
    """BIO tags of ``tokens`` for ``spans`` (the longer first where they overlap); how many were used."""
    tags = ["O"] * len(tokens)
    if not spans:
        return tags, 0
    starts = {t[0]: k for k, t in enumerate(tokens)}
    ends = {t[1]: k for k, t in enumerate(tokens)}
    used = 0
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        a, b = starts.get(start), ends.get(end)
        if a is None or b is None or b < a or any(t != "O" for t in tags[a:b + 1]):
            continue
        tags[a] = "B-" + label
        for k in range(a + 1, b + 1):
            tags[k] = "I-" + label
        used += 1
    return tags, used


def spans_of(tags: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """(first, after last, label) of each entity in BIO ``tags`` (an I without its B starts one)."""
    k, n = 0, len(tags)
    while k < n:
        tag = tags[k]
        if tag == "O":
            k += 1
            continue
        label = tag[2:]
        inside = "I-" + label
        j = k + 1
        while j < n and tags[j] == inside:
            j += 1
        yield k, j, label
        k = j


# -- features ----------------------------------------------------------------------------------

#: (surface, info) -> (its own attributes, its attributes as the neighbour at -2, -1, +1, +2,
#: its surface): UTF-8 bytes, which crfsuite takes without encoding each time. Bounded by the
#: distinct analyses seen.
_Base = tuple[tuple[bytes, ...], tuple[tuple[bytes, ...], ...], bytes]
_BASE: dict[tuple[str, tuple], _Base] = {}
_BASE_LIMIT = 500_000
_OFFSETS = (-2, -1, 1, 2)
_EDGES = tuple((f"w{d}=<>".encode(),) for d in _OFFSETS)


def char_types(s: str) -> str:
    """The kinds of characters in ``s``: C kanji, H hiragana, K katakana, A Latin, D digit, S other."""
    kinds = set()
    for ch in s:
        o = ord(ch)
        if 0x3040 <= o <= 0x309F:
            kinds.add("H")
        elif 0x30A0 <= o <= 0x30FF or 0xFF66 <= o <= 0xFF9D:
            kinds.add("K")
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3FFFF or ch in "々〆ヶ":
            kinds.add("C")
        elif ch.isdigit():
            kinds.add("D")
        elif ch.isalpha():
            kinds.add("A")
        else:
            kinds.add("S")
    return "".join(sorted(kinds))


def _base(tok: Token) -> _Base:
    key = (tok[2], tok[3])
    got = _BASE.get(key)
    if got is None:
        surface, info = tok[2], tok[3]
        p1, p2 = info[POS], f"{info[POS]}-{info[POS2]}"
        p3 = f"{p2}-{info[POS3]}"
        p4 = f"{p3}-{info[POS4]}"
        types = char_types(surface)
        own = ("bias", "w=" + surface, "p2=" + p2, "p3=" + p3, "p4=" + p4, "t=" + types,
               "u=" + ("1" if info[UNKNOWN] else "0"), f"len={min(len(surface), 6)}", "pre=" + surface[:1],
               "suf=" + surface[-1:])
        around = []
        for d in _OFFSETS:
            attrs = [f"w{d}={surface}", f"t{d}={types}"]
            if d in (-1, 1):  # POS levels 2-4 of the next neighbours only
                attrs += [f"p2{d}={p2}", f"p3{d}={p3}", f"p4{d}={p4}"]
            else:
                attrs.append(f"p{d}={p1}")
            around.append(tuple(a.encode("utf-8", "surrogatepass") for a in attrs))
        got = (tuple(a.encode("utf-8", "surrogatepass") for a in own), tuple(around),
               surface.encode("utf-8", "surrogatepass"))
        if len(_BASE) < _BASE_LIMIT:
            _BASE[key] = got
    return got


def features(tokens: Sequence[Token]) -> list[list[bytes]]:
    """Each token's attributes (crfsuite takes each as an attribute of weight 1)."""
    base = [_base(t) for t in tokens]
    n = len(base)
    out = []
    for i in range(n):
        own, _, surface = base[i]
        f = list(own)
        for k, d in enumerate(_OFFSETS):
            j = i + d
            f.extend(base[j][1][k] if 0 <= j < n else _EDGES[k])
        if i > 0:
            f.append(b"w-1w0=" + base[i - 1][2] + b"|" + surface)
        if i + 1 < n:
            f.append(b"w0w1=" + surface + b"|" + base[i + 1][2])
        out.append(f)
    return out
