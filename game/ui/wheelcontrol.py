"""The wheel as something to click and spin: its radius in a square, the needle, what a click
on a slice or on the hub does, and how a spin slows down.

The angles come from ``game.rules.wheel``; the view (``wheelview``) sizes the wheel it draws
with :func:`radius_for`, so that clicks land where the slices are drawn.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pygame

from game.rules import wheel
from game.ui import graphics, theme
from game.ui import wheelparts as parts
from game.ui.actions import Act, Action, Target
from game.ui.wheelparts import WheelSector

P = theme.PALETTE
EXPLODE = 0.035  # how far the chosen slice comes out, of the wheel radius
NEEDLE_LENGTH = 0.4
NEEDLE_WIDTH = 0.055  # slim enough to rest on a boundary without touching any content


def radius_for(size: tuple[int, int], markers: bool = True) -> float:
    """The wheel's radius in a square of ``size`` (room for the tokens on the rim, if any)."""
    if not markers:
        return min(size) / 2 / (1 + EXPLODE * 2)
    return min(size) / 2 / (parts.token_reach(1.0))


def draw_needle(surface: pygame.Surface, rect: pygame.Rect, angle: float) -> None:
    """The needle, from the hub outwards, pointing at ``angle``."""
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
    hub = round(radius * parts.HUB * 0.62)
    graphics.disc(surface, (cx, cy), hub, P.text, P.background, max(2, hub // 5))
    graphics.disc(surface, (cx, cy), max(2, hub // 3), P.background)


def slice_targets(
    rect: pygame.Rect, sectors: Sequence[WheelSector], enabled: frozenset[str] | None = None
) -> list[Target]:
    """Clicking a slice picks its sector (the same as keys 1–5)."""
    radius = radius_for(rect.size)
    n = len(sectors)
    out = []
    for i, sector in enumerate(sectors):

        def contains(pos: tuple[int, int], i: int = i) -> bool:
            x, y = pos[0] - rect.centerx, pos[1] - rect.centery
            if not radius * parts.HUB <= math.hypot(x, y) <= radius:
                return False
            return wheel.sector_at(math.degrees(math.atan2(x, -y)), n) == i

        allowed = enabled is None or sector.id in enabled
        out.append(Target(rect, Action(Act.CHOOSE, i + 1), allowed, contains))
    return out


def hub_target(rect: pygame.Rect, action: Action) -> Target:
    """Clicking the hub spins."""
    radius = radius_for(rect.size) * parts.HUB
    centre = rect.center

    def contains(pos: tuple[int, int]) -> bool:
        return math.hypot(pos[0] - centre[0], pos[1] - centre[1]) <= radius

    return Target(rect, action, True, contains)


def ease_out(t: float) -> float:
    """Deceleration curve for the spin: fast start, gentle stop."""
    t = max(0.0, min(1.0, t))
    return 1 - (1 - t) ** 3
