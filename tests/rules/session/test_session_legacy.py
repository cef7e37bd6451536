"""Journals written before the room-flow rules (format 1) still load, fold and resume exactly as
they were played: snake order, ``timed_out`` events, a rebond on a vrai/faux, the eliminated
answer given again, rebond points rounded up, a one-point debate that completed a panorama.

The two journals under ``journals/`` were written by the engine of that time."""

from __future__ import annotations

from pathlib import Path

from game.rules.session import FakeClock, Session, fold, read_journal, summarise
from tests.rules.session.session_factory import SECTORS, make_question, new_session

JOURNALS = Path(__file__).parent / "journals"
QUESTIONS = [
    make_question("reg-vf", type="vrai_faux"),
    make_question("reg-qcm", type="qcm", difficulty=3),
    make_question("tec-deb", sector="technique", type="debat", difficulty=2),
    make_question("tec-qcm", sector="technique", type="qcm", difficulty=2),
    make_question("reg-est", type="estimation", difficulty=2),
    make_question("reg-2"),
]


def test_an_old_turn_by_turn_journal_folds_to_the_scores_it_had() -> None:
    events, warnings = read_journal(JOURNALS / "format1-tour-par-tour.jsonl")
    state = fold(events)
    assert warnings == [] and state.legacy
    assert state.scores == (6, 1)
    assert [(a.team, a.points, a.reason) for a in state.awards] == [
        (1, 1, "rebond"),
        (0, 2, "rebond"),
        (0, 1, "debat"),
        (0, 3, "panorama"),
    ]


def test_an_old_journal_keeps_its_snake_order_and_its_timer_answers() -> None:
    state = fold(read_journal(JOURNALS / "format1-tour-par-tour.jsonl")[0])
    assert [p.team for p in state.played] == [0, 1, 1, 0]
    first = state.played[0]
    assert first.question.type == "vrai_faux"
    assert [(a.team, a.answer, a.timed_out) for a in first.answers] == [
        (0, None, True),
        (1, "A", False),
    ]
    assert [a.answer for a in state.played[1].answers] == ["A", "A"]  # the eliminated one again


def test_an_old_all_teams_journal_keeps_the_answers_its_timer_closed() -> None:
    state = fold(read_journal(JOURNALS / "format1-toutes-les-equipes.jsonl")[0])
    answers = [(a.team, a.answer, a.timed_out) for a in state.played[0].answers]
    assert answers == [(1, "B", False), (0, None, True), (2, None, True)]
    assert state.scores == (0, 4, 0)


def test_an_interrupted_old_game_resumes_under_its_own_rules(tmp_path: Path) -> None:
    path = tmp_path / "partie-20260105-090000.jsonl"
    path.write_bytes((JOURNALS / "format1-tour-par-tour.jsonl").read_bytes())
    assert not summarise(path).finished
    session = Session.resume(path, QUESTIONS, SECTORS, FakeClock())
    assert session.state.paused and session.state.legacy
    session.resume_play()
    assert session.state.active_team == 0 and session.state.team_of_turn(6) == 1
    session.close()


def test_a_new_game_is_written_in_the_current_format() -> None:
    session = new_session()
    assert session.events[0].format == 2  # type: ignore[attr-defined]
    assert not session.state.legacy
