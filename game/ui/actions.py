"""Every key, presenter-clicker key and mouse click becomes a semantic action, here and only here.

Scenes never read key codes: they receive :class:`Action` values. The mapping follows the
design's controls card (the same in every scene, listed on the help overlay):

Space / Enter / → / PageDown: next or confirm · ← / PageUp: back or previous option ·
A, C, D, 1–4: answer · P: pause · B or ``.``: black screen · F11 or F5: full screen ·
H, F1 or ?: help · Ctrl+Z or Backspace: undo · Tab then + / −: adjust a score · S: skip
(a baromètre statement too; Shift+S: the whole baromètre) · N: note a team agreement (on a
reveal and the debrief) · E: end the game · M: sound · Esc: leave full screen, go back, or ask
before quitting.

Presenter clickers send PageUp, PageDown, F5, Esc and ``.`` or B, which all map above. The
black screen wins over answers: a clicker cannot say whether its « b » meant « black » or « answer
B », and a black screen by mistake is seen at once and undone by any key, while a wrong answer
would cost a team its points. So B and ``.`` black the screen everywhere a name or a note is not
being typed, and answer B is given with 2 (like 1, 3, 4 for A, C, D), a click, or the clicker's
cursor. On an AZERTY keyboard ``.`` is Shift+; while a clicker sends the key that is « : » there:
both count.

A few keys change meaning with the input mode the top scene declares: while a number is typed,
digits, the comma (or the keypad's point) and Backspace edit it; while a name or a note is
typed, every printable key types; in a form, ← and → change the focused value while « suivant »
moves to the next field; in a confirmation, Space, Enter and « suivant » answer with the focused
button (the safe one by default) and the arrows, Tab and « précédent » move the focus; on the
debrief's pages, Enter confirms (the PDF) while Space, → and PageDown turn the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

import pygame


class Act(Enum):
    """What the facilitator means."""

    NEXT = "next"
    PREVIOUS = "previous"
    UP = "up"
    DOWN = "down"
    CONFIRM = "confirm"
    ANSWER = "answer"  # value: "A".."D"
    CHOOSE = "choose"  # value: a digit 0..9 (sector 1–5 on the board, debate points)
    NO_ANSWER = "no_answer"
    PAUSE = "pause"
    BLACK = "black"
    FULLSCREEN = "fullscreen"
    HELP = "help"
    UNDO = "undo"
    ADJUST = "adjust"  # Tab: open the score adjustment, or move to the next team there
    PLUS = "plus"
    MINUS = "minus"
    SKIP = "skip"  # value "all": Shift+S, the whole baromètre
    END = "end"
    MUTE = "mute"
    BACK = "back"  # Esc
    QUIT = "quit"  # the window's close button
    FURTHER = "further"  # D on the reveal: « Pour aller plus loin »
    AGREEMENT = "agreement"  # N: note a team agreement (reveal, debrief)
    TEXT = "text"  # value: typed characters
    DELETE = "delete"  # Backspace while typing
    PASTE = "paste"
    FOCUS_NEXT = "focus_next"  # Tab while filling a form; in a dialog, the other button
    CHANGE = "change"  # value: −1 or +1, ← or → on a form's focused value
    COMMAND = "command"  # a scene's own button; value: what it does


@dataclass(frozen=True)
class Action:
    """One semantic action, with its value when it carries one."""

    kind: Act
    value: object = None


class Mode(Enum):
    """How the top scene wants keys read."""

    GENERAL = "general"
    CHOICE = "choice"  # a question waits for a letter: B answers B
    NUMBER = "number"  # an estimate is typed
    TEXT = "text"  # a form or a field where text is typed: every printable key types
    ADJUST = "adjust"  # the score adjustment: a reason is typed, + and − change the points
    REVEAL = "reveal"  # D shows « Pour aller plus loin », digits give debate points
    DIALOG = "dialog"  # a confirmation: Enter/Space/PageDown answer, arrows move the focus
    PAGES = "pages"  # the debrief's pages: Space/→/PageDown turn, Enter confirms (the PDF)


@dataclass
class Target:
    """A clickable area and the action a click on it means."""

    rect: pygame.Rect
    action: Action
    enabled: bool = True
    contains: Callable[[tuple[int, int]], bool] | None = field(default=None, compare=False)

    def hit(self, pos: tuple[int, int]) -> bool:
        if not self.enabled or not self.rect.collidepoint(pos):
            return False
        return self.contains(pos) if self.contains else True


def _a(kind: Act, value: object = None) -> Action:
    return Action(kind, value)


# Keys that mean the same in every mode (function keys and window-level keys).
_ALWAYS: dict[int, Action] = {
    pygame.K_F11: _a(Act.FULLSCREEN),
    pygame.K_F5: _a(Act.FULLSCREEN),
    pygame.K_F1: _a(Act.HELP),
    pygame.K_ESCAPE: _a(Act.BACK),
}

_MOVES: dict[int, Action] = {
    pygame.K_SPACE: _a(Act.NEXT),
    pygame.K_RETURN: _a(Act.NEXT),
    pygame.K_KP_ENTER: _a(Act.NEXT),
    pygame.K_RIGHT: _a(Act.NEXT),
    pygame.K_PAGEDOWN: _a(Act.NEXT),
    pygame.K_LEFT: _a(Act.PREVIOUS),
    pygame.K_PAGEUP: _a(Act.PREVIOUS),
    pygame.K_UP: _a(Act.UP),
    pygame.K_DOWN: _a(Act.DOWN),
}

_LETTERS: dict[int, Action] = {
    pygame.K_p: _a(Act.PAUSE),
    pygame.K_b: _a(Act.BLACK, "b"),
    pygame.K_PERIOD: _a(Act.BLACK),
    pygame.K_KP_PERIOD: _a(Act.BLACK),
    pygame.K_h: _a(Act.HELP),
    pygame.K_QUESTION: _a(Act.HELP),
    pygame.K_BACKSPACE: _a(Act.UNDO),
    pygame.K_TAB: _a(Act.ADJUST),
    pygame.K_PLUS: _a(Act.PLUS),
    pygame.K_EQUALS: _a(Act.PLUS),
    pygame.K_KP_PLUS: _a(Act.PLUS),
    pygame.K_MINUS: _a(Act.MINUS),
    pygame.K_KP_MINUS: _a(Act.MINUS),
    pygame.K_s: _a(Act.SKIP),
    pygame.K_n: _a(Act.AGREEMENT),
    pygame.K_e: _a(Act.END),
    pygame.K_m: _a(Act.MUTE),
    pygame.K_a: _a(Act.ANSWER, "A"),
    pygame.K_c: _a(Act.ANSWER, "C"),
    pygame.K_d: _a(Act.ANSWER, "D"),
}

_NUMBER_ROW = {getattr(pygame, f"KSCAN_{d}"): d for d in range(10)}
_DIGIT_KEYS = {getattr(pygame, f"K_{d}"): d for d in range(10)}
_DIGIT_KEYS.update({getattr(pygame, f"K_KP{d}"): d for d in range(10)})


TYPING = frozenset({Mode.TEXT, Mode.ADJUST})  # modes where a key types its letter


def digit_of(event: pygame.event.Event) -> int | None:
    """The digit a key press means, whatever the keyboard layout (AZERTY needs no Shift)."""
    if event.key in _DIGIT_KEYS:
        return _DIGIT_KEYS[event.key]
    return _NUMBER_ROW.get(getattr(event, "scancode", -1))


def translate(
    event: pygame.event.Event,
    mode: Mode = Mode.GENERAL,
    targets: Sequence[Target] = (),
) -> list[Action]:
    """The actions one pygame event means in ``mode`` (usually zero or one)."""
    if event.type == pygame.QUIT or event.type == getattr(pygame, "WINDOWCLOSE", -1):
        return [_a(Act.QUIT)]
    if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
        for target in reversed(targets):
            if target.hit(event.pos):
                return [target.action]
        return []
    if event.type == pygame.TEXTINPUT:
        return _text(event.text, mode)
    if event.type != pygame.KEYDOWN:
        return []
    action = _key(event, mode)
    return [action] if action else []


def _text(text: str, mode: Mode) -> list[Action]:
    if mode == Mode.ADJUST:
        text = text.replace("+", "").replace("-", "")
    if mode in (Mode.TEXT, Mode.ADJUST) and text.isprintable() and text:
        return [_a(Act.TEXT, text)]
    if mode not in (Mode.TEXT, Mode.ADJUST, Mode.DIALOG) and text == "?":
        return [_a(Act.HELP)]  # "?" is Shift+, on AZERTY: only the typed text knows
    return []


def _key(event: pygame.event.Event, mode: Mode) -> Action | None:
    key, mods = event.key, event.mod
    ctrl = bool(mods & (pygame.KMOD_CTRL | pygame.KMOD_META))
    if key in _ALWAYS:
        return _ALWAYS[key]
    if ctrl and key == pygame.K_z:
        return _a(Act.UNDO)
    if ctrl and key == pygame.K_v and mode in (Mode.TEXT, Mode.ADJUST):
        return _a(Act.PASTE)
    if ctrl:
        return None
    if mode == Mode.DIALOG:
        return _dialog_key(key)
    if mode in (Mode.TEXT, Mode.ADJUST):
        return _text_key(key, mode, bool(mods & pygame.KMOD_SHIFT))
    if mode == Mode.NUMBER:
        number = _number_key(event)
        if number:
            return number
    if is_period(event):
        return _a(Act.BLACK)
    if mode == Mode.PAGES and key in (pygame.K_RETURN, pygame.K_KP_ENTER):
        return _a(Act.CONFIRM)
    if mode == Mode.REVEAL and key == pygame.K_d:
        return _a(Act.FURTHER)
    if mode == Mode.CHOICE:
        choice = _choice_key(event)
        if choice:
            return choice
    digit = digit_of(event)
    if digit is not None and mode != Mode.NUMBER:
        return _a(Act.CHOOSE, digit)
    if key == pygame.K_s and mods & pygame.KMOD_SHIFT:
        return _a(Act.SKIP, "all")
    return _MOVES.get(key) or _LETTERS.get(key)


def is_period(event: pygame.event.Event) -> bool:
    """The « écran noir » point, however it arrives: a clicker sends the key that is « . » on a
    QWERTY keyboard (« : » on AZERTY), an AZERTY keyboard types it with Shift+;."""
    if getattr(event, "scancode", -1) == pygame.KSCAN_PERIOD or event.key == pygame.K_PERIOD:
        return True
    shifted = bool(event.mod & pygame.KMOD_SHIFT)
    return getattr(event, "unicode", "") == "." or (shifted and event.key == pygame.K_SEMICOLON)


def _dialog_key(key: int) -> Action | None:
    # « suivant » answers with the focused button, which is « Continuer » until the facilitator
    # deliberately moves the focus: a stray Esc then Space or PageDown never ends a game.
    if key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_PAGEDOWN):
        return _a(Act.CONFIRM)
    if key in (
        pygame.K_LEFT,
        pygame.K_RIGHT,
        pygame.K_UP,
        pygame.K_DOWN,
        pygame.K_TAB,
        pygame.K_PAGEUP,
    ):
        return _a(Act.FOCUS_NEXT)
    if key == pygame.K_m:
        return _a(Act.MUTE)
    return None


def _text_key(key: int, mode: Mode, shift: bool) -> Action | None:
    table = {
        pygame.K_RETURN: _a(Act.CONFIRM),
        pygame.K_KP_ENTER: _a(Act.CONFIRM),
        pygame.K_BACKSPACE: _a(Act.DELETE),
        pygame.K_UP: _a(Act.UP),
        pygame.K_DOWN: _a(Act.DOWN),
        pygame.K_PAGEUP: _a(Act.PREVIOUS),
        pygame.K_PAGEDOWN: _a(Act.NEXT),
    }
    if mode == Mode.TEXT:
        table[pygame.K_LEFT] = _a(Act.CHANGE, -1)
        table[pygame.K_RIGHT] = _a(Act.CHANGE, 1)
        table[pygame.K_TAB] = _a(Act.UP) if shift else _a(Act.FOCUS_NEXT)
    else:
        table.update(
            {
                pygame.K_TAB: _a(Act.ADJUST),
                pygame.K_KP_PLUS: _a(Act.PLUS),
                pygame.K_PLUS: _a(Act.PLUS),
                pygame.K_KP_MINUS: _a(Act.MINUS),
                pygame.K_MINUS: _a(Act.MINUS),
                pygame.K_LEFT: _a(Act.PREVIOUS),
                pygame.K_RIGHT: _a(Act.NEXT),
            }
        )
    return table.get(key)


def _number_key(event: pygame.event.Event) -> Action | None:
    digit = digit_of(event)
    if digit is not None:
        return _a(Act.TEXT, str(digit))
    shifted = bool(event.mod & pygame.KMOD_SHIFT)  # Shift+, is « ? », Shift+; is « . » (AZERTY)
    # While a number is typed the facilitator is at the keyboard (« saisie au clavier »): the
    # point is a decimal point there, as anyone typing « 12.5 » means it, and B still blacks
    # the screen. The comma is what the box shows.
    if (
        event.key == pygame.K_KP_PERIOD
        or is_period(event)
        or (event.key in (pygame.K_COMMA, pygame.K_SEMICOLON) and not shifted)
    ):
        return _a(Act.TEXT, ",")
    if event.key in (pygame.K_MINUS, pygame.K_KP_MINUS):
        return _a(Act.TEXT, "-")
    if event.key == pygame.K_BACKSPACE:
        return _a(Act.DELETE)
    return None


def _choice_key(event: pygame.event.Event) -> Action | None:
    digit = digit_of(event)
    if digit is not None and 1 <= digit <= 4:
        return _a(Act.ANSWER, "ABCD"[digit - 1])
    if digit == 0:
        return _a(Act.NO_ANSWER)
    return None
