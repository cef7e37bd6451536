"""What the debrief needs from the bank, as plain data: each sector's label, colour, pictogram,
key points and open questions, and the bank's version and date.

The game's journal already knows each sector's label and colour; the bank adds the rest. A
debrief rebuilt from a journal on another computer, without the game's bank, keeps the
journal's names and colours and says nothing more about the sectors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.rules.bank.loader import Bank


@dataclass(frozen=True)
class SectorFacts:
    """A sector as the bank describes it."""

    id: str
    label: str
    colour: str
    pictogram: Path | None = None
    key_points: tuple[str, ...] = ()
    open_questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class BankFacts:
    """The bank at hand: its version, its date (ISO 8601) and its sectors."""

    version: str
    date: str | None
    sectors: tuple[SectorFacts, ...]


def bank_facts(bank: Bank) -> BankFacts:
    """The plain facts of a loaded bank (a missing pictogram file is left out)."""
    sectors = []
    for sector in bank.sectors:
        picture = bank.pictogram_path(sector)
        sectors.append(SectorFacts(sector.id, sector.label, sector.colour,
                                   picture if picture.is_file() else None,
                                   tuple(sector.key_points), tuple(sector.open_questions)))
    return BankFacts(bank.version, bank.date, tuple(sectors))
