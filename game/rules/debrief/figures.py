"""The figures of a debrief: success rates, the sectors, the teams, the game at a glance, and
the rows the spreadsheets read. Part of the debrief model (see ``game.rules.debrief``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from game.rules.session.events import END_REASONS
from game.wording import dates, say, say_n
from game.wording.numbers import percent


@dataclass(frozen=True)
class Rate:
    """Right answers out of the answers expected (a sector, for a team or the whole group)."""

    attempts: int
    right: int

    @property
    def value(self) -> float | None:
        """The share of right answers; None when nothing was asked."""
        return self.right / self.attempts if self.attempts else None

    @property
    def percent(self) -> str:
        """« 67 % », or « — » when nothing was asked."""
        return percent(self.value)

    @property
    def fraction(self) -> str:
        """« 2/3 », or « — » when nothing was asked."""
        if not self.attempts:
            return say("debrief.rate.none")
        return say("debrief.rate.fraction", right=self.right, attempts=self.attempts)

    @property
    def phrase(self) -> str:
        """« 7 réponses justes sur 10 », or « secteur non joué »."""
        if not self.attempts:
            return say("debrief.rate.not_played")
        return say_n("debrief.rate.phrase", self.right, attempts=self.attempts)


@dataclass(frozen=True)
class SectorLine:
    """A sector of the wheel: how the group did there, and what the bank says about it."""

    id: str
    label: str
    colour: str  # « #RRGGBB »
    pictogram: Path | None
    group: Rate
    played: bool  # a question of this sector was played (not skipped)


@dataclass(frozen=True)
class TeamStanding:
    """A team in the ranking: its setup index (the number on its disc), rank and score, its
    success in each sector (aligned with :attr:`Debrief.sectors`) and its panorama."""

    index: int
    rank: int
    name: str
    colour: str
    score: int
    rates: tuple[Rate, ...]
    sectors_won: int  # sectors in play where the engine counts a win for the team
    panorama: bool  # the engine awarded its « panorama complet » bonus

    @property
    def number(self) -> int:
        """The number on the team's disc (1 for the first team of the setup)."""
        return self.index + 1

    @property
    def rank_text(self) -> str:
        """« 1er », « 2e »: two teams with the same score share a rank."""
        return ordinal(self.rank)


def ordinal(rank: int) -> str:
    """A rank as French writes it: « 1er », « 2e »."""
    return say("debrief.rank.first") if rank == 1 else say("debrief.rank.other", rank=rank)


@dataclass(frozen=True)
class Facts:
    """The game at a glance."""

    started: datetime | None
    duration_s: float
    planned_min: int
    teams: int
    questions_played: int
    skipped: int
    all_teams: bool
    end_reason: str | None
    sectors_in_play: int
    bank_version: str
    bank_date: datetime | None  # known only when the bank at hand is the game's own version

    @property
    def title(self) -> str:
        """« Bilan de la partie du lundi 16 mars 2026, 14 h 00 »."""
        if self.started is None:
            return say("debrief.title.undated")
        return say(
            "debrief.title.dated",
            date=dates.long_date(self.started),
            time=dates.clock_time(self.started),
        )

    @property
    def when(self) -> str | None:
        """« Lundi 16 mars 2026, 14 h 00 », or None when the journal has no readable date."""
        if self.started is None:
            return None
        day = dates.long_date(self.started)
        return say(
            "debrief.fact.when", date=day[:1].upper() + day[1:], time=dates.clock_time(self.started)
        )

    @property
    def duration(self) -> str:
        return say(
            "debrief.fact.duration", used=dates.duration(self.duration_s), planned=self.planned_min
        )

    @property
    def team_count(self) -> str:
        return say_n("debrief.fact.teams", self.teams)

    @property
    def questions(self) -> str:
        """« 12 questions jouées », « 12 questions jouées (1 passée) »."""
        played = say_n("debrief.fact.played", self.questions_played)
        if not self.skipped:
            return played
        return say_n("debrief.fact.played_skipped", self.skipped, played=played)

    @property
    def mode(self) -> str:
        return say("debrief.fact.all_teams") if self.all_teams else say("debrief.fact.turns")

    @property
    def end_words(self) -> str:
        """Why the game ended: time up, no question left, the facilitator, or interrupted."""
        reason = self.end_reason if self.end_reason in END_REASONS else "none"
        return say(f"debrief.end.{reason}")

    @property
    def ending(self) -> str:
        """« Fin : temps écoulé »."""
        return say("debrief.fact.end", reason=self.end_words)

    @property
    def at_a_glance(self) -> tuple[str, ...]:
        """Duration, teams, questions, mode, how it ended (the date is :attr:`title`)."""
        return (self.duration, self.team_count, self.questions, self.mode, self.ending)

    @property
    def bank(self) -> str:
        """« Banque de questions version 1a2b3c4d du 10/03/2026 »."""
        if self.bank_date is None:
            return say("debrief.bank.version", version=self.bank_version)
        return say(
            "debrief.bank.version_dated",
            version=self.bank_version,
            date=dates.short_date(self.bank_date),
        )


# --- what the spreadsheets read ---------------------------------------------------------


@dataclass(frozen=True)
class AnswerLine:
    """One team's answer to one question played: a row of the answers CSV."""

    team: int
    team_name: str  # as typed in Setup (a spreadsheet gets the name untouched)
    question_id: str
    sector: str
    sector_label: str
    kind: str  # the type's name for people: « vrai ou faux », « débat »…
    given: str
    right: bool | None  # None: the question has no right answer (a debate)
    points: int
    wall: str  # when the question closed, ISO 8601


@dataclass(frozen=True)
class QuestionLine:
    """A question drawn in the game, for the HR report that sums several games."""

    question_id: str
    sector: str
    kind: str
    scored: bool
    prompt: str
    answer: str
    gist: str
    source: str
    skipped: bool
    answers: int  # answers expected (scored questions only)
    right: int
