"""The standalone app's entry point: the same as ``python main.py``.

It lives here rather than at the top of the checkout so that PyInstaller, which looks for
imports beside the script first, freezes the installed ``game`` package (with its bank, fonts
and pictograms inside) and never the checkout's folders.

``PANORAMA_MESURE_DEMARRAGE=1`` makes the game print, as one JSON line, the moment its first
frame reached the screen and which scene it showed, then leave: ``benchmarks/frozen.py`` times
the frozen app's start-up with it, and the source game's with this same file.
"""

from __future__ import annotations

import json
import os
import sys
import time

MEASURE = "PANORAMA_MESURE_DEMARRAGE"


def _stop_after_first_frame() -> None:
    from game.ui import app as app_module

    draw = app_module.App.draw

    def draw_then_stop(self: app_module.App) -> None:
        draw(self)
        report = {"drawn": time.monotonic(), "scene": type(self.current).__name__}
        sys.stdout.write(json.dumps(report) + "\n")
        sys.stdout.flush()
        os._exit(0)

    app_module.App.draw = draw_then_stop  # type: ignore[method-assign]


if __name__ == "__main__":
    # A Windows app without a console has no standard streams: what the game would print
    # goes nowhere instead of failing.
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    if os.environ.get(MEASURE) == "1":
        _stop_after_first_frame()
    from game.cli import main

    sys.exit(main())
