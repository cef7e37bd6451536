"""Every outcome has its moment: what the last action did, said in a short line the room can
read, with the tone its sound follows — derived from the rules, whatever screen is up."""

from __future__ import annotations

from typing import Any

from game.rules.session import Session
from game.wording import french
from tests.rules.session.session_factory import make_question, session_with

QCM = make_question("reg-qcm", type="qcm", difficulty=2)
TRUE_FALSE = make_question("reg-vf", type="vrai_faux")
DEBATE = make_question("reg-deb", type="debat")
NO_BONUS: dict[str, Any] = {"scoring": {"panorama_bonus": 0}}


def moment(session: Session) -> tuple[str, str]:
    outcome = session.fresh_outcome()
    assert outcome is not None
    return outcome.text, outcome.tone


def test_a_right_answer_says_how_many_points_for_whom() -> None:
    session = session_with(QCM, **NO_BONUS)
    session.spin()
    session.answer(0, "B")
    assert moment(session) == ("+4 pour Équipe 1", "right")


def test_a_miss_says_who_takes_the_rebond() -> None:
    session = session_with(QCM)
    session.spin()
    session.answer(0, "A")
    assert moment(session) == (french("Raté — rebond pour Équipe 2"), "wrong")


def test_a_rebond_that_scores_and_one_that_misses() -> None:
    session = session_with(QCM, **NO_BONUS)
    session.spin()
    session.answer(0, None)
    assert moment(session) == (french("Sans réponse — rebond pour Équipe 2"), "wrong")
    session.answer(1, "B")
    assert moment(session) == (french("Rebond réussi : +2 pour Équipe 2"), "right")
    session.undo()
    session.answer(1, "C")
    assert moment(session) == (french("Rebond raté : personne ne marque"), "wrong")


def test_a_miss_without_rebond_says_why() -> None:
    session = session_with(TRUE_FALSE)
    session.spin()
    session.answer(0, "B")
    text, tone = moment(session)
    assert text.startswith(french("Raté pour Équipe 1 — pas de rebond")) and tone == "wrong"


def test_a_pass_and_a_correction_each_have_their_line() -> None:
    session = session_with(QCM, make_question("reg-2"), **NO_BONUS)
    session.spin()
    session.skip()
    assert moment(session)[0] == french("Question passée : Équipe 1 rejoue")
    session.adjust(1, -1, "")
    assert moment(session)[0] == french("Score corrigé : \u22121 pour Équipe 2")


def test_a_debate_position_asks_for_points_then_the_points_are_said() -> None:
    session = session_with(DEBATE, **NO_BONUS)
    session.spin()
    session.answer(0, "A")
    assert moment(session)[0] == french("Position notée : 0, 2 ou 4 points ?")
    session.award_debate(0, 4)
    assert moment(session) == (french("+4 pour Équipe 1 (débat)"), "right")


def test_completing_the_panorama_is_announced_with_its_bonus() -> None:
    session = session_with(QCM)  # one sector in play: the first right answer completes it
    session.spin()
    session.answer(0, "B")
    text, tone = moment(session)
    assert text == french("+4 pour Équipe 1 · Panorama complet ! +6")
    assert tone == "bonus"


def test_in_all_teams_mode_an_answer_is_acknowledged_without_being_shown() -> None:
    session = session_with(QCM, mode="toutes_les_equipes", **NO_BONUS)
    session.spin()
    session.answer(1, "B")
    text, _ = moment(session)
    assert text == french("Équipe 2 a répondu") and "B" not in text
    session.answer(2, "B")
    session.reveal()
    assert moment(session) == ("+4 pour Équipe 2 et Équipe 3", "right")


def test_nobody_right_at_the_reveal() -> None:
    session = session_with(QCM, mode="toutes_les_equipes")
    session.spin()
    session.reveal()
    assert moment(session) == (french("Personne n'a trouvé"), "wrong")


def test_a_moment_lasts_until_the_next_action() -> None:
    session = session_with(QCM, make_question("reg-2"), **NO_BONUS)
    session.spin()
    session.answer(0, "B")
    assert session.fresh_outcome() is not None
    session.next()
    assert session.fresh_outcome() is None
