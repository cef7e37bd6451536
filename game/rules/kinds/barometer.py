"""The baromètre: a statement of perception each team places itself on, on a four-level scale,
at the start of a game and again before the debrief. No right answer, no points, never on the
wheel; it names the questions that inform it (``informe_par``) and its ``explication`` says, with
its source, what the facts say."""

from __future__ import annotations

from game.rules.kinds.base import LETTERS, Answer, Entry, Kind, QuestionLike
from game.rules.kinds.choices import SingleChoice
from game.rules.kinds.problems import rule_error
from game.wording import say

SCALE_LEVELS = 4  # tout à fait d'accord, plutôt d'accord, plutôt pas d'accord, pas du tout
AGREEING_LEVELS = 2  # the first two levels of the scale say « d'accord »


class Barometer(Kind):
    """A statement voted on the scale; the debrief compares the votes before and after."""

    id = "barometre"
    entry: Entry = "scale"
    scored = False
    on_wheel = False
    polled = True
    needs_difficulty = False
    needs_informed_by = True

    def check_choices(self, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None:
            raise rule_error(say("bank.choices.not_for_barometer"))
        return None

    def options(self, question: QuestionLike) -> tuple[str, ...]:
        return tuple(say(f"common.scale.level{level}") for level in range(1, SCALE_LEVELS + 1))

    def normalise(self, question: QuestionLike, raw: object) -> Answer:
        answer = SingleChoice().normalise(question, raw)
        if isinstance(answer, str) and answer not in LETTERS[:SCALE_LEVELS]:
            return None
        return answer

    def given_short(self, question: QuestionLike, answer: Answer) -> str:
        return SingleChoice().given_short(question, answer)

    def given_long(self, question: QuestionLike, answer: Answer) -> str:
        if not isinstance(answer, str):
            return ""
        return self.options(question)[LETTERS.index(answer)]
