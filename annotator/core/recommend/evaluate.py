"""Precision, recall and F1 of suggestions against gold entities, per label and overall.

- strict: a suggestion is right when a gold entity has exactly its start, end and label;
- overlap: a suggestion is right when a gold entity of its label overlaps it, and a gold
  entity is found when a suggestion of its label overlaps it (precision counts suggestions,
  recall counts gold entities, so one long suggestion over two gold entities finds both).

Overall figures are micro-averaged (summed over labels).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .base import SpanKey


@dataclass
class Counts:
    """Counts of one label (or all), from which the figures follow."""

    gold: int = 0
    predicted: int = 0
    strict_hits: int = 0  # suggestions equal to a gold entity (= gold entities found exactly)
    overlap_right: int = 0  # suggestions overlapping a gold entity of their label
    overlap_found: int = 0  # gold entities overlapped by a suggestion of their label

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.strict_hits += other.strict_hits
        self.overlap_right += other.overlap_right
        self.overlap_found += other.overlap_found

    @property
    def strict(self) -> Figures:
        return Figures.of(self.strict_hits, self.predicted, self.strict_hits, self.gold)

    @property
    def overlap(self) -> Figures:
        return Figures.of(self.overlap_right, self.predicted, self.overlap_found, self.gold)


@dataclass(frozen=True)
class Figures:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, right: int, predicted: int, found: int, gold: int) -> Figures:
        p = right / predicted if predicted else 0.0
        r = found / gold if gold else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Evaluation:
    labels: dict[str, Counts] = field(default_factory=dict)
    documents: int = 0

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.labels.values():
            total.add(c)
        return total

    def add_document(self, gold: Iterable[SpanKey], predicted: Iterable[SpanKey]) -> None:
        gold_set = {(s, e, lb) for s, e, lb in gold}
        pred_set = {(s, e, lb) for s, e, lb in predicted}
        self.documents += 1
        for label in {k[2] for k in gold_set} | {k[2] for k in pred_set}:
            g = [k for k in gold_set if k[2] == label]
            p = [k for k in pred_set if k[2] == label]
            c = self.labels.setdefault(label, Counts())
            c.gold += len(g)
            c.predicted += len(p)
            c.strict_hits += len(set(g) & set(p))
            c.overlap_right += sum(1 for a in p if any(a[0] < b[1] and b[0] < a[1] for b in g))
            c.overlap_found += sum(1 for b in g if any(a[0] < b[1] and b[0] < a[1] for a in p))

    def table(self) -> list[str]:
        """Lines of a plain table: label, gold, suggested, strict P R F1, overlap P R F1."""
        rows = [("label", "gold", "suggested", "strict P", "R", "F1", "overlap P", "R", "F1")]
        for label in sorted(self.labels):
            rows.append(_row(label, self.labels[label]))
        rows.append(_row("(all)", self.overall))
        widths = [max(_cells(r[i]) for r in rows) for i in range(len(rows[0]))]
        return ["  ".join(cell + " " * (w - _cells(cell)) if i == 0 else cell.rjust(w)
                          for i, (cell, w) in enumerate(zip(r, widths, strict=True))).rstrip() for r in rows]


def evaluate(pairs: Iterable[tuple[Iterable[SpanKey], Iterable[SpanKey]]]) -> Evaluation:
    """``pairs``: (gold spans, suggested spans) of each document."""
    ev = Evaluation()
    for gold, predicted in pairs:
        ev.add_document(gold, predicted)
    return ev


def _row(label: str, c: Counts) -> tuple[str, ...]:
    s, o = c.strict, c.overlap
    return (label, str(c.gold), str(c.predicted), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
            f"{o.precision:.3f}", f"{o.recall:.3f}", f"{o.f1:.3f}")


def _cells(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
