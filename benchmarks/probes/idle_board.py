"""Start a game straight on the Panorama board (``--teams``), as a facilitator would, and idle.

Runs the real app loop with the system clock. After the first frame it prints one JSON line
naming the scene on screen, then the loop goes on until the parent stops the process: the
parent reads this process's CPU time over the idle seconds from ``/proc``.
"""

from __future__ import annotations

import json
import sys

from game.ui import app as app_module

TEAMS = "Ressources humaines,Finances,Accueil,Informatique,Communication,Services techniques"
_draw = app_module.App.draw
_told: list[bool] = []


def draw_and_tell(self: app_module.App) -> None:
    """Draw; after the first frame, say what is on screen (once)."""
    _draw(self)
    if not _told:
        _told.append(True)
        top = self.overlays[-1] if self.overlays else self.current
        sys.stdout.write(json.dumps({"scene": type(top).__name__}) + "\n")
        sys.stdout.flush()


app_module.App.draw = draw_and_tell  # type: ignore[method-assign]

if __name__ == "__main__":
    from game.cli import main

    sys.exit(main(["--teams", TEAMS, "--duration", "30"]))
