"""Start the game exactly as ``python main.py`` does, and stop once the first frame is drawn.

Prints one JSON line: the ``time.monotonic()`` moment the first frame reached the screen, the
scene it showed, and what the bank held (loaded and validated before that frame). The parent
launched this process and knows when; the difference is the start-up time.
"""

from __future__ import annotations

import json
import os
import sys
import time

from game.ui import app as app_module

_draw = app_module.App.draw


def draw_then_stop(self: app_module.App) -> None:
    """The first frame: draw it, report it, and leave at once (no clean-up is measured)."""
    _draw(self)
    loaded = self.game.loaded
    report = {
        "drawn": time.monotonic(),
        "scene": type(self.current).__name__,
        "questions": len(loaded.bank.questions) if loaded.bank else 0,
        "errors": len(loaded.errors),
    }
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    os._exit(0)


app_module.App.draw = draw_then_stop  # type: ignore[method-assign]

if __name__ == "__main__":
    from game.cli import main

    sys.exit(main([]))
