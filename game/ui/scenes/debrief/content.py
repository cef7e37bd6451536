"""What the Debrief screen shows: the debrief model of the game on screen, built once per game
state and notes (``game.rules.debrief``), and the wheel's sectors as the screen draws them.

The same model goes to the PDF and the CSV when the facilitator exports them: the screen and the
paper cannot disagree, because neither counts nor chooses anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.rules.debrief import Debrief, bank_facts, build_debrief
from game.ui import theme
from game.ui.game import Game
from game.ui.wheelview import WheelSector


@dataclass(frozen=True)
class Content:
    """The debrief of one game state, and its sectors as the wheel draws them."""

    debrief: Debrief
    wheel: tuple[WheelSector, ...]  # wheel order


def gather(game: Game, notes: str) -> Content | None:
    """The debrief of the game on screen, with the notes typed so far (None: no game)."""
    session = game.session
    if session is None:
        return None
    state = session.state
    facts = bank_facts(game.bank) if game.bank is not None else None
    debrief = build_debrief(state, facts, notes, None if state.ended else session.elapsed())
    wheel = tuple(
        WheelSector(
            s.id, s.label, theme.rgb(s.colour), s.pictogram or game.sector_view(s.id).pictogram
        )
        for s in debrief.sectors
    )
    return Content(debrief, wheel)
