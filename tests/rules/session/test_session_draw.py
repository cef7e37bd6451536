"""The draw: eligible questions, available sectors, the spin and the mix of difficulties."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from game.rules.bank.model import Question
from game.rules.session.draw import (
    draw_rng,
    eligible,
    pick_question,
    sectors_available,
    spin,
)
from game.rules.wheel import sector_at, slice_span
from tests.rules.session.session_factory import SECTOR_IDS, make_question, make_settings

MIXED = [
    make_question("a-all", audience="tous"),
    make_question("a-man", audience="encadrant"),
    make_question("a-age", audience="agent"),
    make_question("a-off", actif=False),
    make_question("b-one", sector="technique"),
]


@pytest.mark.parametrize(
    ("audience", "expected"),
    [
        ("tous", ["a-age", "a-all", "a-man"]),
        ("encadrant", ["a-all", "a-man"]),
        ("agent", ["a-age", "a-all"]),
    ],
)
def test_the_audience_filter_keeps_questions_for_all_and_for_that_audience(
    audience: str, expected: list[str]
) -> None:
    settings = make_settings(audience=audience)
    assert [q.id for q in eligible(MIXED, settings, (), "reglementaire")] == expected


def test_inactive_and_already_played_questions_are_never_eligible() -> None:
    found = eligible(MIXED, make_settings(), {"a-all"}, "reglementaire")
    assert [q.id for q in found] == ["a-age", "a-man"]


def test_sectors_without_an_eligible_question_are_not_available() -> None:
    settings = make_settings()
    assert sectors_available(MIXED, settings, ()) == ("reglementaire", "technique")
    assert sectors_available(MIXED, settings, {"b-one"}) == ("reglementaire",)
    only = make_settings(sectors=("technique",))
    assert sectors_available(MIXED, only, ()) == ("technique",)


def test_the_needle_stops_inside_the_drawn_slice_away_from_its_edges() -> None:
    for seed in range(200):
        sector, angle = spin(random.Random(seed), ["managerial", "societal"], SECTOR_IDS)
        index = SECTOR_IDS.index(sector)
        assert sector_at(angle, 5) == index
        start, end = slice_span(index, 5)
        relative = (angle - start) % 360
        assert 0.1 * 72 < relative < 0.9 * 72


def test_the_spin_is_uniform_over_the_available_sectors() -> None:
    rng = random.Random(3)
    counts = Counter(spin(rng, SECTOR_IDS, SECTOR_IDS)[0] for _ in range(5000))
    assert set(counts) == set(SECTOR_IDS)
    assert all(850 < c < 1150 for c in counts.values())


def test_the_same_history_gives_the_same_draw() -> None:
    a = draw_rng(7, 3, 4).random()
    assert a == draw_rng(7, 3, 4).random()
    assert a != draw_rng(7, 4, 4).random()


def test_difficulties_are_mixed_forty_forty_twenty() -> None:
    pool = [make_question(f"q{d}-{k}", difficulty=d) for d in (1, 2, 3) for k in range(30)]
    played: list[Question] = []
    rng = random.Random(1)
    for _ in range(20):
        left = [q for q in pool if q not in played]
        played.append(pick_question(rng, left, played))
    counts = Counter(q.difficulty for q in played)
    assert counts == {1: 8, 2: 8, 3: 4}


def test_the_level_most_behind_is_chosen_among_those_available() -> None:
    played = [make_question("p1", difficulty=1), make_question("p2", difficulty=2)]
    only_hard_or_easy = [make_question("e", difficulty=1), make_question("h", difficulty=3)]
    assert pick_question(random.Random(0), only_hard_or_easy, played).id == "h"


def test_two_debates_in_a_row_are_avoided_when_another_type_is_left() -> None:
    last = [make_question("d0", type="debat")]
    pool = [make_question(f"d{k}", type="debat") for k in range(1, 6)]
    pool.append(make_question("v", type="vrai_faux", difficulty=3))
    for seed in range(20):
        assert pick_question(random.Random(seed), pool, last).id == "v"
    assert pick_question(random.Random(0), pool[:2], last).type == "debat"


def test_a_draw_does_not_depend_on_the_order_of_the_bank() -> None:
    pool = [make_question(f"q{k}", difficulty=1 + k % 3) for k in range(12)]
    first = pick_question(random.Random(5), pool, [])
    assert pick_question(random.Random(5), list(reversed(pool)), []) == first
