"""Clocks as data: the session clock, pauses, the question timer and how a game ends."""

from __future__ import annotations

import pytest

from game.rules.session import FakeClock, RuleError, Session
from game.wording import french
from tests.rules.session.session_factory import (
    make_question,
    new_session,
    right_answer,
    session_with,
    wrong_answer,
)


def play_a_turn(session: Session, clock: FakeClock | None = None, seconds: float = 0) -> None:
    """Spin, let time pass, have the team give the right answer, and leave the reveal."""
    drawn = session.spin()
    assert drawn is not None
    if clock is not None:
        clock.advance(seconds)
    session.answer(session.expected_teams()[0], right_answer(drawn.question))
    session.next()


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
    with pytest.raises(RuleError, match=french("n'est pas en pause")):
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
    question = make_question("reg-1", difficulty=2)
    session = session_with(question, clock=clock, timer_s=30)
    assert session.question_time_left() is None
    session.spin()
    clock.advance(12)
    assert session.question_time_left() == 18
    session.answer(0, wrong_answer(question))
    clock.advance(5)
    assert session.question_time_left() == 25
    session.answer(1, None)
    assert session.question_time_left() is None


def test_at_zero_the_question_timer_waits_and_the_team_still_answers() -> None:
    clock = FakeClock()
    question = make_question("reg-1", difficulty=2)
    session = session_with(question, clock=clock, timer_s=30, scoring={"panorama_bonus": 0})
    session.spin()
    clock.advance(95)
    assert session.question_time_left() == 0
    assert session.state.phase == "question" and session.expected_teams() == (0,)
    assert [e.kind for e in session.events] == ["started", "drawn"]  # nothing recorded
    session.answer(0, right_answer(question))
    assert session.state.scores == (4, 0, 0)


def test_the_timer_event_of_old_journals_is_refused_in_a_new_game() -> None:
    from game.rules.session.events import TimedOut
    from game.rules.session.transitions import apply

    session = session_with(make_question("reg-1"), timer_s=30)
    session.spin()
    with pytest.raises(RuleError, match=french("Le minuteur n'enregistre rien")):
        apply(session.state, TimedOut(elapsed=40.0, wall="2026-01-05T09:00:40"))


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


def test_at_time_up_the_round_in_progress_finishes_so_every_team_answers_as_often() -> None:
    clock = FakeClock()
    session = new_session(clock=clock, duration_min=10, n_teams=3)
    play_a_turn(session)  # team 1
    assert session.turns_left() is None
    play_a_turn(session, clock, 601)  # team 2: time runs out during its question
    assert not session.state.ended
    assert session.turns_left() == 1  # team 3 still plays
    drawn = session.spin()
    assert drawn is not None and session.state.active_team == 2
    assert session.turns_left() == 1 and session.next_team() is None
    session.answer(2, right_answer(drawn.question))
    session.next()
    assert session.state.ended and session.state.end_reason == "temps"
    answered = [p.team for p in session.state.played]
    assert answered == [0, 1, 2]


def test_when_time_runs_out_during_the_first_turn_of_a_round_the_whole_round_is_played() -> None:
    clock = FakeClock()
    session = new_session(clock=clock, duration_min=10, n_teams=2)
    drawn = session.spin()
    assert drawn is not None
    clock.advance(601)
    assert session.turns_left() == 2 and session.next_team() == 1
    session.answer(0, right_answer(drawn.question))
    session.next()
    assert not session.state.ended and session.turns_left() == 1
    play_a_turn(session)
    assert session.state.ended and [p.team for p in session.state.played] == [0, 1]


def test_a_skip_after_time_up_keeps_the_round_going() -> None:
    clock = FakeClock()
    session = new_session(clock=clock, duration_min=10, n_teams=2)
    play_a_turn(session, clock, 601)
    session.spin()
    session.skip()
    assert not session.state.ended and session.state.active_team == 1
    play_a_turn(session)
    assert session.state.ended


def test_in_all_teams_mode_the_game_ends_after_the_question_in_progress() -> None:
    clock = FakeClock()
    session = new_session(clock=clock, duration_min=10, mode="toutes_les_equipes")
    session.spin()
    clock.advance(601)
    assert session.turns_left() is None
    session.reveal()
    session.next()
    assert session.state.ended and session.state.end_reason == "temps"


def test_the_header_knows_whose_turn_comes_next() -> None:
    session = new_session(n_teams=3)
    assert session.next_team() is None  # on the board: nothing on screen yet
    session.spin()
    assert session.next_team() == 1


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
    session = session_with(
        make_question("reg-1"), make_question("reg-2", audience="agent"), audience="encadrant"
    )
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
    with pytest.raises(RuleError, match=french("La partie est terminée")):
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
