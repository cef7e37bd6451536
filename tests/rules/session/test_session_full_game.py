"""Whole 20-minute sessions, one per mode, played through the engine's API alone.

Each game spins and picks, enters right and wrong answers, corrects a wrong entry with undo,
gives debate points, pauses for a discussion, is interrupted by a crash (with a line torn
mid-write) and resumed from its journal, and ends when time is up once the round in progress
is over (every team has played as many turns). The debrief is then rebuilt from the journal
alone.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.rules.bank.model import Question
from game.rules.debrief import build_debrief
from game.rules.session import (
    FakeClock,
    Session,
    fold,
    latest_unfinished,
    read_journal,
    summarise,
)
from game.rules.session.state import State
from tests.rules.session.session_factory import (
    SECTORS,
    make_bank,
    new_session,
    right_answer,
    wrong_answer,
)

BANK = make_bank(per_sector=8)


def crash_and_resume(session: Session, clock: FakeClock) -> Session:
    """The laptop dies while an action is being written; the game is resumed from disk."""
    before, path = session.state, session.path
    assert path is not None
    session.close()
    with path.open("ab") as journal:
        journal.write(b'{"kind":"adjusted","elapsed":')  # the action in flight, torn
    clock.advance(600)  # rebooting takes a while: it does not count as game time
    resumed = Session.resume(path, BANK, SECTORS, clock, bank_version="abcd1234")
    assert resumed.state == replace(before, paused=True, last_elapsed=resumed.elapsed())
    assert len(resumed.resume_notes) == 1  # the torn line was dropped, and the user told
    resumed.resume_play()
    return resumed


def draw(session: Session, turn: int) -> Question | None:
    """Spin, or every fifth turn let the facilitator pick the first sector still open."""
    drawn = session.pick(session.available_sectors()[0]) if turn % 5 == 4 else session.spin()
    return None if drawn is None else drawn.question


def play_turn_by_turn(session: Session, clock: FakeClock, question: Question, turn: int) -> None:
    team = session.state.active_team
    if question.type == "debat":
        session.answer(team, "A")
        clock.advance(30)
        session.award_debate(team, 2 * (turn % 3))
        return
    if turn % 3 == 0:  # a slip of the finger, corrected at once
        session.answer(team, wrong_answer(question))
        assert session.undo()
    session.answer(team, right_answer(question) if turn % 2 == 0 else wrong_answer(question))
    if session.state.phase == "rebond":
        clock.advance(15)
        rebond = right_answer(question) if turn % 4 == 1 else None
        session.answer(session.expected_teams()[0], rebond)


def play_all_teams(session: Session, clock: FakeClock, question: Question, turn: int) -> None:
    n = session.state.n_teams
    for team in range(n):
        if question.type == "estimation":
            session.answer(team, float(question.answer) + 3 * team)  # team 0 is the closest
        elif question.type == "debat" or (team + turn) % 3:
            session.answer(team, right_answer(question))
        else:
            session.answer(team, wrong_answer(question))
    session.reveal()
    if question.type == "debat":
        clock.advance(30)
        for team in range(n):
            session.award_debate(team, 2 * ((team + turn) % 3))


def play_session(journal_dir: Path, mode: str, n_teams: int) -> Session:
    clock = FakeClock()
    session = new_session(
        BANK,
        clock=clock,
        journal_dir=journal_dir,
        n_teams=n_teams,
        mode=mode,
        duration_min=20,
        timer_s=60,
        seed=2026,
    )
    play = play_turn_by_turn if mode == "tour_par_tour" else play_all_teams
    turn = 0
    while not session.state.ended:
        question = draw(session, turn)
        if question is None:
            break
        clock.advance(25)
        assert session.question_time_left() in (None, 35.0)
        play(session, clock, question, turn)
        clock.advance(30)  # the reveal, the explanation, a word of discussion
        if turn == 3:
            session.pause()
            clock.advance(180)
            session.resume_play()
            session.adjust(1, 1, "bonne question posée à la salle")
        if turn == 6:
            session = crash_and_resume(session, clock)
        assert session.last_stretch() == (session.time_left() <= 120)
        session.next()
        turn += 1
    return session


def check_finished_game(session: Session, journal_dir: Path) -> None:
    state = session.state
    assert state.end_reason == "temps"
    assert 20 * 60 <= session.elapsed() < 20 * 60 + 90 * state.n_teams
    ids = [p.question.id for p in state.played]
    if not state.settings.all_teams:  # every team had as many turns
        turns = [
            sum(p.team == t for p in state.played if not p.skipped) for t in range(state.n_teams)
        ]
        assert len(set(turns)) == 1, turns
    assert len(ids) == len(set(ids)) >= 12
    for team in range(state.n_teams):
        assert state.scores[team] == sum(a.points for a in state.awards if a.team == team)
    assert path_state(session) == state
    assert latest_unfinished(journal_dir) is None
    assert summarise(session.path).finished  # type: ignore[arg-type]
    debrief = build_debrief(path_state(session))  # from the journal alone
    assert debrief.facts.questions_played == sum(not p.skipped for p in state.played)
    assert sorted(t.score for t in debrief.teams) == sorted(state.scores)
    assert [(c.delta, c.reason) for c in debrief.corrections.lines] == [
        (1, "bonne question posée à la salle")
    ]
    assert sum(s.group.attempts for s in debrief.sectors) > 0
    assert debrief.answers


def path_state(session: Session) -> State:
    assert session.path is not None
    return fold(read_journal(session.path)[0])


def test_a_whole_turn_by_turn_session(journal_dir: Path) -> None:
    session = play_session(journal_dir, "tour_par_tour", n_teams=4)
    check_finished_game(session, journal_dir)
    assert any(a.reason == "rebond" for a in session.state.awards)
    assert any(a.reason == "debat" for a in session.state.awards)


def test_a_whole_all_teams_session(journal_dir: Path) -> None:
    session = play_session(journal_dir, "toutes_les_equipes", n_teams=3)
    check_finished_game(session, journal_dir)
    debates = build_debrief(session.state).debates.lines
    assert debates and all(sum(len(s.teams) for s in row.stances) == 3 for row in debates)
