"""Start-up: from process start to the first Title frame drawn, beside a bare pygame start.

The floor is ``python -c "import pygame; pygame.init()"``: what any pygame program pays before
it can draw. The game is launched the same way, by the same path as ``python main.py``, its
bank loaded and validated before that first frame; the two run in turn. The game is also
started with the 50 finished games it keeps (``journal_folder.KEEP_FINISHED``), which the Title
looks through for a game to resume, and with those and one game stopped after a few questions:
the Title then reads and replays that journal to offer « Reprendre la partie », and the
session engine, otherwise imported only when a game starts, is paid before the first frame.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks import children, scripted
from benchmarks.figures import Figure, absolute, alternate, at_most, ratio

BARE = [
    sys.executable,
    "-c",
    "import pygame; pygame.init(); import time; print(time.monotonic(), flush=True)",
]
LIMIT_RATIO = 4.0
SAVED_GAMES = 50  # the journals the game keeps; the Title looks for one to resume


def saved_games(home: Path, count: int = SAVED_GAMES) -> Path:
    """``count`` finished games of 20 questions in the journal folder of ``home``."""
    bank = scripted.shipped_bank()
    folder = children.journal_dir(home)
    for number in range(count):
        start = datetime(2026, 1, 5, 9, 0) + timedelta(days=number)
        scripted.play(n_teams=6, n_questions=20, journal_dir=folder, bank=bank, start=start).close()
    return home


def interrupted_game(home: Path) -> Path:
    """``home`` with one more game, stopped after five questions (newer than the others)."""
    scripted.play(
        n_teams=6,
        n_questions=5,
        journal_dir=children.journal_dir(home),
        bank=scripted.shipped_bank(),
        start=datetime(2026, 6, 1, 9, 0),
        end=False,
    ).close()
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


def measure(runs: int) -> list[Figure]:
    """The game's start-up (first run, and with 50 saved games), bare pygame, the ratios."""
    runs = max(3, runs)
    with tempfile.TemporaryDirectory(prefix="panorama-bench-") as tmp:
        history = saved_games(Path(tmp) / "kept")
        fresh = alternate(runs, bare_once, game_once)
        kept = alternate(runs, bare_once, lambda: game_once(history))
        stopped = interrupted_game(saved_games(Path(tmp) / "stopped"))
        resumed = alternate(runs, bare_once, lambda: game_once(stopped))
    floor = statistics.median(f for f, _ in fresh + kept + resumed)
    return [
        absolute("démarrage : pygame seul, plancher", floor, "s"),
        absolute(
            "démarrage : premier écran d'accueil", statistics.median(g for _, g in fresh), "s"
        ),
        at_most("démarrage : premier écran ÷ plancher", ratio(fresh), "×", LIMIT_RATIO),
        absolute(
            f"démarrage : premier écran, {SAVED_GAMES} parties enregistrées",
            statistics.median(g for _, g in kept),
            "s",
        ),
        at_most(
            f"démarrage : avec {SAVED_GAMES} parties ÷ plancher", ratio(kept), "×", LIMIT_RATIO
        ),
        absolute(
            "démarrage : premier écran, une partie interrompue à reprendre",
            statistics.median(g for _, g in resumed),
            "s",
        ),
        at_most(
            "démarrage : avec une partie à reprendre ÷ plancher", ratio(resumed), "×", LIMIT_RATIO
        ),
    ]
