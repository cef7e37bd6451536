"""The facilitator's actions on a session: the one object the front end talks to.

``Session`` is a game's record (``record.py``: its questions, sectors, clock, raw event list,
journal writer and current ``State``, folded step by step and folded again from scratch after
an undo) with the actions on top. Each action checks it is allowed (``RuleError`` with a French
message otherwise, and nothing is recorded), builds one event, writes it to the journal —
flushed and fsynced — and only then returns, so that what the screen shows next is on disk.
The baromètre's votes and the agreements come from ``voice.py``.

Decisions where the contract is silent (building, resuming and the clock: see ``record.py``):

* when time is up the round in progress is finished, so that every team has answered as many
  times as the others (turn mode; in all-teams mode every team answers every question):
  ``next()`` and ``skip()`` end the game once the round is complete, or when no question is
  left; one ``undo()`` then reverts the whole action;
* the question timer frames the talk and never costs the answer: at zero nothing is recorded,
  the screen signals and the team still answers;
* each action leaves ``last_outcome``, the moment the room should see (``outcome.py``);
* ``question_time_left()`` is None when no team is expected to answer (a debate without
  positions, or every team has answered): there is nothing left to time.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from game.rules import wheel as wheel_maths
from game.rules.errors import RuleError
from game.rules.session import draw
from game.rules.session.events import (
    END_REASONS,
    Adjusted,
    Answered,
    Closed,
    DebatePoints,
    Drawn,
    Ended,
    Noted,
    Paused,
    Resumed,
    Revealed,
    Skipped,
    Undo,
    effective_events,
    last_undoable,
)
from game.rules.session.outcome import Outcome, of_undo
from game.rules.session.record import SessionRecord
from game.rules.session.scoring import normalise_answer
from game.rules.session.transitions import (
    ended_message,
    fold,
    paused_message,
    require_question,
)
from game.rules.session.voice import RoomVoice
from game.wording import say

LAST_STRETCH_S = 120.0


class Session(SessionRecord, RoomVoice):
    """One game in progress. Build it with ``Session.new`` or ``Session.resume``."""

    # --- reading -----------------------------------------------------------------------

    def time_left(self) -> float:
        return max(0.0, self._state.settings.duration_min * 60 - self.elapsed())

    def time_up(self) -> bool:
        return self.elapsed() >= self._state.settings.duration_min * 60

    def turns_left(self) -> int | None:
        """Once time is up: the questions still to play to finish the round, the one on screen
        included (None before that, or when a round ends with each question: all-teams)."""
        state = self._state
        if state.ended or state.settings.all_teams or not self.time_up():
            return None
        return state.turns_left_in_round

    def next_team(self) -> int | None:
        """The team that spins after the question on screen (None: the game ends after it)."""
        state = self._state
        if state.ended or state.current is None or self.turns_left() == 1:
            return None
        return state.team_of_turn(state.turn + 1)

    def fresh_outcome(self) -> Outcome | None:
        """The last action's moment, while no other action has been recorded since."""
        outcome = self.last_outcome
        return outcome if outcome is not None and outcome.events == len(self._events) else None

    def last_stretch(self) -> bool:
        """« Dernière ligne droite »: two minutes or less left, game not over."""
        return not self._state.ended and self.time_left() <= LAST_STRETCH_S

    def question_time_left(self) -> float | None:
        """Seconds left on the question timer; None when it is off or nothing is timed."""
        state = self._state
        timer = state.settings.timer_s
        if timer == 0 or state.current is None or not state.expected_teams():
            return None
        spent = self.elapsed() - state.current.phase_started_elapsed
        return max(0.0, timer - spent)

    def expected_teams(self) -> tuple[int, ...]:
        """Teams whose answer is awaited now."""
        return self._state.expected_teams()

    def available_sectors(self) -> tuple[str, ...]:
        """Sectors the wheel may still stop on (the others are shown greyed)."""
        return draw.sectors_available(self._questions, self._state.settings, self._state.played_ids)

    def can_undo(self) -> bool:
        return last_undoable(effective_events(self._events)) is not None

    # --- actions -----------------------------------------------------------------------

    def spin(self) -> Drawn | None:
        """Spin the wheel and draw a question (None: the game ended instead)."""
        self._ready_to_draw()
        available = self.available_sectors()
        if self._end_instead_of_drawing(available):
            return None
        rng = self._rng()
        sector, angle = draw.spin(rng, available, self._state.wheel)
        return self._draw(rng, sector, "spin", angle)

    def pick(self, sector: str) -> Drawn | None:
        """Draw a question from a sector chosen by the facilitator (keys 1–5)."""
        self._ready_to_draw()
        wheel = self._state.wheel
        if sector not in wheel:
            raise RuleError(say("game.rules.sector_not_in_play", sector=sector))
        available = self.available_sectors()
        if self._end_instead_of_drawing(available):
            return None
        if sector not in available:
            label = self._state.sector_labels[sector]
            raise RuleError(say("game.rules.sector_exhausted", sector=label))
        angle = wheel_maths.slice_centre(wheel.index(sector), len(wheel))
        return self._draw(self._rng(), sector, "pick", angle)

    def answer(self, team: int, answer: object) -> None:
        """Enter a team's answer: letters (« A », « AC »), a number, or None (no answer)."""
        self._playing()
        value = normalise_answer(require_question(self._state).question, answer)
        self._record(Answered, team=team, answer=value)

    def reveal(self) -> None:
        """Close the answers and score them (all-teams mode; a debate in turn mode)."""
        self._record(Revealed)

    def award_debate(self, team: int, points: int) -> None:
        """Give a team 0 to ``debate_max`` points on the debate being revealed."""
        self._record(DebatePoints, team=team, points=points)

    def adjust(self, team: int, delta: int, reason: str = "") -> None:
        """Correct a team's score by hand; the debrief shows the reason."""
        self._record(Adjusted, team=team, delta=delta, reason=reason.strip())

    def note(self, text: str) -> None:
        """Save the facilitator's notes and actions (any time, even after the end)."""
        if text.strip() != self._state.notes.strip():
            self._record(Noted, text=text.strip())

    def skip(self) -> None:
        """Drop the question on screen: no points, the same team spins again."""
        self._record(Skipped)
        self._end_if_over()

    def next(self) -> None:
        """Leave the reveal for the board and the next team (or the debrief if it is over)."""
        self._record(Closed)
        self._end_if_over()

    def pause(self) -> None:
        """Freeze both clocks."""
        self._record(Paused)

    def resume_play(self) -> None:
        self._record(Resumed)

    def end(self, reason: str = "animateur") -> None:
        """End the game now (after the facilitator confirmed)."""
        if reason not in END_REASONS:
            raise RuleError(say("game.rules.unknown_end", reason=reason))
        self._record(Ended, reason=reason)

    def undo(self) -> bool:
        """Revert the last facilitator action; False when there is nothing to undo."""
        target = last_undoable(effective_events(self._events))
        if target is None:
            return False
        steps = 2 if isinstance(target, Ended) and target.closing else 1
        before = self._state
        for _ in range(steps):
            undo = Undo(elapsed=self._now(), wall=self._wall())
            self._write(undo)
            self._events.append(undo)
        self._state = fold(self._events)
        self._sync_clock()
        self.last_outcome = of_undo(target, before, len(self._events), self._events[-1].elapsed)
        return True

    # --- inside ------------------------------------------------------------------------

    def _playing(self) -> None:
        if self._state.ended:
            raise RuleError(ended_message())
        if self._state.paused:
            raise RuleError(paused_message())

    def _ready_to_draw(self) -> None:
        self._playing()
        if self._state.phase != "board":
            raise RuleError(say("game.rules.question_in_progress"))
        if self._state.ballot is not None:
            raise RuleError(say("game.rules.vote.first"))

    def _end_instead_of_drawing(self, available: Sequence[str]) -> bool:
        if self.time_up() and self._state.round_complete:
            self._record(Ended, reason="temps")
        elif not available:
            self._record(Ended, reason="questions")
        return self._state.ended

    def _end_if_over(self) -> None:
        if self.time_up() and self._state.round_complete:
            self._record(Ended, reason="temps", closing=True)
        elif not self.available_sectors():
            self._record(Ended, reason="questions", closing=True)

    def _rng(self) -> random.Random:
        state = self._state
        return draw.draw_rng(state.settings.seed, len(state.played), state.turn)

    def _draw(self, rng: random.Random, sector: str, via: str, angle: float) -> Drawn:
        state = self._state
        candidates = draw.eligible(self._questions, state.settings, state.played_ids, sector)
        question = draw.pick_question(rng, candidates, [p.question for p in state.played])
        return self._record(Drawn, sector=sector, via=via, angle=round(angle, 3), question=question)
