"""Team agreements: recorded on a reveal or on the debrief under one of the game's sectors,
announced with how many there are, journaled (undone, kept in the finished game's journal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.rules.errors import RuleError
from game.rules.session import FakeClock, fold, read_journal
from game.wording import french
from tests.rules.session.session_factory import make_question, session_with


def on_a_reveal(journal_dir: Path | None = None):  # type: ignore[no-untyped-def]
    hints = ["Un jour de présence commune : …", "Pas de messages après … h"]
    question = make_question("man-rituels", "managerial", "qcm", pistes_accord=hints)
    session = session_with(
        question,
        make_question("tec-1", "technique", "qcm"),
        journal_dir=journal_dir,
        clock=FakeClock(),
    )
    session.pick("managerial")
    session.answer(0, "B")
    return session


def test_an_agreement_made_on_a_reveal_names_its_sector_and_question() -> None:
    session = on_a_reveal()
    session.agree("managerial", "Pas de messages  après 19 h")
    agreement = session.state.agreements[0]
    assert (agreement.sector, agreement.text, agreement.question_id) == (
        "managerial",
        "Pas de messages après 19 h",
        "man-rituels",
    )
    assert session.fresh_outcome().text == french("Accord d'équipe noté (Managerial)")


def test_the_moment_counts_the_agreements_made_so_far() -> None:
    session = on_a_reveal()
    session.agree("managerial", "Un jour de présence commune : le mardi")
    session.agree("technique", "Un casque pour chacun")
    assert session.fresh_outcome().text == french("Accord d'équipe noté (Technique) : 2 en tout")


def test_an_agreement_waits_for_a_reveal_or_the_debrief() -> None:
    session = on_a_reveal()
    session.next()
    with pytest.raises(RuleError) as refused:
        session.agree("managerial", "Un café le lundi")
    assert str(refused.value) == french(
        "Un accord d'équipe se note sur l'écran de la réponse ou sur le bilan."
    )
    session.end()
    session.agree("managerial", "Un café le lundi")
    assert session.state.agreements[0].question_id is None


def test_an_empty_or_too_long_agreement_or_an_unknown_sector_is_refused() -> None:
    session = on_a_reveal()
    for sector, text in (("managerial", "   "), ("managerial", "x" * 201), ("societal", "Oui")):
        with pytest.raises(RuleError):
            session.agree(sector, text)
    assert session.state.agreements == ()


def test_undo_takes_back_the_last_agreement() -> None:
    session = on_a_reveal()
    session.agree("managerial", "Un café le lundi")
    session.undo()
    assert session.state.agreements == ()
    assert session.last_outcome.text == french("Action annulée : accord d'équipe noté")


def test_agreements_stay_in_the_finished_games_journal(journal_dir: Path) -> None:
    session = on_a_reveal(journal_dir)
    session.agree("managerial", "Un jour de présence commune : le jeudi")
    session.next()
    session.end()
    session.agree("technique", "Un second écran pour qui le demande")
    session.close()
    events, _ = read_journal(session.path)
    assert [a.text for a in fold(events).agreements] == [
        "Un jour de présence commune : le jeudi",
        "Un second écran pour qui le demande",
    ]
