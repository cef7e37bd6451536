"""The state of a session: frozen data computed by folding the events, never edited in place.

This module holds the data and what can be read off it (scores, whose turn, sectors won…);
``transitions.py`` says how each event changes it, and holds ``fold`` and ``apply``.

Scores are never stored: ``scores`` is always the sum of the awards, per team. Turns rotate
1, 2, …, n, 1, 2, …; a state folded from a format 1 journal keeps that journal's rules
(``legacy``): snake order, and debate points that win a sector.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from game.rules.bank.model import Question
from game.rules.session import legacy, scoring
from game.rules.session.events import FORMAT, Answer, Started
from game.rules.session.scoring import TeamResult
from game.rules.session.settings import SessionSettings
from game.rules.session.votes import Agreement, Ballot, Tally, open_ballot

Phase = Literal["board", "question", "rebond", "reveal", "ended"]
AwardReason = Literal["reponse", "rebond", "debat", "panorama", "manuel"]


@dataclass(frozen=True)
class TeamAnswer:
    """An answer entered for a team (``answer`` None: no answer). ``timed_out``: recorded by
    the question timer, which only format 1 journals did."""

    team: int
    answer: Answer
    timed_out: bool = False


@dataclass(frozen=True, kw_only=True)
class _Answers:
    """What a question in play and a played question share: answers and results by team."""

    answers: tuple[TeamAnswer, ...] = ()
    results: tuple[TeamResult, ...] = ()

    def answer_of(self, team: int) -> TeamAnswer | None:
        return next((a for a in self.answers if a.team == team), None)

    def result_of(self, team: int) -> TeamResult | None:
        return next((r for r in self.results if r.team == team), None)

    def points_of(self, team: int) -> int:
        """Points the team earned on this question (answer, rebond or debate)."""
        result = self.result_of(team)
        return result.points if result else 0

    @property
    def points(self) -> tuple[tuple[int, int], ...]:
        """(team, points earned on this question) for each team that took part."""
        return tuple((r.team, r.points) for r in self.results)

    @property
    def debate_points(self) -> tuple[tuple[int, int], ...]:
        """(team, points) for each team whose position was recorded on a debate."""
        return tuple((r.team, r.points) for r in self.results if r.result == "position")


@dataclass(frozen=True, kw_only=True)
class Current(_Answers):
    """The question on screen. ``team``: the team whose turn it is (the one that spun)."""

    question: Question
    sector: str
    via: str
    angle: float
    team: int
    drawn_elapsed: float
    phase_started_elapsed: float  # start of the question timer: drawn, or rebond began
    rebond_team: int | None = None


@dataclass(frozen=True, kw_only=True)
class Played(_Answers):
    """A question that left the screen: closed after its reveal, or skipped (no points)."""

    question: Question
    sector: str
    via: str
    angle: float
    team: int
    skipped: bool
    drawn_elapsed: float
    closed_elapsed: float
    wall: str


@dataclass(frozen=True)
class Award:
    """Points given to a team, and why. ``note``: the reason typed for a manual correction."""

    team: int
    points: int
    reason: AwardReason
    question_id: str | None
    note: str
    elapsed: float


@dataclass(frozen=True)
class State:
    """Everything the screen shows, as data."""

    settings: SessionSettings
    bank_version: str
    sector_labels: Mapping[str, str]  # in wheel order, clockwise from the top
    sector_colours: Mapping[str, str]
    sectors_in_play: tuple[str, ...]
    started_wall: str
    phase: Phase = "board"
    turn: int = 0
    current: Current | None = None
    played: tuple[Played, ...] = ()
    awards: tuple[Award, ...] = ()
    paused: bool = False
    end_reason: str | None = None
    last_elapsed: float = 0.0
    notes: str = ""  # the facilitator's notes and actions, typed on the debrief
    format: int = FORMAT  # the journal's format: which rules the game is played under
    statements: tuple[Question, ...] = ()  # the baromètre's, drawn at the start
    tallies: tuple[Tally, ...] = ()  # the votes on them, before and after the game
    agreements: tuple[Agreement, ...] = ()  # « Nos accords d'équipe », in the order made

    @property
    def n_teams(self) -> int:
        return len(self.settings.teams)

    @property
    def wheel(self) -> tuple[str, ...]:
        """Sector ids in wheel order."""
        return tuple(self.sector_labels)

    @property
    def scores(self) -> tuple[int, ...]:
        """Each team's score: always the sum of its awards."""
        totals = [0] * self.n_teams
        for award in self.awards:
            totals[award.team] += award.points
        return tuple(totals)

    @property
    def ranks(self) -> tuple[int, ...]:
        """Each team's rank (ties share a rank)."""
        return scoring.ranks(self.scores)

    @property
    def legacy(self) -> bool:
        """Folded from a format 1 journal: played, and still played, under its old rules."""
        return self.format <= legacy.LAST_FORMAT

    @property
    def active_team(self) -> int:
        """Whose turn it is: the team that answers (turn mode) or spins (all-teams mode)."""
        return self.team_of_turn(self.turn)

    def team_of_turn(self, turn: int) -> int:
        """The team that plays turn number ``turn`` (counted from 0)."""
        if self.legacy:
            return legacy.snake(turn, self.n_teams)
        return scoring.rotation(turn, self.n_teams)

    @property
    def round_complete(self) -> bool:
        """Every team has had as many turns as the others (on the board, or after a reveal is
        left): the moment a game whose time is up may end. All-teams mode: always, since
        every team answers every question."""
        return self.settings.all_teams or self.turn % self.n_teams == 0

    @property
    def turns_left_in_round(self) -> int:
        """Questions still to play before the round is complete, the one on screen included."""
        n = self.n_teams
        return (-self.turn) % n if self.current is None else n - self.turn % n

    @property
    def played_ids(self) -> frozenset[str]:
        """Questions drawn this session (skipped ones and the one on screen included)."""
        ids = {p.question.id for p in self.played}
        if self.current is not None:
            ids.add(self.current.question.id)
        return frozenset(ids)

    @property
    def ended(self) -> bool:
        return self.phase == "ended"

    @property
    def ballot(self) -> Ballot | None:
        """The baromètre's vote open now: before the first spin, or once the game ended and
        before the debrief (None: nothing to vote on)."""
        if not self.statements:
            return None
        return open_ballot(self.statements, self.tallies, self.n_teams, self.ended)

    @property
    def finished(self) -> bool:
        """Over, its last vote taken: nothing is left to do but the debrief."""
        return self.ended and self.ballot is None

    def sectors_won(self, team: int) -> frozenset[str]:
        """Sectors where the team has a right answer, rebond included (question on screen
        included). Debate points are no win: « panorama complet » rewards facts."""
        won: set[str] = set()
        for record in (*self.played, self.current):
            if record is None or (isinstance(record, Played) and record.skipped):
                continue
            result = record.result_of(team)
            if result is None:
                continue
            if result.right or (self.legacy and legacy.counts_as_win(result)):
                won.add(record.sector)
        return frozenset(won)

    def panorama_complete(self, team: int) -> bool:
        return scoring.panorama_complete(self.sectors_won(team), self.sectors_in_play)

    def has_panorama_award(self, team: int) -> bool:
        return any(a.team == team and a.reason == "panorama" for a in self.awards)

    def expected_teams(self) -> tuple[int, ...]:
        """The teams whose answer is awaited now (empty outside a question)."""
        current = self.current
        if current is None or not scoring.takes_answer(current.question):
            return ()
        if self.phase == "rebond" and current.rebond_team is not None:
            return (current.rebond_team,)
        if self.phase != "question":
            return ()
        if self.settings.all_teams:
            return tuple(t for t in range(self.n_teams) if current.answer_of(t) is None)
        return (self.active_team,)


def initial_state(started: Started) -> State:
    """The state right after ``started``: on the board, first team's turn."""
    return State(
        settings=started.settings,
        bank_version=started.bank_version,
        sector_labels=dict(started.sector_labels),
        sector_colours=dict(started.sector_colours),
        sectors_in_play=started.sectors_in_play,
        started_wall=started.wall,
        last_elapsed=started.elapsed,
        format=started.format,
        statements=started.statements,
    )
