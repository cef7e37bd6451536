"""Peak memory of a whole session through the front end, beside a bare pygame window.

The floor (``probes/bare_window.py``) is a pygame process that opens a 1920×1080 window and
draws one frame. The game (``probes/whole_session.py``) plays a whole scripted session at the
same size: forty questions, help, pause, a confirmed end, then the PDF, CSV and image of the
debrief. Both are child processes, run in turn; each reports its own peak resident memory
(``VmHWM``, which unlike ``ru_maxrss`` does not inherit the launching process's peak).

Two figures say where the peak comes from, without a target of their own: the game opened on
its Title (``probes/title_window.py``: the imports, the window, the bank) and the session's
peak before its exports (the debrief on screen, no PDF library loaded yet).
"""

from __future__ import annotations

import statistics

from benchmarks import children
from benchmarks.figures import Figure, absolute, alternate, at_most, ratio

LIMIT_RATIO = 2.0
MAX_RUNS = 3


def floor_peak() -> float:
    """The bare window's peak."""
    return children.peak_rss_mb(children.python("bare_window.py"))


def session_peaks() -> tuple[float, float]:
    """The session's peak before its exports, and its peak at the end."""
    lines = children.run(children.python("whole_session.py"), timeout=300).lines
    return float(lines[-2]), float(lines[-1])


def measure(runs: int) -> list[Figure]:
    """The floor, the Title, the session before and after its exports, the ratios."""
    runs = min(runs, MAX_RUNS)
    sessions = alternate(runs, floor_peak, session_peaks)
    titles = alternate(
        runs, floor_peak, lambda: children.peak_rss_mb(children.python("title_window.py"))
    )
    played = [(f, before) for f, (before, _) in sessions]
    whole = [(f, peak) for f, (_, peak) in sessions]
    return [
        absolute(
            "mémoire : pygame seul, fenêtre 1920×1080 (plancher)",
            statistics.median(f for f, _ in sessions + titles),
            "Mo",
        ),
        absolute(
            "mémoire : accueil 1920×1080, banque chargée",
            statistics.median(t for _, t in titles),
            "Mo",
        ),
        absolute("mémoire : accueil ÷ plancher", ratio(titles), "×"),
        absolute(
            "mémoire : partie entière avant les exports",
            statistics.median(p for _, p in played),
            "Mo",
        ),
        absolute("mémoire : partie avant les exports ÷ plancher", ratio(played), "×"),
        absolute(
            "mémoire : pic d'une partie entière (1920×1080, 40 questions, exports)",
            statistics.median(p for _, p in whole),
            "Mo",
        ),
        at_most("mémoire : partie entière ÷ plancher", ratio(whole), "×", LIMIT_RATIO),
    ]
