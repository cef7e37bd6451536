"""The facilitator's actions that record what the room says rather than how it scores: the
baromètre's votes and the team's agreements. ``Session`` takes them from :class:`RoomVoice`;
each is one journaled event, checked by the rules (``room.py``) before it is written, undone
like any other action."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from game.rules.errors import RuleError
from game.rules.session.events import Agreed, Counted, Event, Voted, VoteSkipped
from game.rules.session.state import State
from game.rules.session.votes import Ballot
from game.wording import say


class RoomVoice:
    """Votes and agreements, on top of the session's one way of recording an action."""

    @property
    def state(self) -> State:
        raise NotImplementedError

    def _record(self, kind: type[Any], **fields: object) -> Event:
        raise NotImplementedError

    def _open_ballot(self) -> Ballot:
        ballot = self.state.ballot
        if ballot is None:
            raise RuleError(say("game.rules.vote.none_open"))
        return ballot

    def vote(self, team: int, level: int) -> None:
        """« Par équipe »: ``team`` places itself on ``level`` (1: « tout à fait d'accord »)
        for the statement on screen."""
        ballot = self._open_ballot()
        self._record(
            Voted, round=ballot.round, statement=ballot.statement.id, team=team, level=level
        )

    def count(self, hands: Sequence[int]) -> None:
        """« À main levée »: the hands raised on each level, for the statement on screen."""
        ballot = self._open_ballot()
        self._record(Counted, round=ballot.round, statement=ballot.statement.id, hands=tuple(hands))

    def pass_statement(self, every: bool = False) -> None:
        """Pass over the statement on screen (``every``: and the rest of its round)."""
        ballot = self._open_ballot()
        self._record(VoteSkipped, round=ballot.round, statement=ballot.statement.id, every=every)

    def agree(self, sector: str, text: str) -> None:
        """Record an agreement under ``sector`` (on a reveal, after the question on screen)."""
        current = self.state.current
        question = current.question.id if current is not None else None
        self._record(Agreed, sector=sector, text=" ".join(text.split()), question=question)
