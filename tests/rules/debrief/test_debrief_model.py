"""The debrief model: every figure counted once from the engine's state, every choice made once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from game.rules.debrief import MAX_MISSED, BankFacts, SectorFacts, build_debrief
from game.rules.session import FakeClock, Session, read_journal
from game.rules.session.transitions import fold
from game.wording import french, say
from tests.rules.session.session_factory import (
    SECTOR_IDS,
    make_question,
    right_answer,
    session_with,
    wrong_answer,
)

ROOT = Path(__file__).resolve().parents[3]
REG_QCM = make_question(
    "reg-qcm",
    type="qcm",
    difficulty=2,
    explication="Faux. Le décret n° 2016-151, art. 3, fixe la règle. Ensuite.",
)
ORG_EST = make_question("org-est", sector="organisationnel", type="estimation")
TEC_VF = make_question(
    "tec-vf",
    sector="technique",
    type="vrai_faux",
    pour_aller_plus_loin="Et nos ordinateurs portables ?",
)
TEC_DEB = make_question("tec-deb", sector="technique", type="debat")
SOC_MULTI = make_question("soc-multi", sector="societal", type="qcm_multiple", difficulty=3)


def answer(session: Session, *given: object) -> None:
    """The expected teams answer in turn (the active team, then the rebond team)."""
    for value in given:
        session.answer(session.expected_teams()[0], value)


def played_game() -> Session:
    """Three teams in turn mode: a miss then a right rebond, two right answers, a debate, a
    skip and two corrections (one without a reason)."""
    clock = FakeClock()
    session = session_with(REG_QCM, ORG_EST, TEC_VF, TEC_DEB, SOC_MULTI, clock=clock)
    for sector, given in (
        ("reglementaire", ("A", "B")),
        ("technique", ("A",)),
        ("societal", ("AC",)),
    ):
        session.pick(sector)
        answer(session, *given)
        clock.advance(60)
        session.next()
    session.pick("technique")
    debater = session.expected_teams()[0]
    session.answer(debater, "B")
    session.award_debate(debater, session.state.settings.scoring.debate_max)
    session.next()
    session.adjust(0, 2, "bonne question posée")
    session.adjust(1, -1, "")
    clock.advance(30)
    session.pick("organisationnel")
    session.skip()  # the last question: the game ends
    return session


def test_the_ranking_is_the_engines_and_each_line_carries_its_teams_index() -> None:
    state = played_game().state
    debrief = build_debrief(state)
    assert [line.score for line in debrief.teams] == sorted(state.scores, reverse=True)
    for line in debrief.teams:
        assert line.score == state.scores[line.index]
        assert line.rank == state.ranks[line.index]
        assert line.name == state.settings.teams[line.index].name
        assert debrief.team(line.index) is line


def test_ties_share_a_rank_and_keep_the_setup_order() -> None:
    session = session_with(REG_QCM, ORG_EST)
    session.adjust(0, 1)
    session.adjust(2, 1)
    teams = build_debrief(session.state).teams
    assert [(t.rank, t.index, t.rank_text) for t in teams] == [
        (1, 0, "1er"),
        (1, 2, "1er"),
        (3, 1, "3e"),
    ]


def test_success_per_sector_counts_every_answer_expected_debates_and_skips_apart() -> None:
    debrief = build_debrief(played_game().state)
    group = {s.id: (s.group.attempts, s.group.right, s.played) for s in debrief.sectors}
    assert group == {
        "reglementaire": (2, 1, True),
        "organisationnel": (0, 0, False),
        "technique": (1, 1, True),
        "societal": (1, 1, True),
    }
    assert [s.group.fraction for s in debrief.sectors] == ["1/2", "—", "1/1", "1/1"]
    for team in debrief.teams:
        assert sum(r.attempts for r in team.rates) == sum(
            1
            for p in played_game().state.played
            if not p.skipped and p.question.kind.scored
            for r in p.results
            if r.team == team.index
        )


def test_the_most_missed_questions_come_with_their_answer_its_gist_and_source() -> None:
    section = build_debrief(played_game().state).misconceptions
    assert section.total == 1 and section.scored_played
    line = section.lines[0]
    assert (line.question_id, line.missed_by, line.answered_by) == ("reg-qcm", 1, 2)
    assert line.answer == "Bravo"
    assert line.gist == french("Le décret n° 2016-151, art. 3, fixe la règle.")  # no bare « Faux »
    assert line.source == french("Décret n° 2016-151, art. 3")
    assert line.who == french("manquée par 1\u00a0équipe sur\u00a02")


def test_five_misconceptions_at_most_the_most_missed_first_and_never_cut() -> None:
    questions = [
        make_question(
            f"q-{k}",
            sector=SECTOR_IDS[k % 5],
            type="vrai_faux",
            explication="Une phrase longue " + "très " * 40 + "qui finit.",
        )
        for k in range(9)
    ]
    session = session_with(*questions, rebond=False)
    for question in questions:
        session.pick(question.sector)
        answer(session, wrong_answer(question))
        session.next()
    section = build_debrief(session.state).misconceptions
    assert len(section.lines) == MAX_MISSED == 5 and section.total == 9
    assert section.left_out == 4
    assert all(
        not line.gist.endswith("…") and line.gist.endswith("qui finit.") for line in section.lines
    )


def test_a_debate_shows_each_position_with_the_points_the_engine_gave() -> None:
    state = played_game().state
    debate = build_debrief(state).debates.lines[0]
    played = next(p for p in state.played if p.question.id == "tec-deb")
    (result,) = played.results
    (stance,) = debate.stances
    assert (stance.letter, stance.option) == ("B", "Contre")
    assert [(t.team, t.points) for t in stance.teams] == [(result.team, result.points)]
    name = state.settings.teams[result.team].name
    assert stance.text == french(f"B. Contre : {name} ({result.points}\u00a0pts)")


def test_corrections_keep_their_reason_or_say_there_was_none() -> None:
    lines = build_debrief(played_game().state).corrections.lines
    assert [(c.team, c.delta, c.reason) for c in lines] == [
        (0, 2, "bonne question posée"),
        (1, -1, ""),
    ]
    assert lines[1].text.endswith(french("motif : sans motif"))
    assert french("+2\u00a0points") in lines[0].text


def test_the_panorama_star_is_the_engines_own_award() -> None:
    questions = [make_question(f"vf-{s}", sector=s, type="vrai_faux") for s in SECTOR_IDS[:2]]
    session = session_with(*questions, n_teams=2, rebond=False)
    for question in questions:
        session.pick(question.sector)
        answer(session, right_answer(question))
        session.next()
    state = session.state
    teams = {t.index: t for t in build_debrief(state).teams}
    for index in range(state.n_teams):
        assert teams[index].panorama == state.has_panorama_award(index)
        assert teams[index].sectors_won == len(state.sectors_won(index))
    bonus = state.settings.scoring.panorama_bonus
    assert str(bonus) in build_debrief(state).ranking.panorama_rule


def test_open_questions_start_with_the_debates_and_never_repeat() -> None:
    bank = BankFacts(
        "abcd1234",
        "2026-01-02",
        tuple(
            SectorFacts(
                s,
                s.capitalize(),
                "#0072B2",
                None,
                (f"Point clé {s}.",),
                (f"Et chez nous, pour {s} ?", f"Que changer en {s} ?"),
            )
            for s in SECTOR_IDS
        ),
    )
    questions = build_debrief(played_game().state, bank).open_questions.questions
    assert 3 <= len(questions) <= 5 and len(set(questions)) == len(questions)
    assert questions[0] == french("Et chez nous, pour tec-deb ?")


def test_the_bank_describes_its_sectors_and_dates_only_its_own_version() -> None:
    state = played_game().state
    same = BankFacts(
        state.bank_version,
        "2026-01-02",
        (SectorFacts("technique", "Technique", "#CC79A7", None, ("Le poste est fourni.",)),),
    )
    debrief = build_debrief(state, same)
    assert debrief.facts.bank_date is not None and "02/01/2026" in debrief.facts.bank
    assert [(s.label, points) for s, points in debrief.key_points.by_sector] == [
        ("Technique", ("Le poste est fourni.",))
    ]
    other = BankFacts("ffff0000", "2026-01-02", same.sectors)
    assert build_debrief(state, other).facts.bank_date is None


def test_the_facts_say_how_long_how_many_and_why_it_ended() -> None:
    session = played_game()
    facts = build_debrief(session.state, now_elapsed=9999).facts
    assert facts.duration_s == session.state.last_elapsed  # an ended game: its end time
    assert (facts.questions_played, facts.skipped, facts.teams) == (4, 1, 3)
    assert facts.questions == french("4\u00a0questions jouées (1\u00a0passée)")
    assert facts.ending == french("Fin : plus de question disponible")


def test_the_notes_typed_replace_those_saved_and_are_typeset() -> None:
    session = played_game()
    session.note("Déjà noté")
    assert build_debrief(session.state).notes.text == "Déjà noté"
    assert build_debrief(session.state, notes="Charte : l'équipe").notes.text == french(
        "Charte : l'équipe"
    )


def test_the_same_debrief_comes_from_the_state_or_from_its_events() -> None:
    session = played_game()
    assert build_debrief(fold(session.events)) == build_debrief(session.state)


def test_the_answers_have_a_row_per_team_and_question_in_the_engines_words() -> None:
    state = played_game().state
    rows = build_debrief(state).answers
    assert [(r.question_id, r.given, r.right) for r in rows] == [
        ("reg-qcm", french("A : Alpha"), False),
        ("reg-qcm", french("B : Bravo"), True),
        ("tec-vf", french("A : Vrai"), True),
        ("soc-multi", french("A : Alpha ; C : Charlie"), True),
        ("tec-deb", french("B : Contre"), None),
    ]
    assert all(
        r.points == p.points_of(r.team)
        for r in rows
        for p in state.played
        if p.question.id == r.question_id
    )
    assert rows[0].kind == "une bonne réponse"


def test_a_timed_out_answer_of_an_old_journal_reads_as_such_in_the_answers() -> None:
    journal = ROOT / "tests" / "rules" / "session" / "journals" / "format1-tour-par-tour.jsonl"
    events, _ = read_journal(journal)
    assert build_debrief(fold(events)).answers[0].given == say("common.answer.timed_out")


def test_an_unfinished_game_counts_the_time_used_so_far() -> None:
    session = session_with(REG_QCM, TEC_VF)
    session.spin()
    session.answer(0, "A")
    assert build_debrief(session.state, now_elapsed=10).facts.duration_s == 10


def test_the_model_imports_neither_pygame_nor_fpdf() -> None:
    code = (
        "import sys, game.rules.debrief; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pygame', 'fpdf'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"
