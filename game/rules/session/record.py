"""A game as the record of its events: the raw event list, the state it folds to, the journal
it is written to and the session clock; how a game is built from its settings or resumed from
its journal; and the one way an action is recorded.

``Session`` (``engine.py``) adds the facilitator's actions on top: each of them ends in
:meth:`SessionRecord._record`, which refuses before anything is written, writes the event to
the journal — flushed and fsynced — and only then folds it in.

Decisions where the contract is silent:

* the session clock starts when the session is created; an ended game's clock stops;
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
from collections.abc import Sequence
from pathlib import Path
from typing import Self, TypeVar

from game.rules.bank.model import Question, Sector
from game.rules.errors import JournalError, SettingsError
from game.rules.session import draw, votes
from game.rules.session.clock import Clock
from game.rules.session.events import Event, Paused, Started
from game.rules.session.journal import (
    JournalSummary,
    JournalWriter,
    prune_finished,
    summarise,
)
from game.rules.session.outcome import Outcome, of_event
from game.rules.session.settings import SessionSettings
from game.rules.session.state import State
from game.rules.session.transitions import apply, fold
from game.wording import say

E = TypeVar("E", bound=Event)


class SessionRecord:
    """One game's events, the state they fold to, its journal and its clock. Build it with
    ``new`` or ``resume``."""

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
    ) -> Self:
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
    ) -> Self:
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
            session._record(Paused)  # what ``pause()`` records
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

    # --- recording ---------------------------------------------------------------------

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


def _prune_quietly(directory: Path) -> None:
    # Housekeeping must never stop a game from starting.
    with contextlib.suppress(OSError, JournalError):
        prune_finished(directory)
