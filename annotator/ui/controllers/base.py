"""What every controller of the window shares: the session it edits, and a way to say things.

``SessionHost`` holds the window's session. Views and controllers subscribe to its three
signals once; when the window opens another project the host moves to the new session and
announces it as ``reloaded`` (every view reads everything again), so nobody keeps a session
of a closed project.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.core.changes import Change
from annotator.core.errors import AnnotatorError
from annotator.core.events import Signal
from annotator.core.ops import Operation
from annotator.core.session import OpenDocument, Session
from annotator.core.store import Project

#: Show a message in the status bar for that many milliseconds.
Say = Callable[[str, int], None]


class SessionHost:
    """The window's current session, and its signals relayed (``changed``, ``opened``, ``reloaded``)."""

    def __init__(self, session: Session) -> None:
        self.changed = Signal()
        self.opened = Signal()
        self.reloaded = Signal()
        self.session = session
        self._attach(session)

    def _attach(self, session: Session) -> None:
        session.changed.connect(self.changed.emit)
        session.opened.connect(self.opened.emit)
        session.reloaded.connect(self.reloaded.emit)

    def reload_views(self) -> None:
        """Every subscriber reads the session anew (the window's start)."""
        self.reloaded.emit()

    def replace(self, session: Session) -> None:
        """Another project is open: subscribers hear ``reloaded`` and read ``session`` anew."""
        old = self.session
        old.changed.disconnect(self.changed.emit)
        old.opened.disconnect(self.opened.emit)
        old.reloaded.disconnect(self.reloaded.emit)
        self.session = session
        self._attach(session)
        self.reloaded.emit()


class Controller:
    """One concern of the window. Reads the session through the host (never keeps it)."""

    def __init__(self, host: SessionHost, say: Say) -> None:
        self.host = host
        self.say = say

    @property
    def session(self) -> Session:
        return self.host.session

    @property
    def project(self) -> Project:
        return self.host.session.project

    @property
    def doc(self) -> OpenDocument | None:
        return self.host.session.doc

    def apply(self, op: Operation) -> Change | None:
        """Apply ``op`` through the session; a refusal is said in the status bar (None returned)."""
        try:
            return self.session.apply(op)
        except AnnotatorError as exc:
            self.say(str(exc), 6000)
            return None

    def apply_or_message(self, op: Operation) -> str | None:
        """Apply ``op``; the refusal message, or None when applied (the label and schema editors)."""
        try:
            self.session.apply(op)
        except AnnotatorError as exc:
            return str(exc)
        return None
