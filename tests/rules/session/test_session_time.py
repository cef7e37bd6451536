"""Clocks as data: the session clock, pauses, the question timer and how a game ends."""

from __future__ import annotations

import pytest

from game.rules.session import FakeClock, RuleError
from tests.rules.session.session_factory import (
    make_question,
    new_session,
    right_answer,
    session_with,
)


def test_the_session_clock_reads_the_injected_clock() -> None:
    clock = FakeClock()
    session = new_session(clock=clock)
    clock.advance(75)
    assert session.elapsed() == 75
    assert session.time_left() == 20 * 60 - 75


def test_a_pause_freezes_the_session_and_the_question_timer() -> None:
    clock = FakeClock()
    session = new_session(clock=clock)
    session.spin()
    clock.advance(10)
    session.pause()
    clock.advance(300)
    assert session.elapsed() == 10
    assert session.question_time_left() == 50
    with pytest.raises(RuleError, match="en pause"):
        session.answer(0, None)
    session.resume_play()
    clock.advance(5)
    assert session.elapsed() == 15
    assert session.question_time_left() == 45


def test_pausing_twice_or_resuming_a_running_game_is_refused() -> None:
    session = new_session()
    with pytest.raises(RuleError, match="n'est pas en pause"):
        session.resume_play()
    session.pause()
    with pytest.raises(RuleError, match="La partie est en pause"):
        session.pause()


def test_a_correction_and_the_end_are_allowed_during_a_pause() -> None:
    session = new_session()
    session.pause()
    session.adjust(1, 2, "oubli")
    session.end()
    assert session.state.ended and session.state.scores == (0, 2, 0)


def test_the_question_timer_counts_from_the_draw_and_restarts_for_the_rebond() -> None:
    clock = FakeClock()
    session = session_with(make_question("reg-1", difficulty=2), clock=clock, timer_s=30)
    assert session.question_time_left() is None
    session.spin()
    clock.advance(40)
    assert session.question_time_left() == 0
    session.timeout()
    assert session.state.phase == "rebond"
    clock.advance(12)
    assert session.question_time_left() == 18
    session.timeout()
    assert session.state.phase == "reveal"
    assert session.question_time_left() is None
    current = session.state.current
    assert current is not None and all(a.timed_out for a in current.answers)


def test_with_the_timer_off_there_is_no_countdown() -> None:
    session = new_session(timer_s=0)
    session.spin()
    assert session.question_time_left() is None


def test_the_last_stretch_starts_two_minutes_before_the_end() -> None:
    clock = FakeClock()
    session = new_session(clock=clock, duration_min=10)
    clock.advance(479)
    assert not session.last_stretch()
    clock.advance(1)
    assert session.last_stretch() and not session.time_up()
    clock.advance(120)
    assert session.time_up()


def test_at_time_up_the_current_question_finishes_then_the_game_ends() -> None:
    clock = FakeClock()
    session = new_session(clock=clock, duration_min=10)
    drawn = session.spin()
    assert drawn is not None
    clock.advance(601)
    session.answer(0, right_answer(drawn.question))
    assert session.state.phase == "reveal"
    session.next()
    assert session.state.ended and session.state.end_reason == "temps"
    assert session.state.played[-1].question == drawn.question


def test_a_spin_after_time_up_ends_the_game_instead_of_drawing() -> None:
    clock = FakeClock()
    session = new_session(clock=clock, duration_min=10)
    clock.advance(600)
    assert session.spin() is None
    assert session.state.end_reason == "temps"
    elapsed = session.elapsed()
    clock.advance(50)
    assert session.elapsed() == elapsed  # an ended game's clock stops


def test_the_game_ends_when_no_eligible_question_is_left() -> None:
    session = session_with(make_question("reg-1"), make_question("reg-2", audience="agent"),
                           audience="encadrant")
    session.spin()
    session.answer(0, "B")
    session.next()
    assert session.state.ended and session.state.end_reason == "questions"


def test_the_facilitator_may_end_the_game_at_any_time() -> None:
    session = new_session()
    session.spin()
    session.end()
    assert session.state.end_reason == "animateur"
    assert session.state.played[-1].skipped  # interrupted mid-question
    with pytest.raises(RuleError, match="La partie est terminée"):
        session.spin()
    with pytest.raises(RuleError, match="Raison de fin inconnue"):
        new_session().end("fatigue")


def test_ending_during_a_reveal_keeps_the_question_as_played() -> None:
    session = session_with(make_question("reg-1"), make_question("reg-2"))
    session.spin()
    session.answer(0, "B")
    session.end()
    assert not session.state.played[-1].skipped
    assert session.state.played[-1].results[0].result == "juste"


def test_a_clock_never_goes_back() -> None:
    with pytest.raises(ValueError):
        FakeClock().advance(-1)
