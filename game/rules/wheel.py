"""Wheel geometry as plain maths: which sector lies under an angle, and a slice's outline.

The panorama is a round board cut into ``n`` equal slices. Angles are in degrees, 0 at the top
(12 o'clock), growing clockwise, like a clock's hand: that is how the needle turns on screen.
Slice ``i`` spans ``[start + i*360/n, start + (i+1)*360/n)`` with ``start = -180/n``, so slice 0
is centred on the top. Screen coordinates have y pointing down. The renderer draws what these
functions return and never does trigonometry of its own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]
SEARCH_STEPS = 120  # vertical positions tried for a slice's content, then refined around the best


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


def nearest_edge(angle: float, n: int) -> float:
    """The slice boundary closest to ``angle``: where a resting needle covers no slice's text."""
    width = slice_width(n)
    start = slice_span(0, n)[0]
    steps = round((normalise(angle - start)) / width)
    return normalise(start + steps * width)


def slot_angles(i: int, n: int, slots: int, step: float) -> list[float]:
    """``slots`` directions around the middle of slice ``i``, ``step`` degrees apart at most,
    all inside the slice (the step shrinks when the slice is too narrow for them)."""
    _check(i, n)
    if slots < 1:
        return []
    step = min(step, slice_width(n) / slots)
    first = slice_centre(i, n) - step * (slots - 1) / 2
    return [normalise(first + k * step) for k in range(slots)]


def _side_normals(i: int, n: int) -> list[Point]:
    """Inward unit normals of the two straight edges of slice ``i`` (none for a whole disc)."""
    if n < 2:
        return []
    start, end = (math.radians(a) for a in slice_span(i, n))
    # Clockwise of the start edge and anticlockwise of the end edge, with y pointing down.
    return [(math.cos(start), math.sin(start)), (-math.cos(end), -math.sin(end))]


def band_spans(
    i: int,
    n: int,
    r: float,
    top: float,
    bottom: float,
    *,
    inner: float = 0.0,
    margin: float = 0.0,
) -> list[tuple[float, float]]:
    """Where a horizontal band fits in slice ``i`` of a wheel of radius ``r`` centred on the
    origin: the ranges ``(left, right)`` of x such that the rectangle from ``left`` to ``right``
    and from ``top`` to ``bottom`` stays ``margin`` away from the rim, from both straight edges
    and from a hub of radius ``inner``. Exact: the slice is convex, so its corners decide."""
    _check(i, n)
    if bottom < top:
        raise ValueError(f"a band's top {top} is below its bottom {bottom}")
    reach = r - margin
    far = max(abs(top), abs(bottom))
    if far >= reach:
        return []
    half = math.sqrt(reach * reach - far * far)
    left, right = -half, half
    for nx, ny in _side_normals(i, n):
        # nx * x + ny * y >= margin at both the top and the bottom corners.
        needs = [margin - ny * y for y in (top, bottom)]
        if abs(nx) < 1e-12:
            if max(needs) > 0:
                return []
        elif nx > 0:
            left = max(left, max(needs) / nx)
        else:
            right = min(right, max(needs) / nx)  # nx < 0 turns the inequality round
    spans = [(left, right)]
    near = 0.0 if top <= 0 <= bottom else min(abs(top), abs(bottom))
    hub = inner + margin
    if inner > 0 and near < hub:
        gap = math.sqrt(hub * hub - near * near)
        spans = [(left, min(right, -gap)), (max(left, gap), right)]
    return [(a, b) for a, b in spans if b - a > 1e-9]


def centred_width(spans: list[tuple[float, float]], x: float) -> float:
    """The widest band centred on ``x`` inside one of ``spans`` (0 when ``x`` is in none)."""
    for left, right in spans:
        if left <= x <= right:
            return 2 * min(x - left, right - x)
    return 0.0


@dataclass(frozen=True)
class SliceLayout:
    """Where a slice's content goes, relative to the wheel's centre: the centre of its mark
    (pictogram row) and its label's box as ``(left, top, width, height)``."""

    mark: Point
    label: tuple[float, float, float, float]


def slice_layout(
    i: int,
    n: int,
    r: float,
    *,
    mark: tuple[float, float],
    label_height: float,
    gap: float,
    inner: float,
    margin: float,
) -> SliceLayout | None:
    """The widest label that fits in slice ``i`` with its mark (``(width, height)``) stacked
    above or below it on the same vertical axis, both ``margin`` clear of every edge and of a
    hub of radius ``inner``; ``None`` when not even the mark fits. Labels stay horizontal, to be
    read from afar, so they sit where the slice is widest."""
    best: tuple[float, SliceLayout] | None = None
    span = 2 * r / SEARCH_STEPS
    for mark_above in (True, False):
        tops = [-r + k * span for k in range(SEARCH_STEPS + 1)]
        found = _best_stack(i, n, r, tops, mark, label_height, gap, inner, margin, mark_above)
        if found is None:
            continue
        fine = [found[2] + span * (k / 10 - 1) for k in range(21)]
        found = _best_stack(i, n, r, fine, mark, label_height, gap, inner, margin, mark_above)
        if found is not None and (best is None or found[0] > best[0]):
            best = found[0], found[1]
    return None if best is None else best[1]


def _best_stack(
    i: int,
    n: int,
    r: float,
    tops: list[float],
    mark: tuple[float, float],
    label_height: float,
    gap: float,
    inner: float,
    margin: float,
    mark_above: bool,
) -> tuple[float, SliceLayout, float] | None:
    """The stack position among ``tops`` with the widest label: (width, layout, top)."""
    mark_w, mark_h = mark
    best: tuple[float, SliceLayout, float] | None = None
    for top in tops:
        mark_top = top if mark_above else top + label_height + gap
        label_top = top + mark_h + gap if mark_above else top
        marks = band_spans(i, n, r, mark_top, mark_top + mark_h, inner=inner, margin=margin)
        labels = band_spans(
            i, n, r, label_top, label_top + label_height, inner=inner, margin=margin
        )
        for left, right in labels:
            for a, b in marks:
                low, high = max(left, a + mark_w / 2), min(right, b - mark_w / 2)
                if low > high:
                    continue
                x = min(max((left + right) / 2, low), high)
                width = centred_width([(left, right)], x)
                if width > 0 and (best is None or width > best[0]):
                    layout = SliceLayout(
                        (x, mark_top + mark_h / 2), (x - width / 2, label_top, width, label_height)
                    )
                    best = (width, layout, top)
    return best
