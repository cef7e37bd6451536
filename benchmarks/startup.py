"""Start-up: from process start to the first Title frame drawn, beside a bare pygame start.

Both are launched the same way, alternately, after a warm-up run of each (so the disk cache
and the ``.pyc`` files are warm for both), and each is the median of ``runs`` launches. The
game is also started with the 50 finished games it keeps (``journal.KEEP_FINISHED``): the Title
reads them to offer « Reprendre la partie ».
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks import children, scripted
from benchmarks.figures import Figure

BARE = [sys.executable, "-c",
        "import pygame; pygame.init(); import time; print(time.monotonic(), flush=True)"]
LIMIT_S = 0.6
LIMIT_RATIO = 2.5
SAVED_GAMES = 50  # the journals the game keeps; the Title looks for one to resume


def saved_games(home: Path, count: int = SAVED_GAMES) -> Path:
    """``count`` finished games of 20 questions in the journal folder of ``home``."""
    bank = scripted.shipped_bank()
    folder = children.journal_dir(home)
    for number in range(count):
        start = datetime(2026, 1, 5, 9, 0) + timedelta(days=number)
        scripted.play(n_teams=6, n_questions=20, journal_dir=folder, bank=bank,
                      start=start).close()
    return home


def game_once(home: Path | None = None) -> float:
    """Seconds from launching the game to its first frame; checks it was the Title."""
    done = children.run(children.python("first_title_frame.py"), home=home)
    report = json.loads(done.lines[-1])
    if report["scene"] != "Title" or report["questions"] == 0:
        raise RuntimeError(f"premier écran inattendu : {report}")
    return float(report["drawn"]) - done.started


def bare_once() -> float:
    """Seconds from launching ``python -c "import pygame; pygame.init()"`` to its return."""
    done = children.run(BARE)
    return float(done.lines[-1]) - done.started


def startup(runs: int) -> list[Figure]:
    """The game's start-up (first run, and with 50 saved games), bare pygame, the ratio."""
    game_once(), bare_once()  # warm-up
    games, bares, histories = [], [], []
    with tempfile.TemporaryDirectory(prefix="panorama-bench-") as tmp:
        history = saved_games(Path(tmp))
        for _ in range(max(3, runs)):
            games.append(game_once())
            bares.append(bare_once())
            histories.append(game_once(history))
    game, bare = statistics.median(games), statistics.median(bares)
    kept = statistics.median(histories)
    ratio = game / bare
    return [
        Figure("démarrage : premier écran d'accueil", game, "s", f"≤ {LIMIT_S} s",
               game <= LIMIT_S),
        Figure(f"démarrage : premier écran, {SAVED_GAMES} parties enregistrées", kept, "s",
               f"≤ {LIMIT_S} s", kept <= LIMIT_S),
        Figure("démarrage : pygame seul (référence)", bare, "s", "—", True),
        Figure("démarrage : rapport au pygame seul", ratio, "×", f"≤ {LIMIT_RATIO}",
               ratio <= LIMIT_RATIO),
    ]
