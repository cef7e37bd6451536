"""All-teams mode (« toutes les équipes répondent »): answers entered hidden, all scored at the
reveal."""

from __future__ import annotations

from typing import Any

import pytest

from game.rules.session import FakeClock, RuleError
from tests.rules.session.session_factory import make_question, session_with

ALL: dict[str, Any] = {"mode": "toutes_les_equipes", "scoring": {"panorama_bonus": 0}}
QCM = make_question("reg-qcm", type="qcm", difficulty=2)
ESTIMATE = make_question("reg-est", type="estimation", difficulty=3)
DEBATE = make_question("reg-deb", type="debat")


def test_every_team_is_expected_and_answers_in_any_order() -> None:
    session = session_with(QCM, n_teams=4, **ALL)
    session.spin()
    assert session.expected_teams() == (0, 1, 2, 3)
    session.answer(2, "B")
    session.answer(0, "A")
    assert session.expected_teams() == (1, 3)
    assert session.state.phase == "question"
    assert session.state.scores == (0, 0, 0, 0)  # nothing scores before the reveal


def test_an_answer_entered_again_replaces_the_first_one() -> None:
    session = session_with(QCM, n_teams=2, **ALL)
    session.spin()
    session.answer(0, "A")
    session.answer(0, "B")
    current = session.state.current
    assert current is not None and [a.answer for a in current.answers] == ["B"]


def test_the_reveal_scores_every_team_and_a_missing_answer_is_no_answer() -> None:
    session = session_with(QCM, n_teams=3, **ALL)
    session.spin()
    session.answer(0, "B")
    session.answer(1, "C")
    session.reveal()
    current = session.state.current
    assert current is not None
    assert [r.result for r in current.results] == ["juste", "faux", "sans_reponse"]
    assert session.state.scores == (4, 0, 0)
    with pytest.raises(RuleError, match="Les réponses sont closes"):
        session.answer(2, "B")


def test_the_closest_estimates_score_full_points() -> None:
    session = session_with(ESTIMATE, n_teams=3, **ALL)
    session.spin()
    session.answer(0, 120)
    session.answer(1, "60,5")
    session.answer(2, 115.5)
    session.reveal()
    assert session.state.scores == (0, 6, 6)


def test_there_is_no_rebond_in_all_teams_mode() -> None:
    session = session_with(QCM, n_teams=2, **ALL)
    session.spin()
    session.answer(0, "A")
    session.answer(1, "A")
    session.reveal()
    assert session.state.phase == "reveal"


def test_at_zero_the_timer_records_nothing_and_every_team_may_still_answer() -> None:
    clock = FakeClock()
    session = session_with(QCM, n_teams=3, clock=clock, timer_s=30, **ALL)
    session.spin()
    session.answer(1, "B")
    clock.advance(45)
    assert session.question_time_left() == 0
    assert session.expected_teams() == (0, 2)
    session.answer(0, "B")
    session.reveal()
    assert session.state.scores == (4, 4, 0)


def test_every_team_may_take_a_position_and_earn_debate_points() -> None:
    session = session_with(DEBATE, n_teams=3, **ALL)
    session.spin()
    session.answer(0, "A")
    session.answer(2, "B")
    session.reveal()
    session.award_debate(1, 2)
    session.award_debate(2, 4)
    assert session.state.scores == (0, 2, 4)
    current = session.state.current
    assert current is not None
    assert [r.result for r in current.results] == ["position"] * 3


def test_the_team_that_spins_rotates() -> None:
    questions = [make_question(f"reg-{k}") for k in range(6)]
    session = session_with(*questions, n_teams=2, **ALL)
    spinners = []
    for _ in range(4):
        spinners.append(session.state.active_team)
        session.spin()
        session.reveal()
        session.next()
    assert spinners == [0, 1, 0, 1]
