"""Choice questions: vrai ou faux, one right option (qcm), several right options (qcm_multiple).

The team's answer is the letters it gave (« B », « AC »). It is right when the letters are
exactly the right ones. After a wrong first answer the rebond team chooses among the options the
first team did not give — if at least two are left: a single one left would be a free point. On a
« plusieurs réponses » question every letter stays on offer (one of them may belong to the right
set): only the very combination the first team gave is refused.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from game.rules.bank import limits
from game.rules.errors import RuleError
from game.rules.kinds.base import LETTERS, Answer, Entry, Kind, QuestionLike
from game.rules.kinds.problems import rule_error
from game.wording import say
from game.wording.typography import semicolons

TRUE_FALSE_WORDS = {
    "vrai": True,
    "faux": False,
    "true": True,
    "false": False,
    "oui": True,
    "non": False,
}


def _closest(value: str, choices: tuple[str, ...]) -> str:
    match = difflib.get_close_matches(value, choices, n=1, cutoff=0.4)
    return say("bank.answer.closest", choice=match[0]) if match else ""


class _Choice(Kind):
    """What the three choice kinds share."""

    entry: Entry = "letter"

    def check_choices(self, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is None:
            raise rule_error(
                say(
                    "bank.choices.missing",
                    kind=self.id,
                    least=limits.CHOICES_MIN,
                    most=limits.CHOICES_MAX,
                )
            )
        if not limits.CHOICES_MIN <= len(value) <= limits.CHOICES_MAX:
            raise rule_error(
                say(
                    "bank.choices.count",
                    count=len(value),
                    least=limits.CHOICES_MIN,
                    most=limits.CHOICES_MAX,
                )
            )
        seen: set[str] = set()
        for choice in value:
            if choice.casefold() in seen:
                raise rule_error(say("bank.choices.twice", choice=choice))
            seen.add(choice.casefold())
        return value

    def right_text(self, question: QuestionLike) -> str:
        options = self.options(question)
        return semicolons(
            options[LETTERS.index(letter)] for letter in sorted(self.right_letters(question))
        )

    def normalise(self, question: QuestionLike, raw: object) -> Answer:
        if raw is None:
            return None
        options = self.options(question)
        allowed = LETTERS[: len(options)]
        if not isinstance(raw, str):
            raise RuleError(say("game.entry.letter_expected"))
        letters = {c for c in raw.upper() if c not in " ,;+-/"}
        if not letters:
            raise RuleError(say("game.entry.no_letter"))
        if not letters <= set(allowed):
            listed = say("common.list.or", items=", ".join(allowed[:-1]), last=allowed[-1])
            raise RuleError(say("game.entry.impossible_letter", given=raw, allowed=listed))
        if len(letters) > 1 and self.entry != "letters":
            raise RuleError(say("game.entry.one_answer_only"))
        return "".join(sorted(letters))

    def is_right(self, question: QuestionLike, answer: Answer) -> bool:
        return isinstance(answer, str) and frozenset(answer) == self.right_letters(question)

    def ruled_out(self, question: QuestionLike, eliminated: Answer) -> frozenset[str]:
        return frozenset(eliminated) if isinstance(eliminated, str) else frozenset()

    def rebond_refused(self, question: QuestionLike, eliminated: Answer, answer: Answer) -> bool:
        ruled_out = self.ruled_out(question, eliminated)
        return isinstance(answer, str) and bool(ruled_out & frozenset(answer))

    def rebond_open(self, question: QuestionLike, eliminated: Answer) -> bool:
        left = len(self.options(question)) - len(self.ruled_out(question, eliminated))
        return left >= 2

    def given_short(self, question: QuestionLike, answer: Answer) -> str:
        return ", ".join(answer) if isinstance(answer, str) else ""

    def given_long(self, question: QuestionLike, answer: Answer) -> str:
        if not isinstance(answer, str):
            return ""
        options = self.options(question)
        return semicolons(
            say("common.answer.letter_option", letter=letter, option=options[LETTERS.index(letter)])
            for letter in answer
        )

    def answer_cell(self, question: QuestionLike) -> str:
        # Letters, as on the card: a spreadsheet cell stays short and survives a reworded choice.
        return ", ".join(sorted(self.right_letters(question)))

    def answer_from_cell(self, text: str, choices: tuple[str, ...] | None) -> Any:
        """Letters (« A, C ») become the choices' texts; anything else is kept for
        ``read_answer`` to judge (a choice's text typed in full is fine too)."""
        text = text.strip()
        options = choices or ()
        letters = [t for t in re.split(r"[\s,;+/]+", text.upper()) if t]
        if letters and all(len(t) == 1 and t in LETTERS[: len(options)] for t in letters):
            texts = [options[LETTERS.index(t)] for t in letters]
            return texts[0] if self.entry == "letter" and len(texts) == 1 else texts
        return text or None


class TrueFalse(_Choice):
    """« Vrai » (A) or « Faux » (B); the bank writes ``reponse: vrai`` or ``faux``."""

    id = "vrai_faux"

    def check_choices(self, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None:
            raise rule_error(say("bank.choices.not_for_true_false"))
        return None

    def read_answer(self, value: Any, choices: tuple[str, ...] | None) -> Any:
        if isinstance(value, bool):
            return "vrai" if value else "faux"
        if isinstance(value, str) and value.strip().lower() in TRUE_FALSE_WORDS:
            return "vrai" if TRUE_FALSE_WORDS[value.strip().lower()] else "faux"
        if value is None:
            raise rule_error(
                say("bank.answer.true_false_missing", true="reponse: vrai", false="reponse: faux")
            )
        raise rule_error(say("bank.answer.true_false_wrong", value=value))

    def options(self, question: QuestionLike) -> tuple[str, ...]:
        return (say("common.true"), say("common.false"))

    def right_letters(self, question: QuestionLike) -> frozenset[str]:
        return frozenset("A" if question.answer == "vrai" else "B")

    def answer_cell(self, question: QuestionLike) -> str:
        return str(question.answer)

    def answer_from_cell(self, text: str, choices: tuple[str, ...] | None) -> Any:
        return text.strip() or None  # VRAI/FAUX, TRUE/FALSE, oui/non: read_answer knows them


class SingleChoice(_Choice):
    """One right option among two to four; the bank copies its text after ``reponse``."""

    id = "qcm"

    def read_answer(self, value: Any, choices: tuple[str, ...] | None) -> Any:
        if value is None:
            raise rule_error(say("bank.answer.single_missing"))
        if isinstance(value, list | tuple):
            raise rule_error(say("bank.answer.single_is_a_list"))
        text = str(value).strip()
        if choices and text not in choices:
            raise rule_error(say("bank.answer.not_a_choice", answer=text) + _closest(text, choices))
        return text

    def right_letters(self, question: QuestionLike) -> frozenset[str]:
        return frozenset(LETTERS[self.options(question).index(question.answer)])


class MultipleChoice(_Choice):
    """Several right options: the team gives all of them and no other (toggle, then confirm)."""

    id = "qcm_multiple"
    entry: Entry = "letters"

    def ruled_out(self, question: QuestionLike, eliminated: Answer) -> frozenset[str]:
        # A letter of a wrong combination may belong to the right one: only the whole
        # combination is ruled out (``rebond_refused``), every letter stays on offer.
        return frozenset()

    def rebond_refused(self, question: QuestionLike, eliminated: Answer, answer: Answer) -> bool:
        return Kind.rebond_refused(self, question, eliminated, answer)

    def read_answer(self, value: Any, choices: tuple[str, ...] | None) -> Any:
        if value is None:
            raise rule_error(say("bank.answer.multiple_missing"))
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list | tuple) or not items:
            raise rule_error(say("bank.answer.multiple_not_a_list"))
        texts = tuple(str(item).strip() for item in items)
        if len(set(texts)) != len(texts):
            raise rule_error(say("bank.answer.multiple_twice"))
        if choices:
            for text in texts:
                if text not in choices:
                    raise rule_error(
                        say("bank.answer.not_a_choice", answer=text) + _closest(text, choices)
                    )
            # The order of the card, so that letters read A, C rather than C, A.
            texts = tuple(c for c in choices if c in texts)
        return texts

    def right_letters(self, question: QuestionLike) -> frozenset[str]:
        options = self.options(question)
        return frozenset(LETTERS[options.index(a)] for a in question.answer)
