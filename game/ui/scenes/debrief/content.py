"""What the Debrief screen shows, gathered once per game state: the engine's figures, and the
printed debrief's own choices (``game.export.document``: the five most missed questions, the
debates, the key points, three to five open questions, the bank's date) so that the screen and
the A4 page say the same thing. Only the screen's extras are computed here: each team's
panorama (sectors won out of those in play) and the sectors actually played.

Nothing here imports fpdf: ``game.export.game_data`` and ``game.export.document`` are plain
Python, and fpdf2 loads only when a PDF is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.export.document import DebriefDocument
from game.export.game_data import debrief_document, debrief_figures, game_data
from game.rules.session.debrief import Debrief
from game.ui.wheelview import WheelSector

if TYPE_CHECKING:
    from game.ui.game import Game


@dataclass(frozen=True)
class Content:
    """The debrief of one game state, as the pages need it."""

    figures: Debrief
    document: DebriefDocument
    sectors: tuple[WheelSector, ...]  # the wheel's sectors with their pictograms, wheel order
    won: tuple[int, ...]              # sectors won by each team (setup order)
    in_play: int                      # sectors in play
    played: frozenset[str]            # sectors where a question was played

    def team_number(self, rank_index: int) -> int:
        """The setup index (its disc's number) of the team at this place in the ranking."""
        return self.figures.ranking[rank_index].team


def gather(game: Game, notes: str) -> Content | None:
    """The debrief of the game on screen (None when there is no game)."""
    state = game.state
    if state is None:
        return None
    data = game_data(game.session if game.session is not None else state)
    document = debrief_document(data, notes, game.bank)
    in_play = frozenset(state.sectors_in_play)
    return Content(
        figures=debrief_figures(data),
        document=document,
        sectors=tuple(game.wheel_sectors(tuple(state.wheel))),
        won=tuple(len(state.sectors_won(t) & in_play) for t in range(state.n_teams)),
        in_play=len(in_play),
        played=frozenset(p.sector for p in state.played if not p.skipped),
    )
