"""Estimates: the team gives a number; right within the question's tolerance.

In « toutes les équipes » mode the closest team(s) win instead (« le plus proche gagne »). A
rebond team answers too: it hears the first team's number, which helps, hence half the points.
"""

from __future__ import annotations

import math
from typing import Any

from game.rules.bank import limits
from game.rules.errors import RuleError
from game.rules.kinds.base import Answer, Entry, Kind, QuestionLike
from game.rules.kinds.problems import rule_error
from game.wording import say
from game.wording.numbers import number

_EPSILON = 1e-9


def read_number(value: Any) -> float | None:
    """A number as an adviser or a spreadsheet writes it: 2.88, « 2,88 », « 1 500 »."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        text = value.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
        try:
            parsed = float(text.replace(",", "."))
        except ValueError:
            return None
        return parsed if math.isfinite(parsed) else None
    return None


SHORT_UNIT = 3  # characters: %, €, cm, min — shown beside a team's estimate in its chip


class Estimate(Kind):
    """A number, with its ``tolerance`` and ``unite``."""

    id = "estimation"
    entry: Entry = "number"

    def check_choices(self, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None:
            raise rule_error(say("bank.choices.not_for_estimates"))
        return None

    def read_answer(self, value: Any, choices: tuple[str, ...] | None) -> Any:
        if value is None:
            raise rule_error(say("bank.answer.number_missing", example="reponse: 88"))
        parsed = read_number(value)
        if parsed is None:
            raise rule_error(say("bank.answer.not_a_number", value=value))
        return parsed

    def check_tolerance(self, value: float | None) -> float | None:
        if value is None:
            raise rule_error(say("bank.tolerance.missing"))
        if not math.isfinite(value) or value < 0:
            raise rule_error(say("bank.tolerance.negative"))
        return value

    def check_unit(self, value: str | None) -> str | None:
        if not value:
            raise rule_error(say("bank.unit.missing"))
        if len(value) > limits.UNIT_MAX:
            raise rule_error(say("bank.unit.too_long", length=len(value), most=limits.UNIT_MAX))
        return value

    def right_text(self, question: QuestionLike) -> str:
        return f"{number(float(question.answer))} {question.unit or ''}".strip()

    def normalise(self, question: QuestionLike, raw: object) -> Answer:
        if raw is None:
            return None
        value = read_number(raw)
        if value is None:
            raise RuleError(say("game.entry.not_a_number", given=raw))
        return value

    def distance(self, question: QuestionLike, answer: Answer) -> float:
        if not isinstance(answer, float):
            raise TypeError("an estimate is a number")
        return abs(answer - float(question.answer))

    def margin(self, question: QuestionLike) -> float:
        """Decimal answers (0.1 + 0.2) must not fall just outside an exact tolerance."""
        return _EPSILON * max(1.0, abs(float(question.answer)))

    def is_right(self, question: QuestionLike, answer: Answer) -> bool:
        if answer is None:
            return False
        return self.distance(question, answer) <= (question.tolerance or 0.0) + self.margin(
            question
        )

    def closest_wins(self) -> bool:
        return True

    def rebond_open(self, question: QuestionLike, eliminated: Answer) -> bool:
        return True

    def tolerance_text(self, question: QuestionLike) -> str:
        tolerance = question.tolerance
        return say("common.answer.within", margin=number(tolerance)) if tolerance else ""

    def given_short(self, question: QuestionLike, answer: Answer) -> str:
        """« 25 % », « 3 cm »: a short unit stays with the number; a long one (« jours par
        semaine ») is on the card, not in a team's chip."""
        if not isinstance(answer, float):
            return ""
        unit = question.unit or ""
        return f"{number(answer)}\u00a0{unit}" if 0 < len(unit) <= SHORT_UNIT else number(answer)

    def given_long(self, question: QuestionLike, answer: Answer) -> str:
        if not isinstance(answer, float):
            return ""
        return f"{number(answer)} {question.unit or ''}".strip()

    def answer_cell(self, question: QuestionLike) -> str:
        return number(float(question.answer), decimals=6).replace("\u00a0", "")

    def answer_from_cell(self, text: str, choices: tuple[str, ...] | None) -> Any:
        return text.strip() or None  # « 0,5 » is read by read_answer
