"""Idle CPU: the Panorama board on screen, nothing moving, for ten seconds.

The game runs its real loop in a child process (``probes/idle_board.py``); the parent reads
the child's CPU time from ``/proc`` one second after the first frame (start-up is not idle)
and again ten seconds later. The figure is already a ratio — processor time over the time
that passed — so it needs no floor of its own.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks import children
from benchmarks.figures import Figure

IDLE_S = 10.0
SETTLE_S = 1.0
LIMIT_PERCENT = 2.0
MAX_RUNS = 3  # ten seconds each


def idle_once() -> float:
    """Percent of one core used while the board sits still."""
    with tempfile.TemporaryDirectory(prefix="panorama-bench-") as home:
        process, _ = children.launch(children.python("idle_board.py"), Path(home))
        try:
            assert process.stdout is not None
            report = json.loads(process.stdout.readline() or "{}")
            if report.get("scene") != "Panorama":
                raise RuntimeError(f"écran inattendu au repos : {report or 'aucun'}")
            time.sleep(SETTLE_S)
            cpu, wall = children.cpu_seconds(process.pid), time.monotonic()
            time.sleep(IDLE_S)
            cpu = children.cpu_seconds(process.pid) - cpu
            wall = time.monotonic() - wall
        finally:
            process.kill()
            process.communicate()
    return 100 * cpu / wall


def measure(runs: int) -> list[Figure]:
    """Median over at most three runs of ten seconds."""
    value = statistics.median(idle_once() for _ in range(min(runs, MAX_RUNS)))
    return [
        Figure(
            "repos : processeur sur le panorama immobile (10 s)",
            value,
            "%",
            f"≤ {LIMIT_PERCENT:g} % d'un cœur",
            value <= LIMIT_PERCENT,
        )
    ]
