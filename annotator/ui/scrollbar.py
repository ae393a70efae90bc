"""A scroll bar that repaints from a cached image when nothing it shows has changed.

Fusion paints a vertical scroll bar in time proportional to its height: 0.8 ms for 800
pixels here, more than the rows of a list. An edit that adds one row of 10,000, or a step
to the next of 100,000 documents, changes the bar's range or value and so repaints it,
although its handle moves by less than a pixel. This bar keeps the last image it painted
and draws that again while its size, handle rectangle, state and palette are the same.

Only the resting state is cached: while the mouse is over the bar or a part of it is pressed,
the style paints as usual (hover and press feedback, and any animation of the style).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QStyle, QStyleOptionSlider, QWidget


class CachedScrollBar(QScrollBar):
    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Vertical, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._key: tuple | None = None
        self._image: QPixmap | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isSliderDown() or self.underMouse():
            self._key = None
            painter = QPainter(self)
            painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
            painter.end()
            super().paintEvent(event)
            return
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        opt.subControls = QStyle.SubControl.SC_All
        style = self.style()
        handle = style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, opt,
                                      QStyle.SubControl.SC_ScrollBarSlider, self)
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, handle.x(), handle.y(), handle.width(), handle.height(),
               int(opt.state.value), id(style), self.palette().cacheKey(), self.isEnabled())
        if key != self._key or self._image is None:
            image = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            image.setDevicePixelRatio(ratio)
            image.fill(self.palette().color(self.backgroundRole()))  # what shows behind it
            painter = QPainter(image)
            style.drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, opt, painter, self)
            painter.end()
            self._key, self._image = key, image
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._image)
        painter.end()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Polish:
            # it paints every pixel (on its background colour): what is behind it need not be
            # painted first (the style's polish, just before this, says otherwise)
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        return handled

    def changeEvent(self, event: QEvent) -> None:
        self._key = None  # style, palette, enabled state...: painted anew
        super().changeEvent(event)


def use_cached_scroll_bars(area: QAbstractScrollArea) -> None:
    """Give ``area`` cached vertical and horizontal scroll bars (its policies are kept)."""
    area.setVerticalScrollBar(CachedScrollBar(Qt.Orientation.Vertical))
    area.setHorizontalScrollBar(CachedScrollBar(Qt.Orientation.Horizontal))
