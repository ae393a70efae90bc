"""core/agreement.compute on small hand-computed documents with astral characters (𠮷, emoji).

Most cases tokenize one morpheme per code point (``chars``), so that the morpheme-level
figures can be worked out by hand; one case runs the default MeCab tokenizer.
"""

from __future__ import annotations

import json

import pytest

from annotator.core.agreement import cells, compute
from annotator.core.model import Claim, Document, Entity, Status


def chars(text: str) -> list:
    """One token per code point (a surrogate pair in UTF-16 is one here)."""
    return [(i, i + 1, ch, ()) for i, ch in enumerate(text)]


def doc(doc_id: str, text: str, *spans: tuple[int, int, str], claims: tuple[Claim, ...] = ()) -> Document:
    ents = [Entity(f"e{k}", s, e, label, text[s:e]) for k, (s, e, label) in enumerate(spans)]
    return Document(doc_id, text, status=Status.DONE, entities=ents, claims=list(claims))


SUSHI = "𠮷野家で🍣を食べた"  # 9 code points: 𠮷 is one, 🍣 is one


def two_annotators() -> dict:
    """a: 組織 𠮷野家 [0,3), FOOD 🍣 [4,5); b: the same 組織, FOOD 🍣を [4,6) (overlapping, not exact)."""
    assert len(SUSHI) == 9 and SUSHI[4] == "🍣"
    return {"a": {"d1": doc("d1", SUSHI, (0, 3, "組織"), (4, 5, "FOOD"))},
            "b": {"d1": doc("d1", SUSHI, (0, 3, "組織"), (4, 6, "FOOD"))}}


def test_two_annotators_hand_computed():
    r = compute(two_annotators(), tokens=chars)
    assert (r.annotators, r.documents, r.documents_all, r.morphemes) == (["a", "b"], 1, 1, 9)
    # spans: exact 1 of 2 + 2 -> F1 0.5; overlapping: both match -> 1.0
    assert (r.entities.exact.matched, r.entities.exact.total, r.entities.exact.f1) == (1, 4, 0.5)
    assert r.entities.overlap.f1 == 1.0
    # morphemes: a = 組 組 組 O F O O O O, b = 組 組 組 O F F O O O: 8 of 9 agree
    # Cohen: p_e = (3*3 + 1*2 + 5*4) / 81 = 31/81, κ = (72 - 31) / (81 - 31) = 41/50
    pair = r.pair("b", "a")
    assert pair.documents == 1 and pair.morphemes == 9
    assert pair.entities.observed == pytest.approx(8 / 9)
    assert pair.entities.cohen_kappa == pytest.approx(41 / 50)
    # α: n = 18, one disagreeing unit (2 / 1), n_c = 6, 3, 9: α = 1 - 17 * 2 / (324 - 126) = 82/99
    assert r.entities.krippendorff_alpha == pytest.approx(82 / 99)
    # Fleiss with two raters: P̄ = 8/9, P̄e = 126/324 = 7/18, κ = (16 - 7) / (18 - 7) = 9/11
    assert r.entities.fleiss_kappa == pytest.approx(9 / 11)
    # per label: 組織 identical; FOOD a = 1 item, b = 2 items: p_e = (1*2 + 8*7)/81, κ = 14/23
    assert list(r.labels) == ["FOOD", "組織"]
    assert pair.labels["組織"].cohen_kappa == 1.0 and pair.labels["組織"].exact.f1 == 1.0
    assert pair.labels["FOOD"].cohen_kappa == pytest.approx(14 / 23)
    assert (pair.labels["FOOD"].exact.f1, pair.labels["FOOD"].overlap.f1) == (0.0, 1.0)
    assert r.labels["FOOD"].exact.f1 == 0.0 and r.labels["組織"].exact.f1 == 1.0


def test_label_filter_counts_that_label_only():
    r = compute(two_annotators(), label="FOOD", tokens=chars)
    assert list(r.labels) == ["FOOD"] and r.label == "FOOD"
    assert (r.entities.exact.f1, r.entities.overlap.f1) == (0.0, 1.0)
    assert r.entities.exact.total == 2
    # the label's figures are those of the unfiltered report's label
    assert r.pair("a", "b").entities.cohen_kappa == pytest.approx(14 / 23)
    full = compute(two_annotators(), tokens=chars)
    assert r.entities.krippendorff_alpha == pytest.approx(full.labels["FOOD"].krippendorff_alpha)
    # a label nobody used: no span, κ and α undefined (every morpheme "not L")
    none = compute(two_annotators(), label="人名", tokens=chars)
    assert list(none.labels) == ["人名"] and none.entities.exact.f1 is None
    assert none.entities.krippendorff_alpha is None and none.pairs[0].entities.cohen_kappa is None


def test_three_annotators_and_documents_not_everyone_finished():
    """d1 (all three): a, b = X [0,2); c = X [0,1). d2 (a and b): a = X [0,1), b nothing.
    d3 (a alone) is not counted."""
    text = "𠮷𠮷𠮷𠮷"
    sushi = "🍣🍣"
    versions = {
        "a": {"d1": doc("d1", text, (0, 2, "X")), "d2": doc("d2", sushi, (0, 1, "X")),
              "d3": doc("d3", "😀", (0, 1, "X"))},
        "b": {"d1": doc("d1", text, (0, 2, "X")), "d2": doc("d2", sushi)},
        "c": {"d1": doc("d1", text, (0, 1, "X"))},
    }
    r = compute(versions, tokens=chars)
    assert (r.annotators, r.documents, r.documents_all, r.morphemes) == (["a", "b", "c"], 2, 1, 6)
    # Fleiss on d1 only: units XXX, XXO, OOO, OOO: P̄ = 5/6, P̄e = (25 + 49)/144, κ = 23/35
    assert r.entities.fleiss_kappa == pytest.approx(23 / 35)
    # α on d1 and d2: n = 16, disagreement 2 (d1 unit 2) + 2 (d2 unit 1), n_X = 6, n_O = 10:
    # α = 1 - 15 * 4 / (256 - 136) = 1/2
    assert r.entities.krippendorff_alpha == pytest.approx(0.5)
    ab, ac, bc = r.pair("a", "b"), r.pair("a", "c"), r.pair("b", "c")
    assert (ab.documents, ac.documents, bc.documents) == (2, 1, 1)
    # a-b: exact 1 matched of 2 + 1 spans; morphemes a = XXOO XO, b = XXOO OO: κ = 2/3
    assert ab.entities.exact.f1 == pytest.approx(2 / 3)
    assert ab.entities.cohen_kappa == pytest.approx(2 / 3)
    # a-c: [0,2) against [0,1): no exact match, one overlapping; κ = (3/4 - 1/2) / (1/2) = 1/2
    assert (ac.entities.exact.f1, ac.entities.overlap.f1) == (0.0, 1.0)
    assert ac.entities.cohen_kappa == pytest.approx(0.5) and bc.entities.cohen_kappa == pytest.approx(0.5)
    # overall, micro over pairs: exact 1 of (3 + 2 + 2) spans, overlapping 3 of 7
    assert r.entities.exact.f1 == pytest.approx(2 / 7)
    assert r.entities.overlap.f1 == pytest.approx(6 / 7)


def test_a_document_only_one_annotator_finished_is_not_counted():
    versions = {"a": {"d1": doc("d1", SUSHI, (0, 3, "組織"))}, "b": {"d2": doc("d2", SUSHI, (0, 3, "組織"))}}
    r = compute(versions, tokens=chars)
    assert (r.documents, r.annotators, r.pairs) == (0, [], [])
    out = r.to_json()
    assert out["documents"] == 0 and out["pairs"] == [] and out["overall"]["entities"]["exact"]["f1"] is None
    assert "nothing to compare" in r.table()[0]
    assert compute({}, tokens=chars).documents == 0


def test_identical_versions_give_one_or_null():
    """Identical versions: F1, κ and α are 1 when the morphemes hold two or more values; when
    every morpheme is "O" (no entity anywhere) they are undefined: null, not 1 and never NaN."""
    v = {name: {"d1": doc("d1", SUSHI, (0, 3, "組織"), (4, 5, "FOOD"))} for name in "abc"}
    r = compute(v, tokens=chars)
    assert r.entities.exact.f1 == r.entities.overlap.f1 == 1.0
    assert r.entities.fleiss_kappa == r.entities.krippendorff_alpha == 1.0
    assert all(p.entities.cohen_kappa == 1.0 and p.entities.observed == 1.0 for p in r.pairs)
    empty = compute({name: {"d1": doc("d1", SUSHI)} for name in "ab"}, tokens=chars)
    assert empty.entities.exact.f1 is None and empty.entities.cohen_kappa is None
    assert empty.entities.fleiss_kappa is None and empty.entities.krippendorff_alpha is None
    assert empty.pairs[0].entities.cohen_kappa is None and empty.pairs[0].entities.observed == 1.0
    text = json.dumps(empty.to_json(), allow_nan=False)  # no NaN anywhere
    assert '"cohen_kappa": null' in text


def test_nested_entities_take_the_innermost_label():
    # a: 地名 [0,4) holding 人名 [0,1); b: 地名 [0,4) only. Morphemes: a = 人 地 地 地, b = 地 地 地 地
    v = {"a": {"d": doc("d", "𠮷🍣ab", (0, 4, "地名"), (0, 1, "人名"))}, "b": {"d": doc("d", "𠮷🍣ab", (0, 4, "地名"))}}
    r = compute(v, tokens=chars)
    assert r.pairs[0].entities.observed == pytest.approx(3 / 4)
    # per label, on that label's entities alone: 地名 covers all four morphemes for both
    assert r.pairs[0].labels["地名"].observed == 1.0
    assert r.labels["地名"].exact.f1 == 1.0 and r.labels["人名"].exact.f1 == 0.0


def test_a_morpheme_partly_covered_takes_the_label():
    # a token of two code points [0,2); an entity [1,2) covers it partly
    def pairs_of_chars(text: str) -> list:
        return [(i, min(i + 2, len(text)), text[i:i + 2], ()) for i in range(0, len(text), 2)]

    v = {"a": {"d": doc("d", "𠮷🍣ab", (1, 2, "X"))}, "b": {"d": doc("d", "𠮷🍣ab", (0, 2, "X"))}}
    r = compute(v, tokens=pairs_of_chars)
    assert r.morphemes == 2 and r.pairs[0].entities.observed == 1.0
    assert r.entities.exact.f1 == 0.0 and r.entities.overlap.f1 == 1.0


def test_different_texts_are_refused_naming_the_document():
    v = {"a": {"文書𠮷": doc("文書𠮷", SUSHI)}, "b": {"文書𠮷": doc("文書𠮷", SUSHI + "。")}}
    with pytest.raises(ValueError, match="文書𠮷"):
        compute(v, tokens=chars)


def claim(cid: str, start: int, end: int, text: str, **data) -> Claim:
    return Claim(cid, start, end, text[start:end], data)


def test_claims_spans_and_attributes():
    t = SUSHI
    a = [claim("a1", 0, 3, t, type="fact", checkworthy=True, claimant={"name": "𠮷田", "role": "店長"}),
         claim("a2", 4, 6, t, type="opinion"),
         claim("a3", 6, 8, t, type="fact")]
    b = [claim("b1", 0, 3, t, type="fact", checkworthy=False, claimant={"role": "店長", "name": "𠮷田"}),
         claim("b2", 4, 6, t, type="fact"),
         claim("b3", 5, 7, t, type="fact")]
    r = compute({"a": {"d": doc("d", t, claims=tuple(a))}, "b": {"d": doc("d", t, claims=tuple(b))}},
                tokens=chars)
    c = r.pair("a", "b").claims
    # spans: exact [0,3) and [4,6): 2 of 6 -> 2/3; overlapping: a maximum matching pairs all three
    assert (c.exact.f1, c.overlap.f1) == (pytest.approx(2 / 3), 1.0)
    at = c.attributes
    assert all(x.matched == 2 for x in at.values())
    # type: (fact, fact), (opinion, fact): observed 1/2, p_e = 1/2 -> κ = 0
    assert (at["type"].observed, at["type"].coefficient) == (0.5, 0.0)
    # checkworthy: (true, false), (null, null): p_e = 1/4 -> κ = 1/3
    assert at["checkworthy"].observed == 0.5 and at["checkworthy"].coefficient == pytest.approx(1 / 3)
    # claimant compared as JSON: the key order does not matter
    assert (at["claimant"].observed, at["claimant"].coefficient) == (1.0, 1.0)
    # certainty: null everywhere: agreement 1, κ undefined
    assert (at["certainty"].observed, at["certainty"].coefficient) == (1.0, None)
    # all annotators: α; type: n = 4, disagreement 2, n_fact = 3 -> α = 1 - 3 * 2 / 6 = 0
    al = r.claims.attributes
    assert al["type"].matched == 2 and al["type"].coefficient == pytest.approx(0.0)
    assert al["checkworthy"].coefficient == pytest.approx(1 - 3 * 2 / 10)
    assert al["type"].observed == 0.5
    # claims do not depend on the entity label filter
    assert compute({"a": {"d": doc("d", t, claims=tuple(a))}, "b": {"d": doc("d", t, claims=tuple(b))}},
                   label="X", tokens=chars).claims.exact.f1 == pytest.approx(2 / 3)


def test_claim_attributes_over_three_annotators():
    t = SUSHI
    v = {name: {"d": doc("d", t, claims=(claim(name, 0, 3, t, polarity=pol),))}
         for name, pol in (("a", "positive"), ("b", "positive"), ("c", "negative"))}
    v["a"]["d"].claims.append(claim("a2", 4, 5, t, polarity="negative"))
    v["b"]["d"].claims.append(claim("b2", 4, 5, t, polarity="negative"))
    r = compute(v, tokens=chars)
    pol = r.claims.attributes["polarity"]
    # units (+, +, -) and (-, -, missing): pairs agreeing 2 + 2 of 6 + 2
    assert pol.matched == 2 and pol.observed == pytest.approx(4 / 8)
    # n = 5, disagreement (9 - 5) / 2 = 2, n_+ = 2, n_- = 3: α = 1 - 4 * 2 / (25 - 13) = 1/3
    assert pol.coefficient == pytest.approx(1 / 3)


def test_json_and_table():
    r = compute(two_annotators(), tokens=chars)
    out = json.loads(json.dumps(r.to_json(), allow_nan=False, ensure_ascii=False))
    assert out["documents"] == 1 and out["annotators"] == ["a", "b"] and out["label"] is None
    assert out["overall"]["entities"]["exact"] == {"f1": 0.5, "matched": 1, "spans": 4}
    assert out["overall"]["entities"]["krippendorff_alpha"] == pytest.approx(82 / 99)
    assert set(out["labels"]) == {"FOOD", "組織"}
    pair = out["pairs"][0]
    assert pair["annotators"] == ["a", "b"] and pair["entities"]["cohen_kappa"] == pytest.approx(0.82)
    assert pair["claims"]["attributes"]["type"] == {"matched": 0, "observed": None, "cohen_kappa": None}
    assert set(out["overall"]["claims"]["attributes"]) == {"type", "checkworthy", "certainty", "polarity",
                                                          "claimant"}
    lines = r.table()
    text = "\n".join(lines)
    assert "組織" in text and "a – b" in text and "0.820" in text and "0.828" in text
    # the entity grid is aligned: its rows take the same columns, Japanese labels counting two each
    start = lines.index("") + 1
    grid = lines[start:lines.index("", start)]
    assert len(grid) == 4 and len({cells(line) for line in grid}) == 1


def test_default_tokenizer_on_japanese_with_astral_characters():
    text = "𠮷野家は東京都に本社を置く。😀"
    v = {"a": {"d": doc("d", text, (0, 3, "法人名"), (4, 7, "地名"))},
         "b": {"d": doc("d", text, (0, 3, "法人名"), (4, 6, "地名"))}}
    r = compute(v)
    assert r.morphemes >= 6
    assert r.entities.exact.f1 == 0.5 and r.entities.overlap.f1 == 1.0
    assert r.pairs[0].labels["法人名"].cohen_kappa == 1.0
    assert 0 < r.entities.krippendorff_alpha < 1
