"""Debrief figures: ranking, the group's panorama, missed questions, debates, corrections."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.rules.session import FakeClock, answers_table, figures, read_journal
from game.rules.session.state import State
from game.wording import french
from tests.rules.session.session_factory import make_question, session_with

REG_QCM = make_question("reg-qcm", type="qcm", difficulty=2)
ORG_EST = make_question("org-est", sector="organisationnel", type="estimation")
TEC_VF = make_question("tec-vf", sector="technique", type="vrai_faux",
                       pour_aller_plus_loin="Et nos ordinateurs portables ?")
TEC_DEB = make_question("tec-deb", sector="technique", type="debat")
SOC_MULTI = make_question("soc-multi", sector="societal", type="qcm_multiple", difficulty=3)


def played_game() -> tuple[State, float]:
    """Three teams in turn mode: a known sequence of answers, a skip and two corrections."""
    clock = FakeClock()
    session = session_with(REG_QCM, ORG_EST, TEC_VF, TEC_DEB, SOC_MULTI, clock=clock)
    script = [  # (sector, answers in order: active team then rebond team)
        ("reglementaire", ["A", "B"]),  # team 0 wrong, team 1 right on rebond
        ("technique", ["A"]),           # team 1 right (Vrai)
        ("societal", ["AC"]),           # team 2 right
    ]
    for sector, answers in script:
        session.pick(sector)
        for answer in answers:
            session.answer(session.expected_teams()[0], answer)
        clock.advance(60)
        session.next()
    session.pick("technique")  # team 1's second turn: the debate
    session.answer(0, "B")
    session.award_debate(0, 2)
    session.next()
    session.adjust(0, 2, "bonne question posée")
    session.adjust(1, -1, "")
    clock.advance(30)
    session.pick("organisationnel")
    session.skip()  # the last question: the game ends
    assert session.state.end_reason == "questions"
    return session.state, session.elapsed()


def test_the_ranking_follows_the_scores_and_ties_share_a_rank() -> None:
    state, _ = played_game()
    # team 0: 2 debate + 2 manual; team 1: 2 rebond + 2 vf - 1; team 2: 6 multi
    assert state.scores == (4, 3, 6)
    ranking = figures(state).ranking
    assert [(r.rank, r.name, r.score) for r in ranking] == [
        (1, "Équipe 3", 6), (2, "Équipe 1", 4), (3, "Équipe 2", 3)]
    session = session_with(REG_QCM, ORG_EST)
    session.adjust(0, 1)
    session.adjust(2, 1)
    assert [r.rank for r in figures(session.state).ranking] == [1, 1, 3]


def test_success_per_sector_counts_every_answer_expected(  # debates and skips excluded
) -> None:
    state, _ = played_game()
    debrief = figures(state)
    group = {row.sector: (row.attempts, row.right, row.rate) for row in debrief.sector_success}
    assert group == {"reglementaire": (2, 1, 0.5), "organisationnel": (0, 0, None),
                     "technique": (1, 1, 1.0), "societal": (1, 1, 1.0)}
    team0 = {row.sector: row.rate for row in debrief.team_sector_success[0]}
    assert team0 == {"reglementaire": 0.0, "organisationnel": None, "technique": None,
                     "societal": None}


def test_the_most_missed_questions_come_with_their_answer_and_source() -> None:
    state, _ = played_game()
    missed = figures(state).missed
    assert len(missed) == 1
    row = missed[0]
    assert (row.question_id, row.missed_by, row.answered_by) == ("reg-qcm", 1, 2)
    assert row.answer_text == "Bravo"
    assert row.source == "Décret n° 2016-151, art. 3"


def test_debates_show_each_position_and_the_points_given() -> None:
    state, _ = played_game()
    debates = figures(state).debates
    assert len(debates) == 1
    assert debates[0].positions == (("Équipe 1", "B"),)
    assert debates[0].points == (("Équipe 1", 2),)
    assert debates[0].options == ("Pour", "Contre")


def test_corrections_keep_their_reason_or_say_there_was_none() -> None:
    state, _ = played_game()
    corrections = figures(state).corrections
    assert [(c.team_name, c.delta, c.reason) for c in corrections] == [
        ("Équipe 1", 2, "bonne question posée"), ("Équipe 2", -1, "sans motif")]


def test_questions_played_time_used_and_prompts_to_go_further() -> None:
    state, elapsed = played_game()
    debrief = figures(state, now_elapsed=9999)
    assert (debrief.questions_played, debrief.skipped) == (4, 1)
    assert debrief.duration_s == pytest.approx(elapsed)  # an ended game: its end time
    assert debrief.further == ("Et chez nous, pour tec-deb ?", "Et nos ordinateurs portables ?")
    assert debrief.end_reason == "questions" and debrief.bank_version == "abcd1234"
    assert debrief.planned_min == 20 and debrief.mode == "tour_par_tour"


def test_the_figures_are_the_same_from_the_state_or_the_events() -> None:
    session = session_with(REG_QCM, TEC_VF)
    session.spin()
    session.answer(0, "A")
    session.answer(1, None)
    session.next()
    assert figures(session.events, 10) == figures(session.state, 10)
    assert figures(session.state, 10).duration_s == 10


def test_the_answers_table_has_a_row_per_team_and_question() -> None:
    state, _ = played_game()
    rows = answers_table(state)
    assert [(r.team_name, r.question_id, r.answer_given, r.right, r.points) for r in rows] == [
        ("Équipe 1", "reg-qcm", french("A : Alpha"), "non", 0),
        ("Équipe 2", "reg-qcm", french("B : Bravo"), "oui", 2),
        ("Équipe 2", "tec-vf", french("A : Vrai"), "oui", 2),
        ("Équipe 3", "soc-multi", french("A : Alpha ; C : Charlie"), "oui", 6),
        ("Équipe 1", "tec-deb", french("B : Contre"), "—", 2),
    ]
    assert rows[0].wall == "2026-01-05T09:01:00"


def test_a_timed_out_answer_of_an_old_journal_reads_as_such_in_the_table() -> None:
    journal = Path(__file__).parent / "journals" / "format1-tour-par-tour.jsonl"
    events, _ = read_journal(journal)
    assert answers_table(events)[0].answer_given == "temps écoulé"
