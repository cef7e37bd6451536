"""Undo: any facilitator action can be reverted, step by step, and redone identically."""

from __future__ import annotations

from game.rules.session import FakeClock, fold
from game.rules.session.events import Undo
from game.wording import french
from tests.rules.session.session_factory import (
    make_question,
    new_session,
    right_answer,
    session_with,
)


def test_with_nothing_done_there_is_nothing_to_undo() -> None:
    session = new_session()
    assert not session.can_undo()
    assert session.undo() is False
    assert session.events[-1].kind == "started"


def test_undo_reverts_an_answer_and_its_points() -> None:
    session = session_with(make_question("reg-1", difficulty=3), scoring={"panorama_bonus": 0})
    session.spin()
    session.answer(0, "B")
    assert session.state.scores == (6, 0, 0)
    assert session.undo()
    assert session.state.phase == "question" and session.state.scores == (0, 0, 0)
    assert session.expected_teams() == (0,)


def test_undo_goes_back_step_by_step_to_the_start() -> None:
    session = new_session()
    start = session.state
    session.spin()
    session.answer(0, None)
    session.adjust(1, 1, "bonus")
    session.answer(1, None)
    session.next()
    for _ in range(5):
        assert session.undo()
    assert session.state == start
    assert not session.can_undo()


def test_an_undone_spin_spun_again_draws_the_same_question() -> None:
    session = new_session()
    first = session.spin()
    session.undo()
    again = session.spin()
    assert first is not None and again is not None
    assert (again.question, again.angle) == (first.question, first.angle)


def test_undo_passes_over_pauses_and_keeps_the_game_paused() -> None:
    session = new_session()
    session.spin()
    session.pause()
    assert session.undo()
    assert session.state.phase == "board" and session.state.paused


def test_one_undo_reverts_a_next_that_ended_the_game() -> None:
    clock = FakeClock()
    session = new_session(clock=clock, duration_min=10, mode="toutes_les_equipes")
    drawn = session.spin()
    assert drawn is not None
    session.answer(0, right_answer(drawn.question))
    session.reveal()
    clock.advance(700)
    session.next()
    assert session.state.ended
    assert session.undo()
    assert session.state.phase == "reveal"
    assert [type(e) for e in session.events[-2:]] == [Undo, Undo]


def test_undo_reopens_a_game_ended_by_mistake() -> None:
    clock = FakeClock()
    session = new_session(clock=clock)
    session.end()
    clock.advance(30)
    session.undo()
    assert session.state.phase == "board"
    clock.advance(10)
    assert session.elapsed() == 10  # the clock ran again only after the undo


def test_undo_is_journaled_and_the_fold_of_all_events_gives_the_same_state() -> None:
    session = session_with(make_question("reg-1"), make_question("reg-2"))
    session.spin()
    session.answer(0, "A")
    session.undo()
    session.answer(0, None)
    assert sum(isinstance(e, Undo) for e in session.events) == 1
    assert fold(session.events) == session.state


def test_undo_says_what_it_took_back() -> None:
    session = session_with(make_question("reg-1"), make_question("reg-2"))
    session.spin()
    session.answer(0, "A")
    session.undo()
    outcome = session.fresh_outcome()
    assert outcome is not None
    assert outcome.text == french("Action annulée : réponse de Équipe 1")
