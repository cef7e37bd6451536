"""The baromètre's votes and the team's agreements, as data a session's state holds.

The baromètre: a game whose settings ask for it draws two or three statements at the start
(``pick_statements``, from the sectors and the audience in play, with the game's seed) and
records them in its ``started`` event, so that a resumed or rebuilt game votes on the same
statements even if the bank changed since. The room votes on each of them before the first
spin (« avant »), and again on each one it voted on, once the game has ended and before the
debrief (« après »). A vote is a :class:`Tally`: each team's level (« par équipe ») or the
hands raised per level (« à main levée »); a statement may be passed over. Nobody scores.

:func:`open_ballot` says which statement the room votes on now, if any: the first of the
round not yet decided. Before the game, a statement is decided once every team placed itself,
the hands were counted, or it was passed over; after the game, only the statements voted on
before are asked again (a comparison needs both votes).

Agreements (« Nos accords d'équipe ») are short texts the facilitator records under a sector,
on a reveal or on the debrief: :class:`Agreement`.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from game.rules.bank.model import Question
from game.rules.kinds import AGREEING_LEVELS, SCALE_LEVELS
from game.rules.session.draw import audience_matches
from game.rules.session.settings import SessionSettings

Round = Literal["avant", "apres"]
ROUNDS: tuple[Round, Round] = ("avant", "apres")
HANDS_MAX = 999  # raised hands counted on one level
AGREEMENT_MAX = 200  # characters of an agreement: a line on the agreements page

Counts = tuple[int, int, int, int]  # votes on each level of the scale, in its order


def statements_for(duration_min: int) -> int:
    """How many statements a game of this length votes on: two for a short game (the votes
    take about a minute each), three from twenty minutes on."""
    return 2 if duration_min < 20 else 3


def eligible_statements(questions: Iterable[Question], settings: SessionSettings) -> list[Question]:
    """The bank's statements a game with these settings may vote on, in id order."""
    return sorted(
        (
            q
            for q in questions
            if q.active
            and q.kind.polled
            and q.sector in settings.sectors
            and audience_matches(q.audience, settings.audience)
        ),
        key=lambda q: q.id,
    )


def pick_statements(
    questions: Iterable[Question], settings: SessionSettings
) -> tuple[Question, ...]:
    """The statements of a new game (none when its settings leave the baromètre out): drawn
    with the game's seed, from as many different sectors as possible, in wheel order."""
    if not settings.polled:
        return ()
    pool = eligible_statements(questions, settings)
    rng = random.Random(f"{settings.seed}:barometre")
    rng.shuffle(pool)
    wanted = statements_for(settings.duration_min)
    chosen: list[Question] = []
    for question in pool:  # one per sector first, then whatever is left
        if len(chosen) < wanted and all(q.sector != question.sector for q in chosen):
            chosen.append(question)
    chosen += [q for q in pool if q not in chosen][: wanted - len(chosen)]
    order = list(settings.sectors)
    return tuple(sorted(chosen, key=lambda q: (order.index(q.sector), q.id)))


@dataclass(frozen=True)
class Tally:
    """The votes on one statement in one round: each team's level (1 = « tout à fait
    d'accord »), or the hands counted per level, or passed over."""

    statement: str
    round: Round
    levels: tuple[tuple[int, int], ...] = ()  # (team, level), in the order they voted
    hands: Counts | None = None
    skipped: bool = False

    @property
    def counts(self) -> Counts:
        """Votes on each level, in the scale's order."""
        if self.hands is not None:
            return self.hands
        found = [0] * SCALE_LEVELS
        for _, level in self.levels:
            found[level - 1] += 1
        return (found[0], found[1], found[2], found[3])

    @property
    def voters(self) -> int:
        return sum(self.counts)

    @property
    def agreeing(self) -> int:
        """Votes on the agreeing levels (« tout à fait » and « plutôt d'accord »)."""
        return sum(self.counts[:AGREEING_LEVELS])

    def level_of(self, team: int) -> int | None:
        return next((level for who, level in self.levels if who == team), None)

    def decided(self, n_teams: int) -> bool:
        """Nothing more to vote: passed over, hands counted, or every team placed."""
        return self.skipped or self.hands is not None or len(self.levels) >= n_teams


@dataclass(frozen=True)
class Ballot:
    """The vote open now: which statement, in which round, its place in the round, and the
    votes already in."""

    statement: Question
    round: Round
    number: int  # 1 for the round's first statement
    total: int
    tally: Tally

    def next_team(self, n_teams: int) -> int | None:
        """The team that places itself next (« par équipe »), in the teams' order."""
        return next((t for t in range(n_teams) if self.tally.level_of(t) is None), None)


def tally_of(tallies: Sequence[Tally], statement: str, round_: Round) -> Tally:
    """The votes on ``statement`` in ``round_`` (an empty tally when there are none)."""
    return next(
        (t for t in tallies if t.statement == statement and t.round == round_),
        Tally(statement, round_),
    )


def voted_before(tallies: Sequence[Tally], statement: str) -> bool:
    """The room voted on this statement at the start (something was counted)."""
    tally = tally_of(tallies, statement, "avant")
    return not tally.skipped and tally.voters > 0


def round_statements(
    statements: Sequence[Question], tallies: Sequence[Tally], round_: Round
) -> tuple[Question, ...]:
    """The statements of a round: all of them before the game, those voted on after it."""
    if round_ == "avant":
        return tuple(statements)
    return tuple(q for q in statements if voted_before(tallies, q.id))


def open_ballot(
    statements: Sequence[Question], tallies: Sequence[Tally], n_teams: int, ended: bool
) -> Ballot | None:
    """The vote the room is asked for now (None: nothing to vote on). Before the end of the
    game, the start's round; once it ended, the round after it."""
    round_: Round = "apres" if ended else "avant"
    asked = round_statements(statements, tallies, round_)
    for number, statement in enumerate(asked, 1):
        tally = tally_of(tallies, statement.id, round_)
        if not tally.decided(n_teams):
            return Ballot(statement, round_, number, len(asked), tally)
    return None


def with_tally(tallies: Sequence[Tally], tally: Tally) -> tuple[Tally, ...]:
    """``tallies`` with ``tally`` in place of the one for the same statement and round."""
    kept = tuple(t for t in tallies if (t.statement, t.round) != (tally.statement, tally.round))
    return (*kept, tally)


@dataclass(frozen=True)
class Agreement:
    """An agreement the team made, under a sector: its text, the question it followed (None on
    the debrief or for a free text) and when it was recorded (local date and time)."""

    sector: str
    text: str
    question_id: str | None
    wall: str
