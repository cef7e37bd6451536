"""A measured figure with its target, and the small statistics the measures share.

These machines are shared and noisy: the same commit can start twice as slowly from one day
to the next. So every target is a ratio to a floor measured in the same run — the least that
any program doing the same job pays on this machine — with the floor and the subject measured
in turn (floor, subject, floor, subject…), so that a busy moment weighs on both alike. The
absolute figures are kept beside the ratios.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


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


def alternate(runs: int, floor: Callable[[], T], subject: Callable[[], U]) -> list[tuple[T, U]]:
    """``runs`` pairs measured in turn — floor, subject, floor, subject… — after one untimed
    run of each (disk cache, ``.pyc`` files and lazy imports warm for both alike)."""
    floor(), subject()
    return [(floor(), subject()) for _ in range(runs)]


def ratio(pairs: Sequence[tuple[float, float]]) -> float:
    """The median over the pairs of subject ÷ floor: each subject against the floor measured
    just before it, so that a slow minute of the machine cancels out."""
    return statistics.median(subject / floor for floor, subject in pairs)


def absolute(name: str, value: float, unit: str) -> Figure:
    """A figure shown for reference, without a target of its own."""
    return Figure(name, value, unit, "—", True)


def at_most(name: str, value: float, unit: str, limit: float) -> Figure:
    """A figure whose target is ``value ≤ limit``."""
    target = f"≤ {limit:g} {unit}".rstrip() if unit != "×" else f"≤ {limit:g} ×"
    return Figure(name, value, unit, target, value <= limit)
