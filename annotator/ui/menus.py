"""What the window's menus and views show besides the actions (those are in ``actions.py``):
the text font (a Japanese one when installed) and the part-of-speech legend."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from .morph_overlay import legend_html

JAPANESE_FONTS = (
    "IPAexGothic",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "IPAGothic",
    "Yu Gothic",
    "Hiragino Sans",
    "Meiryo",
    "MS Gothic",
)


def pos_legend_html() -> str:
    return legend_html()  # the palette's categories, their names translated


def japanese_font(point_size: float = 14) -> QFont:
    families = set(QFontDatabase.families())
    for name in JAPANESE_FONTS:
        if name in families:
            f = QFont(name)
            f.setPointSizeF(point_size)
            return f
    f = QFont()
    f.setPointSizeF(point_size)
    return f
