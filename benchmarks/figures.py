"""A measured figure with its target, and the small statistics the measures share."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass
class Figure:
    """One line of the results: what was measured, its value and unit, the target, met or not."""

    name: str
    value: float
    unit: str
    target: str
    met: bool


def median_of(runs: int, measure: Callable[[], float]) -> float:
    """The median of ``runs`` calls of ``measure``."""
    return statistics.median(measure() for _ in range(runs))


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` percentile (0.99 for p99) by the nearest-rank method."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]
