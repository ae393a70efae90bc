"""Where the keyboard is: a ring around the pane that has focus, and F6 / Shift+F6 to step
between the panes (the text, the entity list, the claims, the suggestions).

Tab inside a dock moves between that dock's fields (Tab in the text view steps entities);
the ring shows at once which pane took the keys, and the status bar names it when the
focus moves to another pane.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QWidget

from .plain import fill

RING_COLOUR = "#1a73e8"
RING_WIDTH = 3


class FocusRing(QWidget):
    """A frame drawn over ``pane`` (a child of it, transparent to the mouse), shown while the
    focus is inside the pane."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and watched is self.parentWidget():
            self.setGeometry(self.parentWidget().rect())
        return False

    def show_on(self, on: bool) -> None:
        if on:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(on)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pen = QPen(QColor(RING_COLOUR))
        pen.setWidth(RING_WIDTH)
        p.setPen(pen)
        half = RING_WIDTH // 2
        p.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


class FocusCycle(QObject):
    """The window's panes in F6 order; each has a ring shown while it holds the focus."""

    def __init__(self, window: QWidget, panes: list[tuple[QWidget, QWidget, str]],
                 say: Callable[[str, int], None], *, skip_empty: frozenset[int] = frozenset()) -> None:
        """``panes``: (the pane, the widget that takes the focus in it, its name as shown);
        ``skip_empty``: the panes (by index) F6 passes over while their list has no row (the
        claim suggestions, when there are none, above the suggested entities)."""
        super().__init__(window)
        self.window, self.panes, self.say = window, panes, say
        self.skip_empty = skip_empty
        self.rings = [FocusRing(pane) for pane, _, _ in panes]
        self.current = -1
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def pane_of(self, widget: QWidget | None) -> int:
        """The innermost pane holding ``widget`` (the suggested entities lie inside the
        suggestions pane), or -1."""
        found = -1
        for i, (pane, _, _) in enumerate(self.panes):
            if (widget is not None and (widget is pane or pane.isAncestorOf(widget))
                    and (found < 0 or self.panes[found][0].isAncestorOf(pane))):
                found = i
        return found

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not (new is self.window or self.window.isAncestorOf(new)):
            return  # a popup (the claimant picker, a menu) or another window: the ring stays
        i = self.pane_of(new)
        if i == self.current:
            return
        for k, ring in enumerate(self.rings):
            ring.show_on(k == i)
        self.current = i
        if i >= 0:
            self.say(fill(self.tr("Focus: %1 (F6 next pane, Shift+F6 previous)"), self.panes[i][2]), 3000)

    def step(self, step: int) -> None:
        """Focus the next (``step`` 1) or previous (-1) pane that can be shown."""
        n = len(self.panes)
        start = self.current if self.current >= 0 else self.pane_of(QApplication.focusWidget())
        for k in range(1, n + 1):
            i = (max(start, 0) + step * k) % n if start >= 0 else (k - 1 if step > 0 else n - k)
            if i in self.skip_empty and _empty(self.panes[i][1]):
                continue
            if self.focus(i):
                return

    def focus(self, i: int) -> bool:
        """Focus pane ``i`` (its dock shown and raised first); False when it cannot take the focus."""
        pane, target, _ = self.panes[i]
        dock = pane.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            if not dock.isVisible():
                dock.show()
            dock.raise_()
        if not target.isEnabled():
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_changed(None, target)  # at once (the application's signal also comes)
        return True

    def focus_text(self) -> None:
        self.focus(0)


def _empty(widget: QWidget) -> bool:
    """A list whose model has no row."""
    model = widget.model() if isinstance(widget, QAbstractItemView) else None
    return model is not None and model.rowCount() == 0
