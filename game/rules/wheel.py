"""Wheel geometry as plain maths: which sector lies under an angle, and a slice's outline.

The panorama is a round board cut into ``n`` equal slices. Angles are in degrees, 0 at the top
(12 o'clock), growing clockwise, like a clock's hand: that is how the needle turns on screen.
Slice ``i`` spans ``[start + i*360/n, start + (i+1)*360/n)`` with ``start = -180/n``, so slice 0
is centred on the top. Screen coordinates have y pointing down. The renderer draws what these
functions return and never does trigonometry of its own.
"""

from __future__ import annotations

import math

Point = tuple[float, float]


def _check(i: int, n: int) -> None:
    if n < 1:
        raise ValueError(f"a wheel needs at least one slice, not {n}")
    if not 0 <= i < n:
        raise ValueError(f"slice {i} does not exist on a wheel of {n} slices")


def normalise(angle: float) -> float:
    """The same direction as ``angle``, in ``[0, 360)``."""
    result = angle % 360.0
    return 0.0 if result >= 360.0 else result


def slice_width(n: int) -> float:
    """Angular width of each of ``n`` equal slices, in degrees."""
    _check(0, n)
    return 360.0 / n


def slice_span(i: int, n: int) -> tuple[float, float]:
    """Start and end angles of slice ``i`` (end exclusive; start may be negative for slice 0)."""
    _check(i, n)
    width = 360.0 / n
    start = -width / 2 + i * width
    return start, start + width


def slice_centre(i: int, n: int) -> float:
    """The angle at the middle of slice ``i``, in ``[0, 360)``."""
    _check(i, n)
    return normalise(i * 360.0 / n)


def sector_at(angle: float, n: int) -> int:
    """Index of the slice under ``angle`` (any real angle: it is taken modulo 360)."""
    _check(0, n)
    width = 360.0 / n
    return int(normalise(angle + width / 2) // width) % n


def point_at(angle: float, cx: float, cy: float, r: float) -> Point:
    """The screen point at distance ``r`` from the centre, in the direction ``angle``."""
    rad = math.radians(angle)
    return cx + r * math.sin(rad), cy - r * math.cos(rad)


def slice_polygon(
    i: int, n: int, cx: float, cy: float, r: float, inner_r: float = 0.0, steps: int = 24
) -> list[Point]:
    """Outline of slice ``i`` as a polygon: the outer arc clockwise, then back to the centre
    (a pie slice) or along the inner arc (a ring segment when ``inner_r > 0``)."""
    if steps < 1:
        raise ValueError(f"an arc needs at least one step, not {steps}")
    if r <= 0 or not 0 <= inner_r < r:
        raise ValueError(f"radii must satisfy 0 <= inner_r < r, not {inner_r} and {r}")
    start, end = slice_span(i, n)
    angles = [start + (end - start) * k / steps for k in range(steps + 1)]
    outer = [point_at(a, cx, cy, r) for a in angles]
    if inner_r == 0:
        return [*outer, (cx, cy)]
    inner = [point_at(a, cx, cy, inner_r) for a in reversed(angles)]
    return outer + inner


def angular_distance(a: float, b: float) -> float:
    """The smallest angle between two directions, in ``[0, 180]``."""
    d = normalise(a - b)
    return min(d, 360.0 - d)
