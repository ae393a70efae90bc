"""When the window may do background work: not while the user is acting.

Work done a step at a time from zero-interval timers (loading the document list's search
texts, for one) runs between events, so a step that falls between a key press and its frame
delays that frame. The views that take the user's input say so here (``user_active``); such
work waits until the user has been quiet for ``RESUME_AFTER_MS`` (``quiet_wait_ms``).
"""

from __future__ import annotations

import time

#: Quiet time after user input before background work goes on.
RESUME_AFTER_MS = 200

_clock = time.monotonic
_last_input = -1e9  # _clock() of the last input reported


def user_active() -> None:
    """The user pressed a key, clicked, or a view changed on their behalf just now."""
    global _last_input
    _last_input = _clock()


def quiet_wait_ms() -> int:
    """Milliseconds until the user will have been quiet long enough (0: now)."""
    left = RESUME_AFTER_MS - (_clock() - _last_input) * 1000
    return max(0, int(left) + 1) if left > 0 else 0
