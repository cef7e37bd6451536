"""How the Setup's own fields look: a team's colour disc, a team's name being typed (selected
until the first key, then with a caret, red when a key was refused), the service's name, the
tag that says why a name took no more letters, and the sectors' chips.

Each is drawn from what the scene passes in (a button, the form's state); none changes it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.rules.session.settings import TEAM_NAME_MAX
from game.ui import graphics, theme, widgets
from game.ui.context import Ui
from game.ui.layout import inset
from game.ui.wheelparts import WheelSector
from game.wording import say

P = theme.PALETTE


def colour_disc(
    surface: pygame.Surface, ui: Ui, button: widgets.Button, team: int, colour: str
) -> None:
    """The team's number on its colour; a click gives it the next free colour."""
    radius = button.rect.height // 2 - ui.layout.outline
    edge = P.text if widgets.hovered(ui, button.rect) else P.panel_edge
    widgets.team_disc(surface, ui, button.rect.center, radius, theme.rgb(colour), team, edge)


def name_field(
    surface: pygame.Surface, ui: Ui, button: widgets.Button, refused: bool, fresh: bool
) -> None:
    """A team's name. Focused and not yet typed in (``fresh``), the name shows as selected
    (the first key replaces it); typed in, a caret follows it; ``refused``, its ring turns red
    (and :func:`refusal` says why above the fields)."""
    lay = ui.layout
    here = button.ringed
    refused = here and refused
    edge = P.wrong if refused else (P.ink if here else P.panel_edge)
    graphics.panel(surface, button.rect, P.card, lay.radius, edge, lay.outline)
    if here:
        widgets.focus_ring(surface, ui, button.rect, P.wrong if refused else P.focus)
    inner = button.rect.inflate(-lay.pad, -2 * lay.outline)
    shown = button.label + ("|" if here and not fresh else "")
    fitted = ui.type.fit(shown or " ", "body", inner.size, max_lines=2)
    ui.type.note_overflow(fitted, "body", inner.size)
    if here and fresh and button.label:
        mark = pygame.Rect(0, 0, min(inner.width, fitted.width), fitted.height)
        mark.midleft = inner.midleft
        graphics.panel(surface, mark, P.focus, lay.outline)
    ui.type.draw(surface, fitted, inner, P.ink, "left", "middle")


def service_field(surface: pygame.Surface, ui: Ui, button: widgets.Button) -> None:
    """The service's name, or what it is for while it is empty (muted)."""
    lay = ui.layout
    graphics.panel(
        surface,
        button.rect,
        P.card,
        lay.radius,
        P.ink if button.ringed else P.panel_edge,
        lay.outline,
    )
    if button.ringed:
        widgets.focus_ring(surface, ui, button.rect)
    inner = button.rect.inflate(-lay.pad, -2 * lay.outline)
    caret = "|" if button.ringed else ""
    if button.label:
        ui.type.text(
            surface, button.label + caret, "body", inner, P.ink, "left", "middle", max_lines=1
        )
    else:  # what the field is for, the caret before it
        ui.type.text(
            surface,
            caret + say("game.setup.service.empty"),
            "small",
            inner,
            P.card_muted,
            "left",
            "middle",
            max_lines=1,
        )


def refusal(surface: pygame.Surface, ui: Ui, room: pygame.Rect) -> None:
    """Why the focused name took no more letters, in a red-edged tag in place of the teams'
    heading, right above the fields: nothing is cut without a word."""
    lay = ui.layout
    text = say("game.setup.name_too_long", max=TEAM_NAME_MAX)
    box = inset(room, lay.outline).size
    fitted = ui.type.fit(text, "small", (box[0] - lay.pad, box[1]), max_lines=1)
    ui.type.note_overflow(fitted, "small", (box[0] - lay.pad, box[1]))
    tag = pygame.Rect(0, 0, min(room.width, fitted.width + lay.pad * 2), room.height)
    tag.midleft = room.midleft
    graphics.panel(surface, tag, P.raised, lay.radius, P.wrong, lay.outline)
    ui.type.draw(surface, fitted, tag, P.text, "centre", "middle")


def sector_chips(
    surface: pygame.Surface,
    ui: Ui,
    sectors: Sequence[WheelSector],
    buttons: Sequence[widgets.Button],
) -> None:
    """A chip per sector: filled with its colour when chosen, struck through when left out."""
    for sector, button in zip(sectors, buttons, strict=True):
        widgets.sector_chip(surface, ui, sector, button, struck=True)
