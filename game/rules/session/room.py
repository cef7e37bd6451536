"""How the room's own words change the state: the baromètre's votes and the team's agreements.

One handler per event, as in ``transitions.py`` (which registers them): each checks the event is
allowed now — a ``RuleError`` with a French message otherwise — and returns a new ``State``.

Decisions where the design is silent:

* a vote is taken only on the statement the ballot has open (``State.ballot``), in its round:
  the votes go in the order the screen asks for them, and a resumed game asks for the next one;
* « par équipe », each team places itself once per statement and round (a wrong entry is undone,
  not voted over); « à main levée », the hands of the four levels are counted in one entry, and
  a count of nobody at all is refused (the statement is passed over instead);
* passing over a statement after the game leaves its « avant » vote in the debrief, shown alone;
* an agreement is recorded on a reveal or once the game ended (on the debrief), under one of
  the game's sectors; it is plain text, at most :data:`~votes.AGREEMENT_MAX` characters, and a
  « … » left in it is kept as typed: a blank the team fills in by hand or in the office file.
"""

from __future__ import annotations

from dataclasses import replace

from game.rules.errors import RuleError
from game.rules.kinds import SCALE_LEVELS
from game.rules.session.events import Agreed, Counted, Voted, VoteSkipped
from game.rules.session.state import State
from game.rules.session.votes import (
    AGREEMENT_MAX,
    HANDS_MAX,
    Agreement,
    Ballot,
    round_statements,
    tally_of,
    with_tally,
)
from game.wording import say


def _ballot(state: State, round_: str, statement: str) -> Ballot:
    """The open vote, when it is the one the event is about."""
    ballot = state.ballot
    if ballot is None:
        raise RuleError(say("game.rules.vote.none_open"))
    if (ballot.round, ballot.statement.id) != (round_, statement):
        raise RuleError(say("game.rules.vote.not_this_one"))
    return ballot


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def voted(state: State, event: Voted) -> State:
    ballot = _ballot(state, event.round, event.statement)
    if state.settings.barometer != "equipes":
        raise RuleError(say("game.rules.vote.by_hands"))
    if not _count(event.team) or not 0 <= event.team < state.n_teams:
        raise RuleError(say("game.rules.no_such_team", number=event.team + 1))
    if not _count(event.level) or not 1 <= event.level <= SCALE_LEVELS:
        raise RuleError(say("game.rules.vote.level", most=SCALE_LEVELS))
    if ballot.tally.level_of(event.team) is not None:
        raise RuleError(say("game.rules.vote.already", team=state.settings.teams[event.team].name))
    tally = replace(ballot.tally, levels=(*ballot.tally.levels, (event.team, event.level)))
    return replace(state, tallies=with_tally(state.tallies, tally))


def counted(state: State, event: Counted) -> State:
    ballot = _ballot(state, event.round, event.statement)
    if state.settings.barometer != "main_levee":
        raise RuleError(say("game.rules.vote.by_teams"))
    hands = tuple(event.hands)
    if len(hands) != SCALE_LEVELS or not all(_count(h) and 0 <= h <= HANDS_MAX for h in hands):
        raise RuleError(say("game.rules.vote.hands", most=HANDS_MAX))
    if not sum(hands):
        raise RuleError(say("game.rules.vote.no_hands"))
    tally = replace(ballot.tally, hands=(hands[0], hands[1], hands[2], hands[3]))
    return replace(state, tallies=with_tally(state.tallies, tally))


def vote_skipped(state: State, event: VoteSkipped) -> State:
    ballot = _ballot(state, event.round, event.statement)
    tallies = with_tally(state.tallies, replace(ballot.tally, skipped=True))
    if event.every:
        for statement in round_statements(state.statements, tallies, ballot.round):
            tally = tally_of(tallies, statement.id, ballot.round)
            if not tally.decided(state.n_teams):
                tallies = with_tally(tallies, replace(tally, skipped=True))
    return replace(state, tallies=tallies)


def agreed(state: State, event: Agreed) -> State:
    if state.phase not in ("reveal", "ended"):
        raise RuleError(say("game.rules.agreement.when"))
    if event.sector not in state.sector_labels:
        raise RuleError(say("game.rules.sector_not_in_play", sector=event.sector))
    text = " ".join(event.text.split())
    if not text:
        raise RuleError(say("game.rules.agreement.empty"))
    if len(text) > AGREEMENT_MAX:
        raise RuleError(say("game.rules.agreement.too_long", most=AGREEMENT_MAX))
    agreement = Agreement(event.sector, text, event.question, event.wall)
    return replace(state, agreements=(*state.agreements, agreement))
