"""The game's start-up, kept out of the way of Python's cycle collector.

From the command line to the first frame, the game builds what lives as long as it does:
modules, classes, the bank's models, fonts. Meanwhile the collector would walk all of it again
at each of its passes, for nothing (about 0.01 s of a 0.25 s start-up, measured). So it is
paused when ``python main.py`` opens the game; once the first frame is on screen, what start-up
built is frozen out of its reach (``gc.freeze``) and it resumes: its later passes walk only
what the game makes while it runs, and resuming does not cost one long pass over the whole
start-up during the first seconds of play.
"""

from __future__ import annotations

import gc


def begin() -> None:
    """Pause the collector: the game is about to be imported and opened."""
    gc.disable()


def done() -> None:
    """The first frame is on screen: keep what start-up built out of the collector's passes,
    and let it resume."""
    gc.freeze()
    gc.enable()
