"""The facilitator's actions on a session: the one object the front end talks to.

``Session`` holds the questions, the sectors, a clock, the raw event list, the journal writer
and the current ``State`` (folded step by step; folded again from scratch after an undo). Each
action checks it is allowed (``RuleError`` with a French message otherwise, and nothing is
recorded), builds one event, writes it to the journal — flushed and fsynced — and only then
returns, so that what the screen shows next is on disk.

Decisions where the contract is silent:

* the session clock starts when the session is created; an ended game's clock stops;
* when time is up the round in progress is finished, so that every team has answered as many
  times as the others (turn mode; in all-teams mode every team answers every question):
  ``next()`` and ``skip()`` end the game once the round is complete, or when no question is
  left; one ``undo()`` then reverts the whole action;
* the question timer frames the talk and never costs the answer: at zero nothing is recorded,
  the screen signals and the team still answers;
* each action leaves ``last_outcome``, the moment the room should see (``outcome.py``);
* ``question_time_left()`` is None when no team is expected to answer (a debate without
  positions, or every team has answered): there is nothing left to time;
* a journal that cannot be written does not stop the game: ``journal_warning`` says why, and
  the session goes on in memory;
* a resumed game whose bank changed since (``bank_version`` differs) keeps going: the
  questions already played are never drawn again; ``resume_notes`` tells the facilitator;
* the baromètre's statements are drawn when the game is created and written in its first
  event; while the room votes (``State.ballot``) the session clock stands still, as in a
  pause: the chosen length is the quiz's, and the votes (``voice.py``) come on top of it.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from game.rules import wheel as wheel_maths
from game.rules.bank.model import Question, Sector
from game.rules.errors import JournalError, RuleError, SettingsError
from game.rules.session import draw, votes
from game.rules.session.clock import Clock
from game.rules.session.events import (
    END_REASONS,
    Adjusted,
    Answered,
    Closed,
    DebatePoints,
    Drawn,
    Ended,
    Event,
    Noted,
    Paused,
    Resumed,
    Revealed,
    Skipped,
    Started,
    Undo,
    effective_events,
    last_undoable,
)
from game.rules.session.journal import (
    JournalSummary,
    JournalWriter,
    prune_finished,
    summarise,
)
from game.rules.session.outcome import Outcome, of_event, of_undo
from game.rules.session.scoring import normalise_answer
from game.rules.session.settings import SessionSettings
from game.rules.session.state import State
from game.rules.session.transitions import (
    apply,
    ended_message,
    fold,
    paused_message,
    require_question,
)
from game.rules.session.voice import RoomVoice
from game.wording import say

LAST_STRETCH_S = 120.0
E = TypeVar("E", bound=Event)


class Session(RoomVoice):
    """One game in progress. Build it with ``Session.new`` or ``Session.resume``."""

    def __init__(
        self,
        questions: Sequence[Question],
        sectors: Sequence[Sector],
        clock: Clock,
        events: Sequence[Event],
        writer: JournalWriter | None,
        state: State | None = None,
    ) -> None:
        self._questions = tuple(questions)
        self._sectors = tuple(sectors)
        self._clock = clock
        self._events: list[Event] = list(events)
        # ``state``: the fold of ``events`` when the caller already has it (a resumed game).
        self._state: State = state if state is not None else fold(self._events)
        self._writer = writer
        self.path: Path | None = writer.path if writer else None
        self.journal_warning: str | None = None
        self.resume_notes: tuple[str, ...] = ()
        self.last_outcome: Outcome | None = None
        self._base = max(e.elapsed for e in self._events)
        self._mark: float | None = None
        self._sync_clock()

    # --- building ----------------------------------------------------------------------

    @classmethod
    def new(
        cls,
        settings: SessionSettings,
        questions: Sequence[Question],
        sectors: Sequence[Sector],
        bank_version: str,
        clock: Clock,
        journal_dir: Path | None = None,
    ) -> Session:
        """Start a game (``SettingsError`` if the bank cannot serve these settings)."""
        known = {s.id: s for s in sectors}
        unknown = [s for s in settings.sectors if s not in known]
        if unknown:
            raise SettingsError([say("game.rules.unknown_sector", sector=s) for s in unknown])
        wheel = [s for s in sectors if s.id in settings.sectors]
        available = draw.sectors_available(questions, settings, ())
        if not available:
            raise SettingsError([say("game.rules.no_question_for_settings")])
        wall = clock.wall()
        started = Started(
            elapsed=0.0,
            wall=wall.isoformat(timespec="seconds"),
            settings=settings,
            bank_version=bank_version,
            sector_labels={s.id: s.label for s in wheel},
            sector_colours={s.id: s.colour for s in wheel},
            sectors_in_play=tuple(s.id for s in wheel if s.id in available),
            statements=votes.pick_statements(questions, settings),
        )
        writer, warning = None, None
        if journal_dir is not None:
            try:
                writer = JournalWriter.create(journal_dir, wall)
            except JournalError as exc:
                warning = str(exc)
        session = cls(questions, sectors, clock, [started], writer)
        session.journal_warning = warning
        session._write(started)
        if journal_dir is not None and writer is not None:
            _prune_quietly(journal_dir)
        return session

    @classmethod
    def resume(
        cls,
        saved: Path | JournalSummary,
        questions: Sequence[Question],
        sectors: Sequence[Sector],
        clock: Clock,
        bank_version: str | None = None,
    ) -> Session:
        """The game saved in a journal, exactly as it was, paused (``JournalError`` if the
        journal cannot be read). Given the summary the Title already made, the journal is
        neither read nor folded again."""
        if isinstance(saved, Path) or saved.content is None or saved.state is None:
            saved = summarise(saved if isinstance(saved, Path) else saved.path)
        assert saved.content is not None and saved.state is not None
        path, content, state = saved.path, saved.content, saved.state
        notes = list(content.warnings)
        writer, warning = None, None
        try:
            writer = JournalWriter.reopen(path, content.good_bytes)
        except JournalError as exc:
            warning = str(exc)
        session = cls(questions, sectors, clock, content.events, writer, state)
        session.path = path
        session.journal_warning = warning
        if bank_version is not None and bank_version != state.bank_version:
            notes.append(say("game.rules.bank_changed"))
        session.resume_notes = tuple(notes)
        if not state.ended and not state.paused:
            session.pause()
        return session

    def close(self) -> None:
        """Release the journal file (the events are already on disk)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    # --- reading -----------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def events(self) -> tuple[Event, ...]:
        """The raw events, undos included: the journal's content."""
        return tuple(self._events)

    @property
    def questions(self) -> tuple[Question, ...]:
        return self._questions

    def elapsed(self) -> float:
        """Session seconds so far, pauses excluded."""
        running = 0.0 if self._mark is None else self._clock.now() - self._mark
        return self._base + running

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

    def _now(self) -> float:
        return round(self.elapsed(), 3)

    def _wall(self) -> str:
        return self._clock.wall().isoformat(timespec="seconds")

    def _record(self, kind: type[E], **fields: object) -> E:
        event = kind(elapsed=self._now(), wall=self._wall(), **fields)
        state = apply(self._state, event)  # refuses before anything is written
        self._write(event)
        self._events.append(event)
        before, self._state = self._state, state
        self._sync_clock()
        self.last_outcome = of_event(before, state, event, len(self._events))
        return event

    def _write(self, event: Event) -> None:
        if self._writer is None:
            return
        try:
            self._writer.append(event)
        except JournalError as exc:
            self.journal_warning = str(exc)
            self._writer.close()
            self._writer = None  # a half-written line must not be followed by others

    def _sync_clock(self) -> None:
        state = self._state
        running = not state.paused and not state.ended and state.ballot is None
        if running and self._mark is None:
            self._mark = self._clock.now()
        elif not running and self._mark is not None:
            self._base = self.elapsed()
            self._mark = None

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


def _prune_quietly(directory: Path) -> None:
    # Housekeeping must never stop a game from starting.
    with contextlib.suppress(OSError, JournalError):
        prune_finished(directory)
