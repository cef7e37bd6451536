"""From what the caller holds to the debrief model: a ``Debrief`` as it is, or a live ``Session``
or a ``State`` turned into one with the bank's facts.

The Debrief screen builds the model once and passes it; the command line and scripts may pass a
game instead. Without a bank at hand, the game's own bank (``questions/``) describes the
sectors; when it cannot be loaded, the debrief keeps the journal's sector names and colours.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypeAlias

from game import resources
from game.rules.debrief import BankFacts, Debrief, bank_facts, build_debrief
from game.rules.session.state import State

if TYPE_CHECKING:
    from game.rules.bank.loader import Bank
    from game.rules.session.engine import Session

Game: TypeAlias = "Debrief | State | Session"


@functools.cache
def default_bank() -> Bank | None:
    """The game's own bank, or None when it cannot be loaded."""
    from game.rules.bank.loader import load_bank

    try:
        return load_bank(resources.builtin_bank()).bank
    except Exception:  # noqa: BLE001 - the debrief must come out even with a broken bank
        return None


def facts_of(bank: Bank | None) -> BankFacts | None:
    """What a bank says about its sectors (None when there is no bank or it is unreadable)."""
    if bank is None:
        return None
    try:
        return bank_facts(bank)
    except Exception:  # noqa: BLE001 - a bank missing a picture still gives the figures
        return None


def debrief_of(source: Game, notes: str | None = None, bank: Bank | None = None) -> Debrief:
    """The debrief of ``source``: itself when it is one; else built from the game's state, with
    ``bank`` (default: the game's own) and ``notes`` (default: those saved with the game)."""
    if isinstance(source, Debrief):
        return source
    facts = facts_of(bank if bank is not None else default_bank())
    if isinstance(source, State):
        return build_debrief(source, facts, notes)
    state = source.state
    return build_debrief(state, facts, notes, None if state.ended else source.elapsed())
