"""Peak memory of a whole session through the front end, beside a bare pygame window.

The floor (``probes/bare_window.py``) is a pygame process that opens a 1920×1080 window and
draws one frame. The game (``probes/whole_session.py``) plays a whole scripted session at the
same size: forty questions, help, pause, a confirmed end, then the PDF, CSV and image of the
debrief. Both are child processes, run in turn; each reports its own peak resident memory
(``VmHWM``, which unlike ``ru_maxrss`` does not inherit the launching process's peak).
"""

from __future__ import annotations

import statistics

from benchmarks import children
from benchmarks.figures import Figure, absolute, alternate, at_most, ratio

LIMIT_RATIO = 2.0
MAX_RUNS = 3


def measure(runs: int) -> list[Figure]:
    """The floor, the session, the ratio."""
    pairs = alternate(min(runs, MAX_RUNS),
                      lambda: children.peak_rss_mb(children.python("bare_window.py")),
                      lambda: children.peak_rss_mb(children.python("whole_session.py")))
    return [
        absolute("mémoire : pygame seul, fenêtre 1920×1080 (plancher)",
                 statistics.median(f for f, _ in pairs), "Mo"),
        absolute("mémoire : pic d'une partie entière (1920×1080, 40 questions, exports)",
                 statistics.median(g for _, g in pairs), "Mo"),
        at_most("mémoire : partie entière ÷ plancher", ratio(pairs), "×", LIMIT_RATIO),
    ]
