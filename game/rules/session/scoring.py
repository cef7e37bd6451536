"""Scoring, in one place: who is right, how many points, the turn order and the ranking.

Every number comes from ``ScoringRules`` (settings.py), whose defaults are the design's scale.
The rules, as a facilitator reads them:

* a choice question is right when the letters given are exactly the right letters (for a
  « plusieurs réponses » question: all the right options and no other);
* an estimate, in turn mode, is right within the question's tolerance; in all-teams mode the
  team(s) closest to the answer score full points and are marked right (« le plus proche
  gagne »): ties share, and a team that gave no estimate never scores;
* a debate has no right answer: each team's result is its « position », and its points are
  whatever the facilitator awards (``debate_values``: 0, 2 or 4);
* a rebond scores the question's points divided by ``rebond_divisor``, rounded down: exactly
  half on the default scale, never as much as the first answer;
* « panorama complet »: the first time a team has a right answer (rebond included; debate
  points do not count) in every sector in play, it earns ``panorama_bonus``, once;
* turns rotate 1, 2, …, n, 1, 2, …;
* nothing ever depends on speed;
* the ranking is standard competition ranking: ties share a rank (5, 5, 3 → 1, 1, 3).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from game.rules.bank.model import Question
from game.rules.errors import RuleError
from game.rules.session.events import Answer
from game.rules.session.settings import ScoringRules
from game.wording import say

Result = Literal["juste", "faux", "sans_reponse", "position"]
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


def rotation(turn: int, n: int) -> int:
    """Whose turn it is: plain rotation over ``n`` teams (0, 1, …, n-1, 0, 1, …)."""
    return turn % n


def takes_answer(question: Question) -> bool:
    """False when nothing is entered (a debate without positions): the reveal follows."""
    return question.kind.takes_answer(question)


def is_right(question: Question, answer: Answer) -> bool:
    """Right by itself (choice questions; estimates within tolerance). Never when not scored."""
    return question.kind.scored and question.kind.is_right(question, answer)


def single_result(
    question: Question, team: int, answer: Answer, points: int, rebond: bool = False
) -> TeamResult:
    """A team's result when it answers alone (turn mode): ``points`` if it is right."""
    if not question.kind.scored:
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
    kind = question.kind
    if not kind.scored:
        return tuple(TeamResult(t, "position") for t in range(n))
    points = rules.points(question.difficulty or 1)
    winners = _closest(question, answers) if kind.closest_wins() else None
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
    kind = question.kind
    distances = {t: kind.distance(question, a) for t, a in answers.items() if a is not None}
    if not distances:
        return frozenset()
    best = min(distances.values())
    margin = _EPSILON * max(1.0, abs(float(question.answer)))
    return frozenset(t for t, d in distances.items() if d <= best + margin)


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
    if not question.kind.takes_answer(question):
        raise RuleError(say("game.entry.debate_takes_nothing"))
    return question.kind.normalise(question, raw)


def reading(
    question: Question, answer: Answer, *, timed_out: bool = False, long: bool = False
) -> str:
    """How a team's answer reads, wherever it is shown: « B », « A, C », « 12,5 » in a chip,
    « B : Faux » or « 12,5 jours » in full (``long``); « Sans réponse » when none was given,
    or « Temps écoulé » when a format 1 journal's timer recorded it."""
    if answer is None:
        return say("common.answer.timed_out") if timed_out else say("common.answer.none")
    kind = question.kind
    return kind.given_long(question, answer) if long else kind.given_short(question, answer)


def answer_text(question: Question, answer: Answer) -> str:
    """An entered answer in full: « B : Faux », « A : … ; C : … », « 12 jours »."""
    return reading(question, answer, long=True)
