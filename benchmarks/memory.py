"""Peak memory of a whole scripted session through the front end (``probes/whole_session.py``)
and the time of the debrief PDF export of a 6-team, 40-question game (``probes/export_pdf.py``).
"""

from __future__ import annotations

import json
import statistics

from benchmarks import children
from benchmarks.figures import Figure

LIMIT_MB = 150.0
LIMIT_EXPORT_S = 1.0


def peak_memory(runs: int) -> list[Figure]:
    """``ru_maxrss`` of the child that played the session, median of the runs."""
    value = statistics.median(children.peak_rss_mb(children.python("whole_session.py"))
                              for _ in range(min(runs, 3)))
    return [Figure("mémoire : pic d'une partie entière (1920×1080, 40 questions, exports)",
                   value, "Mo", f"≤ {LIMIT_MB:g} Mo", value <= LIMIT_MB)]


def export_time(runs: int) -> list[Figure]:
    """The first export of a run (fpdf2 imported on the click) and the next one."""
    reports = [json.loads(children.run(children.python("export_pdf.py")).lines[-1])
               for _ in range(runs)]
    if any(r["teams"] != 6 or r["questions"] != 40 for r in reports):
        raise RuntimeError(f"partie inattendue : {reports[0]}")
    first = statistics.median(r["first"] for r in reports)
    following = statistics.median(r["next"] for r in reports)
    return [
        Figure("export : bilan PDF, 6 équipes, 40 questions (premier)", first, "s",
               f"≤ {LIMIT_EXPORT_S:g} s", first <= LIMIT_EXPORT_S),
        Figure("export : bilan PDF, 6 équipes, 40 questions (suivant)", following, "s",
               f"≤ {LIMIT_EXPORT_S:g} s", following <= LIMIT_EXPORT_S),
    ]
