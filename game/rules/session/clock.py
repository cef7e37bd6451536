"""Where time comes from: an injected clock, so that the rules never read the system time.

``now()`` is a monotonic count of seconds (the session and question timers are differences
of two readings); ``wall()`` is the local date and time written beside each event and used to
name the journal. Tests use ``FakeClock`` and move time forward with ``advance`` — no sleep.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the session needs from a clock."""

    def now(self) -> float:
        """Monotonic seconds; only differences matter."""
        ...

    def wall(self) -> datetime:
        """The local date and time, for the journal."""
        ...


class SystemClock:
    """The real clock of the computer."""

    def now(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now()


class FakeClock:
    """A clock that only moves when told to: ``advance(seconds)``."""

    def __init__(self, start: float = 0.0, wall_start: datetime | None = None) -> None:
        self._now = start
        self._start = start
        self._wall_start = wall_start or datetime(2026, 1, 5, 9, 0, 0)

    def now(self) -> float:
        return self._now

    def wall(self) -> datetime:
        return self._wall_start + timedelta(seconds=self._now - self._start)

    def advance(self, seconds: float) -> None:
        """Move time forward (never backward: the real clock is monotonic)."""
        if seconds < 0:
            raise ValueError(f"a clock cannot go back in time ({seconds} s)")
        self._now += seconds
