"""Agreement between annotators (issue 14, item 3): pure figures over their versions, no storage.

``compute(versions)`` takes annotator -> document id -> that annotator's finished ``Document`` and
measures, on the documents that two or more annotators have (the others are not counted):

**Entities.**
- Span F1 per annotator pair, per label and overall: *exact* (same start, end and label) and
  *overlapping* (same label, spans share a character). Overlapping matches are one to one, by
  a **maximum matching** per document and label (greedy by end, which is maximum for
  intervals: ``overlap_matches``), so one long span over two short ones matches one of them,
  and F1 = 2 * matched / (spans of both annotators). Overall
  figures are micro-averaged: counts summed over documents (and, for "overall", over pairs).
- Cohen's κ per pair, Fleiss' κ over all annotators, Krippendorff's α (nominal) over all
  annotators, on **morpheme-level labels**: each morpheme (``tokens(text)``, by default the
  project's MeCab tokenizer; whitespace is in no morpheme) is an item whose value is the label
  of the entity covering it (sharing a character with it; the shortest entity when several do,
  ties to the label first in code-point order), "O" when none does. Per label L the value is
  "L" or "not L", computed on the entities of label L alone, so a label's figures are those
  ``compute(..., label=L)`` gives. Cohen's κ uses the documents both annotators have; Fleiss'
  κ needs every annotator on every item, so it uses only the documents **all** annotators
  finished; α uses every document, each morpheme with the annotators who finished it.

**Claims** (the label filter does not apply to them): span F1 exact and overlapping as above
(without labels), and, over the claims matched by exact span (one claim per span and
annotator: the first in the document), agreement on each attribute of ``CLAIM_ATTRIBUTES``,
compared as JSON (an absent field is null, itself a value): Cohen's κ and the observed share
of equal values per pair, Krippendorff's α and the pairwise observed agreement over all
annotators.

"The annotators" are those with at least one counted document; every pair of them is reported
(a pair that shares no document has 0 documents and null figures).

A coefficient is None (null in JSON, never NaN) where it is undefined: no item, or an expected
agreement of 1 (every value the same category; identical versions that all say "O"). Identical
versions with two or more values give κ = α = 1.
"""

from __future__ import annotations

import bisect
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from . import messages as m
from .model import Claim, Document, Entity
from .morph import Token

#: The claim attributes whose agreement is measured, as ``Claim.data`` keys.
CLAIM_ATTRIBUTES = ("type", "checkworthy", "certainty", "polarity", "claimant")
#: The value of a morpheme no entity covers ("O"): label names are never empty.
OUTSIDE = ""

Units = Mapping[tuple, int] | Iterable[Sequence[Hashable | None]]
_Span = tuple[int, int]


# -- coefficients -----------------------------------------------------------------------------
# Each takes units: one sequence of values per item, a value per coder, None where a coder gave
# none; or a mapping of such tuples to how many items have them (what compute() passes).


def _weighted(units: Units) -> Iterable[tuple[Sequence[Hashable | None], int]]:
    if isinstance(units, Mapping):
        return units.items()
    return ((u, 1) for u in units)


def observed_agreement(units: Units) -> float | None:
    """Share of the (a, b) pairs with a == b, pairs with a None left out; None without pairs."""
    n = agree = 0
    for (a, b), w in _weighted(units):
        if a is not None and b is not None:
            n += w
            agree += w * (a == b)
    return agree / n if n else None


def cohen_kappa(units: Units) -> float | None:
    """Cohen's κ of two coders over (a, b) pairs (pairs with a None left out)."""
    n = agree = 0
    first: Counter = Counter()
    second: Counter = Counter()
    for (a, b), w in _weighted(units):
        if a is None or b is None:
            continue
        n += w
        agree += w * (a == b)
        first[a] += w
        second[b] += w
    chance = sum(c * second[v] for v, c in first.items())  # expected agreement * n²
    if n == 0 or chance == n * n:
        return None
    return (agree * n - chance) / (n * n - chance)


def fleiss_kappa(units: Units) -> float | None:
    """Fleiss' κ: every unit holds the values of all its raters (no None), as many per unit."""
    items = raters = pairs_agreeing = 0
    totals: Counter = Counter()
    for unit, w in _weighted(units):
        if any(v is None for v in unit) or (raters and len(unit) != raters):
            raise ValueError("Fleiss' kappa needs the same number of values for every item, no gaps")
        raters = len(unit)
        counts = Counter(unit)
        items += w
        pairs_agreeing += w * (sum(c * c for c in counts.values()) - raters)
        for v, c in counts.items():
            totals[v] += w * c
    if items == 0 or raters < 2:
        return None
    p_bar = pairs_agreeing / (items * raters * (raters - 1))
    total = items * raters
    chance = sum(c * c for c in totals.values())
    if chance == total * total:
        return None
    p_e = chance / (total * total)
    return (p_bar - p_e) / (1 - p_e)


def krippendorff_alpha(units: Units) -> float | None:
    """Krippendorff's α, nominal: units with fewer than two values are not pairable (left out).

    α = 1 - (n - 1) Σ_u (m_u² - Σ_c n_uc²) / (m_u - 1) / (n² - Σ_c n_c²), the coincidence
    matrix form of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability"."""
    n = 0
    disagreement = 0.0
    totals: Counter = Counter()
    for unit, w in _weighted(units):
        counts = Counter(v for v in unit if v is not None)
        m_u = sum(counts.values())
        if m_u < 2:
            continue
        disagreement += w * (m_u * m_u - sum(c * c for c in counts.values())) / (m_u - 1)
        n += w * m_u
        for v, c in counts.items():
            totals[v] += w * c
    expected = n * n - sum(c * c for c in totals.values())
    if n == 0 or expected == 0:
        return None
    return 1 - (n - 1) * disagreement / expected


def pairwise_agreement(units: Units) -> float | None:
    """Share of agreeing pairs of values (two coders of one unit) over all units; None without pairs."""
    pairs = agreeing = 0
    for unit, w in _weighted(units):
        counts = Counter(v for v in unit if v is not None)
        m_u = sum(counts.values())
        pairs += w * m_u * (m_u - 1)
        agreeing += w * sum(c * (c - 1) for c in counts.values())
    return agreeing / pairs if pairs else None


# -- span matching ----------------------------------------------------------------------------


def overlap_matches(first: Sequence[_Span], second: Sequence[_Span]) -> int:
    """The size of a maximum one-to-one matching of overlapping spans.

    Greedy, and still maximum: the spans of ``first`` by end, each matched to the free
    overlapping span of ``second`` that ends first. Exchange argument: if a maximum matching
    gives span L (ending at e) another span R' than the chosen R (end R <= end R'), then R'
    overlaps every later span L2 that R overlaps (start R' < e <= end L2, end R' >= end R >
    start L2), so swapping R and R' keeps the matching valid and as large."""
    if not first or not second:
        return 0
    order = sorted(range(len(second)), key=lambda j: second[j])
    starts = [second[j][0] for j in order]
    longest = max(e - s for s, e in second)
    taken = [False] * len(second)
    matched = 0
    for s, e in sorted(first, key=lambda span: span[1]):
        lo = bisect.bisect_right(starts, s - longest)
        hi = bisect.bisect_left(starts, e)
        free = [order[k] for k in range(lo, hi) if second[order[k]][1] > s and not taken[order[k]]]
        if free:
            taken[min(free, key=lambda j: second[j][1])] = True
            matched += 1
    return matched


@dataclass(frozen=True, slots=True)
class SpanCounts:
    """Matched spans and the spans of both sides together: F1 = 2 * matched / total."""

    matched: int = 0
    total: int = 0

    def __add__(self, other: SpanCounts) -> SpanCounts:
        return SpanCounts(self.matched + other.matched, self.total + other.total)

    @property
    def f1(self) -> float | None:
        return 2 * self.matched / self.total if self.total else None

    def to_json(self) -> dict[str, Any]:
        return {"f1": self.f1, "matched": self.matched, "spans": self.total}


# -- results ----------------------------------------------------------------------------------


@dataclass(slots=True)
class EntityScores:
    """Entity agreement of a pair (Cohen's κ, observed) or of all annotators (Fleiss, α)."""

    exact: SpanCounts = SpanCounts()
    overlap: SpanCounts = SpanCounts()
    observed: float | None = None
    cohen_kappa: float | None = None
    fleiss_kappa: float | None = None
    krippendorff_alpha: float | None = None

    def to_json(self, pair: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"exact": self.exact.to_json(), "overlap": self.overlap.to_json()}
        if pair:
            out.update(observed=self.observed, cohen_kappa=self.cohen_kappa)
        else:
            out.update(fleiss_kappa=self.fleiss_kappa, krippendorff_alpha=self.krippendorff_alpha)
        return out


@dataclass(slots=True)
class AttributeScores:
    matched: int = 0  # claims (pair) or claim spans of two or more annotators (all) compared
    observed: float | None = None
    coefficient: float | None = None  # Cohen's κ (pair) or Krippendorff's α (all)


@dataclass(slots=True)
class ClaimScores:
    exact: SpanCounts = SpanCounts()
    overlap: SpanCounts = SpanCounts()
    attributes: dict[str, AttributeScores] = field(default_factory=dict)

    def to_json(self, pair: bool) -> dict[str, Any]:
        name = "cohen_kappa" if pair else "krippendorff_alpha"
        return {"exact": self.exact.to_json(), "overlap": self.overlap.to_json(),
                "attributes": {k: {"matched": a.matched, "observed": a.observed, name: a.coefficient}
                               for k, a in self.attributes.items()}}


@dataclass(slots=True)
class PairAgreement:
    first: str
    second: str
    documents: int = 0
    morphemes: int = 0
    entities: EntityScores = field(default_factory=EntityScores)
    labels: dict[str, EntityScores] = field(default_factory=dict)
    claims: ClaimScores = field(default_factory=ClaimScores)

    def to_json(self) -> dict[str, Any]:
        return {"annotators": [self.first, self.second], "documents": self.documents,
                "morphemes": self.morphemes, "entities": self.entities.to_json(True),
                "labels": {k: v.to_json(True) for k, v in self.labels.items()},
                "claims": self.claims.to_json(True)}


@dataclass(slots=True)
class Agreement:
    annotators: list[str] = field(default_factory=list)
    label: str | None = None
    documents: int = 0  # documents two or more annotators have
    documents_all: int = 0  # documents every annotator has (Fleiss' κ)
    morphemes: int = 0
    entities: EntityScores = field(default_factory=EntityScores)
    labels: dict[str, EntityScores] = field(default_factory=dict)
    claims: ClaimScores = field(default_factory=ClaimScores)
    pairs: list[PairAgreement] = field(default_factory=list)

    def pair(self, first: str, second: str) -> PairAgreement:
        """The figures of two annotators, in either order."""
        return next(p for p in self.pairs if {p.first, p.second} == {first, second})

    def to_json(self) -> dict[str, Any]:
        return {"documents": self.documents, "documents_all_annotators": self.documents_all,
                "morphemes": self.morphemes, "annotators": list(self.annotators), "label": self.label,
                "overall": {"entities": self.entities.to_json(False), "claims": self.claims.to_json(False)},
                "labels": {k: v.to_json(False) for k, v in self.labels.items()},
                "pairs": [p.to_json() for p in self.pairs]}

    def table(self) -> list[str]:
        """Lines for the terminal: the figures of all annotators, per label, per pair, for claims."""
        return _table(self)


# -- computing --------------------------------------------------------------------------------


def _morpheme_values(tokens: list[Token], entities: list[Entity]) -> list[Any]:
    """Per morpheme: (innermost label, frozenset of the labels covering it); OUT when none."""
    out: list[Any] = [_OUT] * len(tokens)
    if not entities:
        return out
    starts = [t[0] for t in tokens]
    ends = [t[1] for t in tokens]
    inner: dict[int, str] = {}
    covering: dict[int, set[str]] = {}
    # longest first, so that the shortest is written last (ties: the first label in code-point order)
    for e in sorted(entities, key=lambda e: (e.end - e.start, e.label), reverse=True):
        i = bisect.bisect_right(ends, e.start)
        while i < len(tokens) and starts[i] < e.end:
            inner[i] = e.label
            covering.setdefault(i, set()).add(e.label)
            i += 1
    for i, label in inner.items():
        out[i] = (label, frozenset(covering[i]))
    return out


_OUT = (OUTSIDE, frozenset())


def _by_label(entities: Iterable[Entity]) -> dict[str, set[tuple[int, int]]]:
    out: dict[str, set[tuple[int, int]]] = {}
    for e in entities:
        out.setdefault(e.label, set()).add((e.start, e.end))
    return out


def _claim_value(claim: Claim, key: str) -> str:
    return json.dumps(claim.data.get(key), ensure_ascii=False, sort_keys=True)


def _default_tokens(text: str) -> list[Token]:
    from .morph import default_morphology

    return default_morphology().tokenize(text)


def compute(versions: Mapping[str, Mapping[str, Document]], *, label: str | None = None,
            tokens: Callable[[str], list[Token]] | None = None) -> Agreement:
    """The agreement of the annotators' ``versions`` (see the module's docstring).

    Raises ValueError naming the document when two annotators' texts of it differ."""
    tokenize = tokens or _default_tokens
    holders: dict[str, list[str]] = {}
    for name in sorted(versions):
        for doc_id in versions[name]:
            holders.setdefault(doc_id, []).append(name)
    shared = sorted(d for d, names in holders.items() if len(names) >= 2)
    annotators = sorted({n for d in shared for n in holders[d]})
    report = Agreement(annotators=annotators, label=label, documents=len(shared))
    if not shared:
        return report
    index = {name: i for i, name in enumerate(annotators)}
    pairs = list(combinations(annotators, 2))
    patterns: Counter = Counter()  # morpheme values over the annotators -> how many morphemes
    pair_spans: dict[tuple[str, str], dict[str, list[SpanCounts]]] = {p: {} for p in pairs}
    pair_docs: Counter = Counter()
    claim_spans: dict[tuple[str, str], list[SpanCounts]] = {p: [SpanCounts(), SpanCounts()] for p in pairs}
    claim_units: dict[str, Counter] = {k: Counter() for k in CLAIM_ATTRIBUTES}
    labels: set[str] = {label} if label is not None else set()
    for doc_id in shared:
        names = holders[doc_id]
        docs = {name: versions[name][doc_id] for name in names}
        text = docs[names[0]].text
        for name in names[1:]:
            if docs[name].text != text:
                raise ValueError(m.translate("Core", "document {doc}: {first}'s text differs from {other}'s")
                                 .format(doc=doc_id, first=names[0], other=name))
        ents = {n: [e for e in d.entities if label is None or e.label == label] for n, d in docs.items()}
        for es in ents.values():
            labels.update(e.label for e in es)
        toks = tokenize(text)
        missing = [None] * len(toks)
        columns = [missing] * len(annotators)
        for name in names:
            columns[index[name]] = _morpheme_values(toks, ents[name])
        patterns.update(zip(*columns, strict=True))
        spans = {n: _by_label(es) for n, es in ents.items()}
        claims = {n: d.claims for n, d in docs.items()}
        firsts: dict[str, dict[_Span, Claim]] = {}
        for name in names:
            firsts[name] = {}
            for c in claims[name]:
                firsts[name].setdefault((c.start, c.end), c)
        for a, b in combinations(names, 2):
            pair_docs[a, b] += 1
            per_label = pair_spans[a, b]
            for lb in spans[a].keys() | spans[b].keys():
                sa, sb = spans[a].get(lb, set()), spans[b].get(lb, set())
                counts = per_label.setdefault(lb, [SpanCounts(), SpanCounts()])
                counts[0] += SpanCounts(len(sa & sb), len(sa) + len(sb))
                counts[1] += SpanCounts(overlap_matches(sorted(sa), sorted(sb)), len(sa) + len(sb))
            ca = [(c.start, c.end) for c in claims[a]]
            cb = [(c.start, c.end) for c in claims[b]]
            exact = sum((Counter(ca) & Counter(cb)).values())
            cs = claim_spans[a, b]
            cs[0] += SpanCounts(exact, len(ca) + len(cb))
            cs[1] += SpanCounts(overlap_matches(ca, cb), len(ca) + len(cb))
        for span in {s for name in names for s in firsts[name]}:
            for key, units in claim_units.items():
                unit = [None] * len(annotators)
                for name in names:
                    claim = firsts[name].get(span)
                    if claim is not None:
                        unit[index[name]] = _claim_value(claim, key)
                units[tuple(unit)] += 1
    report.morphemes = sum(w for pat, w in patterns.items() if sum(v is not None for v in pat) >= 2)
    report.documents_all = sum(1 for d in shared if len(holders[d]) == len(annotators))
    report.labels = {lb: EntityScores() for lb in sorted(labels)}
    views: dict[str | None, Counter] = {None: _project(patterns, lambda v: v[0])}
    for lb in report.labels:
        views[lb] = _project(patterns, lambda v, lb=lb: lb in v[1])
    for lb, view in views.items():
        group = report.entities if lb is None else report.labels[lb]
        group.fleiss_kappa = fleiss_kappa({p: w for p, w in view.items() if None not in p})
        group.krippendorff_alpha = krippendorff_alpha(view)
    for a, b in pairs:
        pair = PairAgreement(a, b, documents=pair_docs[a, b])
        i, j = index[a], index[b]
        for lb, view in views.items():
            two = Counter()
            for pat, w in view.items():
                if pat[i] is not None and pat[j] is not None:
                    two[pat[i], pat[j]] += w
            scores = pair.entities if lb is None else pair.labels.setdefault(lb, EntityScores())
            scores.observed, scores.cohen_kappa = observed_agreement(two), cohen_kappa(two)
            if lb is None:
                pair.morphemes = sum(two.values())
        for lb, (exact, overlap) in pair_spans[a, b].items():
            for scores in (pair.labels[lb], report.labels[lb]):
                scores.exact += exact
                scores.overlap += overlap
            for scores in (pair.entities, report.entities):
                scores.exact += exact
                scores.overlap += overlap
        pair.claims.exact, pair.claims.overlap = claim_spans[a, b]
        report.claims.exact += pair.claims.exact
        report.claims.overlap += pair.claims.overlap
        for key, units in claim_units.items():
            two = Counter()
            for unit, w in units.items():
                if unit[i] is not None and unit[j] is not None:
                    two[unit[i], unit[j]] += w
            pair.claims.attributes[key] = AttributeScores(sum(two.values()), observed_agreement(two),
                                                          cohen_kappa(two))
        report.pairs.append(pair)
    for key, units in claim_units.items():
        matched = sum(w for unit, w in units.items() if sum(v is not None for v in unit) >= 2)
        report.claims.attributes[key] = AttributeScores(matched, pairwise_agreement(units),
                                                        krippendorff_alpha(units))
    return report


def _project(patterns: Counter, value: Callable[[Any], Hashable]) -> Counter:
    """The patterns with each annotator's morpheme value replaced by ``value(it)`` (None stays)."""
    out: Counter = Counter()
    for pat, w in patterns.items():
        out[tuple(None if v is None else value(v) for v in pat)] += w
    return out


def cells(text: str) -> int:
    """Terminal columns ``text`` takes: wide (CJK) characters two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _grid(rows: list[list[str]], left: int) -> list[str]:
    """``rows`` in aligned columns: the first ``left`` columns to the left, the others to the right."""
    widths = [max(cells(row[k]) for row in rows) for k in range(len(rows[0]))]
    out = []
    for row in rows:
        parts = [cell + " " * (w - cells(cell)) if k < left else " " * (w - cells(cell)) + cell
                 for k, (cell, w) in enumerate(zip(row, widths, strict=True))]
        out.append("  ".join(parts).rstrip())
    return out


def _table(report: Agreement) -> list[str]:
    if not report.documents:
        return [m.translate("Core", "No document was finished by two or more annotators: nothing to compare.")]
    lines = [m.translate("Core", "Annotators: {names}").format(names=", ".join(report.annotators)),
             m.translate("Core", "Documents finished by two or more: {docs} (by all: {all}); morphemes: {morphemes}")
             .format(docs=report.documents, all=report.documents_all, morphemes=report.morphemes)]
    if report.label is not None:
        lines.append(m.translate("Core", "Entities of label {label} only").format(label=report.label))
    all_labels = m.translate("Core", "all labels")
    f1s = [m.translate("Core", "exact F1"), m.translate("Core", "overlap F1")]
    rows = [[m.translate("Core", "Entities"), *f1s, m.translate("Core", "Fleiss κ"),
             m.translate("Core", "Krippendorff α")]]
    for name, s in [(all_labels, report.entities), *report.labels.items()]:
        rows.append([name, _figure(s.exact.f1), _figure(s.overlap.f1), _figure(s.fleiss_kappa),
                     _figure(s.krippendorff_alpha)])
    lines += ["", *_grid(rows, 1)]
    rows = [[m.translate("Core", "Pair"), m.translate("Core", "Label"), m.translate("Core", "documents"), *f1s,
             m.translate("Core", "Cohen κ"), m.translate("Core", "observed")]]
    for p in report.pairs:
        for k, (name, s) in enumerate([(all_labels, p.entities), *p.labels.items()]):
            rows.append([f"{p.first} – {p.second}" if k == 0 else "", name, str(p.documents) if k == 0 else "",
                         _figure(s.exact.f1), _figure(s.overlap.f1), _figure(s.cohen_kappa), _figure(s.observed)])
    lines += ["", *_grid(rows, 2)]
    if not report.claims.exact.total:
        return [*lines, "", m.translate("Core", "Claims: none")]
    rows = [[m.translate("Core", "Claims"), m.translate("Core", "attribute"), m.translate("Core", "matched"), *f1s,
             m.translate("Core", "observed"), m.translate("Core", "κ / α")]]
    groups = [(m.translate("Core", "all annotators"), report.claims), *((f"{p.first} – {p.second}", p.claims)
                                                              for p in report.pairs)]
    for who, c in groups:
        rows.append([who, "", "", _figure(c.exact.f1), _figure(c.overlap.f1), "", ""])
        for key, a in c.attributes.items():
            rows.append(["", key, str(a.matched), "", "", _figure(a.observed), _figure(a.coefficient)])
    lines += ["", *_grid(rows, 2),
              m.translate("Core", "κ / α: Krippendorff's α for all annotators, Cohen's κ for a pair; "
                                  "- where undefined")]
    return lines
