"""Live updates from a PostgreSQL server (issue 15): each committed operation's log row is
announced on ``serverdb.CHANNEL`` (a trigger); a window listens on its own connection and,
when told, reads the log rows after the last one it saw (``Session.follow_server``).

``Listener`` never blocks: its ``fileno`` is watched by the window's event loop, ``drain``
reads what arrived. A lost connection is reported (``lost``) and ``reconnect`` tries again.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from .errors import ProjectError
from .location import ServerLocation
from .serverdb import CHANNEL, connect_raw


class Listener:
    """A connection that listens for committed operations on the project at ``where``."""

    def __init__(self, where: ServerLocation) -> None:
        self.where = where
        self._raw: Any = None
        #: The connection was lost (the server stopped, the network dropped) and not yet back.
        self.lost = False
        self.reconnect()

    def reconnect(self) -> bool:
        """Connect (again) and listen; False (``lost``) when the server cannot be reached."""
        self.close()
        try:
            self._raw = connect_raw(self.where)
            self._raw.execute(f"LISTEN {CHANNEL}")
        except (ProjectError, Exception):  # the driver's errors too: not reachable now
            self.close()
            self.lost = True
            return False
        self.lost = False
        return True

    def fileno(self) -> int:
        """The socket to watch for readability (-1 when not connected)."""
        if self._raw is None:
            return -1
        try:
            return int(self._raw.pgconn.socket)
        except Exception:
            return -1

    def drain(self) -> int:
        """Read what the server sent without waiting: the number of operations announced
        (0 when nothing; sets ``lost`` when the connection is gone)."""
        if self._raw is None:
            return 0
        pgconn = self._raw.pgconn
        count = 0
        try:
            pgconn.consume_input()
            while pgconn.notifies() is not None:
                count += 1
        except Exception:
            self.lost = True
            self.close()
        return count

    def close(self) -> None:
        if self._raw is not None:
            with suppress(Exception):
                self._raw.close()
        self._raw = None
