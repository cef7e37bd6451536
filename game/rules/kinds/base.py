"""The contract every question kind follows, with the behaviour most kinds share.

A kind never imports the bank's model: it works on anything shaped like a question
(:class:`QuestionLike`), so that the model can ask its kind to check the fields an adviser wrote.
Bank-side methods raise ``rule_error`` with a French message that reaches the adviser as is.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

from game.rules.kinds.problems import rule_error
from game.wording import say

Answer = str | float | None  # letters (« A », « AC »), a number, or None: no answer
Entry = Literal["letter", "letters", "number", "position", "scale", "nothing"]
LETTERS = "ABCD"


class QuestionLike(Protocol):
    """What a kind reads off a question (the bank's ``Question`` has all of it)."""

    @property
    def type(self) -> str: ...
    @property
    def choices(self) -> tuple[str, ...] | None: ...
    @property
    def answer(self) -> Any: ...
    @property
    def tolerance(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...


class Kind:
    """A question type. Subclasses set the class attributes and override what differs."""

    id: str = ""
    entry: Entry = "nothing"
    scored: bool = True  # right or wrong, points, success rates, « idées reçues »
    on_wheel: bool = True  # drawn by the wheel (the baromètre is voted at start and end)
    polled: bool = False  # voted by the room at the start and again before the debrief
    needs_difficulty: bool = True  # difficulty gives the points
    needs_further: bool = False  # « pour_aller_plus_loin » is required
    needs_informed_by: bool = False  # « informe_par »: questions that inform a statement
    graded_by_facilitator: bool = False  # the facilitator gives the points (a debate)

    # --- naming ----------------------------------------------------------------------------

    @property
    def label(self) -> str:
        """The type's name for people: « vrai ou faux », « débat »…"""
        return say(f"common.kind.{self.id}")

    # --- the bank: what an adviser writes ------------------------------------------------

    def check_choices(self, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        """The ``choix`` field, or a French ``rule_error``."""
        return value

    def read_answer(self, value: Any, choices: tuple[str, ...] | None) -> Any:
        """The ``reponse`` field as the model keeps it, or a French ``rule_error``."""
        if value is not None:
            raise rule_error(say("bank.kind.no_answer_expected", kind=self.id))
        return None

    def check_tolerance(self, value: float | None) -> float | None:
        if value is not None:
            raise rule_error(say("bank.kind.tolerance_only_estimates", kind=self.id))
        return None

    def check_unit(self, value: str | None) -> str | None:
        if value is not None:
            raise rule_error(say("bank.kind.unit_only_estimates", kind=self.id))
        return None

    # --- what the card shows ---------------------------------------------------------------

    def options(self, question: QuestionLike) -> tuple[str, ...]:
        """The options shown on the card, in the order of their letters."""
        return question.choices or ()

    def right_letters(self, question: QuestionLike) -> frozenset[str]:
        """Letters of the right options (empty when there is no right option)."""
        return frozenset()

    def right_text(self, question: QuestionLike) -> str:
        """The right answer as a facilitator reads it aloud (empty when there is none)."""
        return ""

    # --- entering and scoring --------------------------------------------------------------

    def takes_answer(self, question: QuestionLike) -> bool:
        """Whether the facilitator enters something for a team."""
        return self.entry != "nothing"

    def normalise(self, question: QuestionLike, raw: object) -> Answer:
        """The canonical form of an entered answer, or ``RuleError`` (see scoring)."""
        return None

    def is_right(self, question: QuestionLike, answer: Answer) -> bool:
        """Right by itself (never for a kind that is not scored)."""
        return False

    def closest_wins(self) -> bool:
        """In « toutes les équipes » mode, whether the closest answers win (estimates)."""
        return False

    def distance(self, question: QuestionLike, answer: Answer) -> float:
        """How far an answer is from the right one (estimates)."""
        return 0.0

    def rebond_open(self, question: QuestionLike, eliminated: Answer) -> bool:
        """Whether a rebond may follow a wrong ``eliminated`` answer: something is left to
        choose among, and more than one thing (a single option left would be a free point)."""
        return False

    def ruled_out(self, question: QuestionLike, eliminated: Answer) -> frozenset[str]:
        """The letters the rebond team may no longer give (shown faded on the card)."""
        return frozenset()

    def rebond_refused(self, question: QuestionLike, eliminated: Answer, answer: Answer) -> bool:
        """Whether ``answer`` repeats the ``eliminated`` one, so that a rebond may not give it:
        the same wrong answer again is never a second chance."""
        return eliminated is not None and answer is not None and answer == eliminated

    def tolerance_text(self, question: QuestionLike) -> str:
        """The margin an answer is judged with, as the card shows it (« à 2 près »), or ""."""
        return ""

    # --- how an answer reads ---------------------------------------------------------------

    def given_short(self, question: QuestionLike, answer: Answer) -> str:
        """A team's answer in a chip: « B », « A, C », « 12,5 » (never None: see caller)."""
        return "" if answer is None else str(answer)

    def given_long(self, question: QuestionLike, answer: Answer) -> str:
        """A team's answer in full: « B : Faux », « 12,5 jours »."""
        return self.given_short(question, answer)

    # --- spreadsheets ----------------------------------------------------------------------

    def answer_cell(self, question: QuestionLike) -> str:
        """The ``reponse`` column of a spreadsheet row."""
        return ""

    def answer_from_cell(self, text: str, choices: tuple[str, ...] | None) -> Any:
        """A spreadsheet's ``reponse`` cell as the model's input (``read_answer`` checks it)."""
        return text.strip() or None
