"""The debrief's baromètre and agreements: the votes before and after on each statement, the
share « d'accord », the facts and the questions that inform them, and the team's agreements by
sector with the rules that frame them, the service and the date to look at them again."""

from __future__ import annotations

from datetime import date

from game.rules.debrief import BankFacts, RuleFacts, SectorFacts, build_debrief, months_later
from game.rules.session import FakeClock
from game.wording import french
from tests.rules.session.session_factory import SECTORS, make_question, new_session
from tests.rules.session.test_session_barometer import statement

QUIZ = [
    make_question("reg-00", "reglementaire", "vrai_faux"),
    make_question(
        "reg-01", "reglementaire", "qcm", pistes_accord=["Un jour de présence commune : …"]
    ),
    *(
        make_question(f"{s[:3]}-0{k}", s, "qcm")
        for s in ("organisationnel", "managerial", "technique", "societal")
        for k in range(2)
    ),
]
STATEMENT = statement("bar-reg-droit", "reglementaire")
BANK = BankFacts(
    "abcd1234",
    None,
    tuple(
        SectorFacts(
            s.id,
            s.label,
            s.colour,
            rules=(RuleFacts(f"Règle du secteur {s.id}.", "Décret n° 2016-151, art. 3"),),
        )
        for s in SECTORS
    ),
    prompts=(
        ("reg-00", "Le télétravail est-il un droit ?"),
        ("reg-01", "Combien de jours au plus ?"),
    ),
)


def played_game():  # type: ignore[no-untyped-def]
    session = new_session(
        [*QUIZ, STATEMENT],
        barometer="equipes",
        duration_min=10,
        sectors=("reglementaire",),
        service="Service des finances",
        clock=FakeClock(),
    )
    for team, level in enumerate((1, 2, 4)):
        session.vote(team, level)
    session.pick("reglementaire")
    question = session.state.current.question
    session.answer(0, "A" if question.type == "vrai_faux" else "B")
    session.agree("reglementaire", "Un jour de présence commune : le mardi")
    session.end()
    for team, level in enumerate((3, 3, 4)):
        session.vote(team, level)
    session.agree("reglementaire", "Relire nos règles locales ensemble")
    return session


def test_each_statement_shows_its_votes_before_and_after_and_the_share_that_agrees() -> None:
    line = build_debrief(played_game().state, BANK).barometer.statements[0]
    assert (line.before.counts, line.after.counts) == ((1, 1, 0, 1), (0, 0, 2, 1))
    assert line.before.voters == "3 équipes"
    assert line.shift == french("D'accord : 67 % avant la partie, 0 % après.")
    assert [s.label for s in line.before.segments(line.levels)] == [
        "Tout à fait d’accord",
        "Plutôt d’accord",
        "Pas du tout d’accord",
    ]


def test_the_facts_come_with_the_questions_that_inform_them() -> None:
    line = build_debrief(played_game().state, BANK).barometer.statements[0]
    assert line.facts.startswith("Ce que disent les faits")
    played, other = line.informing  # the question played in this game comes first
    assert played.rate is not None and other.rate is None
    assert other.text.endswith(french(" ? — pas jouée ici"))


def test_a_show_of_hands_is_counted_in_votes() -> None:
    session = new_session(
        [*QUIZ, STATEMENT], barometer="main_levee", duration_min=10, sectors=("reglementaire",)
    )
    session.count((4, 6, 2, 0))
    line = build_debrief(session.state, BANK).barometer.statements[0]
    assert line.before.voters == "12 votes" and line.after is None
    assert line.shift == french("D'accord : 83 % avant la partie (pas de second vote).")


def test_the_agreements_come_by_sector_with_their_framing_rules_and_dates() -> None:
    agreements = build_debrief(played_game().state, BANK).agreements
    assert agreements.total == 2
    (sector,) = agreements.by_sector
    assert [line.text for line in sector.lines] == [
        french("Un jour de présence commune : le mardi"),
        "Relire nos règles locales ensemble",
    ]
    assert sector.rules[0].text == "Règle du secteur reglementaire."
    assert agreements.heading == french("Nos accords d'équipe — Service des finances")
    assert agreements.dated == french("Établis le 05/01/2026 · à revoir le 05/04/2026")


def test_the_debrief_offers_the_agreement_hints_of_what_was_played() -> None:
    debrief = build_debrief(played_game().state, BANK)
    played = {p for _, hints in debrief.suggestions for p in hints}
    assert played <= {french("Un jour de présence commune : …")}


def test_three_months_later_keeps_the_day_or_takes_the_last_of_a_short_month() -> None:
    assert months_later(date(2026, 1, 5), 3) == date(2026, 4, 5)
    assert months_later(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert months_later(date(2026, 10, 15), 3) == date(2027, 1, 15)
