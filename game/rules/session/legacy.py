"""Journals of format 1: the rules they were played under, so that they still fold as played.

Before format 2 (see ``events.py``) a game turned in snake order (1, 2, 3, 3, 2, 1…); the
question timer recorded « no answer » for the teams still expected (``timed_out`` events);
every wrong first answer opened a rebond — on a vrai/faux too, and the eliminated answer could
be given again — worth the points halved and rounded up; debate points went one by one; and a
debate point counted as a win towards « panorama complet ».

A journal is the game as it was played. Read under today's rules an old journal would see its
events refused (a rebond that no longer opens, an answer out of turn) or its scores changed,
and « Reprendre la partie » or a rebuilt debrief would fail. So the fold asks this module
whenever a state's ``format`` is 1, and only then; a resumed old game goes on under its own
rules to the end. Nothing here serves a new game.
"""

from __future__ import annotations

from game.rules.session.scoring import TeamResult
from game.rules.session.settings import ScoringRules

LAST_FORMAT = 1  # journals of this format or older fold under these rules


def snake(turn: int, n: int) -> int:
    """Whose turn it was: 0…n-1, then n-1…0, then 0… again."""
    cycle, position = divmod(turn, n)
    return position if cycle % 2 == 0 else n - 1 - position


def rebond_points(rules: ScoringRules, difficulty: int | None) -> int:
    """A right rebond earned the question's points divided, rounded up."""
    return -(-rules.points(difficulty) // rules.rebond_divisor)


def opens_rebond(scored: bool, graded_by_facilitator: bool) -> bool:
    """Any wrong first answer to a scored question opened a rebond."""
    return scored and not graded_by_facilitator


def debate_values(rules: ScoringRules) -> tuple[int, ...]:
    """Debate points went from 0 to the most, one by one."""
    return tuple(range(0, rules.debate_max + 1))


def counts_as_win(result: TeamResult) -> bool:
    """A right answer, or at least one debate point, won the sector."""
    return result.right or (result.result == "position" and result.points > 0)
