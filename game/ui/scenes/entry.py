"""Entering answers on the Question screen, with a cursor the room can always see.

The cursor moves over *slots*: the options A–D (on a rebond, only those still open), then the
« Valider » button (several answers), « Sans réponse », and in « toutes les équipes » mode
« Révéler »; an estimate's number box; a free debate's « Voir la suite ». « précédent » (PageUp,
←) moves it; « suivant » (PageDown, →, Space, Enter) does exactly what the highlighted slot
says, and :meth:`Entry.next_move` is that one answer, read by the drawing and by the action
alike. Before the first move nothing is highlighted, and « suivant » only says how to choose:
a stray press never records an answer.

The keyboard is quicker: 1–4 (and A, C, D) choose, 0 records « Sans réponse », digits type an
estimate. What is typed but not yet confirmed lives here; everything confirmed goes to the
session at once. The entry resets whenever the question, the phase or the awaited teams change
(a rebond, an undo, another team's turn).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from game.rules.bank.model import LETTERS, Question
from game.rules.errors import RuleError
from game.rules.kinds import Answer
from game.rules.session import scoring
from game.ui.actions import Act, Action
from game.ui.scenes.base import Host, step_cursor
from game.wording import say

NUMBER_CHARS = "0123456789,-"
NUMBER_MAX = 12
Slot = str  # a letter, or "number", "confirm", "none", "reveal"
MoveKind = Literal["record", "toggle", "reveal", "explain"]


@dataclass(frozen=True)
class Move:
    """What « suivant » does now: record an answer (``answer``; None is « Sans réponse »),
    tick or untick an option, reveal the answers, or only explain how to choose."""

    kind: MoveKind
    answer: Answer = None
    letter: str = ""


class Entry:
    """The facilitator's entry in progress."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.key: tuple[object, ...] | None = None
        self.at: Slot | None = None  # the highlighted slot (None: nothing highlighted yet)
        self.selected: set[str] = set()
        self.number = ""
        self.team = 0
        self.nudge: str | None = None  # a short word for the facilitator, until the next key

    # --- what is on screen ---------------------------------------------------------------

    @property
    def question(self) -> Question | None:
        state = self.host.game.state
        return state.current.question if state and state.current else None

    @property
    def all_teams(self) -> bool:
        state = self.host.game.state
        return bool(state and state.settings.all_teams and state.phase == "question")

    def expected(self) -> tuple[int, ...]:
        state = self.host.game.state
        return state.expected_teams() if state else ()

    def sync(self) -> None:
        state = self.host.game.state
        if state is None or state.current is None:
            self.key = None
            return
        current = state.current
        # The game is part of the key: a new game may draw the same first question.
        key = (
            state.started_wall,
            state.settings.team_names,
            current.question.id,
            state.phase,
            self.expected(),
            len(current.answers),
        )
        if key == self.key:
            return
        self.key = key
        self.selected, self.number, self.nudge = set(), "", None
        expected = self.expected()
        if not self.all_teams or self.team not in expected:
            self.team = expected[0] if expected else state.active_team
        slots = self.slots()
        settled = len(slots) == 1 or (slots and slots[0] == "number")
        self.at = slots[0] if settled else None

    def eliminated(self) -> Answer:
        """On a rebond: the answer the first team gave (wrong), else None."""
        state = self.host.game.state
        if state is None or state.current is None or state.phase != "rebond":
            return None
        first = state.current.answer_of(state.current.team)
        return first.answer if first is not None else None

    def ruled_out(self) -> frozenset[str]:
        """The letters the rebond team may no longer give: shown faded, never reached."""
        question = self.question
        if question is None:
            return frozenset()
        return question.kind.ruled_out(question, self.eliminated())

    def slots(self) -> list[Slot]:
        question = self.question
        if question is None:
            return []
        kind = question.kind
        if not kind.takes_answer(question) or (self.all_teams and not self.expected()):
            return ["reveal"]
        if kind.entry == "number":
            out: list[Slot] = ["number"]
        else:
            out = [x for x in LETTERS[: len(question.options)] if x not in self.ruled_out()]
        if kind.entry == "letters" and self.selected:
            out.append("confirm")  # reachable once something is ticked: never an empty answer
        out.append("none")
        if self.all_teams:
            out.append("reveal")
        return out

    def slot(self) -> Slot | None:
        """The highlighted slot, if any."""
        return self.at if self.at in self.slots() else None

    def shown_letters(self) -> set[str]:
        """Options drawn chosen: the ticked ones, or the one under the cursor."""
        return set(self.selected)

    def cursor_letter(self) -> str | None:
        slot = self.slot()
        return slot if slot is not None and slot in LETTERS else None

    def next_move(self) -> Move:
        """Exactly what « suivant » does now."""
        slot = self.slot()
        question = self.question
        if slot is None or question is None:
            return Move("explain")
        if slot == "reveal":
            return Move("reveal")
        if slot == "none":
            return Move("record", None)
        if slot == "number":
            typed = self.number.strip("-,")
            return Move("record", self.number) if typed else Move("explain")
        if slot == "confirm":
            picked = "".join(sorted(self.selected))
            return Move("record", picked) if picked else Move("explain")
        if question.kind.entry == "letters":
            return Move("toggle", letter=slot)
        return Move("record", slot)

    def answer_team(self) -> int:
        """The team whose answer is being entered."""
        return self.team if self.all_teams else (self.expected() or (self.team,))[0]

    # --- actions -------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        question = self.question
        if question is None:
            return False
        kind = action.kind
        self.nudge = None
        if kind == Act.ANSWER:
            self._choose(str(action.value), question)
        elif kind == Act.NO_ANSWER:
            self._submit(None)
        elif kind in (Act.PREVIOUS, Act.DOWN, Act.UP):
            self._move(-1 if kind == Act.UP else 1)
        elif kind in (Act.NEXT, Act.CONFIRM):
            self._do(self.next_move(), question)
        elif kind == Act.TEXT and question.kind.entry == "number":
            self._type(str(action.value))
        elif kind == Act.DELETE:
            self.number = self.number[:-1]
        elif kind == Act.COMMAND:
            return self._command(action.value, question)
        else:
            return False
        return True

    def _command(self, value: object, question: Question) -> bool:
        if value == "confirm":
            self._confirm_button(question)
        elif value == "none":
            self._submit(None)
        elif value == "reveal":
            self._reveal()
        else:
            return False
        return True

    def _confirm_button(self, question: Question) -> None:
        """« Valider » clicked: what is chosen or typed, whatever the cursor is on."""
        if question.kind.entry == "number":
            picked = self.number if self.number.strip("-,") else ""
        else:
            picked = "".join(sorted(self.selected))
        if picked:
            self._submit(picked)
        else:
            self.nudge = self._explanation(question)

    def _choose(self, letter: str, question: Question) -> None:
        if letter not in LETTERS[: len(question.options)]:
            return
        if letter in self.ruled_out():
            self.nudge = self._repeat(question)
            return
        if question.kind.entry == "letters":
            self.selected ^= {letter}
            self.at = "confirm" if self.selected else letter
            return
        self.selected = {letter}
        self.at = letter
        self.host.ui.sound.play("select")
        if self.all_teams:
            self._submit(letter)

    def _move(self, step: int) -> None:
        slots = self.slots()
        if not slots:
            return
        self.at = step_cursor(slots, self.slot(), step)
        question = self.question
        if question is not None and question.kind.entry != "letters":
            self.selected = {self.at} if self.at is not None and self.at in LETTERS else set()

    def _do(self, move: Move, question: Question) -> None:
        if move.kind == "record":
            self._submit(move.answer)
        elif move.kind == "toggle":
            self.selected ^= {move.letter}
        elif move.kind == "reveal":
            self._reveal()
        else:
            self.nudge = self._explanation(question)

    def _type(self, char: str) -> None:
        if char in NUMBER_CHARS and len(self.number) < NUMBER_MAX:
            if char == "-" and self.number:
                return
            if char == "," and "," in self.number:
                return
            self.number += char
            self.at = "number"

    def _submit(self, answer: Answer | str) -> None:
        session = self.host.game.session
        question = self.question
        if session is None or question is None:
            return
        if self._repeats(question, answer):
            self.nudge = self._repeat(question)
            return
        team = self.answer_team()
        self.host.game.act(lambda: session.answer(team, answer))
        self.sync()

    def _repeats(self, question: Question, answer: Answer | str) -> bool:
        """The rebond's eliminated answer again (the rules refuse it: say why before)."""
        try:
            value = scoring.normalise_answer(question, answer)
        except RuleError:
            return False
        return question.kind.rebond_refused(question, self.eliminated(), value)

    def _reveal(self) -> None:
        session = self.host.game.session
        if session is not None:
            self.host.game.act(session.reveal)

    # --- words for the facilitator -------------------------------------------------------

    def _repeat(self, question: Question) -> str:
        state = self.host.game.state
        assert state is not None and state.current is not None
        first = state.settings.teams[state.current.team].name
        return say(
            "game.rules.rebond_repeats",
            team=first,
            answer=scoring.reading(question, self.eliminated()),
        )

    def keys_text(self, question: Question) -> str:
        """The keys that choose an option: « 1 ou 2 », « 1 à 4 »."""
        count = len(question.options)
        if count == 2:
            return say("game.entry.keys_two")
        return say("game.entry.keys_range", last=count)

    def _explanation(self, question: Question) -> str:
        entry = question.kind.entry
        if entry == "number":
            return say("game.entry.hint.number")
        keys = self.keys_text(question)
        eliminated = self.eliminated()
        if entry == "letters" and eliminated is not None:
            given = scoring.reading(question, eliminated)
            return say("game.entry.hint.letters_rebond", keys=keys, answer=given)
        if entry == "letters":
            return say("game.entry.hint.letters", keys=keys)
        return say("game.entry.hint.letter", keys=keys)

    def hint(self) -> tuple[str, bool]:
        """The line under the card: what « suivant » does now, or how to choose; True when it
        answers a key that did nothing else (drawn to catch the eye)."""
        question = self.question
        if question is None:
            return "", False
        if self.nudge:
            return self.nudge, True
        move = self.next_move()
        if move.kind == "explain":
            return self._explanation(question), False
        if move.kind == "reveal":
            bare = not question.kind.takes_answer(question)
            return (
                say("game.entry.next.further") if bare else say("game.entry.next.reveal")
            ), False
        if move.kind == "toggle":
            ticked = move.letter in self.selected
            return (
                say("game.entry.next.untick", letter=move.letter)
                if ticked
                else say("game.entry.next.tick", letter=move.letter)
            ), False
        return self._record_text(question, move.answer), False

    def _record_text(self, question: Question, answer: Answer) -> str:
        state = self.host.game.state
        assert state is not None
        team = state.settings.teams[self.answer_team()].name
        if isinstance(answer, str) and question.kind.entry == "number":
            try:
                answer = scoring.normalise_answer(question, answer)
            except RuleError:
                return say("game.entry.next.record", answer=self.number, team=team)
        shown = scoring.reading(question, answer, long=question.kind.entry == "number")
        return say("game.entry.next.record", answer=shown, team=team)
