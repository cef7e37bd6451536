"""Scoring rules, one by one: the scale, right answers, estimates, debates, ranks and turn
order."""

from __future__ import annotations

import re

import pytest

from game.rules.session import RuleError, ScoringRules
from game.rules.session.scoring import (
    all_teams_results,
    answer_text,
    is_right,
    normalise_answer,
    panorama_complete,
    ranks,
    reading,
    rotation,
    single_result,
)
from game.wording import french
from tests.rules.session.session_factory import make_question

QCM = make_question("q-qcm", type="qcm")
MULTI = make_question("q-multi", type="qcm_multiple")
TRUE = make_question("q-vf", type="vrai_faux")
FALSE = make_question("q-vf2", type="vrai_faux", reponse="faux")
ESTIMATE = make_question("q-est", type="estimation", difficulty=3)
DEBATE = make_question("q-deb", type="debat", difficulty=2)


def test_turns_rotate_one_team_after_the_other() -> None:
    assert [rotation(t, 3) for t in range(7)] == [0, 1, 2, 0, 1, 2, 0]
    assert [rotation(t, 2) for t in range(4)] == [0, 1, 0, 1]


def test_the_default_scale_is_twice_the_difficulty_and_a_rebond_exactly_half() -> None:
    rules = ScoringRules()
    assert [rules.points(d) for d in (1, 2, 3)] == [2, 4, 6]
    assert [rules.rebond_points(d) for d in (1, 2, 3)] == [1, 2, 3]
    assert rules.debate_values == (0, 2, 4)
    assert rules.panorama_bonus == 6


def test_a_rebond_never_earns_as_much_as_the_first_answer_whatever_the_scale() -> None:
    rules = ScoringRules(points_by_difficulty={1: 1, 2: 3, 3: 5})
    assert [rules.rebond_points(d) for d in (1, 2, 3)] == [0, 1, 2]


def test_a_choice_is_right_only_with_exactly_the_right_letters() -> None:
    assert is_right(QCM, "B")
    assert not is_right(QCM, "A")
    assert is_right(MULTI, "AC")
    assert not is_right(MULTI, "A")
    assert not is_right(MULTI, "ABC")
    assert is_right(TRUE, "A") and is_right(FALSE, "B")
    assert not is_right(QCM, None)


def test_an_estimate_is_right_within_its_tolerance() -> None:
    assert is_right(ESTIMATE, 86.0) and is_right(ESTIMATE, 90.0)
    assert not is_right(ESTIMATE, 90.5)


def test_an_exact_decimal_estimate_is_not_lost_to_rounding() -> None:
    question = make_question("q-dec", type="estimation", reponse=0.3, tolerance=0)
    assert is_right(question, 0.1 + 0.2)


def test_a_debate_is_never_right_or_wrong() -> None:
    assert not is_right(DEBATE, "A")
    assert single_result(DEBATE, 0, "A", 2).result == "position"


def test_a_single_team_scores_the_points_only_when_right() -> None:
    assert single_result(QCM, 1, "B", 2).points == 2
    assert single_result(QCM, 1, "C", 2).result == "faux"
    assert single_result(QCM, 1, None, 2).result == "sans_reponse"


def test_in_all_teams_mode_the_closest_estimates_win_and_ties_share() -> None:
    results = all_teams_results(ESTIMATE, {0: 81.0, 1: 95.0, 2: None, 3: 96.0}, 4, ScoringRules())
    assert [r.result for r in results] == ["juste", "juste", "sans_reponse", "faux"]
    assert [r.points for r in results] == [6, 6, 0, 0]


def test_in_all_teams_mode_the_closest_wins_even_outside_the_tolerance() -> None:
    results = all_teams_results(ESTIMATE, {0: 10.0, 1: 500.0}, 2, ScoringRules())
    assert [r.result for r in results] == ["juste", "faux"]


def test_a_team_with_no_estimate_never_scores() -> None:
    results = all_teams_results(ESTIMATE, {}, 2, ScoringRules())
    assert [r.result for r in results] == ["sans_reponse", "sans_reponse"]


def test_in_all_teams_mode_each_choice_is_judged_on_its_own() -> None:
    results = all_teams_results(
        MULTI, {0: "AC", 1: "A", 2: "AC"}, 3, ScoringRules(points_by_difficulty={1: 5, 2: 6, 3: 7})
    )
    assert [(r.result, r.points) for r in results] == [("juste", 5), ("faux", 0), ("juste", 5)]


def test_ties_share_a_rank() -> None:
    assert ranks([5, 5, 3]) == (1, 1, 3)
    assert ranks([0, 7, 7, 9]) == (4, 2, 2, 1)


def test_the_panorama_needs_every_sector_in_play() -> None:
    assert panorama_complete({"a", "b", "c"}, ("a", "b"))
    assert not panorama_complete({"a"}, ("a", "b"))
    assert not panorama_complete({"a"}, ())


def test_answers_are_normalised_letters_or_numbers() -> None:
    assert normalise_answer(MULTI, "c, a") == "AC"
    assert normalise_answer(QCM, "b") == "B"
    assert normalise_answer(ESTIMATE, "1 234,5") == 1234.5
    assert normalise_answer(ESTIMATE, 12) == 12.0
    assert normalise_answer(QCM, None) is None


@pytest.mark.parametrize(
    ("question", "raw", "message"),
    [
        (QCM, "D", "Réponse « D » impossible : choisissez A, B ou C."),
        (QCM, "AB", "Une seule réponse est possible pour cette question."),
        (TRUE, "C", "Réponse « C » impossible : choisissez A ou B."),
        (MULTI, " ", "Aucune lettre choisie : indiquez une réponse, ou « Sans réponse »."),
        (
            ESTIMATE,
            "beaucoup",
            "« beaucoup » n'est pas un nombre : une estimation se répond "
            "par un nombre (ex. : 12,5).",
        ),
        (
            ESTIMATE,
            True,
            "« True » n'est pas un nombre : une estimation se répond par un nombre (ex. : 12,5).",
        ),
        (QCM, 2, "Une réponse s'indique par une lettre (A, B, C ou D)."),
    ],
)
def test_an_impossible_answer_says_what_is_expected(
    question: object, raw: object, message: str
) -> None:
    # The catalogue's text, with French typography (no-break spaces, ’).
    with pytest.raises(RuleError, match="^" + re.escape(french(message)) + "$"):
        normalise_answer(question, raw)  # type: ignore[arg-type]


def test_a_debate_without_positions_takes_no_answer() -> None:
    bare = make_question("q-bare", type="debat", choix=None)
    with pytest.raises(RuleError, match="n’attend pas de position"):
        normalise_answer(bare, "A")


def test_answers_read_as_text_for_the_export() -> None:
    assert answer_text(MULTI, "AC") == french("A : Alpha ; C : Charlie")
    assert answer_text(TRUE, "B") == french("B : Faux")
    assert answer_text(ESTIMATE, 1234.5) == "1\u00a0234,5 jours"
    assert answer_text(QCM, None) == "Sans réponse"


def test_an_answer_reads_the_same_short_way_on_every_screen() -> None:
    assert reading(MULTI, "AC") == "A, C"
    assert reading(ESTIMATE, 12.5) == "12,5"
    assert reading(QCM, None) == "Sans réponse"
    assert reading(QCM, None, timed_out=True) == "Temps écoulé"  # format 1 journals
