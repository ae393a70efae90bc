"""A small Qt-free signal: how the core tells the views (and anyone else) what happened.

Slots are called synchronously, in the order they connected. A slot that raises stops
the emission (the error is the caller's, as with a direct call): views must not raise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Signal:
    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        if slot not in self._slots:
            self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any]) -> None:
        """Forget ``slot``; a slot that was not connected is ignored."""
        if slot in self._slots:
            self._slots.remove(slot)

    def emit(self, *args: Any) -> None:
        for slot in list(self._slots):  # a slot may disconnect itself
            slot(*args)

    def __len__(self) -> int:
        return len(self._slots)
