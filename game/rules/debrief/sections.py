"""The sections of a debrief, each a small frozen class that the screen and the PDF draw in
their own way. Part of the debrief model (see ``game.rules.debrief``)."""

from __future__ import annotations

from dataclasses import dataclass

from game.rules.debrief.agreements import Agreements
from game.rules.debrief.barometer import Barometer
from game.rules.debrief.figures import SectorLine, TeamStanding
from game.wording import dates, say, say_n


@dataclass(frozen=True)
class GroupPanorama:
    """« Le panorama du groupe »: success per sector for all the teams together."""

    sectors: tuple[SectorLine, ...]  # wheel order

    id = "group_panorama"


@dataclass(frozen=True)
class Ranking:
    """The teams by rank, each with its success per sector and its panorama."""

    teams: tuple[TeamStanding, ...]  # ranking order (ties in setup order)
    sectors: tuple[SectorLine, ...]  # the columns of each team's rates
    panorama_bonus: int  # points of the « panorama complet » bonus, from the game's settings

    id = "ranking"

    @property
    def panorama_rule(self) -> str:
        """The footnote of the « panorama complet » star: the engine's rule and its bonus."""
        return say_n("debrief.panorama.rule", self.panorama_bonus)

    @property
    def any_panorama(self) -> bool:
        return any(team.panorama for team in self.teams)


@dataclass(frozen=True)
class MissedLine:
    """A misconception: a question some teams missed, its right answer, why, and its source."""

    question_id: str
    sector: SectorLine
    prompt: str
    answer: str
    gist: str  # the explanation's first whole sentence, never cut
    source: str
    link: str | None  # the source's web page, shown under the source's own title
    missed_by: int
    answered_by: int

    @property
    def who(self) -> str:
        """« manquée par 2 équipes sur 3 »."""
        return say_n("debrief.missed.by", self.missed_by, answered=self.answered_by)


@dataclass(frozen=True)
class Misconceptions:
    """« Idées reçues à déconstruire »: the questions missed the most, most missed first."""

    lines: tuple[MissedLine, ...]
    total: int  # questions some team missed (the lines are the first of them)
    scored_played: bool  # a question with a right answer was played at all

    id = "misconceptions"

    @property
    def left_out(self) -> int:
        return self.total - len(self.lines)


@dataclass(frozen=True)
class TeamPosition:
    """A team's place in a debate: which team, and the points the facilitator gave it."""

    team: int
    name: str
    points: int

    @property
    def text(self) -> str:
        """« Les Hérons (2 pts) », or the name alone when it earned nothing."""
        if not self.points:
            return self.name
        return say_n("debrief.debate.team_points", self.points, team=self.name)


@dataclass(frozen=True)
class Stance:
    """One position of a debate and the teams that took it. ``letter`` None: the teams that took
    no position, or (``free``) every team of a debate without positions, with its points."""

    letter: str | None
    option: str
    teams: tuple[TeamPosition, ...]
    free: bool = False

    @property
    def text(self) -> str:
        """« A. Plutôt oui : Les Hérons (2 pts), Cœur d'équipe »."""
        names = ", ".join(team.text for team in self.teams)
        if self.free:
            return say("debrief.debate.free", teams=names)
        if self.letter is None:
            return say("debrief.debate.no_position", teams=names)
        return say("debrief.debate.position", letter=self.letter, option=self.option, teams=names)


@dataclass(frozen=True)
class DebateLine:
    """How the teams split on a debate."""

    question_id: str
    prompt: str
    stances: tuple[Stance, ...]


@dataclass(frozen=True)
class Debates:
    """The debates played (the first ones), with each team's position and points."""

    lines: tuple[DebateLine, ...]
    total: int

    id = "debates"

    @property
    def left_out(self) -> int:
        return self.total - len(self.lines)


@dataclass(frozen=True)
class CorrectionLine:
    """A manual change of score, its reason and when it was made (session time)."""

    team: int
    name: str
    delta: int
    reason: str  # empty when none was typed
    elapsed: float

    @property
    def text(self) -> str:
        """« Les Hérons : +2 points à 12 min 04 s de jeu — motif : bonne question »."""
        points = say_n(
            "debrief.correction.points", abs(self.delta), sign="+" if self.delta > 0 else "−"
        )
        return say(
            "debrief.correction.line",
            team=self.name,
            points=points,
            when=dates.elapsed_clock(self.elapsed),
            reason=self.reason or say("debrief.correction.no_reason"),
        )


@dataclass(frozen=True)
class Corrections:
    """Every manual correction of a score, with its reason (undone ones are gone)."""

    lines: tuple[CorrectionLine, ...]

    id = "corrections"


@dataclass(frozen=True)
class KeyPoints:
    """« À retenir »: the bank's key points for each sector played, in wheel order."""

    by_sector: tuple[tuple[SectorLine, tuple[str, ...]], ...]

    id = "key_points"


@dataclass(frozen=True)
class OpenQuestions:
    """Three to five questions to carry the conversation on after the game."""

    questions: tuple[str, ...]

    id = "open_questions"


@dataclass(frozen=True)
class Notes:
    """What the facilitator typed: the group's ideas and actions."""

    text: str

    id = "notes"


Section = (
    GroupPanorama
    | Ranking
    | Misconceptions
    | Barometer
    | Debates
    | Corrections
    | KeyPoints
    | OpenQuestions
    | Notes
    | Agreements
)
