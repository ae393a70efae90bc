"""Painting a table's cells as the default delegate does, with each text laid out once.

For every cell it paints, Qt's default delegate asks the model for seven roles (seven calls
into Python) and the style lays the text out again: 15–20 µs a cell, 2 ms for the 30 rows of
the entity table that an edit repaints. ``TextCells`` takes a cell's text and icon from one
Python call and keeps each text laid out (a ``QTextLayout``, elided to the column's width), so
a repaint costs what drawing costs. What it paints is what the style paints: the style's
item background (selection, hover), the icon in the style's place and mode, the text at the
position the style would put it, the focus frame.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QObject, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

#: A cell's text and icon (None: no icon) by row and column; None for a cell it does not know.
CellContent = Callable[[int, int], "tuple[str, QIcon | None] | None"]

#: Texts kept laid out (an entity table shows a few dozen at a time).
MAX_TEXTS = 4096

_SE = QStyle.SubElement
_FEATURE = QStyleOptionViewItem.ViewItemFeature
# state bits as plain integers: a Python enum's & costs microseconds, thousands of times a frame
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_MOUSE_OVER = QStyle.StateFlag.State_MouseOver.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value
_OPEN = QStyle.StateFlag.State_Open.value
_PEN_BITS = _ENABLED | _ACTIVE | _SELECTED
_ICON_BITS = _ENABLED | _SELECTED | _OPEN


class _Place(NamedTuple):
    """Where the style puts a cell's parts, relative to the cell."""

    icon: QRect
    icon_alignment: Qt.AlignmentFlag
    text_x: int
    text_width: int
    text_middle: int  # the text area's top plus half its height (whole pixels, as the style)
    focus: QRect


class TextCells(QStyledItemDelegate):
    """Cells of plain text (never markup), with an optional icon before it.

    Call ``forget`` when the view's font, style or palette changes (what is cached depends on them).
    """

    def __init__(self, content: CellContent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._texts: OrderedDict[tuple[str, int], tuple[QTextLayout, int]] = OrderedDict()
        self._places: dict[tuple[int, int, bool], _Place] = {}  # by cell width, height, with an icon
        self._pens: dict[int, QColor] = {}  # text colour by the state bits that choose it
        self._icons: dict[tuple[int, int, int], tuple[int, int, QPixmap]] = {}  # by icon, state, place

    def forget(self) -> None:
        """Drop the laid-out texts, measured places and colours."""
        self._texts.clear()
        self._places.clear()
        self._pens.clear()
        self._icons.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        content = self._content(index.row(), index.column()) if index.isValid() else None
        if content is None:
            super().paint(painter, option, index)
            return
        text, icon = content
        x, y, width, height = option.rect.getRect()
        state = option.state.value
        place = self._places.get((width, height, icon is not None)) or self._measure(option, icon)
        if state & (_SELECTED | _MOUSE_OVER | _HAS_FOCUS):  # else the style paints no background
            widget = option.widget
            _style(widget).drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        if icon is not None:
            drawn = self._icons.get((icon.cacheKey(), state & _ICON_BITS, id(place)))
            if drawn is None:
                drawn = self._icon(icon, state, place, painter.device().devicePixelRatioF())
            painter.drawPixmap(x + drawn[0], y + drawn[1], drawn[2])
        if text:
            pen = self._pens.get(state & _PEN_BITS)
            painter.setPen(pen if pen is not None else self._pen(option, state))
            laid, text_height = self._laid_out(text, place.text_width, option)
            laid.draw(painter, QPointF(x + place.text_x, y + place.text_middle - text_height // 2))
        if state & _HAS_FOCUS:
            self._focus_frame(painter, option, place.focus.translated(x, y))

    def _icon(self, icon: QIcon, state: int, place: _Place, ratio: float) -> tuple[int, int, QPixmap]:
        """``icon`` as the style paints it in a cell (aligned in its place, in the state's mode),
        painted once into a pixmap."""
        mode = (QIcon.Mode.Disabled if not state & _ENABLED
                else QIcon.Mode.Selected if state & _SELECTED else QIcon.Mode.Normal)
        on = QIcon.State.On if state & _OPEN else QIcon.State.Off
        area = place.icon
        aligned = QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, place.icon_alignment,
                                     icon.actualSize(area.size(), mode, on), area)
        image = QPixmap(round(aligned.width() * ratio), round(aligned.height() * ratio))
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        icon.paint(painter, QRect(0, 0, aligned.width(), aligned.height()), Qt.AlignmentFlag.AlignCenter, mode, on)
        painter.end()
        drawn = self._icons[(icon.cacheKey(), state & _ICON_BITS, id(place))] = (aligned.x(), aligned.y(), image)
        return drawn

    def _pen(self, option: QStyleOptionViewItem, state: int) -> QColor:
        """The text colour the style takes for ``state``."""
        group = QPalette.ColorGroup.Normal if state & _ENABLED else QPalette.ColorGroup.Disabled
        if group == QPalette.ColorGroup.Normal and not state & _ACTIVE:
            group = QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if state & _SELECTED else QPalette.ColorRole.Text
        pen = self._pens[state & _PEN_BITS] = option.palette.color(group, role)
        return pen

    @staticmethod
    def _focus_frame(painter: QPainter, option: QStyleOptionViewItem, rect: QRect) -> None:
        state = option.state
        frame = QStyleOptionFocusRect()
        frame.rect = rect
        frame.state = state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
        frame.palette = option.palette
        frame.direction = option.direction
        frame.fontMetrics = option.fontMetrics
        enabled = QPalette.ColorGroup.Normal if state.value & _ENABLED else QPalette.ColorGroup.Disabled
        frame.backgroundColor = option.palette.color(
            enabled, QPalette.ColorRole.Highlight if state.value & _SELECTED else QPalette.ColorRole.Window)
        widget = option.widget
        _style(widget).drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)

    def _measure(self, option: QStyleOptionViewItem, icon: QIcon | None) -> _Place:
        """Where the style lays out a cell of this size, with or without an icon."""
        rect = option.rect
        widget = option.widget
        style = _style(widget)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, rect.width(), rect.height())
        opt.text = "x"
        opt.features |= _FEATURE.HasDisplay
        if icon is not None:
            opt.icon = icon
            opt.features |= _FEATURE.HasDecoration
            opt.decorationSize = icon.actualSize(option.decorationSize)
        else:
            opt.features &= ~_FEATURE.HasDecoration
            opt.decorationSize = QSize()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        text = style.subElementRect(_SE.SE_ItemViewItemText, opt, widget).adjusted(margin, 0, -margin, 0)
        place = self._places[(rect.width(), rect.height(), icon is not None)] = _Place(
            style.subElementRect(_SE.SE_ItemViewItemDecoration, opt, widget), option.decorationAlignment,
            text.x(), text.width(), text.y() + text.height() // 2,
            style.subElementRect(_SE.SE_ItemViewItemFocusRect, opt, widget))
        return place

    def _laid_out(self, text: str, width: int, option: QStyleOptionViewItem) -> tuple[QTextLayout, int]:
        """``text`` elided to ``width`` and laid out on one line as the style lays it out; its
        height (so that its middle goes where the style puts it: QStyle.alignedRect halves both
        heights in whole pixels)."""
        key = (text, width)
        laid = self._texts.get(key)
        if laid is not None:
            self._texts.move_to_end(key)
            return laid
        font = option.font
        metrics = QFontMetrics(font)
        # as the style: elided when the whole text is wider than the cell. Shaping is the cost:
        # a text that likely fits is laid out at once, and elided only if it does not; one that
        # likely does not (a document row) is elided first
        likely_fits = len(text) * metrics.averageCharWidth() <= width
        layout = _one_line(text if likely_fits else metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
                           font, width)
        if likely_fits and layout.lineAt(0).naturalTextWidth() > width:
            layout = _one_line(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width), font, width)
        laid = self._texts[key] = (layout, layout.boundingRect().size().toSize().height())
        if len(self._texts) > MAX_TEXTS:
            self._texts.popitem(last=False)
        return laid


def _one_line(text: str, font: QFont, width: int) -> QTextLayout:
    layout = QTextLayout(text, font)
    layout.setCacheEnabled(True)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.ManualWrap)
    layout.setTextOption(wrap)
    layout.beginLayout()
    line = layout.createLine()
    if line.isValid():
        line.setLineWidth(width)
    layout.endLayout()
    return layout


def _style(widget: QWidget | None) -> QStyle:
    return widget.style() if widget is not None else QApplication.style()
