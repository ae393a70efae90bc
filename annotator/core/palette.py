"""Colours the text view paints with, and the colour maths that keeps them readable.

No Qt: colours are ``#rrggbb`` strings, the maths plain Python, so that the palettes are
tested without a window.

- ``POS_CATEGORIES``: the part-of-speech overlay's legend. Function words (particles,
  auxiliaries and affixes; symbols and punctuation) are two neutral greys (a third grey
  cannot be 20 apart from both while readable on white); content words a few clearly
  distinct hues. Every colour is text on the white page: contrast at least 4.5:1 (WCAG AA),
  and any two categories at least 20 apart in CIEDE2000 (tests/unit/test_palette.py).
- ``LABEL_PALETTE``: the automatic colours of entity labels. Each is dark and saturated
  enough for its bar to show on white (3:1, WCAG's figure for graphics) while the entity's
  translucent background keeps black text readable.
- ``label_name_colours``: the chip a label's name is painted in, readable for any colour a
  user may choose (a pale ``#fffac8`` included).
"""

from __future__ import annotations

import math

WHITE = "#ffffff"
#: Text contrast WCAG AA asks of normal text, and of graphics (an entity's bar) on the page.
TEXT_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0
#: How opaque an entity's background (and a label name's chip) is over the page: 70/255.
FILL_ALPHA = 70 / 255
CHIP_ALPHA = 40 / 255
#: Furigana, over the page.
FURIGANA_COLOUR = "#505050"


# -- colour maths -------------------------------------------------------------------------


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` to (r, g, b) in 0..255."""
    c = colour.lstrip("#")
    if len(c) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(v))):02x}" for v in rgb)


def _linear(channel: float) -> float:
    c = channel / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance (0 black .. 1 white)."""
    r, g, b = (_linear(v) for v in hex_to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1..21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def blend(colour: str, alpha: float, under: str = WHITE) -> str:
    """``colour`` painted with opacity ``alpha`` over ``under`` (as QPainter composes, in sRGB)."""
    top, bottom = hex_to_rgb(colour), hex_to_rgb(under)
    return rgb_to_hex(tuple(t * alpha + u * (1 - alpha) for t, u in zip(top, bottom, strict=True)))


# D65 white point of sRGB
_XN, _YN, _ZN = 0.95047, 1.0, 1.08883


def srgb_to_lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    r, g, b = (_linear(v) for v in hex_to_rgb(colour))
    x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x / _XN), f(y / _YN), f(z / _ZN)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (kL = kC = kH = 1), after Sharma, Wu and Dalal (2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_bar = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if (a1p or b1) else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if (a2p or b2) else 0.0
    dl = l2 - l1
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    else:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    d_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar = (l1 + l2) / 2
    cp_bar = (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp_bar = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        hp_bar = (h1p + h2p + 360) / 2
    else:
        hp_bar = (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hp_bar - 30)) + 0.24 * math.cos(math.radians(2 * hp_bar))
         + 0.32 * math.cos(math.radians(3 * hp_bar + 6)) - 0.20 * math.cos(math.radians(4 * hp_bar - 63)))
    d_theta = 30 * math.exp(-(((hp_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c = 1 + 0.045 * cp_bar
    s_h = 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((dl / s_l) ** 2 + (dc / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (dc / s_c) * (d_h / s_h))


def colour_difference(a: str, b: str) -> float:
    """CIEDE2000 between two ``#rrggbb`` colours."""
    return ciede2000(srgb_to_lab(a), srgb_to_lab(b))


def darken_to_contrast(colour: str, background: str, target: float = TEXT_CONTRAST) -> str:
    """``colour`` darkened (towards black, keeping its hue) until it has ``target`` contrast
    against ``background``; ``colour`` itself when it has it already."""
    r, g, b = hex_to_rgb(colour)
    for k in range(0, 101):
        f = 1 - k / 100
        c = rgb_to_hex((r * f, g * f, b * f))
        if contrast_ratio(c, background) >= target:
            return c
    return "#000000"


# -- the part-of-speech palette -------------------------------------------------------------

#: Legend entries, in legend order: (key, colour, English name, function word?).
#: The names are translated by the window (context "PosLegend").
POS_CATEGORIES: tuple[tuple[str, str, str, bool], ...] = (
    ("proper", "#c8102e", "proper noun", False),
    ("noun", "#1f4fb4", "noun", False),
    ("numeral", "#00838f", "numeral", False),
    ("verb", "#2e7d32", "verb", False),
    ("adjective", "#a15c00", "adjective", False),
    ("adverb", "#8e24aa", "adverb, other", False),
    ("function", "#6e6e6e", "particle, auxiliary, affix", True),
    ("symbol", "#262626", "symbol, punctuation", True),
)
POS_COLOURS: dict[str, str] = {key: colour for key, colour, _, _ in POS_CATEGORIES}

#: UniDic pos1 to a category (pos2 decides proper nouns and numerals: ``pos_category``).
_POS1 = {
    "名詞": "noun",
    "代名詞": "noun",
    "動詞": "verb",
    "形容詞": "adjective",
    "形状詞": "adjective",
    "副詞": "adverb",
    "連体詞": "adverb",
    "接続詞": "adverb",
    "感動詞": "adverb",
    "助詞": "function",
    "助動詞": "function",
    "接頭辞": "function",
    "接尾辞": "function",
    "補助記号": "symbol",
    "記号": "symbol",
}


def pos_category(pos1: str, pos2: str = "") -> str | None:
    """The legend category of a morpheme with UniDic ``pos1``/``pos2``, or None (uncoloured)."""
    if pos2 == "固有名詞":
        return "proper"
    if pos2 == "数詞":
        return "numeral"
    return _POS1.get(pos1)


# -- entity labels --------------------------------------------------------------------------

#: Automatic label colours: distinct hues, each with at least GRAPHIC_CONTRAST on white.
LABEL_PALETTE: tuple[str, ...] = (
    "#d62728", "#1f77b4", "#2ca02c", "#e6550d", "#9467bd", "#8c564b",
    "#d6338a", "#17808a", "#7f7f00", "#3949ab", "#c0392b", "#00897b",
)


def automatic_colour(index: int) -> str:
    """The ``index``-th automatic label colour (the palette over again past its end)."""
    return LABEL_PALETTE[index % len(LABEL_PALETTE)]


def label_name_colours(colour: str, page: str = WHITE) -> tuple[str, str]:
    """(chip background, text colour) for a label's name painted under its entity: a light
    tint of the label's colour, and the colour darkened until the name reads on that tint."""
    chip = blend(colour, CHIP_ALPHA, page)
    return chip, darken_to_contrast(colour, chip, TEXT_CONTRAST + 0.1)
