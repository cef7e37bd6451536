"""The wheel's parts as small images: each slice's fill and content, faded fills, team tokens.

A slice is drawn once per size into two images: its fill, made smooth along the rim by an
anti-aliased disc used as a mask (no supersampling, so a slice costs a fraction of a
millisecond), and its content (pictogram, the key that picks it, its label). A faded fill is a
copy of the full one passed through two blends. The wheel is then composed from these parts,
so showing the chosen sector or a new token costs a few blits, never a redraw of the slices.

The geometry (slice outlines, where the content fits, token directions) comes from
``game.rules.wheel``; this module only turns it into pixels.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pygame

from game.rules import wheel
from game.ui import graphics, theme
from game.ui.context import Ui
from game.ui.text import Fitted

P = theme.PALETTE
HUB = 0.15  # of the wheel radius
MARGIN = 0.035  # content keeps this clear of every edge, of the wheel radius
PICTO = 0.21  # pictogram side
KEY = 0.16  # side of the key cap that shows the number picking the sector
KEY_GAP = 0.035  # between the key cap and the pictogram
LABEL_HEIGHT = 0.14  # one label line box
STACK_GAP = 0.03  # between the pictogram row and the label
TOKEN = 0.08  # a team token's radius: its number at least 1/30 of the screen height
TOKEN_RING = 1.065  # token centres: they sit on the rim, half on the slice, half outside
TOKEN_NUMBER = 1.4  # a token's number size, of the token's radius
TOKEN_SPACING = 2.3  # between token centres, in token radii
EMBLEM_PICTO = 0.3  # the emblem's pictograms, of the wheel radius
PLATE_PAD = 0.02  # the plate under the chosen slice's content, around its text


@dataclass(frozen=True)
class WheelSector:
    """One slice as drawn: its id, label, colour and pictogram file."""

    id: str
    label: str
    colour: theme.Colour
    pictogram: Path


@dataclass(frozen=True)
class Sprite:
    """An image and where its top-left corner goes, relative to the wheel square."""

    image: pygame.Surface
    at: tuple[int, int]


Note = tuple[Fitted, str, tuple[int, int]]  # a text, its style and its box: overflow reports
Shown = tuple[str, pygame.Rect]  # a text the room sees and where, in the wheel's square


@dataclass(frozen=True)
class Content:
    """A slice's content image, the plates that hide the needle under it when it is chosen,
    and the texts it shows (reported again each frame if they overflow their box)."""

    sprite: Sprite
    plates: tuple[pygame.Rect, ...] = ()
    notes: tuple[Note, ...] = ()
    shown: tuple[Shown, ...] = ()


EMPTY = Content(Sprite(pygame.Surface((0, 0)), (0, 0)))


@lru_cache(maxsize=8)
def layouts(n: int) -> tuple[wheel.SliceLayout | None, ...]:
    """Where each slice's content goes on a wheel of radius 1 (scaled to any size)."""
    mark = (KEY + KEY_GAP + PICTO, PICTO)
    return tuple(
        wheel.slice_layout(
            i, n, 1.0, mark=mark, label_height=LABEL_HEIGHT, gap=STACK_GAP, inner=HUB, margin=MARGIN
        )
        for i in range(n)
    )


def label_box(n: int, i: int, radius: float, centre: tuple[float, float]) -> pygame.Rect:
    """Slice ``i``'s label box in pixels (empty when the slice is too small for one)."""
    spot = layouts(n)[i]
    if spot is None:
        return pygame.Rect(round(centre[0]), round(centre[1]), 0, 0)
    left, top, width, height = (v * radius for v in spot.label)
    return pygame.Rect(
        round(centre[0] + left), round(centre[1] + top), math.floor(width), math.floor(height)
    )


def fill_sprite(
    i: int,
    n: int,
    radius: float,
    centre: tuple[int, int],
    colour: theme.Colour,
    mask: pygame.Surface,
    inner: tuple[float, theme.Colour] | None = None,
) -> Sprite:
    """Slice ``i`` filled with ``colour``, smooth along the rim; ``inner`` adds a smaller
    slice of another colour (the debrief's success rate)."""
    outline = wheel.slice_polygon(i, n, centre[0], centre[1], radius + 2, steps=48)
    box = _bounds(outline)
    image = pygame.Surface(box.size, pygame.SRCALPHA)
    pygame.draw.polygon(image, colour, _shift(outline, box))
    image.blit(mask, (-box.x, -box.y), special_flags=pygame.BLEND_RGBA_MULT)
    if inner is not None and inner[0] > 1:
        reach, tone = inner
        part = pygame.Surface(box.size, pygame.SRCALPHA)
        shape = wheel.slice_polygon(i, n, centre[0], centre[1], reach + 2, steps=48)
        pygame.draw.polygon(part, tone, _shift(shape, box))
        part.blit(
            disc_mask(mask.get_size(), centre, reach),
            (-box.x, -box.y),
            special_flags=pygame.BLEND_RGBA_MULT,
        )
        image.blit(part, (0, 0))
    return Sprite(image, box.topleft)


def faded(sprite: Sprite, amount: float) -> Sprite:
    """The same fill ``amount`` of the way to the background (0 keeps it, 1 hides it)."""
    image = sprite.image.copy()
    keep = round(255 * (1 - amount))
    image.fill((keep, keep, keep), special_flags=pygame.BLEND_RGB_MULT)
    image.fill(tuple(round(c * amount) for c in P.background), special_flags=pygame.BLEND_RGB_ADD)
    return Sprite(image, sprite.at)


def disc_mask(size: tuple[int, int], centre: tuple[int, int], radius: float) -> pygame.Surface:
    """White, opaque inside a circle and transparent outside, with an anti-aliased edge."""
    mask = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.aacircle(mask, (255, 255, 255), centre, round(radius))
    # aacircle darkens its edge pixels' colour with their coverage: only the alpha may vary.
    mask.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
    return mask


def board_content(
    ui: Ui,
    sector: WheelSector,
    i: int,
    n: int,
    radius: float,
    centre: tuple[float, float],
    ink: theme.Colour,
    label: Note | None,
) -> Content:
    """The key cap, pictogram and label of slice ``i``, in ``ink``; the plates (drawn in the
    slice's colour) are where they lie, so that they can hide a needle passing under them."""
    spot = layouts(n)[i]
    if spot is None or label is None:
        return EMPTY
    box = label_box(n, i, radius, centre)
    picto, key = round(PICTO * radius), round(KEY * radius)
    row = pygame.Rect(0, 0, key + round(KEY_GAP * radius) + picto, picto)
    row.center = (
        round(centre[0] + spot.mark[0] * radius),
        round(centre[1] + spot.mark[1] * radius),
    )
    area = row.union(box)
    image = pygame.Surface(area.size, pygame.SRCALPHA)
    key_rect = pygame.Rect(row.left - area.left, row.top - area.top + (picto - key) // 2, key, key)
    key_note, key_at = key_cap(image, ui, key_rect, str(i + 1), ink)
    glyph = ui.images.svg(sector.pictogram, picto, ink)
    image.blit(glyph, (row.right - picto - area.left, row.top - area.top))
    fitted = label[0]
    label_at = ui.type.draw(image, fitted, box.move(-area.left, -area.top), ink, "centre", "middle")
    pad = round(PLATE_PAD * radius)
    text = pygame.Rect(0, 0, fitted.width + 2 * pad, min(box.height, fitted.height + pad))
    text.center = box.center
    shown = ((str(i + 1), key_at.move(area.topleft)), (fitted.text, label_at.move(area.topleft)))
    return Content(Sprite(image, area.topleft), (row, text), (key_note, label), shown)


def key_cap(
    image: pygame.Surface, ui: Ui, rect: pygame.Rect, digit: str, ink: theme.Colour
) -> tuple[Note, pygame.Rect]:
    """A keyboard key drawn as an outlined rounded square with its digit: « press 3 »."""
    edge = max(2, rect.width // 12)
    pygame.draw.rect(image, ink, rect, width=edge, border_radius=max(2, rect.width // 5))
    inner = rect.inflate(-2 * edge, -2 * edge)
    fitted = ui.type.fit(digit, "label", inner.size, max_lines=1)
    covered = ui.type.draw(image, fitted, inner, ink, "centre", "middle")
    return (fitted, "label", inner.size), covered


def emblem_content(
    ui: Ui, sector: WheelSector, i: int, n: int, radius: float, centre: tuple[float, float]
) -> Content:
    """Only the pictogram, in the middle of the slice: the wheel as the game's emblem."""
    x, y = wheel.point_at(wheel.slice_centre(i, n), centre[0], centre[1], radius * 0.6)
    side = round(radius * EMBLEM_PICTO)
    glyph = ui.images.svg(sector.pictogram, side, theme.text_on(sector.colour))
    spot = glyph.get_rect(center=(round(x), round(y)))
    return Content(Sprite(glyph, spot.topleft))


def tokens(
    image: pygame.Surface,
    ui: Ui,
    i: int,
    n: int,
    centre: tuple[float, float],
    radius: float,
    teams: Sequence[tuple[int, theme.Colour]],
    slots: int,
) -> list[Shown]:
    """A token per team that won sector ``i``, on the rim: each team keeps its own place in
    the row and carries its number, so colour is never the only cue."""
    size = max(6, round(radius * TOKEN))
    ring = radius * TOKEN_RING
    step = math.degrees(TOKEN_SPACING * size / ring)
    angles = wheel.slot_angles(i, n, max(slots, 1 + max((t for t, _ in teams), default=0)), step)
    px = max(1, round(size * TOKEN_NUMBER))
    shown = []
    for team, colour in teams:
        x, y = wheel.point_at(angles[team], centre[0], centre[1], ring)
        spot = (round(x), round(y))
        graphics.disc(image, spot, size, P.text)
        graphics.disc(image, spot, size - max(2, size // 7), colour)
        label = theme.TEAM_NUMBERS[team] if team < len(theme.TEAM_NUMBERS) else "?"
        number = ui.type.render(label, "bold", px, theme.text_on(colour))
        graphics.blit_centred(image, number, spot)
        shown.append((label, number.get_rect(center=spot)))
    return shown


def token_reach(radius: float) -> float:
    """How far from the centre the tokens reach, with a little room."""
    return radius * (TOKEN_RING + TOKEN * 1.15)


def _bounds(points: Sequence[tuple[float, float]]) -> pygame.Rect:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    left, top = math.floor(min(xs)) - 1, math.floor(min(ys)) - 1
    return pygame.Rect(left, top, math.ceil(max(xs)) + 2 - left, math.ceil(max(ys)) + 2 - top)


def _shift(points: Sequence[tuple[float, float]], box: pygame.Rect) -> list[tuple[float, float]]:
    return [(x - box.x, y - box.y) for x, y in points]
