"""The debrief PDF of a 6-team, 40-question game, beside a one-page fpdf2 document.

The floor (``probes/one_page_pdf.py``) is what any PDF with the game's fonts costs: import
fpdf2, read the three Atkinson Hyperlegible files, write one A4 page that uses all three. The
game's export (``probes/export_pdf.py``) is the Debrief screen's button on a played game. Each
runs in a fresh process, in turn; the first document of a process pays for the import and the
fonts, as the facilitator's first click does, and that is what the target compares. The next
document of each process is given too.
"""

from __future__ import annotations

import json
import statistics

from benchmarks import children
from benchmarks.figures import Figure, absolute, alternate, at_most, ratio

LIMIT_RATIO = 3.0


def floor_once() -> dict[str, float]:
    """The one-page document: first and next, in seconds."""
    return dict(json.loads(children.run(children.python("one_page_pdf.py")).lines[-1]))


def game_once() -> dict[str, float]:
    """The debrief of the scripted game: first and next, in seconds."""
    report = json.loads(children.run(children.python("export_pdf.py")).lines[-1])
    if report["teams"] != 6 or report["questions"] != 40:
        raise RuntimeError(f"partie inattendue : {report}")
    return dict(report)


def measure(runs: int) -> list[Figure]:
    """The floor, the debrief, the ratio of the first documents; the next ones for reference."""
    pairs = alternate(runs, floor_once, game_once)
    first = [(f["first"], g["first"]) for f, g in pairs]
    following = [(f["next"], g["next"]) for f, g in pairs]
    return [
        absolute(
            "export : une page fpdf2 (plancher), premier document",
            statistics.median(f for f, _ in first),
            "s",
        ),
        absolute(
            "export : bilan PDF, 6 équipes, 40 questions, premier",
            statistics.median(g for _, g in first),
            "s",
        ),
        at_most("export : bilan PDF, premier ÷ plancher", ratio(first), "×", LIMIT_RATIO),
        absolute("export : bilan PDF, suivant", statistics.median(g for _, g in following), "s"),
        absolute("export : bilan PDF, suivant ÷ une page suivante", ratio(following), "×"),
    ]
