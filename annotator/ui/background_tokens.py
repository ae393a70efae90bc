"""When the text view's document is tokenized: visible paragraphs on demand, the rest at idle
time in small slices, paused while the user acts, and not before the window's first frame.

The first frame of a window is painted before any morphology: on a cold start the first
look-ups in the 250 MB dictionary fault ~200 ms of pages in. The text shows at once;
boundaries, hints and the cursor follow one event-loop turn later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from annotator.core.doctokens import DocTokens

from . import idle

BACKGROUND_SLICE = 2000  # characters tokenized per idle tick (~3 ms)
RESUME_AFTER_MS = idle.RESUME_AFTER_MS  # quiet time after user input before background tokenization resumes


class BackgroundTokenizer(QObject):
    def __init__(self, parent: QObject, released: Callable[[], None]) -> None:
        """``released`` runs when a hold ends (the view lays out and repaints with morphology)."""
        super().__init__(parent)
        self.tokens: DocTokens | None = None
        self.held = False
        self._released = released
        self._after_hold: Callable[[], None] | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(0)
        self._tick.timeout.connect(self._tokenize_some)
        # Background work waits while the user is acting: a key press is never queued behind it.
        self._resume = QTimer(self)
        self._resume.setSingleShot(True)
        self._resume.setInterval(RESUME_AFTER_MS)
        self._resume.timeout.connect(self._start)

    def set_tokens(self, tokens: DocTokens) -> None:
        self.tokens = tokens
        self._start()

    def user_active(self) -> None:
        idle.user_active()  # the window's other background work waits too
        if self._tick.isActive() or self._resume.isActive():
            self._tick.stop()
            self._resume.start()

    def hold(self, then: Callable[[], None] | None = None) -> None:
        """Tokenize nothing until the next frame is painted; then go on as usual and call ``then``."""
        self.held = True
        self._after_hold = then

    def painted(self) -> None:
        if self.held:
            QTimer.singleShot(0, self._release)

    def ready(self, para: int) -> bool:
        """May the painter ask for this paragraph's morphemes now?"""
        return not self.held or (self.tokens is not None and self.tokens.is_tokenized(para))

    def _release(self) -> None:
        if not self.held:
            return
        self.held = False
        then, self._after_hold = self._after_hold, None
        if then is not None:
            then()
        self._released()
        if not self._resume.isActive():  # the user acting meanwhile keeps it paused
            self._start()

    def _start(self) -> None:
        if not self.held and self.tokens is not None and not self.tokens.complete:
            self._tick.start()

    def _tokenize_some(self) -> None:
        if self.held or self.tokens is None or self.tokens.complete:
            self._tick.stop()  # a hold starts it again when the first frame is out
            return
        self.tokens.tokenize_some(BACKGROUND_SLICE)
