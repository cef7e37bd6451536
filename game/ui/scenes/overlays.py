"""Overlays that stack on any scene: pause (timer frozen), help (every control, then the rules a
room sees), a confirmation (quit, end the game), and the black screen.

An overlay follows the scene interface. A *modal* overlay takes every action and every click;
the pause overlay is not modal for the controls that still make sense while paused (help,
black screen, undo, score correction, ending the game), and it leaves the question readable:
it takes the footer's place instead of veiling the screen, since a pause is when the room talks
about what is on it.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.rules.session.settings import ScoringRules
from game.ui import graphics, layout, theme, widgets
from game.ui.actions import Act, Action, Mode, Target
from game.ui.layout import inset, take_bottom, take_left, take_right, take_top
from game.ui.scenes.base import Host, Scene
from game.wording import say

P = theme.PALETTE

# The help's pages: a title, the share of the width its left column takes, then rows of (what
# to press or what it is about, what it does), each a catalogue key « game.help.<page>.<row>.keys »
# / « ….does ».
HELP_PAGES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    (
        "keys",
        layout.HELP_KEY_COLUMN,
        (
            "next",
            "previous",
            "answer",
            "sector",
            "black",
            "pause",
            "fullscreen",
            "undo",
            "adjust",
            "skip_end",
            "sound",
            "further",
            "debrief",
            "help",
            "escape",
        ),
    ),
    (
        "room",
        layout.HELP_TOPIC_COLUMN,
        (
            "clicker",
            "typing",
            "turns",
            "rebond",
            "timer",
            "all_teams",
            "points",
            "black_rule",
            "barometer",
            "agreements",
        ),
    ),
)


def help_rows(page: int, scoring: ScoringRules) -> list[tuple[str, str]]:
    """One page of the help as (keys, what they do); the points are this game's scale."""
    name, _, rows = HELP_PAGES[page]
    fields = scale_fields(scoring)
    return [
        (say(f"game.help.{name}.{row}.keys"), say(f"game.help.{name}.{row}.does", **fields))
        for row in rows
    ]


def scale_fields(scoring: ScoringRules) -> dict[str, str]:
    """« 2, 4 ou 6 », « 1, 2 ou 3 »…: the points of each difficulty, for the help."""

    def listed(values: list[int]) -> str:
        texts = [str(v) for v in dict.fromkeys(values)]
        if len(texts) == 1:
            return texts[0]
        return say("common.list.or", items=", ".join(texts[:-1]), last=texts[-1])

    levels = (1, 2, 3)
    return {
        "right": listed([scoring.points(d) for d in levels]),
        "rebond": listed([scoring.rebond_points(d) for d in levels]),
        "debate": listed(list(scoring.debate_values)),
        "bonus": str(scoring.panorama_bonus),
    }


def dialog_frame(
    surface: pygame.Surface, ui_rect: pygame.Rect, rect: pygame.Rect, radius: int, edge: int
) -> None:
    """A dialog panel over a dimmed screen."""
    widgets.shade(surface)
    graphics.panel(surface, rect, P.panel, radius, P.panel_edge, edge)


class PauseOverlay(Scene):
    """The game is paused: clocks frozen until P, « suivant » or the button. A band in the
    footer's place says so; the question above stays as it was, to be talked about."""

    overlay = True

    modal = False
    _PASS = (Act.BLACK, Act.HELP, Act.UNDO, Act.ADJUST, Act.END, Act.BACK, Act.QUIT)

    def _band(self) -> pygame.Rect:
        return self.ui.layout.frame.footer

    def buttons(self) -> list[widgets.Button]:
        band, lay = self._band(), self.ui.layout
        inner = inset(band, lay.outline * 3)  # room for the focus ring inside the band
        _, rect = take_right(inner, lay.h(layout.PAUSE_BUTTON), lay.gap)
        return [
            widgets.Button(
                rect,
                say("game.pause.resume"),
                Action(Act.PAUSE),
                icon="lecture",
                primary=True,
                focused=True,
            )
        ]

    def targets(self) -> list[Target]:
        # The band hides the scene's footer buttons: a click on it must not reach them.
        return [Target(self._band(), widgets.command("pause")), *super().targets()]

    def handle(self, action: Action) -> bool:
        if action.kind in (Act.NEXT, Act.CONFIRM, Act.PAUSE):
            session = self.game.session
            if session is not None:
                self.game.act(session.resume_play)
            return True
        return action.kind not in self._PASS

    def draw(self, surface: pygame.Surface) -> None:
        ui, lay = self.ui, self.ui.layout
        band = self._band()
        # A dark band with a yellow edge: the yellow « Reprendre » (the focus) stands out on it.
        graphics.panel(surface, band, P.raised, lay.radius, P.focus, lay.outline)
        inner = inset(band, lay.outline * 2)
        button = self.buttons()[0]
        text_area = pygame.Rect(
            inner.left, inner.top, button.rect.left - lay.gap - inner.left, inner.height
        )
        icon_rect, text_rect = take_left(text_area, text_area.height, lay.gap // 2)
        graphics.blit_centred(
            surface,
            ui.images.icon("pause", round(icon_rect.height * 0.7), P.focus),
            icon_rect.center,
        )
        ui.type.text(
            surface,
            say("game.pause.text"),
            "label",
            text_rect,
            P.text,
            "left",
            "middle",
            max_lines=2,
        )
        widgets.draw_button(surface, ui, button)


class HelpOverlay(Scene):
    """Every control on a first page, the rules a room sees on a second; « suivant » turns
    the page, then closes."""

    overlay = True

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.page = 0

    def _box(self) -> pygame.Rect:
        return inset(self.ui.layout.rect, self.ui.layout.margin)

    def _parts(self) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
        lay = self.ui.layout
        inner = inset(self._box(), lay.pad)
        head, rest = take_top(inner, lay.h(layout.HEADING_ROW), lay.gap)
        table, foot = take_bottom(rest, lay.h(layout.HELP_FOOT), lay.gap)
        return head, table, foot

    def buttons(self) -> list[widgets.Button]:
        _, _, foot = self._parts()
        lay, last = self.ui.layout, self.page == len(HELP_PAGES) - 1
        width = lay.h(layout.HELP_BUTTON)
        _, forward = take_right(foot, width)
        back = forward.move(-(width + lay.gap), 0)
        out = [
            widgets.Button(
                forward,
                say("game.help.close" if last else "game.help.more"),
                widgets.command("close" if last else "more"),
                focused=True,
            )
        ]
        if self.page > 0:
            out.insert(0, widgets.Button(back, say("game.help.back"), widgets.command("back")))
        return out

    def targets(self) -> list[Target]:
        # A click outside the buttons closes the help, as Esc does.
        return [Target(self.ui.layout.rect, Action(Act.BACK)), *super().targets()]

    def handle(self, action: Action) -> bool:
        kind, value = action.kind, action.value
        if kind == Act.NEXT or value == "more":
            self._turn(1)
        elif kind == Act.PREVIOUS or value == "back":
            self._turn(-1)
        elif kind in (Act.HELP, Act.BACK, Act.CONFIRM) or value == "close":
            self.host.pop(self)
        return True

    def _turn(self, step: int) -> None:
        page = self.page + step
        if 0 <= page < len(HELP_PAGES):
            self.page = page
        else:
            self.host.pop(self)

    def draw(self, surface: pygame.Surface) -> None:
        ui, lay = self.ui, self.ui.layout
        dialog_frame(surface, lay.rect, self._box(), lay.radius, lay.outline)
        head, table, _ = self._parts()
        name, column, _ = HELP_PAGES[self.page]
        title = say(f"game.help.{name}.title", page=str(self.page + 1), pages=str(len(HELP_PAGES)))
        ui.type.text(surface, title, "heading", head, P.text, valign="middle", max_lines=1)
        state = self.game.state
        scoring = state.settings.scoring if state is not None else ScoringRules()
        widgets.draw_table(surface, ui, table, help_rows(self.page, scoring), column)
        widgets.draw_buttons(surface, ui, self.buttons())


class ConfirmOverlay(Scene):
    """A yes / no question. The safe answer (« no ») comes first and has the focus unless
    ``default_yes``; Enter, Space and « suivant » answer with the focused button, the arrows,
    Tab and « précédent » move the focus, Esc says no."""

    overlay = True

    mode = Mode.DIALOG

    def __init__(
        self,
        host: Host,
        title: str,
        text: str,
        yes: str,
        on_yes: Callable[[], object],
        no: str | None = None,
        quitting: bool = False,
        default_yes: bool = False,
    ) -> None:
        super().__init__(host)
        self.title, self.text, self.yes = title, text, yes
        self.no = no if no is not None else say("game.confirm.continue")
        self.on_yes = on_yes
        self.quitting = quitting
        self.default_yes = default_yes
        self.focus_yes = default_yes

    def _box(self) -> pygame.Rect:
        return self.ui.layout.dialog

    def buttons(self) -> list[widgets.Button]:
        lay = self.ui.layout
        _, bottom = take_bottom(inset(self._box(), lay.pad), lay.h(layout.BUTTON_ROW))
        half = (bottom.width - lay.gap) // 2
        first = pygame.Rect(bottom.left, bottom.top, half, bottom.height)
        second = pygame.Rect(first.right + lay.gap, bottom.top, half, bottom.height)
        no = widgets.Button(
            first if not self.default_yes else second,
            self.no,
            widgets.command("no"),
            focused=not self.focus_yes,
            primary=not self.default_yes,
        )
        yes = widgets.Button(
            second if not self.default_yes else first,
            self.yes,
            widgets.command("yes"),
            focused=self.focus_yes,
            primary=self.default_yes,
        )
        return [yes, no] if self.default_yes else [no, yes]

    def handle(self, action: Action) -> bool:
        kind = action.kind
        if kind in (Act.FOCUS_NEXT, Act.PREVIOUS, Act.UP, Act.DOWN):
            self.focus_yes = not self.focus_yes
        elif kind in (Act.CONFIRM, Act.NEXT):
            self._answer(self.focus_yes)
        elif kind == Act.BACK:
            self._answer(False)
        elif kind == Act.COMMAND:
            self._answer(action.value == "yes")
        return True

    def _answer(self, yes: bool) -> None:
        self.host.pop(self)
        if yes:
            self.on_yes()

    def draw(self, surface: pygame.Surface) -> None:
        ui, lay = self.ui, self.ui.layout
        box = self._box()
        dialog_frame(surface, lay.rect, box, lay.radius, lay.outline)
        inner = inset(box, lay.pad)
        head, rest = take_top(inner, lay.h(layout.DIALOG_TITLE), lay.gap)
        ui.type.text(surface, self.title, "title", head, P.text, valign="middle", max_lines=1)
        text, _ = take_bottom(rest, lay.h(layout.BUTTON_ROW), lay.gap)
        body, keys = take_bottom(text, lay.h(layout.DIALOG_KEYS), lay.gap // 2)
        ui.type.text(surface, self.text, "body", body, P.text)
        focused = self.yes if self.focus_yes else self.no
        ui.type.text(
            surface,
            say("game.confirm.keys", choice=focused),
            "small",
            keys,
            P.muted,
            valign="bottom",
            max_lines=2,
        )
        widgets.draw_buttons(surface, ui, self.buttons())


class BlackOverlay(Scene):
    """A black screen, to turn the room's eyes away from the screen; any key brings it back,
    with ``message`` once the screen is back (why it went black, when that may surprise)."""

    overlay = True

    def __init__(self, host: Host, message: str | None = None) -> None:
        super().__init__(host)
        self.message = message

    def targets(self) -> list[Target]:
        return [Target(self.ui.layout.rect, Action(Act.BACK))]

    def handle(self, action: Action) -> bool:
        self.host.pop(self)
        if self.message:
            self.game.say(self.message)
        return True

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((0, 0, 0))
