"""The baromètre in the debrief: for each statement the room voted on, its votes before and after
the game, what the facts say, and the questions of the quiz that inform it. Part of the debrief
model (see ``game.rules.debrief``).

How it is read (a facilitator's version): a statement is shown when the room voted on it before
the game; its « après » votes are missing when the room passed it over at the end, or when the
game was interrupted. The share « d'accord » is the two agreeing levels (« tout à fait » and
« plutôt d'accord ») out of every vote. Nobody is scored on an opinion: votes are counted, never
judged right or wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from game.rules.debrief.figures import Rate, SectorLine
from game.rules.kinds import AGREEING_LEVELS
from game.rules.session.state import Played, State
from game.rules.session.votes import Tally, tally_of, voted_before
from game.wording import say, say_n
from game.wording.numbers import percent
from game.wording.typography import french


@dataclass(frozen=True)
class Segment:
    """One level of the scale in a bar: its label, its number of votes and its share."""

    level: int  # 1: « tout à fait d'accord »
    label: str
    count: int
    share: float


@dataclass(frozen=True)
class Votes:
    """The votes on a statement in one round: how many on each level, and who voted."""

    counts: tuple[int, int, int, int]
    by_teams: bool  # each team placed itself (else hands were counted)

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def agreeing(self) -> int:
        return sum(self.counts[:AGREEING_LEVELS])

    @property
    def share(self) -> float | None:
        """The share « d'accord » (None when nobody voted)."""
        return self.agreeing / self.total if self.total else None

    @property
    def share_text(self) -> str:
        """« 67 % »."""
        return percent(self.share)

    @property
    def voters(self) -> str:
        """« 3 équipes », « 24 votes »."""
        if self.by_teams:
            return say_n("debrief.barometer.teams", self.total)
        return say_n("debrief.barometer.hands", self.total)

    def segments(self, labels: Sequence[str]) -> tuple[Segment, ...]:
        """The bar's parts, in the scale's order; a level nobody chose is left out."""
        return tuple(
            Segment(level, labels[level - 1], count, count / self.total)
            for level, count in enumerate(self.counts, 1)
            if count
        )


@dataclass(frozen=True)
class InformingLine:
    """A question of the quiz that informs a statement, and how the teams did on it here."""

    question_id: str
    prompt: str
    rate: Rate | None  # None: not played in this game

    @property
    def text(self) -> str:
        """« Le télétravail est-il un droit ? (2 réponses justes sur 3) »."""
        if self.rate is None:
            return say("debrief.barometer.question_not_played", prompt=self.prompt)
        if not self.rate.attempts:
            return say("debrief.barometer.question_discussed", prompt=self.prompt)
        return say("debrief.barometer.question_played", prompt=self.prompt, rate=self.rate.phrase)


@dataclass(frozen=True)
class StatementLine:
    """A statement, its votes before and after the game, and the facts."""

    statement_id: str
    sector: SectorLine
    prompt: str
    levels: tuple[str, ...]  # the scale's labels, in its order
    before: Votes
    after: Votes | None
    facts: str
    source: str
    link: str | None
    informing: tuple[InformingLine, ...]

    @property
    def shift(self) -> str:
        """« D'accord : 67 % avant la partie, 33 % après »."""
        if self.after is None:
            return say("debrief.barometer.shift_before_only", before=self.before.share_text)
        return say(
            "debrief.barometer.shift", before=self.before.share_text, after=self.after.share_text
        )


@dataclass(frozen=True)
class Barometer:
    """« Le baromètre » of the debrief: the statements voted on, in the order voted."""

    statements: tuple[StatementLine, ...]

    id = "barometer"


def build_barometer(
    state: State, sectors: Sequence[SectorLine], prompts: Mapping[str, str]
) -> Barometer:
    """The baromètre's section of a game state (``prompts``: the bank's, by question id)."""
    by_teams = state.settings.barometer != "main_levee"
    by_id = {s.id: s for s in sectors}
    played = {p.question.id: p for p in state.played if not p.skipped}
    lines = []
    for statement in state.statements:
        if not voted_before(state.tallies, statement.id) or statement.sector not in by_id:
            continue
        after = tally_of(state.tallies, statement.id, "apres")
        lines.append(
            StatementLine(
                statement.id,
                by_id[statement.sector],
                french(statement.prompt),
                statement.kind.options(statement),
                _votes(tally_of(state.tallies, statement.id, "avant"), by_teams),
                _votes(after, by_teams) if after.voters else None,
                french(statement.explanation),
                french(statement.source),
                statement.link,
                _informing(statement.informed_by or (), played, prompts),
            )
        )
    return Barometer(tuple(lines))


def _votes(tally: Tally, by_teams: bool) -> Votes:
    return Votes(tally.counts, by_teams)


def _informing(
    ids: Sequence[str], played: Mapping[str, Played], prompts: Mapping[str, str]
) -> tuple[InformingLine, ...]:
    """The questions a statement names: those played in this game first, with their rate."""
    lines = []
    for question_id in ids:
        record = played.get(question_id)
        if record is not None:
            attempts = len(record.results) if record.question.kind.scored else 0
            rate = Rate(attempts, sum(r.right for r in record.results) if attempts else 0)
            lines.append(InformingLine(question_id, french(record.question.prompt), rate))
        elif question_id in prompts:
            lines.append(InformingLine(question_id, french(prompts[question_id]), None))
    return tuple(sorted(lines, key=lambda line: line.rate is None))
