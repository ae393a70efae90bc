"""A project on a PostgreSQL server, live (issue 15): what other workstations commit appears in
this window within a second, through the change descriptions its own edits give.

A ``Listener`` (core) listens on its own connection; its socket is watched by a
``QSocketNotifier``, so nothing waits in the GUI thread. When the connection is lost (the
server stopped, the network dropped) the status bar says so and a timer tries again every
``RETRY_MS``; the edits tried meanwhile are refused by the project with a message, nothing
half-written. Once back, the project's own connection is made anew, the window reads
everything again and says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer
from PySide6.QtWidgets import QMainWindow

from annotator.core.serverlive import Listener

from ..plain import plain_label
from .base import Controller, Say, SessionHost

#: How often a lost connection is tried again.
RETRY_MS = 2000


class LiveController(Controller):
    """Follows the server of the open project, if it is on one."""

    def __init__(self, host: SessionHost, say: Say, parent: QMainWindow) -> None:
        super().__init__(host, say)
        self._parent = parent
        #: Shown in the status bar for as long as the connection is lost (other messages come and go).
        self.offline = plain_label(name="offlineIndicator")
        self.offline.setText(QCoreApplication.translate("LiveController", "Offline: reconnecting…"))
        self.offline.setStyleSheet("color: #b00020; font-weight: bold")
        parent.statusBar().addPermanentWidget(self.offline)
        self.offline.hide()
        self._listener: Listener | None = None
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(parent)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._reconnect)
        host.reloaded.connect(self._project_shown)
        self._project_shown()

    def _project_shown(self) -> None:
        where = self.project.path if self.project.on_server else None
        if self._listener is not None and where is not None and self._listener.where == where:
            return
        self.stop()
        if where is None:
            return
        self._listener = Listener(where)  # type: ignore[arg-type]
        self._watch()

    def _watch(self) -> None:
        assert self._listener is not None
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        fd = self._listener.fileno()
        if fd < 0:
            self._lost()
            return
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self._parent)
        self._notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        listener = self._listener
        if listener is None:
            return
        announced = listener.drain()
        if listener.lost:
            self._lost()
            return
        if announced:
            self.follow()

    def follow(self) -> None:
        """Bring the window up to what the server holds (refusals are said, never raised)."""
        from annotator.core.errors import AnnotatorError

        try:
            self.session.follow_server()
        except AnnotatorError as exc:
            self.say(str(exc), 6000)

    def _lost(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self.say(QCoreApplication.translate("LiveController", "The connection to the server is lost: edits are "
                                                              "refused until it is back; reconnecting…"), 0)
        self.offline.show()
        self._retry.start()

    def _reconnect(self) -> None:
        from annotator.core.errors import AnnotatorError

        listener = self._listener
        if listener is None or not listener.reconnect():
            return
        try:
            self.project.reconnect()
        except AnnotatorError:
            listener.close()
            return
        self._retry.stop()
        self.offline.hide()
        self._watch()
        self.session.reload()
        self.say(QCoreApplication.translate("LiveController", "Reconnected to the server: the window shows what it "
                                                              "holds now"), 8000)

    @property
    def connected(self) -> bool:
        return self._listener is not None and not self._listener.lost

    def stop(self) -> None:
        self._retry.stop()
        self.offline.hide()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def window_closed(self) -> None:
        self.stop()
