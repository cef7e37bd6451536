"""The system can close the game: SIGTERM or SIGHUP (logging out, shutting down, ``kill``), or
Ctrl+C in the terminal that started it (SIGINT), ends it within a second, without the quit
confirmation nobody would see and without a Python traceback.

Every facilitator action is already in the journal on disk, so there is nothing to save and
nothing to ask: the handler raises ``SystemExit(0)`` in the main thread, and the app's usual
clean-up runs on the way out (the journal closed, pygame shut down).

Two details make it prompt. SDL turns these signals into a window-close event (which opens the
confirmation) only when no handler is set yet, so ours is installed before pygame starts. And
Python runs a signal handler only between two steps of its own code, while an idle game sits in
``pygame.event.wait`` for seconds: the signal's byte, written by Python on a wake-up pipe the
moment it arrives, is read by a small thread that posts an event, so the wait returns and the
handler runs at once.
"""

from __future__ import annotations

import os
import signal
import threading
from types import FrameType

SIGNAL_NAMES = ("SIGTERM", "SIGHUP", "SIGINT")
_installed: list[int] = []


def install() -> bool:
    """Close the game on SIGTERM, SIGHUP and SIGINT; False where it cannot (not POSIX, not the main
    thread)."""
    if os.name != "posix" or threading.current_thread() is not threading.main_thread():
        return False
    if _installed:
        return True
    for name in SIGNAL_NAMES:
        signal.signal(getattr(signal, name), _close)
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    threading.Thread(target=_wake_on_signal, args=(read_end,), name="signaux", daemon=True).start()
    _installed.extend((read_end, write_end))
    return True


def _close(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


def _wake_on_signal(read_end: int) -> None:
    """Each signal's byte wakes the main thread out of ``pygame.event.wait``."""
    while os.read(read_end, 1):
        _post_wake_event()


def _post_wake_event() -> None:
    import pygame

    try:
        if pygame.display.get_init():
            pygame.event.post(pygame.event.Event(pygame.USEREVENT, {"signal": True}))
    except pygame.error:  # pygame is starting or stopping: the main thread runs Python anyway
        pass
