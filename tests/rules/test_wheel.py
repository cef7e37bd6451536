"""Wheel geometry: slices, the sector under an angle, outlines in screen coordinates."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.rules.wheel import (
    angular_distance,
    band_spans,
    nearest_edge,
    normalise,
    point_at,
    sector_at,
    slice_centre,
    slice_layout,
    slice_polygon,
    slice_span,
    slice_width,
    slot_angles,
)


def test_slice_zero_is_centred_on_the_top() -> None:
    assert slice_span(0, 5) == (-36.0, 36.0)
    assert slice_centre(0, 5) == 0.0


def test_slices_follow_each_other_clockwise() -> None:
    assert slice_span(1, 5) == (36.0, 108.0)
    assert slice_centre(4, 5) == 288.0
    assert slice_width(4) == 90.0


def test_the_top_belongs_to_slice_zero_and_the_right_to_the_next_one() -> None:
    assert sector_at(0, 5) == 0
    assert sector_at(-35.9, 5) == 0
    assert sector_at(36.0, 5) == 1  # a slice includes its start, not its end
    assert sector_at(90, 4) == 1
    assert sector_at(324.0, 5) == 0


def test_a_single_slice_covers_the_whole_wheel() -> None:
    assert sector_at(123.4, 1) == 0
    assert slice_span(0, 1) == (-180.0, 180.0)


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1, 12), angle=st.floats(-1e4, 1e4, allow_nan=False))
def test_every_angle_falls_in_the_slice_whose_span_holds_it(n: int, angle: float) -> None:
    i = sector_at(angle, n)
    start, end = slice_span(i, n)
    a = normalise(angle - start)
    assert 0 <= a <= end - start + 1e-9


@settings(max_examples=50, deadline=None)
@given(n=st.integers(1, 12), data=st.data())
def test_the_centre_of_a_slice_is_in_that_slice(n: int, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, n - 1))
    assert sector_at(slice_centre(i, n), n) == i


def test_angles_are_measured_clockwise_from_the_top_with_y_down() -> None:
    x, y = point_at(0, 100, 100, 50)
    assert (round(x, 9), round(y, 9)) == (100, 50)
    x, y = point_at(90, 100, 100, 50)
    assert (round(x, 9), round(y, 9)) == (150, 100)
    x, y = point_at(180, 100, 100, 50)
    assert (round(x, 9), round(y, 9)) == (100, 150)


def test_a_pie_slice_outline_runs_along_the_arc_then_back_to_the_centre() -> None:
    points = slice_polygon(0, 4, 0, 0, 10, steps=8)
    assert len(points) == 10
    assert points[-1] == (0, 0)
    for x, y in points[:-1]:
        assert math.hypot(x, y) == pytest.approx(10)
    assert points[0] == pytest.approx(point_at(-45, 0, 0, 10))
    assert points[-2] == pytest.approx(point_at(45, 0, 0, 10))


def test_a_ring_segment_outline_comes_back_along_the_inner_arc() -> None:
    points = slice_polygon(2, 5, 50, 50, 40, inner_r=20, steps=6)
    assert len(points) == 14
    radii = [math.hypot(x - 50, y - 50) for x, y in points]
    assert radii[:7] == pytest.approx([40] * 7)
    assert radii[7:] == pytest.approx([20] * 7)


def test_impossible_slices_and_radii_are_refused() -> None:
    with pytest.raises(ValueError):
        slice_span(5, 5)
    with pytest.raises(ValueError):
        sector_at(10, 0)
    with pytest.raises(ValueError):
        slice_polygon(0, 5, 0, 0, 10, inner_r=10)
    with pytest.raises(ValueError):
        slice_polygon(0, 5, 0, 0, 10, steps=0)


def test_angular_distance_takes_the_short_way_round() -> None:
    assert angular_distance(350, 10) == pytest.approx(20)
    assert angular_distance(10, 190) == pytest.approx(180)
    assert normalise(-30) == 330


def clearance(x: float, y: float, i: int, n: int, r: float, inner: float) -> float:
    """How far a point lies inside slice ``i``: its distance to the nearest edge (negative
    outside), computed independently of the code under test."""
    dist = math.hypot(x, y)
    edges = [r - dist, dist - inner]
    if n > 1:
        for angle in slice_span(i, n):
            ux, uy = math.sin(math.radians(angle)), -math.cos(math.radians(angle))
            along = ux * x + uy * y
            edges.append(abs(ux * y - uy * x) if along > 0 else dist)
    inside = dist < 1e-12 or n == 1 or sector_at(math.degrees(math.atan2(x, -y)), n) == i
    return min(edges) if inside or min(edges) < 1e-9 else -1.0


def corners(left: float, top: float, width: float, height: float) -> list[tuple[float, float]]:
    """A box's corners and the middles of its sides."""
    xs, ys = (left, left + width / 2, left + width), (top, top + height / 2, top + height)
    return [(x, y) for x in xs for y in ys]


def test_a_band_near_the_top_spans_the_width_of_the_top_slice_at_its_narrow_end() -> None:
    spans = band_spans(0, 5, 1.0, -0.5, -0.4)
    half = 0.4 * math.tan(math.radians(36))
    assert spans == [(pytest.approx(-half), pytest.approx(half))]


def test_a_band_across_the_hub_splits_in_two_and_one_past_the_rim_has_no_room() -> None:
    assert len(band_spans(0, 1, 1.0, -0.05, 0.05, inner=0.2)) == 2
    assert band_spans(0, 5, 1.0, -0.99, -0.9, margin=0.05) == []


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(1, 8),
    data=st.data(),
    top=st.floats(-1, 0.9),
    height=st.floats(0.01, 0.3),
    margin=st.floats(0, 0.08),
)
def test_every_band_found_keeps_its_margin_from_every_edge(
    n: int,
    data: st.DataObject,
    top: float,
    height: float,
    margin: float,
) -> None:
    i = data.draw(st.integers(0, n - 1))
    for left, right in band_spans(i, n, 1.0, top, top + height, inner=0.15, margin=margin):
        for x, y in corners(left, top, right - left, height):
            assert clearance(x, y, i, n, 1.0, 0.15) >= margin - 1e-6


@pytest.mark.parametrize("n", range(1, 9))
def test_the_label_and_the_mark_of_every_slice_keep_their_margin(n: int) -> None:
    for i in range(n):
        layout = slice_layout(
            i, n, 1.0, mark=(0.4, 0.21), label_height=0.14, gap=0.03, inner=0.15, margin=0.035
        )
        if layout is None:
            assert n > 6  # only very thin slices may have no room for a label
            continue
        mx, my = layout.mark
        boxes = [layout.label, (mx - 0.2, my - 0.105, 0.4, 0.21)]
        for box in boxes:
            for x, y in corners(*box):
                assert clearance(x, y, i, n, 1.0, 0.15) >= 0.035 - 1e-6


def test_five_slices_leave_room_for_a_long_label_in_every_slice() -> None:
    widths = [
        slice_layout(
            i, 5, 1.0, mark=(0.4, 0.21), label_height=0.14, gap=0.03, inner=0.15, margin=0.035
        ).label[2]  # type: ignore[union-attr]
        for i in range(5)
    ]
    assert min(widths) > 0.72  # « Organisationnel » at the smallest readable size


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1, 12), angle=st.floats(-720, 720, allow_nan=False))
def test_a_needle_at_rest_lies_on_the_nearest_slice_boundary(n: int, angle: float) -> None:
    edge = nearest_edge(angle, n)
    start = slice_span(0, n)[0]
    steps = normalise(edge - start) / slice_width(n)
    assert steps == pytest.approx(round(steps), abs=1e-6)
    assert angular_distance(edge, angle) <= slice_width(n) / 2 + 1e-6


def test_token_slots_keep_the_teams_order_inside_their_slice() -> None:
    angles = slot_angles(1, 5, 6, step=10)
    assert angles == pytest.approx([47, 57, 67, 77, 87, 97])
    assert all(sector_at(a, 5) == 3 for a in slot_angles(3, 5, 6, step=40))
    assert slot_angles(0, 5, 0, step=10) == []
