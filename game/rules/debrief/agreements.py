"""« Nos accords d'équipe » in the debrief: the agreements the team made during the game and on
the debrief, by sector in wheel order, with the rules that frame them (from the bank), the
service's name, the game's date and when to look at them again. Part of the debrief model (see
``game.rules.debrief``); the PDF's last page, the office document and the CSV read it.

Decisions where the design is silent: a sector appears when the team made an agreement under
it, with its framing rules; « à revoir le » is three months after the game, on the same day of
the month (the last day of a shorter month).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from game.rules.debrief.figures import SectorLine
from game.rules.debrief.inputs import RuleFacts, SectorFacts
from game.rules.session.state import State
from game.wording import dates, say, say_n
from game.wording.typography import french

REVIEW_MONTHS = 3


def months_later(day: date, months: int) -> date:
    """``day`` moved ``months`` months on (the 31st becomes the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class FramingLine:
    """A rule that frames the agreements of a sector, with its source."""

    text: str
    source: str
    link: str | None

    @property
    def sourced(self) -> str:
        """« Décret n° 2016-151, art. 6 »: the source as the page cites it."""
        return say("debrief.agreements.source", source=self.source)


@dataclass(frozen=True)
class AgreementLine:
    """One agreement: its text and the question it followed (None: on the debrief)."""

    text: str
    question_id: str | None
    wall: str


@dataclass(frozen=True)
class SectorAgreements:
    """A sector's agreements and the rules that frame them."""

    sector: SectorLine
    lines: tuple[AgreementLine, ...]
    rules: tuple[FramingLine, ...]


@dataclass(frozen=True)
class Agreements:
    """The team's agreements, by sector."""

    service: str  # as typed in Setup ("" when none was given)
    made: datetime | None  # the game's date
    by_sector: tuple[SectorAgreements, ...]

    id = "agreements"

    @property
    def total(self) -> int:
        return sum(len(s.lines) for s in self.by_sector)

    @property
    def review(self) -> date | None:
        """When the team looks at its agreements again: three months on."""
        return months_later(self.made.date(), REVIEW_MONTHS) if self.made else None

    @property
    def heading(self) -> str:
        """« Nos accords d'équipe — Service des finances »."""
        if not self.service:
            return say("debrief.agreements.title")
        return say("debrief.agreements.title_service", service=self.service)

    @property
    def dated(self) -> str:
        """« Établis le 16/03/2026 · à revoir le 16/06/2026 »."""
        if self.made is None or self.review is None:
            return say("debrief.agreements.undated")
        return say(
            "debrief.agreements.dated",
            made=dates.short_date(self.made),
            review=dates.short_date(self.review),
        )

    @property
    def count(self) -> str:
        """« 3 accords »."""
        return say_n("debrief.agreements.count", self.total)


def build_agreements(
    state: State, sectors: Sequence[SectorLine], known: Sequence[SectorFacts], made: datetime | None
) -> Agreements:
    """The agreements section of a game state (``known``: the bank's sectors and rules)."""
    rules = {s.id: s.rules for s in known}
    found = []
    for sector in sectors:
        lines = tuple(
            AgreementLine(french(a.text), a.question_id, a.wall)
            for a in state.agreements
            if a.sector == sector.id
        )
        if lines:
            found.append(SectorAgreements(sector, lines, _rules(rules.get(sector.id, ()))))
    return Agreements(french(state.settings.service), made, tuple(found))


def _rules(rules: Sequence[RuleFacts]) -> tuple[FramingLine, ...]:
    return tuple(FramingLine(french(r.text), french(r.source), r.link) for r in rules)
