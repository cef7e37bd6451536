"""What each question type does, in one place: the registry of question kinds.

Every part of the game asks its question's kind instead of comparing type names: the bank
(which fields a type needs, how its answer is written), the session (what is entered, whether it
is scored, whether a rebond follows, who is right), the debrief and the exports (how an answer
reads, how it goes into a spreadsheet cell), the screens (which input to show). A new type is a
new :class:`~game.rules.kinds.base.Kind` registered here, plus a screen component if its input is
new.

``KINDS`` lists them in the order the bank's documentation and statistics show them.
"""

from __future__ import annotations

from game.rules.kinds.barometer import AGREEING_LEVELS, SCALE_LEVELS, Barometer
from game.rules.kinds.base import Answer, Entry, Kind, QuestionLike
from game.rules.kinds.choices import MultipleChoice, SingleChoice, TrueFalse
from game.rules.kinds.debate import Debate
from game.rules.kinds.estimate import Estimate

KINDS: dict[str, Kind] = {
    kind.id: kind
    for kind in (TrueFalse(), SingleChoice(), MultipleChoice(), Estimate(), Debate(), Barometer())
}
TYPE_IDS: tuple[str, ...] = tuple(KINDS)


def kind_of(question: QuestionLike | str) -> Kind:
    """The kind of a question (or of a type id); ``KeyError`` for an unknown type."""
    return KINDS[question if isinstance(question, str) else question.type]


__all__ = [
    "AGREEING_LEVELS",
    "KINDS",
    "SCALE_LEVELS",
    "TYPE_IDS",
    "Answer",
    "Barometer",
    "Entry",
    "Kind",
    "QuestionLike",
    "kind_of",
]
