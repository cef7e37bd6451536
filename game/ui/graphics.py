"""Drawing primitives: recoloured SVG pictograms, rounded panels, smooth discs and rings.

Pictograms are single-colour SVG files rendered by ``pygame.image.load_sized_svg`` at their real
pixel size, then recoloured (black or white on a sector colour, whichever contrasts better).
Shapes with curved edges are drawn supersampled and smoothed, because pygame's polygons have no
anti-aliasing and jagged edges look cheap on a projector.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pygame

from game.rules import wheel
from game.ui import theme

SUPERSAMPLE = 3
SUPERSAMPLE_LIMIT = 600
_CACHE_SIZE = 256


class Images:
    """SVG files rendered once per (file, size, colour)."""

    def __init__(self) -> None:
        self._cache: OrderedDict[tuple[str, int, theme.Colour], pygame.Surface] = OrderedDict()
        self.failures: list[str] = []

    def svg(self, path: Path, size: int, colour: theme.Colour) -> pygame.Surface:
        """``path`` drawn in ``colour`` in a ``size``×``size`` square (blank if unreadable)."""
        key = (str(path), size, colour)
        surface = self._cache.get(key)
        if surface is not None:
            self._cache.move_to_end(key)
            return surface
        surface = self._load(path, size)
        # Any colour the file was drawn in becomes ``colour``; only the shape (alpha) stays.
        surface.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MIN)
        surface.fill((*colour, 0), special_flags=pygame.BLEND_RGBA_ADD)
        self._cache[key] = surface
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return surface

    def icon(self, name: str, size: int, colour: theme.Colour) -> pygame.Surface:
        return self.svg(theme.ICON_DIR / f"{name}.svg", size, colour)

    def _load(self, path: Path, size: int) -> pygame.Surface:
        try:
            image = pygame.image.load_sized_svg(str(path), (size, size))
        except (pygame.error, FileNotFoundError, OSError, ValueError) as error:
            if str(path) not in self.failures:
                self.failures.append(f"{path}: {error}")
            return pygame.Surface((size, size), pygame.SRCALPHA)
        out = pygame.Surface((size, size), pygame.SRCALPHA)
        out.blit(image, ((size - image.get_width()) // 2, (size - image.get_height()) // 2))
        return out


def blit_centred(surface: pygame.Surface, image: pygame.Surface, centre: tuple[int, int]) -> None:
    surface.blit(image, image.get_rect(center=centre))


def panel(
    surface: pygame.Surface,
    rect: pygame.Rect,
    colour: theme.Colour,
    radius: int,
    edge: theme.Colour | None = None,
    edge_width: int = 0,
) -> None:
    """A rounded panel, with an optional edge."""
    pygame.draw.rect(surface, colour, rect, border_radius=radius)
    if edge is not None and edge_width > 0:
        pygame.draw.rect(surface, edge, rect, width=edge_width, border_radius=radius)


def disc(
    surface: pygame.Surface,
    centre: tuple[int, int],
    radius: int,
    colour: theme.Colour,
    edge: theme.Colour | None = None,
    edge_width: int = 0,
) -> None:
    """A filled, anti-aliased disc with an optional ring around it."""
    if edge is not None and edge_width > 0:
        pygame.draw.aacircle(surface, edge, centre, radius)
        pygame.draw.aacircle(surface, colour, centre, max(1, radius - edge_width))
    else:
        pygame.draw.aacircle(surface, colour, centre, radius)


def smooth_polygons(
    size: tuple[int, int],
    shapes: list[tuple[theme.Colour, list[tuple[float, float]]]],
) -> pygame.Surface:
    """Filled polygons drawn supersampled onto a transparent surface of ``size``."""
    # Three times finer for small shapes, twice for big ones (a 4K wheel stays light).
    factor = SUPERSAMPLE if max(size) <= SUPERSAMPLE_LIMIT else 2
    big = pygame.Surface((size[0] * factor, size[1] * factor), pygame.SRCALPHA)
    for colour, points in shapes:
        scaled = [(x * factor, y * factor) for x, y in points]
        if len(scaled) >= 3:
            pygame.draw.polygon(big, colour, scaled)
    return pygame.transform.smoothscale(big, size)


def arc_points(
    centre: tuple[float, float],
    radius: float,
    start_deg: float,
    end_deg: float,
    steps: int,
) -> list[tuple[float, float]]:
    """Points on a circle, angles in degrees clockwise from 12 o'clock (y down)."""
    return [
        wheel.point_at(start_deg + (end_deg - start_deg) * i / steps, centre[0], centre[1], radius)
        for i in range(steps + 1)
    ]


def ring(
    size: int,
    thickness: int,
    fraction: float,
    colour: theme.Colour,
    track: theme.Colour,
) -> pygame.Surface:
    """A countdown ring: the track, and ``fraction`` of it filled clockwise from the top."""
    c = size / 2
    outer, inner = c - 1, c - 1 - thickness
    shapes: list[tuple[theme.Colour, list[tuple[float, float]]]] = []
    full = arc_points((c, c), outer, 0, 360, 96) + arc_points((c, c), inner, 360, 0, 96)
    shapes.append((track, full))
    if fraction > 0:
        end = 360 * min(1.0, fraction)
        steps = max(4, int(end / 3))
        shapes.append(
            (
                colour,
                arc_points((c, c), outer, 0, end, steps) + arc_points((c, c), inner, end, 0, steps),
            )
        )
    return smooth_polygons((size, size), shapes)


def check_mark(surface: pygame.Surface, box: pygame.Rect, colour: theme.Colour) -> None:
    """A tick drawn in ``box`` (a badge): two strokes, thick enough to read from the back."""
    side = min(box.width, box.height)
    x, y = box.left + (box.width - side) / 2, box.top + (box.height - side) / 2
    points = [(x + side * 0.26, y + side * 0.52), (x + side * 0.43, y + side * 0.69)]
    points.append((x + side * 0.75, y + side * 0.33))
    pygame.draw.lines(surface, colour, False, points, max(2, round(side * 0.12)))
