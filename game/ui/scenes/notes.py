"""Notes and actions typed on the Debrief (for the team's telework charter); they go into the
PDF and the game's journal. Typing works with accents and paste; Enter or Esc closes, keeping
the text. A presenter clicker cannot type: its « suivant » or « précédent » here brings up
« saisie au clavier », so that the facilitator knows why nothing else happened."""

from __future__ import annotations

import contextlib
from typing import Protocol

import pygame

from game.rules.errors import RuleError
from game.ui import clipboard, graphics, layout, theme, widgets
from game.ui.actions import Act, Action, Mode
from game.ui.layout import inset, take_bottom, take_top
from game.ui.scenes.base import Host, Scene
from game.ui.scenes.overlays import dialog_frame
from game.wording import say


class NotesOwner(Protocol):
    """The scene whose notes are being typed (the Debrief)."""

    notes: str


P = theme.PALETTE
NOTES_MAX = 800  # what fits the field at 1024×768 with the smallest text


class NotesOverlay(Scene):
    """A text area over the Debrief."""

    mode = Mode.TEXT
    overlay = True

    def __init__(self, host: Host, owner: NotesOwner) -> None:
        super().__init__(host)
        self.owner = owner
        self.keyboard = False  # a key that cannot type reached the notes: say they need one

    def handle(self, action: Action) -> bool:
        kind = action.kind
        text = self.owner.notes
        self.keyboard = kind in (
            Act.NEXT,
            Act.PREVIOUS,
            Act.UP,
            Act.DOWN,
            Act.CHANGE,
            Act.FOCUS_NEXT,
        )
        if kind == Act.TEXT:
            text += str(action.value)
        elif kind == Act.DELETE:
            text = text[:-1]
        elif kind == Act.PASTE:
            text += clipboard.paste_line()
        elif kind in (Act.CONFIRM, Act.BACK) or (kind == Act.COMMAND and action.value == "ok"):
            self.host.pop(self)
            self._save(text[:NOTES_MAX])
        self.owner.notes = text[:NOTES_MAX]
        return True

    def _save(self, text: str) -> None:
        """Journal the notes as the overlay closes, so a crash cannot lose them."""
        session = self.host.game.session
        if session is not None:
            with contextlib.suppress(RuleError):
                session.note(text)

    def _parts(self) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
        lay = self.ui.layout
        inner = inset(lay.big_dialog, lay.pad)
        head, rest = take_top(inner, lay.h(layout.HEADING_ROW), lay.gap)
        field, foot = take_bottom(rest, lay.h(layout.BUTTON_ROW), lay.gap)
        return head, field, foot

    def buttons(self) -> list[widgets.Button]:
        _, _, foot = self._parts()
        rect = pygame.Rect(0, 0, self.ui.layout.h(layout.WIDE_BUTTON), foot.height)
        rect.midright = foot.midright
        return [widgets.Button(rect, say("game.notes.done"), widgets.command("ok"), primary=True)]

    def draw(self, surface: pygame.Surface) -> None:
        ui, lay = self.ui, self.ui.layout
        dialog_frame(surface, lay.rect, lay.big_dialog, lay.radius, lay.outline)
        head, field, _ = self._parts()
        ui.type.text(
            surface, say("game.notes.title"), "heading", head, P.text, valign="middle", max_lines=1
        )
        graphics.panel(surface, field, P.card, lay.radius, P.ink, lay.outline)
        widgets.focus_ring(surface, ui, field)
        ui.type.text(surface, self.owner.notes + "|", "body", inset(field, lay.pad), P.ink)
        buttons = self.buttons()
        hint = pygame.Rect(
            field.left,
            buttons[0].rect.top,
            buttons[0].rect.left - lay.gap - field.left,
            buttons[0].rect.height,
        )
        if self.keyboard:
            graphics.panel(surface, hint, P.banner, lay.radius)
            ui.type.text(
                surface,
                say("game.notes.keyboard"),
                "label",
                inset(hint, lay.pad // 2),
                P.banner_text,
                valign="middle",
                max_lines=2,
            )
        else:
            ui.type.text(
                surface,
                say("game.notes.hint"),
                "small",
                hint,
                P.muted,
                valign="middle",
                max_lines=2,
            )
        widgets.draw_buttons(surface, ui, buttons)
