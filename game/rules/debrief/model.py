"""The debrief of a game as data: what the screen, the PDF, the CSV and the HR report all read.

Every text taken from the bank or typed by the facilitator is already typeset (French
typography); every count is final; every choice (which five questions were missed the most,
which debates and open questions are kept) is already made. Readers lay the model out, they
never count, sort or choose again, so that the screen and the paper cannot disagree.

The debrief is the game at a glance (:class:`Facts`) and a list of sections
(:attr:`Debrief.sections`), each a small frozen class: the group's panorama, the ranking, the
misconceptions, the baromètre's votes before and after the game, the debates, the score
corrections, the key points, the open questions, the notes, and the team's agreements. A new
part of the debrief is a new section class, plus one way to draw it on each reader.

The short sentences that several readers print (« manquée par 2 équipes sur 3 », « 1er »,
« 2/3 ») are properties of the model, so that each is written once, from the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.rules.debrief.agreements import Agreements
from game.rules.debrief.barometer import Barometer
from game.rules.debrief.figures import AnswerLine, Facts, QuestionLine, SectorLine, TeamStanding
from game.rules.debrief.sections import (
    Corrections,
    Debates,
    GroupPanorama,
    KeyPoints,
    Misconceptions,
    Notes,
    OpenQuestions,
    Ranking,
    Section,
)


@dataclass(frozen=True)
class Debrief:
    """The whole debrief of one game state."""

    facts: Facts
    panorama: GroupPanorama
    ranking: Ranking
    misconceptions: Misconceptions
    debates: Debates
    corrections: Corrections
    key_points: KeyPoints
    open_questions: OpenQuestions
    notes: Notes
    questions: tuple[QuestionLine, ...]  # in the order drawn
    answers: tuple[AnswerLine, ...]
    barometer: Barometer = Barometer(())
    agreements: Agreements = Agreements("", None, ())
    suggestions: tuple[tuple[str, tuple[str, ...]], ...] = ()  # by sector id: pistes d'accord

    @property
    def sections(self) -> tuple[Section, ...]:
        """The debrief's parts in reading order."""
        return (
            self.panorama,
            self.ranking,
            self.misconceptions,
            self.barometer,
            self.debates,
            self.corrections,
            self.key_points,
            self.open_questions,
            self.notes,
            self.agreements,
        )

    @property
    def sectors(self) -> tuple[SectorLine, ...]:
        """The wheel's sectors, in wheel order."""
        return self.panorama.sectors

    @property
    def teams(self) -> tuple[TeamStanding, ...]:
        """The teams in ranking order."""
        return self.ranking.teams

    def team(self, index: int) -> TeamStanding:
        """The line of the team with this setup index."""
        return next(line for line in self.teams if line.index == index)
