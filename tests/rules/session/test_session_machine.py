"""Random games with undos, crashes and torn journals: the invariants hold whatever happens.

A hypothesis state machine plays random facilitator actions (many of them refused by the
rules, which is part of the test) and checks after each step that:

* each score is the sum of what the team earned on its questions, its corrections and its
  panorama bonus;
* a rebond never earns as much as a first answer to the same question would;
* a game that ran out of time in turn mode ended at the end of a round (every team had as
  many turns);
* no question is played twice;
* undoing an action then doing it again gives the same state (and the undo restores the state
  before it exactly);
* a refused action changes nothing;
* the journal on disk holds exactly the events, and read back and folded it gives the live
  state;
* a journal cut at any byte (as a crash mid-write leaves it) loses only the event whose line
  was cut: it resumes, or — cut inside its very first line — holds no game and says so with a
  clear ``JournalError``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from game.rules.session import (
    Event,
    FakeClock,
    JournalError,
    Paused,
    RuleError,
    Session,
    fold,
    read_journal,
)
from game.rules.session.journal import encode
from tests.rules.session.session_factory import (
    SECTOR_IDS,
    SECTORS,
    make_bank,
    make_settings,
    right_answer,
    wrong_answer,
)

QUESTIONS = make_bank(per_sector=2)
# Journals are fsynced at every event: on a memory-backed folder, when there is one, that
# costs nothing and the machine can play more games in its time budget.
FAST_DIR = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


def assert_resumed_as_it_was(resumed: Session, events: list[Event]) -> None:
    """The resumed game holds the same events, plus a pause if it was running."""
    assert list(resumed.events[: len(events)]) == events
    added = resumed.events[len(events) :]
    state = fold(events)
    if state.ended or state.paused:
        assert added == () and resumed.state == state
    else:
        assert [type(e) for e in added] == [Paused]
        assert resumed.state == replace(state, paused=True, last_elapsed=added[0].elapsed)


class SessionMachine(RuleBasedStateMachine):
    """One random game per example."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="panorama-machine-", dir=FAST_DIR))
        self.clock = FakeClock()
        self.session: Session | None = None
        self.checked = (0, 0)

    def teardown(self) -> None:
        if self.session is not None and self.session.path is not None:
            self.check_the_journal_read_back()
        if self.session is not None:
            self.session.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def game(self) -> Session:
        assert self.session is not None
        return self.session

    @initialize(
        mode=st.sampled_from(["tour_par_tour", "toutes_les_equipes"]),
        n_teams=st.integers(2, 4),
        rebond=st.booleans(),
        audience=st.sampled_from(["tous", "encadrant"]),
        seed=st.integers(0, 9),
    )
    def start(self, mode: str, n_teams: int, rebond: bool, audience: str, seed: int) -> None:
        game_settings = make_settings(
            n_teams,
            mode=mode,
            rebond=rebond,
            audience=audience,
            seed=seed,
            duration_min=10,
            timer_s=30,
        )
        self.session = Session.new(
            game_settings, QUESTIONS, SECTORS, "abcd1234", self.clock, self.folder
        )

    # --- actions -----------------------------------------------------------------------

    def act(self, action: Callable[[], object], redo: bool) -> None:
        """Do ``action``; if refused, nothing changed; if asked, undo it and do it again."""
        before, events = self.game.state, self.game.events
        try:
            action()
        except RuleError:
            assert self.game.state == before and self.game.events == events
            return
        if redo:
            after = self.game.state
            assert self.game.undo()
            assert self.game.state == before
            action()
            assert self.game.state == after

    @rule(seconds=st.sampled_from([1, 20, 90, 400]))
    def time_passes(self, seconds: float) -> None:
        self.clock.advance(seconds)

    @rule(
        kind=st.sampled_from(
            ["spin", "pick", "answer", "reveal", "debate", "adjust", "skip", "next", "end"]
        ),
        team=st.integers(0, 3),
        number=st.integers(-11, 11),
        sector=st.sampled_from(SECTOR_IDS),
        how=st.sampled_from(["right", "wrong", "none", "junk"]),
        redo=st.booleans(),
    )
    def one_action(
        self, kind: str, team: int, number: int, sector: str, how: str, redo: bool
    ) -> None:
        """Any single action, with any arguments: many are refused, and must change nothing."""
        game = self.game
        actions: dict[str, Callable[[], object]] = {
            "spin": game.spin,
            "pick": lambda: game.pick(sector),
            "answer": lambda: game.answer(team, self.answer_value(how)),
            "reveal": game.reveal,
            "debate": lambda: game.award_debate(team, number % 6 - 1),
            "adjust": lambda: game.adjust(team, number, "motif"),
            "skip": game.skip,
            "next": game.next,
        }
        if kind == "end" and len(game.state.played) >= 3:  # not too early: games go deep
            actions["end"] = game.end
        if kind in actions:
            self.act(actions[kind], redo)

    def answer_value(self, how: str) -> object:
        current = self.game.state.current
        if current is None or how == "junk":
            return "Z"
        pick = {"right": right_answer, "wrong": wrong_answer}.get(how)
        return pick(current.question) if pick else None

    @rule(
        rights=st.lists(st.booleans(), min_size=4, max_size=4),
        redo=st.booleans(),
        points=st.integers(0, 4),
    )
    def play_a_whole_question(self, rights: list[bool], redo: bool, points: int) -> None:
        """A turn as a facilitator plays it, each step possibly undone and redone."""
        if self.game.state.phase == "board":
            self.act(self.game.spin, redo)
        for right in rights:
            current, waiting = self.game.state.current, self.game.expected_teams()
            if current is None or not waiting:
                break
            value = (right_answer if right else wrong_answer)(current.question)
            self.act(partial(self.game.answer, waiting[0], value), redo)
        if self.game.state.phase == "question" and not self.game.expected_teams():
            self.act(self.game.reveal, redo)
        current = self.game.state.current
        if current is not None and current.question.type == "debat" and current.results:
            team = current.results[0].team
            self.act(lambda: self.game.award_debate(team, points), redo)
        self.act(self.game.next, redo)

    @rule(seconds=st.sampled_from([0, 30]), resume=st.booleans())
    def pause(self, seconds: float, resume: bool) -> None:
        """A pause for a discussion: the clocks do not move while it lasts."""
        elapsed, timer = self.game.elapsed(), self.game.question_time_left()
        self.act(self.game.pause, redo=False)
        self.clock.advance(seconds)
        assert self.game.elapsed() == elapsed or not self.game.state.paused
        assert self.game.question_time_left() == timer or not self.game.state.paused
        if resume:
            self.act(self.game.resume_play, redo=False)

    @rule(times=st.integers(1, 3))
    def undo(self, times: int) -> None:
        for _ in range(times):
            could = self.game.can_undo()
            assert self.game.undo() is could

    @precondition(lambda self: self.session is not None and self.session.path is not None)
    @rule(restart=st.booleans())
    def crash_and_resume(self, restart: bool) -> None:
        events = list(self.game.events)
        self.game.close()
        self.session = Session.resume(
            self.game.path,
            QUESTIONS,
            SECTORS,  # type: ignore[arg-type]
            self.clock,
        )
        assert_resumed_as_it_was(self.game, events)
        if restart and self.game.state.paused:
            self.game.resume_play()  # the facilitator starts again when the room is ready

    @precondition(lambda self: self.session is not None and self.session.path is not None)
    @rule(fraction=st.floats(0, 1))
    def journal_cut_anywhere_resumes(self, fraction: float) -> None:
        path = self.game.path
        assert path is not None
        data = path.read_bytes()
        cut = self.folder / "coupe" / path.name
        cut.parent.mkdir(exist_ok=True)
        kept = data[: int(len(data) * fraction)]
        cut.write_bytes(kept)
        events, _ = read_journal(cut)
        # Every line written in full is kept; only the line the cut falls in is lost.
        assert len(events) == kept.count(b"\n")
        assert events == list(self.game.events[: len(events)])
        if not events:
            try:
                Session.resume(cut, QUESTIONS, SECTORS, FakeClock())
            except JournalError:
                return
            raise AssertionError("a journal without its first line cannot be resumed")
        resumed = Session.resume(cut, QUESTIONS, SECTORS, FakeClock())
        assert_resumed_as_it_was(resumed, events)
        resumed.close()

    # --- invariants --------------------------------------------------------------------

    @invariant()
    def scores_are_the_sum_of_what_was_earned(self) -> None:
        if self.session is None:
            return
        state = self.game.state
        for team in range(state.n_teams):
            on_questions = sum(p.points_of(team) for p in state.played if not p.skipped)
            if state.current is not None:
                on_questions += state.current.points_of(team)
            others = sum(
                a.points
                for a in state.awards
                if a.team == team and a.reason in ("manuel", "panorama")
            )
            assert state.scores[team] == on_questions + others
            assert sum(a.team == team and a.reason == "panorama" for a in state.awards) <= 1

    @invariant()
    def a_rebond_earns_less_than_a_first_answer(self) -> None:
        if self.session is None:
            return
        state = self.game.state
        questions = {q.id: q for q in QUESTIONS}
        rules = state.settings.scoring
        for award in state.awards:
            if award.reason == "rebond" and award.question_id is not None:
                difficulty = questions[award.question_id].difficulty
                assert 0 < award.points < rules.points(difficulty)

    @invariant()
    def time_ends_a_turn_by_turn_game_only_at_the_end_of_a_round(self) -> None:
        if self.session is None:
            return
        state = self.game.state
        if state.end_reason == "temps" and not state.settings.all_teams:
            assert state.turn % state.n_teams == 0

    @invariant()
    def no_question_is_played_twice(self) -> None:
        if self.session is None:
            return
        state = self.game.state
        ids = [p.question.id for p in state.played]
        ids += [state.current.question.id] if state.current else []
        assert len(ids) == len(set(ids))
        assert (state.current is None) == (state.phase in ("board", "ended"))

    @invariant()
    def the_journal_on_disk_holds_exactly_the_events(self) -> None:
        if self.session is None or self.session.path is None:
            return
        if self.checked == (id(self.session), len(self.session.events)):
            return  # nothing written since the last check (most refused actions)
        self.checked = (id(self.session), len(self.session.events))
        on_disk = self.game.path.read_bytes()  # type: ignore[union-attr]
        assert on_disk == b"".join(encode(e) for e in self.game.events)
        assert fold(self.game.events) == self.game.state

    def check_the_journal_read_back(self) -> None:
        """Read back and folded, the journal gives the live state (at the end of each game;
        the resume rules do the same along the way)."""
        events, warnings = read_journal(self.game.path)  # type: ignore[arg-type]
        assert warnings == []
        assert events == list(self.game.events)
        assert fold(events) == self.game.state


SessionMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=20, deadline=None)
test_random_games_keep_every_invariant = SessionMachine.TestCase
