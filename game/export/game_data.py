"""From whatever the caller holds — a live ``Session``, a ``State`` or a journal's events — to
the engine's debrief figures and the printed document.

The Debrief screen holds the session; the command line holds the events read from a journal.
Both end here, so the PDF of a game is the same whichever way it was made. The bank gives the
sectors' key points, open questions and pictograms; without it (a journal from another
computer) the document keeps the journal's own sector names and colours and says nothing
more about them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from game import resources
from game.export.document import DebriefDocument, SectorInfo, build_document, sectors_from_bank
from game.rules.session.debrief import Debrief, figures
from game.rules.session.events import Event
from game.rules.session.state import State
from game.rules.session.transitions import fold

DEFAULT_BANK = resources.builtin_bank()


@dataclass(frozen=True)
class GameData:
    """A game as the exports need it: its state, its events when known, the time used."""

    state: State
    events: tuple[Event, ...] | None
    now_elapsed: float | None


def game_data(source: Any) -> GameData:
    """Accept a ``Session`` (anything with ``state``, ``events`` and ``elapsed()``), a ``State``
    or a sequence of events."""
    if isinstance(source, State):
        return GameData(source, None, None)
    if hasattr(source, "state") and hasattr(source, "events"):
        elapsed = source.elapsed() if callable(getattr(source, "elapsed", None)) else None
        return GameData(source.state, tuple(source.events), elapsed)
    events = tuple(source)
    return GameData(fold(events), events, None)


def debrief_figures(data: GameData) -> Debrief:
    """The engine's figures; an unfinished game counts the time used so far."""
    now = None if data.state.ended else data.now_elapsed
    return figures(data.state, now)


@functools.cache
def default_bank() -> Any:
    """The game's own bank (``questions/``), or None when it cannot be loaded."""
    from game.rules.bank.loader import load_bank

    try:
        return load_bank(DEFAULT_BANK).bank
    except Exception:  # noqa: BLE001 - the debrief must come out even with a broken bank
        return None


def bank_sectors(bank: Any) -> tuple[Sequence[SectorInfo], str | None, str | None]:
    """The sectors a bank describes, its version and its date (empty when no bank)."""
    if bank is None:
        return (), None, None
    try:
        return sectors_from_bank(bank), getattr(bank, "version", None), getattr(bank, "date",
                                                                                None)
    except Exception:  # noqa: BLE001 - a bank missing a picture still gives its text
        return (), None, None


def debrief_document(source: Any, notes: str = "", bank: Any = None) -> DebriefDocument:
    """The printed debrief of a game (``bank``: the loaded bank; None: the game's own)."""
    data = source if isinstance(source, GameData) else game_data(source)
    notes = notes or data.state.notes  # typed on the debrief, saved in the journal
    numbers = debrief_figures(data)
    sectors, version, date = bank_sectors(bank if bank is not None else default_bank())
    # The bank's date describes the game's bank only if the game used that very version.
    bank_date = date if version == numbers.bank_version else None
    return build_document(numbers, sectors, notes, bank_date)
