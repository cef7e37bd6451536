"""A whole game played through the engine's API, the way a facilitator plays it.

Used by the export and memory measures: six teams, every kind of question, right and wrong
answers, rebonds, debate points, a score correction and an undo, on the shipped bank and a fake
clock, so that every run plays the same game.
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from game.rules.bank.loader import Bank, load_bank
from game.rules.bank.model import Question
from game.rules.errors import RuleError
from game.rules.session.clock import FakeClock
from game.rules.session.engine import Session
from game.rules.session.settings import DEFAULT_TEAM_COLOURS, SessionSettings, Team

ROOT = Path(__file__).resolve().parent.parent
TEAM_NAMES = (
    "Ressources humaines Sud",
    "Direction des finances",
    "Accueil et état civil",
    "Systèmes d'information",
    "Communication interne",
    "Services techniques Nord",
)


def shipped_bank() -> Bank:
    """The game's own question bank."""
    result = load_bank(ROOT / "questions")
    if result.bank is None:
        raise RuntimeError("la banque livrée ne se charge pas : python main.py validate")
    return result.bank


def settings(bank: Bank, n_teams: int, seed: int) -> SessionSettings:
    """Every sector, 30 minutes, a 60 s timer, teams with long names."""
    teams = tuple(Team(name=TEAM_NAMES[k], colour=DEFAULT_TEAM_COLOURS[k]) for k in range(n_teams))
    return SessionSettings(
        teams=teams,
        duration_min=30,
        timer_s=60,
        seed=seed,
        sectors=tuple(s.id for s in bank.sectors),
    )


def answer_for(question: Question, rng: random.Random) -> object:
    """Right about half the time, otherwise wrong or no answer."""
    if question.type == "estimation":
        exact = float(question.answer)
        return exact if rng.random() < 0.5 else exact + (question.tolerance or 0) + 1 + abs(exact)
    letters = "ABCD"[: len(question.options)]
    if question.type == "debat":
        return rng.choice(letters) if letters else None
    right = "".join(sorted(question.right_letters))
    wrong = [letter for letter in letters if letter not in right]
    roll = rng.random()
    return right if roll < 0.5 or not wrong else (None if roll < 0.6 else rng.choice(wrong))


def right_answer(question: Question) -> object:
    """What a team that knows enters."""
    if question.type == "estimation":
        return float(question.answer)
    return "".join(sorted(question.right_letters)) or None


def finish_question(session: Session, rng: random.Random, clock: FakeClock) -> None:
    """Answers from every team expected (a rebond never repeats the answer already given,
    which the rules refuse), the reveal, debate points from the allowed scale."""
    while session.expected_teams():
        question = session.state.current.question
        team = session.expected_teams()[0]
        try:
            session.answer(team, answer_for(question, rng))
        except RuleError:
            session.answer(team, right_answer(question))
        clock.advance(2)
    if session.state.phase == "question":
        session.reveal()
    current = session.state.current
    if current is not None and current.question.type == "debat":
        points = session.state.settings.scoring.debate_values
        for result in current.results:
            session.award_debate(result.team, rng.choice(points))


def play(
    n_teams: int = 6,
    n_questions: int = 40,
    journal_dir: Path | None = None,
    seed: int = 7,
    bank: Bank | None = None,
    start: datetime | None = None,
    end: bool = True,
) -> Session:
    """A finished game of ``n_questions`` questions (fewer if the bank or the time runs out);
    with ``end`` False, a game stopped there, as a power cut leaves it."""
    bank = bank or shipped_bank()
    clock = FakeClock(wall_start=start or datetime(2026, 3, 16, 14, 0, 0))
    session = Session.new(
        settings(bank, n_teams, seed), bank.active, bank.sectors, bank.version, clock, journal_dir
    )
    rng = random.Random(seed)
    for number in range(n_questions):
        if session.spin() is None:
            break
        clock.advance(10)
        finish_question(session, rng, clock)
        if number == 3:
            session.adjust(1, -1, "")
            session.undo()
            session.adjust(1, 2, "Bonne idée apportée au débat")
        session.next()
        clock.advance(5)
        if session.state.ended:
            break
    if end and not session.state.ended:
        session.end()
    return session


def questions_played(session: Session) -> int:
    """Questions played to their reveal (skipped ones left out)."""
    return sum(not p.skipped for p in session.state.played)
