"""Entering answers on the Question screen: letters, several letters, a number, a position,
« no answer », and which team is being entered in « toutes les équipes » mode.

What is typed but not yet confirmed (a highlighted option, digits of an estimate) lives here;
everything confirmed goes to the session at once. The entry resets itself whenever the question,
the phase or the awaited teams change (a rebond, an undo, a timeout).
"""

from __future__ import annotations

import pygame

from game.rules.bank.model import LETTERS, Question
from game.rules.session.events import Answer
from game.ui import graphics, layout, theme
from game.ui.actions import Act, Action
from game.ui.card import points_text
from game.ui.layout import inset
from game.ui.scenes.base import Host
from game.ui.wheelview import WheelSector
from game.wording.numbers import number as format_number

P = theme.PALETTE
NUMBER_CHARS = "0123456789,-"
NUMBER_MAX = 12
Footer = tuple[str, Action, str | None, bool, bool]


class Entry:
    """The facilitator's entry in progress."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.key: tuple[object, ...] | None = None
        self.cursor: int | None = None
        self.selected: set[str] = set()
        self.number = ""
        self.team = 0

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
        key = (state.started_wall, state.settings.team_names, current.question.id, state.phase,
               self.expected(), len(current.answers))
        if key == self.key:
            return
        self.key = key
        self.cursor, self.selected, self.number = None, set(), ""
        expected = self.expected()
        if not self.all_teams or self.team not in expected:
            self.team = expected[0] if expected else state.active_team

    def slots(self) -> list[str]:
        question = self.question
        if question is None or question.type == "estimation":
            return []
        letters = list(LETTERS[: len(question.options)])
        multi = question.type == "qcm_multiple"
        return letters + (["confirm"] if multi else []) + ["none"]

    def shown_letters(self) -> set[str]:
        return self.selected

    def ruled_out(self) -> set[str]:
        """On a rebond: the letters the first team gave (wrong), shown faded."""
        state = self.host.game.state
        if state is None or state.current is None or state.phase != "rebond":
            return set()
        first = state.current.answer_of(state.current.team)
        return set(first.answer) if first and isinstance(first.answer, str) else set()

    def cursor_letter(self) -> str | None:
        slots = self.slots()
        if self.cursor is None or not slots:
            return None
        slot = slots[self.cursor % len(slots)]
        return slot if slot in LETTERS else None

    # --- actions -------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        question = self.question
        if question is None:
            return False
        kind = action.kind
        if kind == Act.ANSWER:
            self._choose(str(action.value), question)
        elif kind == Act.NO_ANSWER:
            self._submit(None)
        elif kind in (Act.PREVIOUS, Act.DOWN, Act.UP):
            self._move(-1 if kind == Act.UP else 1)
        elif kind in (Act.NEXT, Act.CONFIRM):
            self._confirm(question)
        elif kind == Act.TEXT and question.type == "estimation":
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
            self._confirm(question, from_button=True)
        elif value == "none":
            self._submit(None)
        elif value == "reveal":
            self._reveal()
        else:
            return False
        return True

    def _choose(self, letter: str, question: Question) -> None:
        if letter not in LETTERS[: len(question.options)]:
            return
        slots = self.slots()
        if question.type == "qcm_multiple":
            self.selected ^= {letter}
            self.cursor = slots.index("confirm")
            return
        self.selected = {letter}
        self.cursor = slots.index(letter)
        self.host.ui.sound.play("select")
        if self.all_teams:
            self._submit(letter)

    def _move(self, step: int) -> None:
        slots = self.slots()
        if not slots:
            return
        self.cursor = 0 if self.cursor is None else (self.cursor + step) % len(slots)
        slot = slots[self.cursor]
        question = self.question
        if slot in LETTERS and question is not None and question.type != "qcm_multiple":
            self.selected = {slot}

    def _type(self, char: str) -> None:
        if char in NUMBER_CHARS and len(self.number) < NUMBER_MAX:
            if char == "-" and self.number:
                return
            if char == "," and "," in self.number:
                return
            self.number += char

    def _confirm(self, question: Question, from_button: bool = False) -> None:
        game = self.host.game
        if question.type == "estimation":
            if self.number.strip("-,"):
                self._submit(self.number)
            elif self.all_teams and not self.expected():
                self._reveal()
            else:
                game.say("Tapez le nombre donné par l'équipe, puis Entrée.")
            return
        slots = self.slots()
        slot = slots[self.cursor % len(slots)] if self.cursor is not None and slots else None
        if slot == "none":
            self._submit(None)
        elif question.type == "qcm_multiple" and slot is not None and slot in LETTERS \
                and not from_button:
            self.selected ^= {slot}
        elif self.selected:
            self._submit("".join(sorted(self.selected)))
        elif question.type == "debat" or (self.all_teams and not self.expected()):
            self._reveal()
        else:
            game.say("Choisissez une réponse (A à D), ou 0 pour « pas de réponse ».")

    def _submit(self, answer: Answer | str) -> None:
        session = self.host.game.session
        if session is None:
            return
        team = self.team if self.all_teams else (self.expected() or (self.team,))[0]
        self.host.game.act(lambda: session.answer(team, answer))
        self.sync()

    def _reveal(self) -> None:
        session = self.host.game.session
        if session is not None:
            self.host.game.act(session.reveal)

    # --- texts and extras ----------------------------------------------------------------

    def footer(self) -> list[Footer]:
        question = self.question
        debate = question is not None and question.type == "debat"
        positions = bool(question and question.options)
        confirm = "Valider la position" if debate and positions else "Valider"
        out: list[Footer] = []
        if debate and not positions:
            out.append(("Voir la suite", Action(Act.COMMAND, "reveal"), "lecture", True, True))
        else:
            out.append((confirm, Action(Act.COMMAND, "confirm"), "juste", True, True))
            out.append(("Sans réponse", Action(Act.COMMAND, "none"), None, False, True))
        if self.all_teams or (debate and positions):
            out.append(("Révéler", Action(Act.COMMAND, "reveal"), "lecture", False, True))
        out.append(("Passer", Action(Act.SKIP), "passer", False, True))
        out.append(("Annuler", Action(Act.UNDO), "annuler", False, True))
        return out

    def band_texts(self) -> tuple[str, str, tuple[int, theme.Colour] | None]:
        state = self.host.game.state
        assert state is not None and state.current is not None
        current = state.current
        rules = state.settings.scoring
        label = state.sector_labels.get(current.sector, current.sector)
        if current.question.type == "debat":
            left = f"{label} · débat"
        elif state.phase == "rebond":
            left = f"{label} · {points_text(rules.rebond_points(current.question.difficulty))}"
        else:
            left = f"{label} · {points_text(rules.points(current.question.difficulty))}"
        if self.all_teams:
            if not self.expected():
                return left, "Toutes les réponses sont là : Révéler", None
            info = state.settings.teams[self.team]
            return left, f"Réponse de : {info.name}", (self.team, theme.rgb(info.colour))
        team = (self.expected() or (state.active_team,))[0]
        info = state.settings.teams[team]
        right = f"Rebond : {info.name}" if state.phase == "rebond" else f"{info.name} répond"
        return left, right, (team, theme.rgb(info.colour))

    def answer_label(self, answer: Answer, timed_out: bool) -> str:
        if answer is None:
            return "Temps écoulé" if timed_out else "Pas de réponse"
        if isinstance(answer, float):
            return format_number(answer)  # the unit is on the card: chips stay narrow
        return ", ".join(answer)

    def draw_extra(self, surface: pygame.Surface, rect: pygame.Rect,
                   sector: WheelSector) -> None:
        """Under the options: the estimate being typed, or a word about debates."""
        question, ui = self.question, self.host.ui
        if question is None or rect.height <= 0:
            return
        lay = ui.layout
        if question.type == "estimation":
            label = pygame.Rect(rect.left, rect.top + lay.gap, rect.width,
                                lay.h(layout.NUMBER_LABEL))
            ui.type.text(surface, "Tapez le nombre donné, puis Entrée :", "small", label,
                         P.card_muted, valign="middle", max_lines=1)
            box = pygame.Rect(rect.left, label.bottom, rect.width, lay.h(layout.NUMBER_BOX))
            graphics.panel(surface, box, P.card, lay.radius, P.ink, lay.focus_ring)
            shown = f"{self.number}| {question.unit or ''}".strip()
            ui.type.text(surface, shown, "heading", inset(box, lay.pad // 2).inflate(-lay.pad, 0),
                         P.ink, "left", "middle", max_lines=1)
        elif question.type == "debat" and not question.options:
            text = ("Débat : pas de bonne réponse. Écoutez les équipes, "
                    "puis « Voir la suite » (Entrée).")
            ui.type.text(surface, text, "body", rect, P.ink, "left", "bottom")
