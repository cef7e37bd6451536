"""The question card, shared by the Question and Reveal scenes: a light card tinted with the
sector's colour, a band with the pictogram, sector and points, option tiles A–D, the countdown
ring.

Fitting is computed, not guessed: the prompt and the options shrink together, from their
preferred sizes to the 1/30-of-the-height minimum, until they fill the card without
overflowing; the tiles then share the space that is left.

The bank's texts are typed on ordinary keyboards (``l'agent``, ``Attention : …``): they reach
the screen through :func:`shown`, which gives them French typography (’, « », no-break spaces
before « ? ! : ; »), so that a lone « ? » never starts a line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game.rules.bank.model import LETTERS
from game.ui import graphics, theme, widgets
from game.ui.context import Ui
from game.ui.game import Notice
from game.ui.layout import inset, take_left
from game.ui.text import Fitted, overflowing
from game.ui.wheelview import WheelSector
from game.wording import french, say_n

P = theme.PALETTE
TILE_MAX = 0.2  # tallest option tile, of the window height
BADGE = 0.062  # letter badge diameter, of the window height
PROMPT_GAP = 0.03  # between the prompt and the options, of the window height
RING_WARN_S = 10
HINT_ROW = 0.055  # the line under a card that says what « suivant » does, of the height
_Attempt = tuple[Fitted | None, list[Fitted], list[int]]


@dataclass(frozen=True)
class CardFit:
    """Where the prompt and each option go, and at what size."""

    prompt: Fitted | None
    prompt_rect: pygame.Rect
    tiles: tuple[pygame.Rect, ...]
    texts: tuple[Fitted, ...]
    below: pygame.Rect  # what is left under the tiles (number entry, notes)
    fits: bool


def points_text(points: int) -> str:
    """« 1 point », « 4 points »."""
    return say_n("game.card.points", points)


def shown(text: str) -> str:
    """A text of the bank as the room reads it: with French typography."""
    return french(text)


def draw_card(
    surface: pygame.Surface, ui: Ui, rects: dict[str, pygame.Rect], sector: WheelSector
) -> None:
    """The card's background and its coloured band."""
    lay = ui.layout
    card = rects["card"]
    graphics.panel(surface, card, theme.card_tint(sector.colour), lay.radius)
    band = rects["band"]
    pygame.draw.rect(
        surface,
        sector.colour,
        band,
        border_top_left_radius=lay.radius,
        border_top_right_radius=lay.radius,
    )
    ink = theme.text_on(sector.colour)
    picto = rects["picto"]
    graphics.blit_centred(surface, ui.images.svg(sector.pictogram, picto.height, ink), picto.center)


def draw_band_text(
    surface: pygame.Surface,
    ui: Ui,
    rects: dict[str, pygame.Rect],
    sector: WheelSector,
    left: str,
    right: str,
    team: tuple[int, theme.Colour] | None,
) -> None:
    """Sector and points on the left of the band, whose turn on the right."""
    ink = theme.text_on(sector.colour)
    area = rects["band_text"]
    lay = ui.layout
    left_rect, right_rect = take_left(area, round(area.width * 0.46), lay.gap)
    ui.type.text(surface, left, "label", left_rect, ink, "left", "middle", max_lines=2)
    if team is not None:
        disc, right_rect = take_left(right_rect, right_rect.height, lay.gap // 2)
        widgets.team_disc(
            surface, ui, disc.center, round(disc.height * 0.4), team[1], team[0], edge=ink
        )
    ui.type.text(surface, right, "label", right_rect, ink, "left", "middle", max_lines=2)


def fit_options(
    ui: Ui, area: pygame.Rect, prompt: str | None, options: Sequence[str], reserve: int = 0
) -> CardFit:
    """Lay out the prompt and the option tiles in ``area`` (``reserve`` px kept below)."""
    lay = ui.layout
    gap = lay.h(PROMPT_GAP) if prompt else 0
    tiles = lay.option_grid(pygame.Rect(area.left, 0, area.width, 100), len(options))
    text_widths = [_tile_text_width(ui, t) for t in tiles]
    per_row = 2 if len(tiles) > 1 and tiles[1].top == tiles[0].top else 1

    def attempt(grade: float) -> _Attempt | None:
        fitted_prompt = (
            ui.type.fit(prompt, "prompt", (area.width, 10**6), grade=grade) if prompt else None
        )
        texts = [
            ui.type.fit(o, "answer", (w, 10**6), grade=grade)
            for o, w in zip(options, text_widths, strict=True)
        ]
        heights = _row_heights(ui, texts, per_row)
        used = (
            (fitted_prompt.height if fitted_prompt else 0)
            + gap
            + sum(heights)
            + lay.gap * max(0, len(heights) - 1)
            + reserve
        )
        broken = any(t.broken for t in texts) or bool(fitted_prompt and fitted_prompt.broken)
        return None if used > area.height or broken else (fitted_prompt, texts, heights)

    result, fits = _best(attempt)
    if result is None:
        result, fits = _forced(ui, prompt, options, text_widths, area.width, per_row), False
    return _place(ui, area, result, per_row, gap, reserve, fits)


def _best(attempt: Callable[[float], _Attempt | None]) -> tuple[_Attempt | None, bool]:
    top = attempt(1.0)
    if top is not None:
        return top, True
    low, high, best = 0.0, 1.0, attempt(0.0)
    if best is None:
        return None, False
    for _ in range(7):
        mid = (low + high) / 2
        trial = attempt(mid)
        if trial is not None:
            low, best = mid, trial
        else:
            high = mid
    return best, True


def _forced(
    ui: Ui, prompt: str | None, options: Sequence[str], widths: list[int], width: int, per_row: int
) -> tuple[Fitted | None, list[Fitted], list[int]]:
    fitted_prompt = ui.type.fit(prompt, "prompt", (width, 10**6), grade=0) if prompt else None
    texts = [
        ui.type.fit(o, "answer", (w, 10**6), grade=0) for o, w in zip(options, widths, strict=True)
    ]
    return fitted_prompt, texts, _row_heights(ui, texts, per_row)


def _row_heights(ui: Ui, texts: list[Fitted], per_row: int) -> list[int]:
    pad = ui.layout.h(0.012)
    badge = ui.layout.h(BADGE)
    out = []
    for i in range(0, len(texts), per_row):
        row = texts[i : i + per_row]
        out.append(max(badge, max(t.height for t in row)) + 2 * pad)
    return out


def _tile_text_width(ui: Ui, tile: pygame.Rect) -> int:
    lay = ui.layout
    return tile.width - lay.h(BADGE) - lay.h(0.012) * 3 - lay.gap


def _place(
    ui: Ui,
    area: pygame.Rect,
    result: tuple[Fitted | None, list[Fitted], list[int]],
    per_row: int,
    gap: int,
    reserve: int,
    fits: bool,
) -> CardFit:
    lay = ui.layout
    fitted_prompt, texts, heights = result
    prompt_h = fitted_prompt.height if fitted_prompt else 0
    used = prompt_h + gap + sum(heights) + lay.gap * max(0, len(heights) - 1) + reserve
    spare = max(0, area.height - used)
    grow = spare // max(1, len(heights))
    heights = [min(max(h, lay.h(TILE_MAX)), h + grow) for h in heights]
    # What the tiles could not use is shared above and below: the card stays balanced.
    left_over = max(0, area.height - used - sum(heights) + sum(result[2]))
    prompt_rect = pygame.Rect(area.left, area.top + left_over // 2, area.width, prompt_h)
    y = prompt_rect.bottom + gap
    tiles: list[pygame.Rect] = []
    columns = lay.option_grid(pygame.Rect(area.left, 0, area.width, 100), len(texts))
    for row, height in enumerate(heights):
        for k in range(per_row):
            index = row * per_row + k
            if index < len(texts):
                tiles.append(pygame.Rect(columns[index].left, y, columns[index].width, height))
        y += height + lay.gap
    below_top = (y - lay.gap) if tiles else prompt_rect.bottom + gap
    below = pygame.Rect(area.left, below_top, area.width, max(0, area.bottom - below_top))
    return CardFit(fitted_prompt, prompt_rect, tuple(tiles), tuple(texts), below, fits)


def draw_prompt(surface: pygame.Surface, ui: Ui, fit: CardFit, text: str) -> None:
    if fit.prompt is None:
        return
    if not fit.fits:
        ui.type.note_overflow(overflowing(fit.prompt), "prompt", fit.prompt_rect.size)
    ui.type.draw(surface, fit.prompt, fit.prompt_rect, P.ink)


def draw_tile(
    surface: pygame.Surface,
    ui: Ui,
    rect: pygame.Rect,
    index: int,
    text: Fitted,
    sector: WheelSector,
    *,
    selected: bool = False,
    cursor: bool = False,
    dim: bool = False,
    ticked: bool | None = None,
) -> None:
    """An option: its letter in a badge of the sector's colour, then its text. Chosen: filled
    yellow, the colour of what « suivant » does. Under the clicker's cursor: a second, outer
    frame (and, on a question with several answers, the yellow fill: « suivant » ticks it).
    Ticked among several answers (``ticked`` is not None there): a check mark in place of the
    letter and a thick frame, so that only the cursor is yellow. Ruled out on a rebond: faded."""
    lay = ui.layout
    several = ticked is not None
    yellow = (cursor and not dim) if several else selected
    fill = P.banner if yellow else (P.dim_card if dim else P.card)
    marked = selected or cursor or ticked
    edge = P.ink if marked else theme.mix(sector.colour, P.ink, 0.25)
    width = lay.focus_ring if marked else lay.outline
    graphics.panel(surface, rect, fill, lay.radius, edge, width)
    if cursor:
        ring = rect.inflate(lay.focus_ring * 5, lay.focus_ring * 5)
        pygame.draw.rect(
            surface, P.ink, ring, width=lay.focus_ring, border_radius=lay.radius + lay.focus_ring
        )
    pad = lay.h(0.012)
    badge_side = lay.h(BADGE)
    badge_rect = pygame.Rect(
        rect.left + pad, rect.centery - badge_side // 2, badge_side, badge_side
    )
    badge_fill = P.ink if (selected or ticked) else sector.colour
    graphics.disc(surface, badge_rect.center, badge_side // 2, badge_fill)
    if ticked:
        graphics.check_mark(surface, badge_rect, theme.text_on(badge_fill))
    else:
        letter = ui.type.render(
            LETTERS[index], "bold", round(badge_side * 0.55), theme.text_on(badge_fill)
        )
        graphics.blit_centred(surface, letter, badge_rect.center)
    text_rect = pygame.Rect(
        badge_rect.right + pad + lay.gap // 2,
        rect.top + pad,
        _tile_text_width(ui, rect),
        rect.height - 2 * pad,
    )
    ui.type.draw(surface, text, text_rect, P.card_muted if dim else P.ink, "left", "middle")


def draw_ring(
    surface: pygame.Surface, ui: Ui, rect: pygame.Rect, left: float, total: float
) -> None:
    """The question's countdown: a ring that empties, and the seconds left in words. It turns
    red in the last seconds and stays red at zero: the timer waits, the team still answers."""
    side = rect.width
    graphics.disc(surface, rect.center, side // 2, P.panel)
    colour = P.focus if left > RING_WARN_S else theme.rgb(theme.OKABE_ITO["vermillion"])
    thickness = max(3, side // 11)
    share = 1.0 if left <= 0 else (left / total if total else 0)  # at zero: a full red ring
    image = graphics.ring(side - 4, thickness, share, colour, P.panel_edge)
    graphics.blit_centred(surface, image, rect.center)
    seconds = str(max(0, int(left + 0.999)))
    inner = inset(rect, thickness + 3)
    ui.type.text(surface, seconds, "label", inner, P.text, "centre", "middle", max_lines=1)


def draw_next_line(
    surface: pygame.Surface,
    ui: Ui,
    rect: pygame.Rect,
    notice: Notice | None,
    hint: tuple[str, bool],
) -> None:
    """The line under the card: what « suivant » does now (``hint``: its text, and whether it
    must stand out), or the last refusal or message, which always stands out."""
    lay = ui.layout
    edge: theme.Colour | None
    if notice is not None:
        text, edge = notice.text, P.wrong if notice.error else P.focus
    else:
        text, loud = hint
        edge = P.focus if loud else None
    if not text:
        return
    if edge is not None:
        graphics.panel(surface, rect, P.raised, lay.radius, edge, lay.outline)
    area = inset(rect, lay.outline).inflate(-lay.pad, 0)
    fitted = ui.type.fit(text, "label", area.size, max_lines=2)
    ui.type.note_overflow(fitted, "label", area.size)
    ui.type.draw(surface, fitted, area, P.text if edge else P.muted, "centre", "middle")
