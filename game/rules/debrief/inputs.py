"""What the debrief needs from the bank, as plain data: each sector's label, colour, pictogram,
key points, open questions and framing rules (the agreements page prints them), the prompts of
the questions a baromètre statement names, and the bank's version and date.

The game's journal already knows each sector's label and colour; the bank adds the rest. A
debrief rebuilt from a journal on another computer, without the game's bank, keeps the
journal's names and colours and says nothing more about the sectors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.rules.bank.loader import Bank


@dataclass(frozen=True)
class RuleFacts:
    """A rule that frames the team's agreements in a sector, and where it comes from."""

    text: str
    source: str
    link: str | None = None


@dataclass(frozen=True)
class SectorFacts:
    """A sector as the bank describes it."""

    id: str
    label: str
    colour: str
    pictogram: Path | None = None
    key_points: tuple[str, ...] = ()
    open_questions: tuple[str, ...] = ()
    rules: tuple[RuleFacts, ...] = ()


@dataclass(frozen=True)
class BankFacts:
    """The bank at hand: its version, its date (ISO 8601), its sectors, and each question's
    prompt by id (to name the questions a baromètre statement rests on)."""

    version: str
    date: str | None
    sectors: tuple[SectorFacts, ...]
    prompts: tuple[tuple[str, str], ...] = ()


def bank_facts(bank: Bank) -> BankFacts:
    """The plain facts of a loaded bank (a missing pictogram file is left out)."""
    sectors = []
    for sector in bank.sectors:
        picture = bank.pictogram_path(sector)
        rules = tuple(RuleFacts(r.text, r.source, r.link) for r in sector.framing)
        sectors.append(
            SectorFacts(
                sector.id,
                sector.label,
                sector.colour,
                picture if picture.is_file() else None,
                tuple(sector.key_points),
                tuple(sector.open_questions),
                rules,
            )
        )
    named = {name for q in bank.questions for name in q.informed_by or ()}
    prompts = tuple((q.id, q.prompt) for q in bank.questions if q.id in named)
    return BankFacts(bank.version, bank.date, tuple(sectors), prompts)
