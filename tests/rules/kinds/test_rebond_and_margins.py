"""What each question kind says about a rebond (may one follow, which answers stay open) and
about the margin an estimate is judged with."""

from __future__ import annotations

from game.wording import french
from tests.rules.session.session_factory import make_question

TRUE_FALSE = make_question("k-vf", type="vrai_faux")
QCM = make_question("k-qcm", type="qcm")
MULTI = make_question("k-multi", type="qcm_multiple")
ESTIMATE = make_question("k-est", type="estimation")
DEBATE = make_question("k-deb", type="debat")


def test_a_true_false_question_leaves_no_rebond_after_a_wrong_answer() -> None:
    assert not TRUE_FALSE.kind.rebond_open(TRUE_FALSE, "B")


def test_without_a_first_answer_both_true_false_options_stay_open() -> None:
    assert TRUE_FALSE.kind.rebond_open(TRUE_FALSE, None)


def test_a_single_choice_rebond_chooses_among_the_options_left() -> None:
    kind = QCM.kind
    assert kind.rebond_open(QCM, "A")
    assert kind.ruled_out(QCM, "A") == frozenset("A")
    assert kind.rebond_refused(QCM, "A", "A")
    assert not kind.rebond_refused(QCM, "A", "B")


def test_a_several_answers_rebond_keeps_every_letter_but_refuses_the_same_combination() -> None:
    kind = MULTI.kind
    assert kind.rebond_open(MULTI, "AB")
    assert kind.ruled_out(MULTI, "AB") == frozenset()
    assert kind.rebond_refused(MULTI, "AB", "AB")
    assert not kind.rebond_refused(MULTI, "AB", "AC")


def test_an_estimate_rebond_may_not_repeat_the_first_number() -> None:
    kind = ESTIMATE.kind
    assert kind.rebond_open(ESTIMATE, 50.0)
    assert kind.rebond_refused(ESTIMATE, 50.0, 50.0)
    assert not kind.rebond_refused(ESTIMATE, 50.0, 60.0)


def test_a_debate_has_no_rebond_and_its_points_come_from_the_facilitator() -> None:
    assert not DEBATE.kind.rebond_open(DEBATE, "A")
    assert DEBATE.kind.graded_by_facilitator
    assert not QCM.kind.graded_by_facilitator


def test_an_estimate_shows_its_tolerance_and_other_kinds_show_none() -> None:
    assert ESTIMATE.kind.tolerance_text(ESTIMATE) == french("à 2 près")
    exact = make_question("k-exact", type="estimation", tolerance=0)
    assert exact.kind.tolerance_text(exact) == ""
    assert QCM.kind.tolerance_text(QCM) == ""


def test_a_teams_estimate_keeps_a_short_unit_in_its_chip_and_leaves_a_long_one_on_the_card() -> (
    None
):
    share = make_question("k-part", type="estimation", unite="%")
    days = make_question("k-jours", type="estimation", unite="jours par semaine")
    assert share.kind.given_short(share, 25.0) == "25\u00a0%"
    assert days.kind.given_short(days, 2.0) == "2"
    assert days.kind.given_long(days, 2.0) == "2 jours par semaine"
