"""The draw: which sectors the wheel may stop on, and which question comes out of a sector.

Pure functions of their inputs and of a ``random.Random`` passed in. The engine seeds that
generator with ``draw_rng(seed, played, turn)``: the same history gives the same draw, so an
undone spin spun again lands on the same sector and question.

* A question is eligible when it is active, of the sector, matches the audience (« tous » plays
  every question; « encadrant » plays the questions for all and for managers; « agent »
  likewise) and was not drawn yet this session (skipped ones included).
* The spin is uniform over the sectors that still have an eligible question; the needle stops
  inside the chosen slice, away from its edges so that nobody argues about a line.
* Difficulties are mixed: aim at 40 % level 1, 40 % level 2, 20 % level 3 over the session
  (the level most behind its share among those available; ties drawn at random), and avoid two
  unscored questions (debates) in a row when a scored one is available. Baromètre statements
  are never drawn by the wheel: they are voted at the start and at the end of the game.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from game.rules import wheel as wheel_maths
from game.rules.bank.model import Question
from game.rules.session.settings import SessionSettings

TARGET_SHARES: dict[int, float] = {1: 0.4, 2: 0.4, 3: 0.2}
EDGE_MARGIN = 0.15  # share of a slice's width kept clear on each side of the needle


def draw_rng(seed: int, played: int, turn: int) -> random.Random:
    """The generator for one draw, fixed by the session's seed and its history so far."""
    return random.Random(f"{seed}:{played}:{turn}")


def audience_matches(audience: str, wanted: str) -> bool:
    """True when a question for ``audience`` may be asked to a session for ``wanted``."""
    return wanted == "tous" or audience in ("tous", wanted)


def eligible(
    questions: Iterable[Question],
    settings: SessionSettings,
    played_ids: Iterable[str],
    sector: str,
) -> list[Question]:
    """Questions of ``sector`` that may still be drawn, in id order."""
    played = frozenset(played_ids)
    return sorted(
        (
            q
            for q in questions
            if q.active
            and q.kind.on_wheel
            and q.sector == sector
            and q.id not in played
            and audience_matches(q.audience, settings.audience)
        ),
        key=lambda q: q.id,
    )


def sectors_available(
    questions: Sequence[Question], settings: SessionSettings, played_ids: Iterable[str]
) -> tuple[str, ...]:
    """Sectors of the settings (in their order) that still have an eligible question."""
    played = frozenset(played_ids)
    return tuple(s for s in settings.sectors if eligible(questions, settings, played, s))


def spin(rng: random.Random, available: Sequence[str], wheel: Sequence[str]) -> tuple[str, float]:
    """A sector drawn uniformly among ``available`` and where the needle stops (degrees)."""
    if not available:
        raise ValueError("no sector left to spin to")
    sector = rng.choice(sorted(available, key=list(wheel).index))
    index, n = list(wheel).index(sector), len(wheel)
    offset = rng.uniform(-0.5 + EDGE_MARGIN, 0.5 - EDGE_MARGIN) * wheel_maths.slice_width(n)
    angle = wheel_maths.normalise(wheel_maths.slice_centre(index, n) + offset)
    return sector, round(angle, 3)


def _level(rng: random.Random, levels: Iterable[int], played: Sequence[Question]) -> int:
    total = len(played) + 1
    deficit = {
        level: TARGET_SHARES[level] * total - sum((q.difficulty or 1) == level for q in played)
        for level in sorted(set(levels))
    }
    best = max(deficit.values())
    return rng.choice([lvl for lvl, d in deficit.items() if abs(d - best) < 1e-9])


def pick_question(
    rng: random.Random, candidates: Sequence[Question], played: Sequence[Question]
) -> Question:
    """A question among ``candidates``, keeping the mix of difficulties and types lively."""
    if not candidates:
        raise ValueError("no question to pick from")
    pool = sorted(candidates, key=lambda q: q.id)
    if played and not played[-1].kind.scored and any(q.kind.scored for q in pool):
        pool = [q for q in pool if q.kind.scored]
    level = _level(rng, (q.difficulty or 1 for q in pool), played)
    return rng.choice([q for q in pool if (q.difficulty or 1) == level])
