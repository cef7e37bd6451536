"""Turn mode (« tour par tour »): spins, answers, rebonds, debates, skips and the turn order."""

from __future__ import annotations

import re
from typing import Any

import pytest

from game.rules.session import RuleError
from game.rules.session.events import Drawn
from game.rules.wheel import sector_at, slice_centre
from game.wording import french
from tests.rules.session.session_factory import (
    SECTOR_IDS,
    make_question,
    new_session,
    right_answer,
    session_with,
    wrong_answer,
)

QCM2 = make_question("reg-qcm", type="qcm", difficulty=2)
QCM3 = make_question("reg-hard", type="qcm", difficulty=3)
DEBATE = make_question("reg-deb", type="debat", difficulty=2)
BARE_DEBATE = make_question("reg-bare", type="debat", choix=None)
# With a single sector in play, the first win completes the panorama: keep the bonus out of
# the tests that count a question's own points.
NO_BONUS: dict[str, Any] = {"scoring": {"panorama_bonus": 0}}


def said(text: str) -> str:
    """A pattern matching exactly the catalogue's message (with its French typography)."""
    return "^" + re.escape(french(text)) + "$"


def test_the_spin_lands_on_a_sector_and_draws_one_of_its_questions() -> None:
    session = new_session()
    drawn = session.spin()
    assert isinstance(drawn, Drawn)
    assert drawn.question.sector == drawn.sector
    assert SECTOR_IDS[sector_at(drawn.angle, 5)] == drawn.sector
    assert session.state.phase == "question"
    assert session.state.current is not None and session.state.current.team == 0
    assert session.expected_teams() == (0,)


def test_a_right_answer_scores_twice_the_difficulty_and_reveals() -> None:
    session = session_with(QCM2, **NO_BONUS)
    session.spin()
    session.answer(0, "b")
    assert session.state.phase == "reveal"
    assert session.state.scores == (4, 0, 0)
    assert session.state.awards[0].reason == "reponse"
    assert session.state.current is not None
    assert session.state.current.result_of(0).result == "juste"  # type: ignore[union-attr]


def test_a_wrong_answer_passes_the_question_to_the_next_team() -> None:
    session = session_with(QCM3, **NO_BONUS)
    session.spin()
    session.answer(0, "A")
    assert session.state.phase == "rebond"
    assert session.expected_teams() == (1,)
    session.answer(1, "B")
    assert session.state.phase == "reveal"
    assert session.state.scores == (0, 3, 0)  # exactly half of the 6 a first answer earns
    assert session.state.awards[-1].reason == "rebond"


def test_a_wrong_true_or_false_leaves_no_rebond_since_only_one_option_remains() -> None:
    session = session_with(make_question("reg-vf", type="vrai_faux"))
    session.spin()
    session.answer(0, "B")
    assert session.state.phase == "reveal"
    assert session.expected_teams() == ()


def test_a_true_or_false_left_unanswered_still_offers_a_real_choice_to_the_rebond() -> None:
    session = session_with(make_question("reg-vf", type="vrai_faux"))
    session.spin()
    session.answer(0, None)
    assert session.state.phase == "rebond"


def test_the_rebond_cannot_give_the_eliminated_answer_again() -> None:
    session = session_with(QCM3)
    session.spin()
    session.answer(0, "A")
    with pytest.raises(
        RuleError,
        match=said(
            "« A » a déjà été donnée par « Équipe 1 » : le rebond choisit une autre réponse."
        ),
    ):
        session.answer(1, "A")
    assert session.state.phase == "rebond"


def test_a_several_answers_rebond_may_reuse_letters_but_not_the_whole_combination() -> None:
    multi = make_question("reg-multi", type="qcm_multiple")
    session = session_with(multi, **NO_BONUS)
    session.spin()
    session.answer(0, "AB")
    with pytest.raises(RuleError, match="déjà été donnée"):
        session.answer(1, "BA")
    session.answer(1, "AC")
    assert session.state.scores == (0, 1, 0)


def test_an_estimate_rebond_sees_the_first_number_and_may_not_repeat_it() -> None:
    estimate = make_question("reg-est", type="estimation", difficulty=2)
    session = session_with(estimate, **NO_BONUS)
    session.spin()
    session.answer(0, 50)
    with pytest.raises(RuleError, match="déjà été donnée"):
        session.answer(1, "50")
    session.answer(1, 87)
    assert session.state.scores == (0, 2, 0)


def test_a_wrong_rebond_or_a_pass_ends_the_question_without_points() -> None:
    for rebond_answer in ("C", None):
        session = session_with(QCM3)
        session.spin()
        session.answer(0, None)
        session.answer(1, rebond_answer)
        assert session.state.phase == "reveal"
        assert session.state.scores == (0, 0, 0)
        assert session.expected_teams() == ()


def test_there_is_one_rebond_at_most() -> None:
    session = session_with(QCM3)
    session.spin()
    session.answer(0, "A")
    session.answer(1, "C")
    with pytest.raises(RuleError, match="Les réponses sont closes"):
        session.answer(2, "B")


def test_without_rebond_a_wrong_answer_goes_straight_to_the_reveal() -> None:
    session = session_with(QCM3, rebond=False)
    session.spin()
    session.answer(0, "A")
    assert session.state.phase == "reveal"


def test_the_last_team_passes_the_rebond_to_the_first() -> None:
    session = session_with(QCM2, make_question("reg-2"), n_teams=2)
    session.spin()
    session.answer(0, right_answer(session.state.current.question))  # type: ignore[union-attr]
    session.next()
    session.spin()
    assert session.state.active_team == 1
    session.answer(1, wrong_answer(session.state.current.question))  # type: ignore[union-attr]
    assert session.expected_teams() == (0,)


def test_answering_out_of_turn_is_refused_with_the_team_to_wait_for() -> None:
    session = session_with(QCM2)
    session.spin()
    with pytest.raises(RuleError, match=said("C'est à l'équipe « Équipe 1 » de répondre.")):
        session.answer(1, "B")
    with pytest.raises(RuleError, match=french("Il n'y a pas d'équipe n° 4")):
        session.answer(3, "B")


def test_a_refused_action_changes_nothing() -> None:
    session = session_with(QCM2)
    session.spin()
    before, events = session.state, session.events
    for action in (
        lambda: session.answer(1, "B"),
        session.spin,
        session.next,
        lambda: session.answer(0, "Z"),
        lambda: session.adjust(0, 0, ""),
    ):
        with pytest.raises(RuleError):
            action()
    assert session.state == before and session.events == events


def test_actions_out_of_their_phase_are_refused() -> None:
    session = session_with(QCM2)
    with pytest.raises(RuleError, match=french("Aucune question n'est en cours")):
        session.answer(0, "A")
    with pytest.raises(RuleError, match=french("Aucune question n'est en cours")):
        session.next()
    session.spin()
    with pytest.raises(RuleError, match="déjà en cours"):
        session.spin()
    with pytest.raises(RuleError, match=french("saisissez la réponse de l'équipe")):
        session.reveal()


def test_the_turn_rotates_one_team_after_the_other() -> None:
    session = new_session(n_teams=3)
    order = []
    for _ in range(7):
        order.append(session.state.active_team)
        session.spin()
        session.answer(session.state.active_team, None)
        if session.state.phase == "rebond":
            session.answer(session.expected_teams()[0], None)
        session.next()
    assert order == [0, 1, 2, 0, 1, 2, 0]


def test_a_skipped_question_scores_nothing_and_the_same_team_spins_again() -> None:
    session = session_with(QCM2, QCM3)
    session.spin()
    skipped = session.state.current.question.id  # type: ignore[union-attr]
    session.answer(0, wrong_answer(session.state.current.question))  # type: ignore[union-attr]
    session.skip()
    assert session.state.phase == "board"
    assert session.state.active_team == 0 and session.state.turn == 0
    assert session.state.played[-1].skipped and session.state.played[-1].results == ()
    assert skipped in session.state.played_ids
    drawn = session.spin()
    assert drawn is not None and drawn.question.id != skipped


def test_the_facilitator_may_pick_a_sector_instead_of_spinning() -> None:
    session = new_session()
    drawn = session.pick("technique")
    assert drawn is not None and drawn.via == "pick"
    assert drawn.question.sector == "technique"
    assert drawn.angle == slice_centre(3, 5)


def test_an_exhausted_or_unknown_sector_cannot_be_picked() -> None:
    session = session_with(QCM2, make_question("tec-1", sector="technique"))
    session.pick("technique")
    session.answer(0, "B")
    session.next()
    with pytest.raises(
        RuleError,
        match=said("Plus aucune question dans le secteur « Technique » : choisissez-en un autre."),
    ):
        session.pick("technique")
    with pytest.raises(RuleError, match=french("« societal » n'est pas en jeu")):
        session.pick("societal")


def test_sectors_with_no_question_left_are_skipped_by_the_spin() -> None:
    session = session_with(QCM2, *[make_question(f"tec-{k}", sector="technique") for k in range(5)])
    session.pick("reglementaire")
    session.answer(0, "B")
    session.next()
    assert session.available_sectors() == ("technique",)
    for _ in range(4):
        drawn = session.spin()
        assert drawn is not None and drawn.sector == "technique"
        session.skip()


def test_a_question_is_never_drawn_twice() -> None:
    session = new_session()
    seen = []
    while not session.state.ended:
        drawn = session.spin()
        if drawn is None:
            break
        seen.append(drawn.question.id)
        session.skip()
    assert len(seen) == len(set(seen)) == 40
    assert session.state.end_reason == "questions"


def test_a_debate_records_the_position_then_takes_the_facilitator_s_points() -> None:
    session = session_with(DEBATE, **NO_BONUS)
    session.spin()
    session.answer(0, "B")
    assert session.state.phase == "reveal"  # no rebond on a debate
    session.award_debate(0, 4)
    session.award_debate(0, 2)  # replaces the 4
    assert session.state.scores == (2, 0, 0)
    assert session.state.current.debate_points == ((0, 2),)  # type: ignore[union-attr]


def test_debate_points_go_to_the_team_whose_turn_it_is_within_the_limit() -> None:
    session = session_with(DEBATE)
    session.spin()
    session.reveal()  # the position is optional
    with pytest.raises(RuleError, match=french("c'est elle qui reçoit les points")):
        session.award_debate(1, 2)
    for refused in (1, 3, 6):
        with pytest.raises(RuleError, match=said("Un débat rapporte 0, 2 ou 4 points.")):
            session.award_debate(0, refused)
    session.award_debate(0, 0)
    assert session.state.scores == (0, 0, 0)


def test_a_debate_without_positions_takes_no_answer_and_goes_to_the_reveal() -> None:
    session = session_with(BARE_DEBATE)
    session.spin()
    assert session.expected_teams() == ()
    with pytest.raises(RuleError, match=french("n'attend pas de position")):
        session.answer(0, None)
    session.reveal()
    assert session.state.phase == "reveal"


def test_debate_points_are_only_for_debates() -> None:
    session = session_with(QCM2)
    session.spin()
    session.answer(0, "B")
    with pytest.raises(RuleError, match="que sur une question de débat"):
        session.award_debate(0, 1)


def test_a_manual_correction_counts_in_the_score_and_keeps_its_reason() -> None:
    session = session_with(QCM2)
    session.adjust(2, 3, "  bonne remarque  ")
    session.adjust(0, -1, "")
    assert session.state.scores == (-1, 0, 3)
    notes = [(a.team, a.points, a.reason, a.note) for a in session.state.awards]
    assert notes == [(2, 3, "manuel", "bonne remarque"), (0, -1, "manuel", "")]
    for delta in (0, 11, -11):
        with pytest.raises(RuleError, match="de -10 à \\+10 points"):
            session.adjust(0, delta)


def test_a_panorama_complet_earns_the_bonus_once() -> None:
    questions = [
        make_question(f"{s[:3]}-{k}", sector=s)
        for s in ("reglementaire", "technique")
        for k in range(3)
    ]
    session = session_with(*questions, n_teams=2, rebond=False)
    for sector, team, right in [
        ("reglementaire", 0, True),
        ("reglementaire", 1, False),
        ("technique", 0, True),
        ("technique", 1, True),
        ("reglementaire", 0, True),
        ("technique", 1, True),
    ]:
        session.pick(sector)
        question = session.state.current.question  # type: ignore[union-attr]
        session.answer(team, right_answer(question) if right else wrong_answer(question))
        session.next()
    bonuses = [(a.team, a.points) for a in session.state.awards if a.reason == "panorama"]
    assert bonuses == [(0, 6)]
    assert session.state.panorama_complete(0) and not session.state.panorama_complete(1)
    assert session.state.scores == (2 + 2 + 6 + 2, 2 + 2)


def test_debate_points_do_not_complete_a_panorama() -> None:
    session = session_with(
        make_question("reg-1"),
        make_question("tec-deb", sector="technique", type="debat"),
        n_teams=2,
    )
    session.pick("reglementaire")
    session.answer(0, "B")
    session.next()
    session.pick("technique")
    session.answer(1, "A")  # a position on the debate
    session.award_debate(1, 4)
    assert session.state.sectors_won(1) == frozenset()
    assert not any(a.reason == "panorama" for a in session.state.awards)
