"""Start-up: from process start to the first Title frame drawn, beside a bare pygame start.

Both are launched the same way, alternately, after a warm-up run of each (so the disk cache
and the ``.pyc`` files are warm for both), and each is the median of ``runs`` launches.
"""

from __future__ import annotations

import json
import statistics
import sys

from benchmarks import children
from benchmarks.figures import Figure

BARE = [sys.executable, "-c",
        "import pygame; pygame.init(); import time; print(time.monotonic(), flush=True)"]
LIMIT_S = 0.6
LIMIT_RATIO = 2.5


def game_once() -> float:
    """Seconds from launching the game to its first frame; checks it was the Title."""
    done = children.run(children.python("first_title_frame.py"))
    report = json.loads(done.lines[-1])
    if report["scene"] != "Title" or report["questions"] == 0:
        raise RuntimeError(f"premier écran inattendu : {report}")
    return float(report["drawn"]) - done.started


def bare_once() -> float:
    """Seconds from launching ``python -c "import pygame; pygame.init()"`` to its return."""
    done = children.run(BARE)
    return float(done.lines[-1]) - done.started


def startup(runs: int) -> list[Figure]:
    """The game's start-up, the bare pygame start-up, and their ratio."""
    game_once(), bare_once()  # warm-up
    games, bares = [], []
    for _ in range(max(3, runs)):
        games.append(game_once())
        bares.append(bare_once())
    game, bare = statistics.median(games), statistics.median(bares)
    ratio = game / bare
    return [
        Figure("démarrage : premier écran d'accueil", game, "s", f"≤ {LIMIT_S} s",
               game <= LIMIT_S),
        Figure("démarrage : pygame seul (référence)", bare, "s", "—", True),
        Figure("démarrage : rapport au pygame seul", ratio, "×", f"≤ {LIMIT_RATIO}",
               ratio <= LIMIT_RATIO),
    ]
