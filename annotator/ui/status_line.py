"""Status-bar labels whose text changes do not lay the window out again.

``QLabel.setText`` tells its parent's layout that its size hint may have changed. In the
status bar that sets off the status bar's layout and the main window's, and repaints of what
they touch: 1–2 ms on every cursor move and every document opened. A ``StatusLabel`` sits
in a holder widget without a layout, which the status bar sizes; the label fills the holder.
The token inspector takes whatever width the status bar gives it (text that does not fit is
cut, and never widens the window); the document line (``fit``) widens its holder when its
text grows and narrows it only when the text is much shorter, so that stepping through
documents with ids and counts of similar length never moves the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: A fitted holder narrows only when its text needs this many pixels less.
SLACK = 48


class _Holder(QWidget):
    def __init__(self, label: StatusLabel, fit: bool) -> None:
        super().__init__()
        self._label = label
        self._fit = fit
        self._width = 0
        label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Fixed if fit else QSizePolicy.Policy.Ignored,
                           QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self._width, self._label.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def fit(self) -> None:
        """A fitted holder: as wide as the text (growing at once, narrowing by ``SLACK``)."""
        if not self._fit:
            return
        need = self._label.sizeHint().width()
        if need > self._width or need < self._width - SLACK:
            self._width = need
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._label.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._width = 0
            self.fit()
            self.updateGeometry()
        return super().event(event)


class StatusLabel(QLabel):
    """A plain-text label for the status bar; add ``holder`` to the status bar, not the label."""

    def __init__(self, *, name: str, fit: bool = False) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # user text (ids, surfaces) is never markup
        self.setObjectName(name)
        self.holder = _Holder(self, fit)

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)
        self.holder.fit()
