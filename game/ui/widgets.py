"""Widgets: buttons (every action has one, so the mouse can do everything), team discs, header.

A widget is plain data (a rectangle, a label, the action a click means) plus a drawing function;
scenes build their widgets from the layout, draw them, and hand their click targets to the input
translation. Nothing here changes game state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.ui import graphics, layout, theme
from game.ui.actions import Act, Action, Target
from game.ui.context import Ui
from game.ui.text import Overflow
from game.ui.wheelparts import WheelSector

P = theme.PALETTE
HOVER_LIGHTEN = 0.12
ICON_FRACTION = 0.62
LABEL_ICON_GAP = 0.35
DISC_NUMBER = 1.25  # a team number's size, of its disc's radius


@dataclass
class Button:
    """A clickable, labelled action."""

    rect: pygame.Rect
    label: str
    action: Action
    icon: str | None = None
    primary: bool = False
    enabled: bool = True
    focused: bool = False  # what « suivant » presses: filled yellow, ringed
    selected: bool = False
    ringed: bool = False  # a form's field the keys act on, that « suivant » only leaves: ringed

    def target(self) -> Target:
        return Target(self.rect, self.action, self.enabled)


def command(name: str, value: object = None) -> Action:
    """A scene's own button action."""
    return Action(Act.COMMAND, (name, value) if value is not None else name)


def hovered(ui: Ui, rect: pygame.Rect) -> bool:
    return ui.hover is not None and rect.collidepoint(ui.hover)


def button_colours(ui: Ui, button: Button) -> tuple[theme.Colour, theme.Colour]:
    """(fill, text) for a button in its current state.

    One look per meaning, so that the room sees at 8 m what « suivant » will do: the focused
    button alone is filled yellow; a chosen value (a Setup option) is filled white; the primary
    action, when it does not have the focus, keeps the plain fill and gets a white border
    (:func:`draw_button`) instead of competing with the focus.
    """
    if not button.enabled:
        return P.panel, P.disabled_text
    if button.focused:
        fill, text = P.focus, P.ink
    elif button.selected:
        fill, text = P.button_primary, P.button_primary_text
    else:
        fill, text = P.button, P.text
    if hovered(ui, button.rect):
        fill = theme.mix(
            fill, P.ink if fill in (P.focus, P.button_primary) else P.paper, HOVER_LIGHTEN
        )
    return fill, text


def draw_button(surface: pygame.Surface, ui: Ui, button: Button, style: str = "label") -> None:
    """A rounded button: optional icon, then its label on one or two lines (a 4:3 projector's
    footer is narrow). The focused one also gets a ring around it, apart from its fill."""
    lay = ui.layout
    fill, colour = button_colours(ui, button)
    edge = P.text if button.primary and button.enabled and not button.focused else None
    graphics.panel(surface, button.rect, fill, lay.radius, edge, lay.outline)
    if (button.focused or button.ringed) and button.enabled:
        focus_ring(surface, ui, button.rect)
    inner = button.rect.inflate(-lay.pad, -max(2, lay.pad // 4))
    if button.icon:
        side = round(button.rect.height * ICON_FRACTION)
        if not button.label:
            image = ui.images.icon(button.icon, side, colour)
            graphics.blit_centred(surface, image, button.rect.center)
            return
        icon_rect = pygame.Rect(inner.left, button.rect.centery - side // 2, side, side)
        surface.blit(ui.images.icon(button.icon, side, colour), icon_rect)
        gap = round(side * LABEL_ICON_GAP)
        inner = pygame.Rect(
            icon_rect.right + gap, inner.top, inner.right - icon_rect.right - gap, inner.height
        )
    ui.type.text(surface, button.label, style, inner, colour, "centre", "middle", max_lines=2)


def focus_ring(
    surface: pygame.Surface, ui: Ui, rect: pygame.Rect, colour: theme.Colour = P.focus
) -> None:
    """The focus's ring, drawn just outside ``rect`` with a thin gap, so that it reads on any
    fill (a white field, a yellow button) and stays within the gap between two controls."""
    lay = ui.layout
    offset = max(1, lay.outline // 2)
    spread = 2 * (offset + lay.focus_ring)
    pygame.draw.rect(
        surface,
        colour,
        rect.inflate(spread, spread),
        width=lay.focus_ring,
        border_radius=lay.radius + offset + lay.focus_ring,
    )


def draw_buttons(surface: pygame.Surface, ui: Ui, buttons: Sequence[Button]) -> None:
    for button in buttons:
        draw_button(surface, ui, button)


def targets(buttons: Sequence[Button]) -> list[Target]:
    return [b.target() for b in buttons]


def team_disc(
    surface: pygame.Surface,
    ui: Ui,
    centre: tuple[int, int],
    radius: int,
    colour: theme.Colour,
    number: int,
    edge: theme.Colour | None = None,
) -> None:
    """A team's marker: its colour and its number, so colour is never the only cue."""
    graphics.disc(surface, centre, radius, colour, edge or P.background, max(1, radius // 8))
    label = theme.TEAM_NUMBERS[number] if number < len(theme.TEAM_NUMBERS) else "?"
    # A marker's number is a symbol inside a disc, not running text: it may be smaller.
    px = max(1, round(radius * DISC_NUMBER))
    image = ui.type.render(label, "bold", px, theme.text_on(colour))
    graphics.blit_centred(surface, image, centre)


def mark(surface: pygame.Surface, ui: Ui, rect: pygame.Rect, right: bool | None) -> None:
    """A right / wrong symbol in a disc (a shape, not only a colour); None draws nothing."""
    if right is None:
        return
    colour = P.right if right else P.wrong
    radius = min(rect.width, rect.height) // 2
    graphics.disc(surface, rect.center, radius, colour)
    icon = ui.images.icon("juste" if right else "faux", round(radius * 1.3), P.paper)
    graphics.blit_centred(surface, icon, rect.center)


def header_icons(ui: Ui, *, in_game: bool, paused: bool, muted: bool) -> list[Button]:
    """The row of icon buttons at the top right: pause, black screen, full screen, sound,
    help, quit."""
    rects = ui.layout.frame.icons
    specs = [
        ("lecture" if paused else "pause", Act.PAUSE, in_game),
        ("ecran-noir", Act.BLACK, True),
        ("fenetre" if ui.fullscreen else "plein-ecran", Act.FULLSCREEN, True),
        ("muet" if muted else "son", Act.MUTE, True),
        ("aide", Act.HELP, True),
        ("quitter", Act.QUIT, True),
    ]
    return [
        Button(rect, "", Action(kind), icon=icon, enabled=enabled)
        for rect, (icon, kind, enabled) in zip(rects, specs, strict=True)
    ]


def draw_icon_row(surface: pygame.Surface, ui: Ui, buttons: Sequence[Button]) -> None:
    """Header icons: quiet until the pointer is over them."""
    for button in buttons:
        if not button.enabled:
            continue
        if hovered(ui, button.rect):
            graphics.panel(surface, button.rect, P.raised, ui.layout.radius)
        side = round(button.rect.height * ICON_FRACTION)
        graphics.blit_centred(
            surface, ui.images.icon(button.icon or "aide", side, P.muted), button.rect.center
        )


def draw_backdrop(surface: pygame.Surface) -> None:
    surface.fill(P.background)


def shade(surface: pygame.Surface) -> None:
    """Dim everything under an overlay, as a veil of ``P.shade`` laid over it would: each
    colour is multiplied by what the veil lets through, then the veil's own colour is added.
    Two fills, with no window-sized veil kept in memory (8 MB at 1920×1080)."""
    *colour, alpha = P.shade
    through = 255 - alpha
    surface.fill((through, through, through), special_flags=pygame.BLEND_RGB_MULT)
    surface.fill(tuple(round(c * alpha / 255) for c in colour), special_flags=pygame.BLEND_RGB_ADD)


def draw_table(
    surface: pygame.Surface,
    ui: Ui,
    rect: pygame.Rect,
    rows: Sequence[tuple[str, str]],
    left_fraction: float,
) -> None:
    """Two-column rows (a key and what it does), all shrunk together to fit ``rect``."""
    lay = ui.layout
    gap = lay.h(0.004)
    left_w = round(rect.width * left_fraction)
    right_w = rect.width - left_w - lay.gap

    def heights(grade: float) -> list[int] | None:
        out = []
        for key, text in rows:
            a = ui.type.fit(key, "emphasis", (left_w, 10**6), grade=grade)
            b = ui.type.fit(text, "body", (right_w, 10**6), grade=grade)
            if a.broken or b.broken:
                return None
            out.append(max(a.height, b.height))
        return out

    grade, best = 1.0, heights(1.0)
    low, high = 0.0, 1.0
    if best is None or sum(best) + gap * len(rows) > rect.height:
        best = heights(0.0)
        grade = 0.0
        for _ in range(6):
            mid = (low + high) / 2
            trial = heights(mid)
            if trial is not None and sum(trial) + gap * len(rows) <= rect.height:
                low, best, grade = mid, trial, mid
            else:
                high = mid
    y = rect.top
    for (key, text), height in zip(rows, best or [], strict=False):
        left = pygame.Rect(rect.left, y, left_w, height)
        right = pygame.Rect(rect.left + left_w + lay.gap, y, right_w, height)
        fitted_key = ui.type.fit(key, "emphasis", (left_w, 10**6), grade=grade)
        fitted_text = ui.type.fit(text, "body", (right_w, 10**6), grade=grade)
        ui.type.draw(surface, fitted_key, left, P.focus)
        ui.type.draw(surface, fitted_text, right, P.text)
        y += height + gap
    if y - gap > rect.bottom:
        ui.type.overflows.append(Overflow(rows[-1][1], "body", rect.size, (rect.width, y)))


FOOTER_GROW = 0.08  # how much wider than its label a footer button may grow, of the height


def _shared(natural: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Widths that fill ``room``: each at least ``least``, the rest in proportion to how much
    more each label would like (all in proportion when even the least do not fit)."""
    if sum(least) >= room:
        return [int(w * room / sum(natural)) for w in natural]
    wants = [max(0, n - m) for n, m in zip(natural, least, strict=True)]
    spare = room - sum(least)
    return [int(m + spare * w / max(1, sum(wants))) for m, w in zip(least, wants, strict=True)]


FooterSpec = tuple[str, Action, "str | None", bool, bool]  # label, action, icon, primary, enabled


def footer_buttons(ui: Ui, specs: Sequence[FooterSpec]) -> list[Button]:
    """Footer buttons as wide as their labels need (at the smallest text size), centred.

    Short labels get short buttons, so that four to six actions fit a 4:3 projector's width;
    icons are dropped when they would not fit, and as a last resort every button shrinks in
    proportion and its label wraps onto two lines.
    """
    if not specs:
        return []
    lay = ui.layout
    footer = lay.frame.footer
    font = ui.fonts.get(theme.STYLES["label"].weight, ui.type.min_px("label"))
    icon = round(footer.height * ICON_FRACTION)
    room = footer.width - lay.gap * (len(specs) - 1)
    with_icons = True
    for with_icons in (True, False):
        natural = [
            font.size(label)[0]
            + lay.pad * 2
            + (icon + round(icon * LABEL_ICON_GAP) if name and with_icons else 0)
            for label, _, name, _, _ in specs
        ]
        if sum(natural) <= room:
            break
    widths = natural
    if sum(natural) <= room:
        grow = min((room - sum(natural)) / len(specs), lay.h(FOOTER_GROW))
        widths = [round(w + grow) for w in natural]
    gap = lay.gap
    if sum(natural) > room:
        # Each button keeps at least its longest word (a word is never cut: the label's box is
        # the button less a padding), the rest of the room goes to the long labels, which wrap
        # onto two lines; a crowded row narrows its gaps first.
        least = [
            max(font.size(word)[0] for word in label.split() or [""]) + lay.pad + 2
            for label, _, _, _, _ in specs
        ]
        if sum(least) > room:
            gap = max(1, lay.gap // 3)
            room = footer.width - gap * (len(specs) - 1)
        widths = _shared(natural, least, room)
    x = footer.centerx - (sum(widths) + gap * (len(specs) - 1)) // 2
    out = []
    for width, (label, action, name, primary, enabled) in zip(widths, specs, strict=True):
        rect = pygame.Rect(x, footer.top, width, footer.height)
        out.append(
            Button(
                rect,
                label,
                action,
                icon=name if with_icons else None,
                primary=primary,
                enabled=enabled,
            )
        )
        x += width + gap
    return out


def sector_chip(
    surface: pygame.Surface, ui: Ui, sector: WheelSector, button: Button, struck: bool = False
) -> None:
    """A sector's chip: its pictogram, on its colour when chosen (ringed when the keys act on
    it), plain otherwise, and struck through when ``struck`` (a sector left out of the game)."""
    lay = ui.layout
    fill = sector.colour if button.selected else P.panel
    graphics.panel(surface, button.rect, fill, lay.radius, sector.colour, lay.outline)
    if button.ringed:
        focus_ring(surface, ui, button.rect)
    ink = theme.text_on(sector.colour) if button.selected else P.muted
    side = round(button.rect.height * layout.CHIP_ICON)
    graphics.blit_centred(surface, ui.images.svg(sector.pictogram, side, ink), button.rect.center)
    if struck and not button.selected:
        pygame.draw.line(
            surface, P.muted, button.rect.bottomleft, button.rect.topright, lay.outline
        )
