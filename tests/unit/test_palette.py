"""The colours the view paints with are told apart and readable (palette.py)."""

from __future__ import annotations

import itertools

import pytest

from annotator.core import palette as p
from annotator.core.model import LABEL_SETS, Label, new_label

#: Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula": test data pairs.
SHARMA = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0009), 7.1792),
    ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0011), 7.2195),
    ((50.0, -0.001, 2.49), (50.0, 0.0009, -2.49), 4.8045),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (58.0, 24.0, 15.0), 19.4535),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373),
]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), SHARMA)
def test_ciede2000_matches_sharma_test_data(lab1, lab2, expected) -> None:
    assert p.ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert p.ciede2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)  # symmetric


def test_lab_and_contrast_reference_values() -> None:
    assert p.srgb_to_lab("#ffffff") == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert p.srgb_to_lab("#ff0000") == pytest.approx((53.24, 80.09, 67.20), abs=0.05)
    assert p.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert p.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's grey


def test_pos_categories_are_told_apart() -> None:
    """Every two categories of the legend: CIEDE2000 at least 20."""
    pairs = {(a[0], b[0]): p.colour_difference(a[1], b[1])
             for a, b in itertools.combinations(p.POS_CATEGORIES, 2)}
    close = {k: round(v, 1) for k, v in pairs.items() if v < 20}
    assert not close, close


def test_function_words_are_neutral_and_content_words_are_hues() -> None:
    for key, colour, _, function in p.POS_CATEGORIES:
        _, a, b = p.srgb_to_lab(colour)
        chroma = (a * a + b * b) ** 0.5
        assert (chroma < 5) if function else (chroma > 25), (key, chroma)
    assert p.pos_category("助詞") == p.pos_category("助動詞") == "function"
    assert p.pos_category("補助記号") == "symbol"
    assert p.pos_category("名詞", "固有名詞") == "proper"
    assert p.pos_category("名詞", "数詞") == "numeral"


def test_pos_text_is_readable_on_the_page() -> None:
    """Morphemes are painted in their category's colour on the white page."""
    for key, colour, _, _ in p.POS_CATEGORIES:
        assert p.contrast_ratio(colour, p.WHITE) >= 4.5, key


def test_overlay_text_is_readable() -> None:
    assert p.contrast_ratio(p.FURIGANA_COLOUR, p.WHITE) >= 4.5  # furigana over the page
    # (the legend's names and the chips as the window paints them: tests/ui/test_text_view_flow.py)


def _label_colours() -> list[tuple[str, str]]:
    builtin = [(f"{name}/{lb.name}", lb.color) for name, labels in LABEL_SETS.items() for lb in labels]
    existing: list[Label] = []
    for k in range(200):
        existing.append(new_label(f"L{k}", existing))
    return builtin + [(lb.name, lb.color) for lb in existing]


@pytest.mark.parametrize(("name", "colour"), _label_colours())
def test_label_colours_are_readable_and_visible(name: str, colour: str) -> None:
    """Built-in and automatic colours: the bar shows on white, black text reads over the
    entity's background, and the label's name reads on its chip."""
    assert p.contrast_ratio(colour, p.WHITE) >= p.GRAPHIC_CONTRAST, name
    assert p.contrast_ratio("#000000", p.blend(colour, p.FILL_ALPHA)) >= 7.0, name
    chip, text = p.label_name_colours(colour)
    assert p.contrast_ratio(text, chip) >= 4.5, name
    assert p.colour_difference(chip, p.WHITE) >= 3, name  # the chip shows as a chip


def test_no_pale_automatic_colour() -> None:
    assert "#fffac8" not in {c.lower() for _, c in _label_colours()}
    stockmark = [lb.color for lb in LABEL_SETS["stockmark"]]
    assert len(set(stockmark)) == len(stockmark)
    assert min(p.colour_difference(a, b) for a, b in itertools.combinations(stockmark, 2)) >= 10


@pytest.mark.parametrize("colour", ["#fffac8", "#ffffff", "#000000", "#ffff00", "#aaffc3", "#0000ff"])
def test_a_chosen_colour_still_gives_a_readable_name(colour: str) -> None:
    chip, text = p.label_name_colours(colour)
    assert p.contrast_ratio(text, chip) >= 4.5
