"""The text view's mouse: click, drag, double-click, and the morpheme tool tip on hover.

A drag selects morphemes (characters with Alt) and leaves the keyboard cursor on the
morpheme where the drag ended, so that the arrow keys go on from there. The tool tip shows
what is under the mouse; the status line shows the keyboard cursor's morpheme, never the
mouse's. The tool tip is hidden when the view scrolls (it would describe other text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QToolTip

from annotator.core.morph import LEMMA, POS, READING, lemma, pos_full, reading_hiragana

from .plain import fill, tooltip_text

if TYPE_CHECKING:
    from .text_view import TextView

translate = QCoreApplication.translate


def token_tooltip(view: TextView, pos: int) -> str:
    """The tool tip's text (plain, not yet escaped: ``show_tooltip`` does) for the morpheme at
    ``pos`` and the entities there ("" if none); the keys are translated."""
    tok = view.tokens.token_at(pos) if view.tokens is not None and pos >= 0 else None
    if tok is None:
        return ""
    info = tok[3]
    lines = [tok[2], fill(translate("TextView", "lemma: %1"), lemma(tok)),
             fill(translate("TextView", "part of speech: %1"), pos_full(info))]
    if info[READING]:
        lines.append(fill(translate("TextView", "reading: %1 (%2)"), info[READING], reading_hiragana(tok)))
    if info[LEMMA] == "" and info[POS]:
        lines.append(translate("TextView", "(unknown word)"))
    lines += [f"{e.label}: {e.text}" for e in view.entities.at(pos)]
    return "\n".join(lines)


class MouseHandler:
    """What the view's mouse events do (the view forwards them here)."""

    def __init__(self, view: TextView) -> None:
        self.view = view
        self.press: tuple[int, bool] | None = None  # (position, Alt held) of a button down
        self.tooltip_shown = False

    def pressed(self, event: QMouseEvent) -> bool:
        """A left button down on the text; False for what the view's base class handles."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = self.view.position_at(event.position())
        if pos >= 0:
            self.press = (pos, bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))
            self.view.setFocus()
        return True

    def moved(self, event: QMouseEvent) -> None:
        view = self.view
        pos = view.position_at(event.position())
        if self.press is None:
            view.hovered.emit(pos)
            self.show_tooltip(event, pos)
            return
        start, alt = self.press
        if pos < 0 or pos == start:
            return
        a, b = (start, pos + 1) if pos > start else (pos, start + 1)
        if alt or view.tokens is None:
            view.set_selection(a, min(b, len(view.text)))
        else:
            view.set_selection(*view.tokens.snap(a, min(b, len(view.text))))

    def released(self, event: QMouseEvent) -> None:
        if self.press is None:
            return
        view = self.view
        start = self.press[0]
        self.press = None
        pos = view.position_at(event.position())
        if pos >= 0 and pos != start:  # a drag: the keyboard cursor goes to where it ended
            tok = view.tokens.token_at(pos) if view.tokens is not None else None
            view.set_cursor(tok[0] if tok is not None else pos)
            return
        if pos < 0:
            return
        covering = view.entities.at(start)  # innermost first
        claims = [c for c in view.claims if c.start <= start < c.end]
        suggested = [k for k, sg in enumerate(view.suggestions) if sg.start <= start < sg.end]
        if not covering and claims:
            view.select_claim(min(claims, key=lambda c: c.end - c.start).id)
        elif not covering and suggested:
            view.select_suggestion(suggested[0])
        elif not covering and view.entity_suggestions.at(start):  # a suggested entity: dashed
            view.entity_suggestions.select(view.entity_suggestions.at(start)[0])
        elif covering:
            # clicking again where the selected entity is selects the next one out (nesting)
            ids = [e.id for e in covering]
            k = ids.index(view.selected_entity) + 1 if view.selected_entity in ids else 0
            view.select_entity(ids[k % len(ids)])
        else:
            view.set_selection(start, start)
            tok = view.tokens.token_at(start) if view.tokens else None
            view.set_cursor(tok[0] if tok else start)
            view.entityActivated.emit("")

    def double_clicked(self, event: QMouseEvent) -> None:
        view = self.view
        pos = view.position_at(event.position())
        tok = view.tokens.token_at(pos) if view.tokens and pos >= 0 else None
        if tok is not None:
            self.press = None
            view.set_cursor(tok[0])
            view.set_selection(tok[0], tok[1])

    def show_tooltip(self, event: QMouseEvent, pos: int) -> None:
        text = token_tooltip(self.view, pos)
        if not text:
            self.hide_tooltip()
            return
        QToolTip.showText(event.globalPosition().toPoint(), tooltip_text(text), self.view)
        self.tooltip_shown = True

    def hide_tooltip(self) -> None:
        """The view scrolled (or the mouse left the text): the tool tip described other text."""
        if self.tooltip_shown:
            QToolTip.hideText()
            self.tooltip_shown = False
