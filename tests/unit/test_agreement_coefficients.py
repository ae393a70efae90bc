"""The coefficients of core/agreement.py against published worked examples and, for
Krippendorff's α, against the ``krippendorff`` package on random data with missing values."""

from __future__ import annotations

import math
import random
from collections import Counter

import pytest

from annotator.core.agreement import (
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
    observed_agreement,
    overlap_matches,
    pairwise_agreement,
)


def test_cohen_kappa_wikipedia_example():
    """Wikipedia, "Cohen's kappa", simple example: 50 proposals, both yes 20, A yes B no 5,
    A no B yes 10, both no 15: p_o = 0.7, p_e = 0.5, κ = 0.4."""
    pairs = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    assert observed_agreement(pairs) == pytest.approx(0.7)
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    # the same as counts, and pairs with a missing value left out
    counts = {("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15, ("yes", None): 7}
    assert cohen_kappa(counts) == pytest.approx(0.4)


def test_cohen_kappa_undefined_and_perfect():
    assert cohen_kappa([]) is None
    assert cohen_kappa([("a", "a")] * 5) is None  # expected agreement 1
    assert cohen_kappa([("a", "a"), ("b", "b")]) == 1.0
    assert cohen_kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)


#: Fleiss (1971) as tabulated by Wikipedia ("Fleiss' kappa", worked example): 10 subjects,
#: 14 raters, 5 categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
FLEISS_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_wikipedia_example():
    units = [[cat for cat, n in enumerate(row, 1) for _ in range(n)] for row in FLEISS_TABLE]
    assert all(len(u) == 14 for u in units)
    assert fleiss_kappa(units) == pytest.approx(0.20993, abs=5e-5)
    assert round(fleiss_kappa(units), 3) == 0.210


def test_fleiss_kappa_of_two_raters_and_refusals():
    # two raters: P̄ is the observed agreement, P̄e uses the pooled proportions (Scott's π)
    units = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]
    p_e = (3 / 8) ** 2 + (5 / 8) ** 2
    assert fleiss_kappa(units) == pytest.approx((0.75 - p_e) / (1 - p_e))
    assert fleiss_kappa([("a", "a")] * 3) is None
    assert fleiss_kappa([]) is None
    with pytest.raises(ValueError):
        fleiss_kappa([("a", None)])
    with pytest.raises(ValueError):
        fleiss_kappa([("a", "a"), ("a", "a", "a")])


#: Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
#: twelve units, values 1-5, nominal α = 0.743 (None: the observer gave no value).
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def test_krippendorff_alpha_worked_example():
    units = list(zip(*KRIPPENDORFF_2011, strict=True))
    assert round(krippendorff_alpha(units), 3) == 0.743
    krippendorff = pytest.importorskip("krippendorff")
    data = [[math.nan if v is None else v for v in row] for row in KRIPPENDORFF_2011]
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert krippendorff_alpha(units) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("seed", range(12))
def test_krippendorff_alpha_matches_the_package_on_random_data_with_gaps(seed: int):
    krippendorff = pytest.importorskip("krippendorff")
    rng = random.Random(seed)
    coders, items, values = rng.randint(2, 6), rng.randint(5, 80), rng.randint(2, 6)
    missing = rng.choice([0.0, 0.1, 0.3, 0.6])
    # correlated coders (a shared truth, each coder off by chance), so alpha spans its range
    truth = [rng.randrange(values) for _ in range(items)]
    noise = rng.random()
    data = [[None if rng.random() < missing else (t if rng.random() > noise else rng.randrange(values))
             for t in truth] for _ in range(coders)]
    units = list(zip(*data, strict=True))
    ours = krippendorff_alpha(units)
    matrix = [[math.nan if v is None else float(v) for v in row] for row in data]
    try:
        theirs = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
    except ValueError:  # the package refuses data with a single value or no pairable unit
        theirs = math.nan
    if ours is None:
        assert math.isnan(theirs) or theirs == pytest.approx(1.0)
    else:
        assert ours == pytest.approx(theirs, abs=1e-9)


def test_krippendorff_alpha_with_counts_equals_the_expanded_units():
    units = list(zip(*KRIPPENDORFF_2011, strict=True))
    doubled = {u: 2 * n for u, n in Counter(units).items()}
    assert krippendorff_alpha(doubled) == pytest.approx(krippendorff_alpha(units + units))


def test_krippendorff_alpha_undefined():
    assert krippendorff_alpha([]) is None
    assert krippendorff_alpha([(1, None), (None, 2)]) is None  # no pairable unit
    assert krippendorff_alpha([(1, 1), (1, 1)]) is None  # one value only: expected disagreement 0


def test_pairwise_agreement():
    # unit 1: three agreeing values (6 agreeing ordered pairs of 6); unit 2: a, a, b (2 of 6)
    assert pairwise_agreement([("a", "a", "a"), ("a", "a", "b")]) == pytest.approx(8 / 12)
    assert pairwise_agreement([("a", None)]) is None


def test_overlap_matching_is_maximum():
    # a pass in listing order could match [5,7) with [4,6) and leave [6,8) alone; the maximum is 3
    assert overlap_matches([(0, 3), (5, 7), (4, 6)], [(0, 3), (4, 6), (6, 8)]) == 3
    assert overlap_matches([(0, 10)], [(0, 2), (3, 5)]) == 1
    assert overlap_matches([(0, 2), (3, 5)], [(0, 10)]) == 1
    assert overlap_matches([(0, 2)], [(2, 4)]) == 0  # touching is not overlapping
    assert overlap_matches([], [(0, 1)]) == 0
    # a long chain of overlaps
    n = 5000
    first = [(i, i + 2) for i in range(n)]
    second = [(i + 1, i + 3) for i in range(n)]
    assert overlap_matches(first, second) == n


def test_overlap_matching_is_maximum_on_random_spans():
    rng = random.Random(7)
    for _ in range(200):
        a = [(s, s + rng.randint(1, 4)) for s in (rng.randrange(12) for _ in range(rng.randint(0, 5)))]
        b = [(s, s + rng.randint(1, 4)) for s in (rng.randrange(12) for _ in range(rng.randint(0, 5)))]
        assert overlap_matches(a, b) == _brute_force(a, b)
        assert overlap_matches(b, a) == overlap_matches(a, b)


def _brute_force(a: list, b: list) -> int:
    if not a:
        return 0
    (s, e), rest = a[0], a[1:]
    best = _brute_force(rest, b)
    for j, (s2, e2) in enumerate(b):
        if s < e2 and s2 < e:
            best = max(best, 1 + _brute_force(rest, b[:j] + b[j + 1:]))
    return best
