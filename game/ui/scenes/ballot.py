"""Entering the baromètre's votes, with a cursor the room can always see, as on the question card.

« Par équipe », the cursor moves over the four levels of the scale and « Passer l'affirmation »;
« précédent » moves it, « suivant » places the team whose turn it is on the highlighted level
(or passes the statement). Before the first move nothing is highlighted and « suivant » only
says how to choose: a stray press never records a vote. The keys 1–4 and a click place the team
at once (an undo takes it back).

« À main levée », the cursor stands on the first level's number box: digits type the hands
raised there, « suivant » goes to the next box, then to « Valider », which records the four
counts; « précédent » goes back. Typing needs a keyboard, and the line under the card says so.

:meth:`BallotEntry.next_move` is the one answer to « what does suivant do now », read by the
drawing and by the action alike. What is typed but not yet recorded lives here; it resets when
the statement, the round or the votes in change (a vote recorded, an undo).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from game.rules.kinds import SCALE_LEVELS
from game.rules.session.engine import Session
from game.rules.session.votes import HANDS_MAX, Ballot
from game.ui.scenes.base import Host, step_cursor
from game.wording import say, say_n

HAND_DIGITS = len(str(HANDS_MAX))
LEVELS = tuple(str(level) for level in range(1, SCALE_LEVELS + 1))
BOXES = tuple(f"h{level}" for level in LEVELS)
Slot = str  # "1".."4" (a level), "h1".."h4" (a number box), "confirm", "skip"
MoveKind = Literal["vote", "count", "box", "skip", "explain"]


@dataclass(frozen=True)
class Move:
    """What « suivant » does now: place a team (``level``), record the hands, go to the next
    box, pass the statement, or only explain."""

    kind: MoveKind
    level: int = 0
    box: Slot = ""


class BallotEntry:
    """The facilitator's entry in progress on the vote on screen."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.key: tuple[object, ...] | None = None
        self.at: Slot | None = None
        self.hands: dict[Slot, str] = {}
        self.nudge: str | None = None

    # --- what is on screen ---------------------------------------------------------------

    @property
    def ballot(self) -> Ballot | None:
        state = self.host.game.state
        return state.ballot if state is not None else None

    @property
    def by_teams(self) -> bool:
        state = self.host.game.state
        return state is None or state.settings.barometer != "main_levee"

    def team(self) -> int | None:
        """The team that places itself now (« par équipe »)."""
        state, ballot = self.host.game.state, self.ballot
        if state is None or ballot is None or not self.by_teams:
            return None
        return ballot.next_team(state.n_teams)

    def sync(self) -> None:
        state, ballot = self.host.game.state, self.ballot
        if state is None or ballot is None:
            self.key = None
            return
        key = (state.started_wall, ballot.statement.id, ballot.round, ballot.tally)
        if key == self.key:
            return
        self.key = key
        self.hands, self.nudge = {}, None
        self.at = None if self.by_teams else BOXES[0]

    def slots(self) -> list[Slot]:
        if self.ballot is None:
            return []
        if self.by_teams:
            return [*LEVELS, "skip"]
        return [*BOXES, "confirm", "skip"]

    def slot(self) -> Slot | None:
        return self.at if self.at in self.slots() else None

    def counts(self) -> tuple[int, int, int, int]:
        """The hands typed so far, per level (an empty box counts none)."""
        found = [int(self.hands.get(box) or 0) for box in BOXES]
        return (found[0], found[1], found[2], found[3])

    def next_move(self) -> Move:
        slot = self.slot()
        if slot is None:
            return Move("explain")
        if slot == "skip":
            return Move("skip")
        if slot in LEVELS:
            return Move("vote", level=int(slot))
        if slot in BOXES:
            following = self.slots()[self.slots().index(slot) + 1]
            return Move("box", box=following)
        return Move("count") if sum(self.counts()) else Move("explain")

    # --- actions -------------------------------------------------------------------------

    def choose(self, level: int) -> None:
        """A key 1–4 or a click on a level: the team is placed there at once."""
        self.at = str(level)
        self._vote(level)

    def move(self, step: int) -> None:
        slots = self.slots()
        if not slots:
            return
        self.at = step_cursor(slots, self.slot(), step)

    def forward(self) -> None:
        """« suivant »: exactly what :meth:`next_move` says."""
        move = self.next_move()
        if move.kind == "vote":
            self._vote(move.level)
        elif move.kind == "box":
            self.at = move.box
        elif move.kind == "count":
            self._record(lambda session: session.count(self.counts()))
        elif move.kind == "skip":
            self.pass_over(every=False)
        else:
            self.nudge = self.explanation()

    def type(self, char: str) -> None:
        """A digit typed in the focused box (the first box when the focus is elsewhere)."""
        if not char.isdigit():
            return
        here = self.slot()
        box = here if here is not None and here in BOXES else BOXES[0]
        typed = (self.hands.get(box, "") + char).lstrip("0") or "0"
        if len(typed) <= HAND_DIGITS:
            self.hands[box] = typed
            self.at = box

    def delete(self) -> None:
        box = self.slot()
        if box is not None and box in BOXES:
            self.hands[box] = self.hands.get(box, "")[:-1]

    def pass_over(self, every: bool) -> None:
        self._record(lambda session: session.pass_statement(every=every))

    def _vote(self, level: int) -> None:
        team = self.team()
        if team is not None:
            self._record(lambda session: session.vote(team, level))

    def _record(self, action: Callable[[Session], None]) -> None:
        session = self.host.game.session
        if session is not None:
            self.host.game.act(lambda: action(session))
            self.sync()

    # --- words for the facilitator -------------------------------------------------------

    def explanation(self) -> str:
        """How to vote, when « suivant » has nothing to do yet."""
        if self.by_teams:
            team = self.team()
            state = self.host.game.state
            name = state.settings.teams[team].name if state and team is not None else ""
            return say("game.poll.hint.team", team=name)
        return say("game.poll.hint.hands_none")

    def hint(self) -> tuple[str, bool]:
        """The line under the card: what « suivant » does now; True when it answers a key that
        did nothing else (drawn to catch the eye)."""
        if self.ballot is None:
            return "", False
        if self.nudge:
            return self.nudge, True
        move = self.next_move()
        levels = self.levels()
        if move.kind == "vote":
            state = self.host.game.state
            team = self.team()
            name = state.settings.teams[team].name if state and team is not None else ""
            return say("game.poll.next.vote", team=name, level=levels[move.level - 1]), False
        if move.kind == "box":
            box = self.slot() or BOXES[0]
            return say("game.poll.next.box", level=levels[BOXES.index(box)]), False
        if move.kind == "count":
            return say_n("game.poll.next.count", sum(self.counts())), False
        if move.kind == "skip":
            return say("game.poll.next.skip"), False
        return self.explanation(), False

    def levels(self) -> tuple[str, ...]:
        ballot = self.ballot
        if ballot is None:
            return ()
        statement = ballot.statement
        return statement.kind.options(statement)
