"""The panorama wheel on screen: five coloured slices with pictogram and label, team markers
around the rim, a needle that spins and decelerates, success rates for the debrief.

All the geometry (which slice is under an angle, a slice's outline) comes from the pure
functions of ``game.rules.wheel``; this module only turns their points into pixels. The wheel
itself is drawn once per size and content into a cached surface; the needle is drawn on top
each frame, so a spin costs little.
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
from game.ui.actions import Act, Action, Target
from game.ui.context import Ui
from game.ui.widgets import team_disc

P = theme.PALETTE
WHEEL_RADIUS = 0.885   # of half the square: the rest is the ring of team markers
HUB = 0.17             # of the wheel radius
MARKER_RING = 1.085    # marker centres, as a multiple of the wheel radius
MARKER_RADIUS = 0.065  # of the wheel radius
PICTO = 0.23           # pictogram side, of the wheel radius
LABEL_HEIGHT = 0.125   # one label line box, of the wheel radius
DIM = 0.62             # how far an unavailable slice fades into the background
EXPLODE = 0.035        # how far the chosen slice comes out, of the wheel radius
NEEDLE_LENGTH = 0.4
NEEDLE_WIDTH = 0.075
SEPARATOR = 0.012


@dataclass(frozen=True)
class WheelSector:
    """One slice as drawn: its id, label, colour and pictogram file."""

    id: str
    label: str
    colour: theme.Colour
    pictogram: Path


@dataclass(frozen=True)
class Placement:
    """Where a slice's pictogram and label go, relative to the wheel centre (pixels)."""

    picto_centre: tuple[int, int]
    picto_side: int
    label_box: pygame.Rect


def _inside(x: float, y: float, i: int, n: int, r: float, inner: float) -> bool:
    dist = math.hypot(x, y)
    if dist > r or dist < inner:
        return False
    return wheel.sector_at(math.degrees(math.atan2(x, -y)), n) == i


def _box_fits(box: tuple[float, float, float, float], i: int, n: int, r: float,
              inner: float) -> bool:
    left, top, w, h = box
    xs = [left + w * k / 4 for k in range(5)]
    ys = [top, top + h / 2, top + h]
    return all(_inside(x, y, i, n, r, inner) for x in xs for y in ys)


@lru_cache(maxsize=64)
def placements(n: int, radius: int) -> tuple[Placement, ...]:
    """For each slice, a pictogram above or below the widest label box that fits inside it.

    The pair is searched along the slice's centre line; the label keeps its text horizontal,
    for reading from afar, so its box is widest where the slice is widest.
    """
    out = []
    side = round(radius * PICTO)
    height = round(radius * LABEL_HEIGHT)
    gap = round(radius * 0.03)
    for i in range(n):
        centre = wheel.slice_centre(i, n)
        best: tuple[float, Placement] | None = None
        for k in range(30, 92, 2):
            cx, cy = wheel.point_at(centre, 0, 0, radius * k / 100)
            for picto_above in (True, False):
                found = _widest_pair(i, n, radius, (cx, cy), side, height, gap, picto_above)
                if found is not None and (best is None or found[0] > best[0]):
                    best = found
        if best is None:
            x, y = wheel.point_at(centre, 0, 0, radius * 0.55)
            best = (0.0, Placement((round(x), round(y)), side,
                                   pygame.Rect(round(x), round(y), 0, height)))
        out.append(best[1])
    return tuple(out)


def _widest_pair(
    i: int, n: int, radius: int, centre: tuple[float, float], side: int, height: int, gap: int,
    picto_above: bool,
) -> tuple[float, Placement] | None:
    """The widest label for a pictogram + label stack centred at ``centre``, if it fits."""
    cx, cy = centre
    total = side + gap + height
    top = cy - total / 2
    picto_top = top if picto_above else top + height + gap
    label_top = top + side + gap if picto_above else top
    inner = radius * HUB
    if not _box_fits((cx - side / 2, picto_top, side, side), i, n, radius, inner):
        return None
    low, high = 0.0, float(radius)
    for _ in range(18):
        mid = (low + high) / 2
        if _box_fits((cx - mid, label_top, 2 * mid, height), i, n, radius, inner):
            low = mid
        else:
            high = mid
    if low <= 0:
        return None
    label = pygame.Rect(round(cx - low), round(label_top), round(2 * low), height)
    picto_centre = (round(cx), round(picto_top + side / 2))
    return 2 * low, Placement(picto_centre, side, label)


class WheelView:
    """Draws the wheel for one square; remembers its last image while nothing changes."""

    def __init__(self) -> None:
        self._cache_key: tuple[object, ...] | None = None
        self._cache: pygame.Surface | None = None

    def draw(
        self, surface: pygame.Surface, ui: Ui, rect: pygame.Rect,
        sectors: Sequence[WheelSector], *, available: frozenset[str] | None = None,
        markers: dict[str, tuple[tuple[int, theme.Colour], ...]] | None = None,
        chosen: str | None = None, rates: dict[str, float | None] | None = None,
        labels: bool = True,
    ) -> None:
        """The wheel (without its needle) in ``rect``; ``labels=False`` for an emblem."""
        key = (rect.size, tuple(sectors), available, tuple(sorted((markers or {}).items())),
               chosen, tuple(sorted((rates or {}).items())), labels, id(ui.type))
        if key != self._cache_key or self._cache is None:
            style = _Style(available, markers or {}, chosen, rates, labels)
            self._cache = _render(ui, rect.size, sectors, style)
            self._cache_key = key
        elif labels:
            # The cached image was fitted earlier: re-check its labels so overflow reports
            # stay true for every frame that shows them.
            _check_labels(ui, rect.size, sectors, rates is not None)
        surface.blit(self._cache, rect.topleft)


@dataclass(frozen=True)
class _Style:
    available: frozenset[str] | None
    markers: dict[str, tuple[tuple[int, theme.Colour], ...]]
    chosen: str | None
    rates: dict[str, float | None] | None
    labels: bool = True


def radius_for(size: tuple[int, int], markers: bool = True) -> float:
    """The wheel's radius in a square of ``size`` (room for the marker ring, if any)."""
    if not markers:
        return min(size) / 2 / (1 + EXPLODE * 2)
    return min(size) / 2 / (MARKER_RING + MARKER_RADIUS * 1.2)


def _render(ui: Ui, size: tuple[int, int], sectors: Sequence[WheelSector],
            style: _Style) -> pygame.Surface:
    image = pygame.Surface(size, pygame.SRCALPHA)
    n = len(sectors)
    radius = radius_for(size, markers=style.rates is None)
    centre = (size[0] / 2, size[1] / 2)
    shapes = []
    for i, sector in enumerate(sectors):
        ox, oy = _offset(i, n, radius, sector.id == style.chosen)
        outline = wheel.slice_polygon(i, n, centre[0] + ox, centre[1] + oy, radius, steps=48)
        shapes.append((_slice_colour(sector, style), outline))
        rate = (style.rates or {}).get(sector.id)
        if rate:
            reach = radius * (HUB + (1 - HUB) * min(1.0, rate))
            shapes.append((sector.colour,
                           wheel.slice_polygon(i, n, centre[0], centre[1], reach, steps=48)))
    shapes.append((P.background, graphics.arc_points(centre, radius * HUB, 0, 360, 64)))
    image.blit(graphics.smooth_polygons(size, shapes), (0, 0))
    _separators(image, n, radius, centre)
    spots = placements(n, round(radius))
    for i, sector in enumerate(sectors):  # noqa: B007 - i is the slice index
        offset = _offset(i, n, radius, sector.id == style.chosen)
        origin = (round(centre[0] + offset[0]), round(centre[1] + offset[1]))
        if style.labels:
            _slice_content(image, ui, sector, spots[i], origin, _slice_colour(sector, style),
                           style.rates)
        else:
            _emblem_content(image, ui, i, n, sector, origin, radius)
        _markers(image, ui, i, n, centre, radius, style.markers.get(sector.id, ()))
    return image


def _separators(image: pygame.Surface, n: int, radius: float,
                centre: tuple[float, float]) -> None:
    width = max(2, round(radius * SEPARATOR))
    for i in range(n):
        start, _ = wheel.slice_span(i, n)
        end = wheel.point_at(start, centre[0], centre[1], radius * (1 + EXPLODE * 2))
        pygame.draw.line(image, P.background, centre, end, width)


def _slice_content(
    image: pygame.Surface, ui: Ui, sector: WheelSector, spot: Placement,
    origin: tuple[int, int], fill: theme.Colour, rates: dict[str, float | None] | None,
) -> None:
    ink = theme.text_on(fill)
    px, py = spot.picto_centre
    box = spot.label_box.move(origin)
    if rates is None:
        picto = ui.images.svg(sector.pictogram, spot.picto_side, ink)
        graphics.blit_centred(image, picto, (origin[0] + px, origin[1] + py))
        style = label_style(ui, sector.label, box.size)
        ui.type.text(image, sector.label, style, box, ink, "centre", "middle", max_lines=1)
        return
    # The debrief: the success rate takes the pictogram's place, both on quiet pills so that
    # they read the same over the filled and the faded part of the slice.
    rate = rates.get(sector.id)
    _pill_text(image, ui, box, sector.label, label_style(ui, sector.label, box.size))
    side = spot.picto_side
    rate_box = pygame.Rect(0, 0, box.width, side)
    rate_box.center = (origin[0] + px, origin[1] + py)
    _pill_text(image, ui, rate_box, "—" if rate is None else f"{round(rate * 100)} %", "heading")


def _emblem_content(image: pygame.Surface, ui: Ui, i: int, n: int, sector: WheelSector,
                    origin: tuple[int, int], radius: float) -> None:
    """Only the pictogram, in the middle of the slice: the wheel as the game's emblem."""
    centre = wheel.point_at(wheel.slice_centre(i, n), origin[0], origin[1], radius * 0.6)
    side = round(radius * PICTO * 1.4)
    picto = ui.images.svg(sector.pictogram, side, theme.text_on(sector.colour))
    graphics.blit_centred(image, picto, (round(centre[0]), round(centre[1])))


def label_style(ui: Ui, label: str, size: tuple[int, int]) -> str:
    """Bold when the label fits its slice in bold, else the narrower regular weight."""
    fitted = ui.type.fit(label, "label", size, max_lines=1)
    return "label_regular" if fitted.overflow else "label"


def _pill_text(image: pygame.Surface, ui: Ui, box: pygame.Rect, text: str, style: str) -> None:
    fitted = ui.type.fit(text, style, box.size, max_lines=1)
    ui.type.note_overflow(fitted, style, box.size)
    pill = pygame.Rect(0, 0, min(box.width, fitted.width + box.height // 2), box.height)
    pill.center = box.center
    graphics.panel(image, pill, P.panel, pill.height // 2)
    ui.type.draw(image, fitted, pill, P.text, "centre", "middle")


def _check_labels(ui: Ui, size: tuple[int, int], sectors: Sequence[WheelSector],
                  with_rates: bool) -> None:
    spots = placements(len(sectors), round(radius_for(size, markers=not with_rates)))
    for sector, spot in zip(sectors, spots, strict=True):
        style = label_style(ui, sector.label, spot.label_box.size)
        fitted = ui.type.fit(sector.label, style, spot.label_box.size, max_lines=1)
        ui.type.note_overflow(fitted, style, spot.label_box.size)


def _markers(image: pygame.Surface, ui: Ui, i: int, n: int, centre: tuple[float, float],
             radius: float, teams: Sequence[tuple[int, theme.Colour]]) -> None:
    """One disc per team that won this sector, on the rim, spread around the slice centre."""
    if not teams:
        return
    dot = max(4, round(radius * MARKER_RADIUS))
    ring = radius * MARKER_RING
    step = math.degrees(2.3 * dot / ring)
    middle = wheel.slice_centre(i, n)
    first = middle - step * (len(teams) - 1) / 2
    for k, (team, colour) in enumerate(teams):
        x, y = wheel.point_at(first + k * step, centre[0], centre[1], ring)
        team_disc(image, ui, (round(x), round(y)), dot, colour, team)


def _slice_colour(sector: WheelSector, style: _Style) -> theme.Colour:
    faded = theme.mix(sector.colour, P.background, DIM)
    if style.rates is not None:
        return faded
    if style.available is not None and sector.id not in style.available:
        return faded
    if style.chosen is not None and sector.id != style.chosen:
        return theme.mix(sector.colour, P.background, DIM / 2)
    return sector.colour


def _offset(i: int, n: int, radius: float, chosen: bool) -> tuple[float, float]:
    if not chosen:
        return 0.0, 0.0
    return wheel.point_at(wheel.slice_centre(i, n), 0, 0, radius * EXPLODE)


def draw_needle(surface: pygame.Surface, rect: pygame.Rect, angle: float) -> None:
    """The needle, from the hub to near the rim, pointing at ``angle``."""
    radius = radius_for(rect.size)
    cx, cy = rect.center
    tip = wheel.point_at(angle, cx, cy, radius * NEEDLE_LENGTH)
    half = radius * NEEDLE_WIDTH
    left = wheel.point_at(angle - 90, cx, cy, half)
    right = wheel.point_at(angle + 90, cx, cy, half)
    tail = wheel.point_at(angle + 180, cx, cy, half * 1.6)
    shape = [tip, right, tail, left]
    pygame.draw.polygon(surface, P.text, shape)
    pygame.draw.aalines(surface, P.text, True, shape)
    hub = round(radius * HUB * 0.55)
    graphics.disc(surface, (cx, cy), hub, P.text, P.background, max(2, hub // 5))
    graphics.disc(surface, (cx, cy), max(2, hub // 3), P.background)


def slice_targets(rect: pygame.Rect, sectors: Sequence[WheelSector],
                  enabled: frozenset[str] | None = None) -> list[Target]:
    """Clicking a slice picks its sector (the same as keys 1–5)."""
    radius = radius_for(rect.size)
    n = len(sectors)
    out = []
    for i, sector in enumerate(sectors):
        def contains(pos: tuple[int, int], i: int = i) -> bool:
            x, y = pos[0] - rect.centerx, pos[1] - rect.centery
            return _inside(x, y, i, n, radius, radius * HUB)

        allowed = enabled is None or sector.id in enabled
        out.append(Target(rect, Action(Act.CHOOSE, i + 1), allowed, contains))
    return out


def hub_target(rect: pygame.Rect, action: Action) -> Target:
    """Clicking the hub spins."""
    radius = radius_for(rect.size) * HUB
    centre = rect.center

    def contains(pos: tuple[int, int]) -> bool:
        return math.hypot(pos[0] - centre[0], pos[1] - centre[1]) <= radius

    return Target(rect, action, True, contains)


def ease_out(t: float) -> float:
    """Deceleration curve for the spin: fast start, gentle stop."""
    t = max(0.0, min(1.0, t))
    return 1 - (1 - t) ** 3
