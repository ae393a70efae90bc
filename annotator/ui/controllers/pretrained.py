"""GiNZA's suggestions in the window, from a worker process (``training_child.ginza``).

GiNZA runs at about 30 sentences a second: called in the GUI thread it would freeze the window
for a second per screen of a novel. Instead the session's GiNZA recommender answers from a
``Results`` store kept here (``recommend.pretrained``) and records the sentences it had no
result for; a timer sends them to one long-lived process (spawned on first need, GiNZA loaded
there once), and when the answer comes back the store is filled and the session is told
(``Session.replace_model``: the views redraw from a Change with ``suggestions_changed``). The
store is keyed by sentence text, so it outlives projects; the process is killed when GiNZA is
switched off and when the window closes, and a process that died is said once, not respawned.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from annotator.core.changes import Change
from annotator.core.recommend import GinzaRecommender, create
from annotator.core.recommend.pretrained import Results

from .. import training_child
from .base import Controller, Say, SessionHost

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")

#: How often the window looks for sentences to send and answers to take (ms).
POLL_MS = 100
#: Sentences per request: an answer comes back within about two seconds.
BATCH = 48


class PretrainedController(Controller):
    NAME = GinzaRecommender.name

    def __init__(self, host: SessionHost, say: Say, parent: QWidget) -> None:
        super().__init__(host, say)
        self.results = Results()
        self._queue: list[str] = []
        self._asked: list[str] | None = None  # the texts of the request in flight
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self._failed = False
        self._closed = False
        self.answers = 0  # answers taken (tests)
        self._timer = QTimer(parent)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        host.changed.connect(self._changed)
        host.reloaded.connect(self._reloaded)

    # -- when it is needed ----------------------------------------------------------------
    def active(self) -> bool:
        """GiNZA is among the session's models (on in the settings is the session's concern)."""
        return self.NAME in self.session.models

    def _changed(self, change: Change) -> None:
        if change.suggestions_changed:
            self._wake()

    def _reloaded(self) -> None:
        self._queue.clear()  # another project's sentences; the store's results stay (keyed by text)
        self._wake()

    def _wake(self) -> None:
        if self._closed:
            return
        if self.active():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._queue.clear()
            if self._asked is None:
                self._timer.stop()

    def model(self, settings, labels) -> GinzaRecommender | None:
        """GiNZA under ``settings``' mapping, answering from this controller's store, or None
        when it cannot propose anything here (not installed, nothing mapped)."""
        rec = create(self.NAME, labels, **settings.options(self.NAME), results=self.results)
        return rec if rec.inactive_reason() is None else None

    def settings_changed(self) -> None:
        """The project's settings changed (GiNZA's mapping, on or off): a new GiNZA for the session."""
        labels = [lb.name for lb in self.session.labels]
        settings = self.session.recommender_settings
        self.session.replace_model(self.NAME, self.model(settings, labels) if settings.is_enabled(self.NAME, labels)
                                   else None)
        if not settings.is_enabled(self.NAME, labels):
            self.stop()

    # -- the process ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._proc is not None

    def _start(self) -> bool:
        if self._failed or self._closed:
            return False
        ctx = multiprocessing.get_context("spawn")
        mine, theirs = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=training_child.ginza, args=(theirs,), name="annotator-ginza", daemon=True)
        proc.start()
        theirs.close()
        self._proc, self._conn = proc, mine
        self.say(translate("MainWindow", "Loading GiNZA for entity suggestions…"), 4000)
        return True

    def stop(self) -> None:
        """Kill the process (GiNZA switched off, the window closes); a request in flight is dropped."""
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        self._asked = None
        self._queue.clear()
        self._timer.stop()
        if conn is not None:
            with contextlib.suppress(OSError):  # "stop" to a child that is still there
                conn.send(None)
            conn.close()
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join(5)
            proc.close()

    def window_closed(self) -> None:
        self._closed = True
        self.stop()

    def _poll(self) -> None:
        if self._asked is not None:
            self._take()
            if self._asked is not None:
                return
        if not self.active():
            self._wake()
            return
        seen = set(self._queue)
        self._queue.extend(t for t in self.results.take_wanted() if t not in seen)
        if not self._queue:
            return
        if self._proc is None and not self._start():
            self._queue.clear()
            return
        batch, self._queue = self._queue[:BATCH], self._queue[BATCH:]
        assert self._conn is not None
        try:
            self._conn.send(batch)
        except OSError:
            self._died()
            return
        self._asked = batch

    def _take(self) -> None:
        conn, proc = self._conn, self._proc
        if conn is None or proc is None:
            self._asked = None
            return
        try:
            if not conn.poll():
                if not proc.is_alive():
                    self._died()
                return
            kind, texts, value = conn.recv()
        except (EOFError, OSError):
            self._died()
            return
        self._asked = None
        if kind != "ok" or not isinstance(value, list):
            self._failed = True
            self.stop()
            self.say(translate("MainWindow", "GiNZA failed: %1").replace("%1", str(value)), 8000)
            return
        self.results.put(texts, value)
        self.answers += 1
        model = self.session.models.get(self.NAME)
        if model is not None:
            self.session.replace_model(self.NAME, model)

    def _died(self) -> None:
        code = self._proc.exitcode if self._proc is not None else None
        self._failed = True
        self.stop()
        self.say(translate("MainWindow", "The GiNZA process ended (exit code %1); its suggestions are off until "
                                         "the program restarts").replace("%1", str(code)), 8000)
