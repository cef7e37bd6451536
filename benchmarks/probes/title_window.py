"""The game opened on its Title at 1920×1080, its bank loaded and checked, one frame drawn.

What a game costs in memory before anything is played: its imports (pygame, pydantic, PyYAML,
the game's modules), the window, the bank, the Title. Prints this process's peak resident
memory in MB as its last line, as ``whole_session.py`` does (``children.own_peak_mb``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks import scripted
from benchmarks.children import own_peak_mb
from game.rules.session.clock import FakeClock
from game.ui.app import App


def main() -> int:
    """Open, draw the Title, close; exit status 1 if the Title was not shown."""
    with tempfile.TemporaryDirectory() as home:
        args = argparse.Namespace(
            bank=scripted.ROOT / "questions", teams=None, duration=None, seed=None, fullscreen=False
        )
        app = App(
            args,
            clock=FakeClock(),
            journal_dir=Path(home) / "parties",
            config_dir=Path(home) / "config",
            audio=True,
            instant=True,
        )
        app.open((1920, 1080))
        try:
            app.step(block=False)
            if type(app.current).__name__ != "Title" or app.frames == 0:
                print("l'accueil n'a pas été affiché", file=sys.stderr)
                return 1
        finally:
            app.close()
    print(own_peak_mb())
    return 0


if __name__ == "__main__":
    sys.exit(main())
