"""Wheel geometry: slices, the sector under an angle, outlines in screen coordinates."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.rules.wheel import (
    angular_distance,
    normalise,
    point_at,
    sector_at,
    slice_centre,
    slice_polygon,
    slice_span,
    slice_width,
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
