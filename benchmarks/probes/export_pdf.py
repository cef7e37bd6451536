"""Export the debrief PDF of a 6-team, 40-question game, as the Debrief screen's button does.

The game is played first (not timed); then the first export is timed — it pays for importing
fpdf2, as the facilitator's first click does — and a second one. Each is the processor time of
this thread, as in ``one_page_pdf.py``. Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import scripted

NOTES = (
    "Retour de l'équipe : organiser un point d'étape sur les jours flottants.\n"
    "Action : diffuser la fiche sur le droit à la déconnexion avant la fin du mois."
)


def main() -> None:
    """Play the game, then time two exports; print them as JSON."""
    bank = scripted.shipped_bank()
    session = scripted.play(n_teams=6, n_questions=40, bank=bank)
    assert "fpdf" not in sys.modules, "fpdf2 importé avant l'export"
    import game.export as export

    timings = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(2):
            start = time.thread_time()
            path = export.export_pdf(session, NOTES, folder, bank=bank)
            timings.append(time.thread_time() - start)
            assert Path(path).stat().st_size > 0
    print(
        json.dumps(
            {
                "first": timings[0],
                "next": timings[1],
                "teams": session.state.n_teams,
                "questions": scripted.questions_played(session),
            }
        )
    )


if __name__ == "__main__":
    main()
