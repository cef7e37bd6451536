"""Games played through the engine's API with a fake clock, for the export tests.

``play_game`` plays a whole session the way a facilitator would (spin, answers entered, debate
points, a manual correction, an undo) and returns the ``Session``; its journal, when a folder
is given, is a real one on disk. Answers are chosen by a seeded random generator, so every run
plays the same game.
"""

from __future__ import annotations

import os
import random
from datetime import datetime
from pathlib import Path

import pytest

from game.rules.bank.loader import Bank, load_bank
from game.rules.session.clock import FakeClock
from game.rules.session.engine import Session
from game.rules.session.settings import DEFAULT_TEAM_COLOURS, SessionSettings, Team

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # the PNG test uses pygame, headless
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

BANK_DIR = Path(__file__).resolve().parents[2] / "questions"
TEAM_NAMES = (
    "Les Hérissons",
    "Cœur d’équipe",
    "L’Œil du « Nord »",
    "Équipe Côte-d’Or",
    "Les Écureuils",
    "Télé-Pôle",
)
_BANK: list[Bank] = []


def shipped_bank() -> Bank:
    """The game's own question bank, loaded once."""
    if not _BANK:
        result = load_bank(BANK_DIR)
        assert result.bank is not None, result.problems
        _BANK.append(result.bank)
    return _BANK[0]


def _answer_for(
    question, rng: random.Random, right_share: float, taken: frozenset[object] = frozenset()
) -> object:
    """A plausible answer: right with probability ``right_share``, else wrong or none; never
    one already given on this question (a rebond chooses another answer)."""
    if question.type == "estimation":
        expected = float(question.answer)
        if rng.random() < right_share:
            return expected
        wrong = expected + (question.tolerance or 0) + 1 + abs(expected)
        return wrong * 2 if wrong in taken else wrong
    letters = "ABCD"[: len(question.options)]
    right = "".join(sorted(question.right_letters))
    if question.type == "debat":
        return rng.choice(letters)
    roll = rng.random()
    if roll < right_share:
        return right
    if roll < right_share + 0.08:
        return None
    wrong = [letter for letter in letters if letter not in right and letter not in taken]
    return rng.choice(wrong) if wrong else None


def _finish_question(
    session: Session, rng: random.Random, clock: FakeClock, right_share: float
) -> None:
    while session.expected_teams():
        current = session.state.current
        question = current.question
        for team in session.expected_teams():
            taken = frozenset(a.answer for a in current.answers if a.answer is not None)
            session.answer(team, _answer_for(question, rng, right_share, taken))
            clock.advance(3)
            if session.state.phase == "reveal":
                break
    if session.state.phase == "question":
        session.reveal()
    current = session.state.current
    if current is not None and current.question.type == "debat":
        most = session.state.settings.scoring.debate_max  # the scale is the game's own
        for result in current.results:
            session.award_debate(result.team, rng.choice((0, most)))


def play_game(
    n_teams: int = 3,
    n_questions: int = 12,
    journal_dir: Path | None = None,
    mode: str = "tour_par_tour",
    seed: int = 7,
    right_share: float = 0.55,
    end: bool = True,
    start: datetime | None = None,
) -> Session:
    """A game of ``n_teams`` teams and ``n_questions`` questions, played through the API."""
    bank = shipped_bank()
    clock = FakeClock(wall_start=start or datetime(2026, 3, 16, 14, 0, 0))
    teams = tuple(Team(name=TEAM_NAMES[k], colour=DEFAULT_TEAM_COLOURS[k]) for k in range(n_teams))
    settings = SessionSettings(
        teams=teams,
        mode=mode,
        duration_min=30,
        sectors=tuple(s.id for s in bank.sectors),
        seed=seed,
    )
    session = Session.new(settings, bank.active, bank.sectors, bank.version, clock, journal_dir)
    rng = random.Random(seed)
    for number in range(n_questions):
        if session.spin() is None:
            break
        clock.advance(20)
        _finish_question(session, rng, clock, right_share)
        if number == 2:
            session.adjust(0, 1, "Réponse juste donnée à l'oral, hors délai d'« écoute »")
            session.adjust(1, -1, "")
            session.undo()
            session.adjust(1, -1, "Erreur de saisie : l'équipe avait répondu B")
        session.next()
        clock.advance(5)
        if session.state.ended:
            break
    if end and not session.state.ended:
        session.end()
    return session


@pytest.fixture(scope="session")
def bank() -> Bank:
    return shipped_bank()


@pytest.fixture()
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "parties"
    folder.mkdir()
    return folder
