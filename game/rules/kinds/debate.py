"""Debates: no right answer. Positions (« choix ») are optional; the facilitator gives points
(0 to the scale's maximum) for a well-argued position, never for being « right »."""

from __future__ import annotations

from game.rules.kinds.base import Answer, Entry, Kind, QuestionLike
from game.rules.kinds.choices import SingleChoice


class Debate(Kind):
    """A question that opens a discussion; the reveal shows how the teams split."""

    id = "debat"
    entry: Entry = "position"
    scored = False
    needs_further = True
    graded_by_facilitator = True

    def check_choices(self, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return None if value is None else SingleChoice().check_choices(value)

    def takes_answer(self, question: QuestionLike) -> bool:
        return bool(question.choices)  # without positions, nothing is entered

    def normalise(self, question: QuestionLike, raw: object) -> Answer:
        return SingleChoice().normalise(question, raw)

    def given_short(self, question: QuestionLike, answer: Answer) -> str:
        return SingleChoice().given_short(question, answer)

    def given_long(self, question: QuestionLike, answer: Answer) -> str:
        return SingleChoice().given_long(question, answer)
