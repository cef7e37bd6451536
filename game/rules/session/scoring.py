"""Scoring, in one place: who is right, how many points, the turn order and the ranking.

Every number comes from ``ScoringRules`` (settings.py). The rules, as a facilitator reads them:

* a choice question is right when the letters given are exactly the right letters (for a
  « plusieurs réponses » question: all the right options and no other);
* an estimate, in turn mode, is right within the question's tolerance; in all-teams mode the
  team(s) closest to the answer score full points and are marked right (« le plus proche
  gagne »): ties share, and a team that gave no estimate never scores;
* a debate has no right answer: each team's result is its « position », and its points are
  whatever the facilitator awards (0 to ``debate_max``);
* a rebond scores the question's points divided by ``rebond_divisor``, rounded up;
* « panorama complet »: the first time a team has a win (a right answer, rebond included, or a
  debate point) in every sector in play, it earns ``panorama_bonus``, once;
* nothing ever depends on speed;
* the ranking is standard competition ranking: ties share a rank (5, 5, 3 → 1, 1, 3).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from game.rules.bank.answers import format_number
from game.rules.bank.model import LETTERS, Question
from game.rules.session.errors import RuleError
from game.rules.session.events import Answer
from game.rules.session.settings import ScoringRules

Result = Literal["juste", "faux", "sans_reponse", "position"]
CHOICE_TYPES = ("vrai_faux", "qcm", "qcm_multiple")
_EPSILON = 1e-9


@dataclass(frozen=True)
class TeamResult:
    """How one team did on one question: its result and the points it earned there."""

    team: int
    result: Result
    points: int = 0
    rebond: bool = False

    @property
    def right(self) -> bool:
        return self.result == "juste"

    @property
    def won(self) -> bool:
        """A win for « panorama complet »: a right answer or at least one debate point."""
        return self.result == "juste" or (self.result == "position" and self.points > 0)


def snake(turn: int, n: int) -> int:
    """Whose turn it is: snake order over ``n`` teams (0…n-1, then n-1…0, then 0… again)."""
    cycle, position = divmod(turn, n)
    return position if cycle % 2 == 0 else n - 1 - position


def takes_answer(question: Question) -> bool:
    """False for a debate without positions: nothing is entered, the reveal follows."""
    return question.type != "debat" or bool(question.options)


def is_right(question: Question, answer: Answer) -> bool:
    """Right by itself (choice questions; estimates within tolerance). Debates: never."""
    if answer is None or question.type == "debat":
        return False
    if question.type == "estimation":
        return _distance(question, answer) <= (question.tolerance or 0.0) + _margin(question)
    return isinstance(answer, str) and frozenset(answer) == question.right_letters


def _distance(question: Question, answer: Answer) -> float:
    if not isinstance(answer, float):
        raise TypeError("an estimate is a number")
    return abs(answer - float(question.answer))


def _margin(question: Question) -> float:
    # Decimal answers (0.1 + 0.2) must not fall just outside an exact tolerance.
    return _EPSILON * max(1.0, abs(float(question.answer)))


def single_result(
    question: Question, team: int, answer: Answer, points: int, rebond: bool = False
) -> TeamResult:
    """A team's result when it answers alone (turn mode): ``points`` if it is right."""
    if question.type == "debat":
        return TeamResult(team, "position", 0)
    if answer is None:
        return TeamResult(team, "sans_reponse", 0, rebond)
    if is_right(question, answer):
        return TeamResult(team, "juste", points, rebond)
    return TeamResult(team, "faux", 0, rebond)


def all_teams_results(
    question: Question, answers: Mapping[int, Answer], n: int, rules: ScoringRules
) -> tuple[TeamResult, ...]:
    """Every team's result when all teams answer at once (missing teams: no answer)."""
    if question.type == "debat":
        return tuple(TeamResult(t, "position") for t in range(n))
    points = rules.points(question.difficulty)
    winners = _closest(question, answers) if question.type == "estimation" else None
    results = []
    for team in range(n):
        answer = answers.get(team)
        if answer is None:
            results.append(TeamResult(team, "sans_reponse"))
        elif (team in winners) if winners is not None else is_right(question, answer):
            results.append(TeamResult(team, "juste", points))
        else:
            results.append(TeamResult(team, "faux"))
    return tuple(results)


def _closest(question: Question, answers: Mapping[int, Answer]) -> frozenset[int]:
    distances = {t: _distance(question, a) for t, a in answers.items() if a is not None}
    if not distances:
        return frozenset()
    best = min(distances.values())
    return frozenset(t for t, d in distances.items() if d <= best + _margin(question))


def ranks(scores: Sequence[int]) -> tuple[int, ...]:
    """Competition ranking: 1 + the number of teams with a strictly higher score."""
    return tuple(1 + sum(other > score for other in scores) for score in scores)


def panorama_complete(won: Iterable[str], sectors_in_play: Iterable[str]) -> bool:
    """True when the sectors won cover every sector in play (and there is at least one)."""
    target = frozenset(sectors_in_play)
    return bool(target) and target <= frozenset(won)


def normalise_answer(question: Question, raw: object) -> Answer:
    """The canonical form of an entered answer, or ``RuleError`` saying what is expected.

    Letters come upper case, sorted, without repeats (« ca » → "AC"); estimates become
    floats (« 12,5 » is read the French way); ``None`` means « no answer ».
    """
    if raw is None:
        return None
    if question.type == "estimation":
        return _number(raw)
    if not question.options:
        raise RuleError("Ce débat n'attend pas de position : passez directement à la "
                        "réponse.")
    if not isinstance(raw, str):
        raise RuleError("Une réponse s'indique par une lettre (A, B, C ou D).")
    return _letters(question, raw)


def _number(raw: object) -> float:
    value: float | None = None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value = float(raw)
    elif isinstance(raw, str):
        text = raw.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = None
    if value is None or not math.isfinite(value):
        raise RuleError(f"« {raw} » n'est pas un nombre : une estimation se répond par un "
                        "nombre (ex. : 12,5).")
    return value


def _letters(question: Question, raw: str) -> str:
    allowed = LETTERS[: len(question.options)]
    letters = {c for c in raw.upper() if c not in " ,;+-/"}
    if not letters:
        raise RuleError("Aucune lettre choisie : indiquez une réponse, ou « pas de réponse ».")
    if not letters <= set(allowed):
        listed = ", ".join(allowed[:-1]) + " ou " + allowed[-1]
        raise RuleError(f"Réponse « {raw} » impossible : choisissez {listed}.")
    if len(letters) > 1 and question.type != "qcm_multiple":
        raise RuleError("Une seule réponse est possible pour cette question.")
    return "".join(sorted(letters))


def answer_text(question: Question, answer: Answer) -> str:
    """An entered answer as text: « B : Faux », « A : … ; C : … », « 12 jours »."""
    if answer is None:
        return "pas de réponse"
    if isinstance(answer, float):
        return f"{format_number(answer)} {question.unit or ''}".strip()
    options = question.options
    return " ; ".join(f"{letter} : {options[LETTERS.index(letter)]}" for letter in answer)
