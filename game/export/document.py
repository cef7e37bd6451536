"""What the printed debrief says, decided once: the engine's figures turned into French text.

``build_document`` takes the engine's ``Debrief`` figures, the sectors as the bank declares
them (key points, open questions, pictograms) and the facilitator's notes, and returns a
``DebriefDocument``: every string already typeset (``typography.french``), every list already
chosen and capped so that a 20-minute game fits on two A4 pages. The PDF only lays it out, and
the Debrief screen may show the same choices.

Choices made here:

* « Idées reçues à déconstruire »: the five most missed questions (the engine sorts them);
* debates: the four first ones played, with each team's position and the points it was given;
* open questions (3 to 5): the « pour aller plus loin » of up to two debates played, then the
  sectors' ``questions_ouvertes``, the least successful sectors first (one per sector in
  turn); other « pour aller plus loin » prompts fill in when fewer than three are found;
* key points: those of every sector in play, in wheel order.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from game.wording import dates as fd
from game.wording.typography import NBSP, first_sentence, french

MAX_MISSED = 5
MAX_DEBATES = 4
MAX_OPEN = 5
MIN_OPEN = 3
MAX_FURTHER_IN_OPEN = 2
SIMILAR = 0.7  # two open questions this alike ask the same thing: keep the first
MODE_LABELS = {"tour_par_tour": "tour par tour", "toutes_les_equipes": "toutes les équipes "
               "répondent"}
_VERDICT = re.compile(r"^\s*(vrai|faux|oui|non)\s*[.,!;:—–-]+\s*", re.IGNORECASE)
END_LABELS = {"temps": "temps écoulé", "questions": "plus de question disponible",
              "animateur": "arrêtée par l’animateur", None: "partie interrompue"}


@dataclass(frozen=True)
class SectorInfo:
    """A sector as the document shows it."""

    id: str
    label: str
    colour: str
    pictogram: Path | None = None
    key_points: tuple[str, ...] = ()
    open_questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rate:
    """Right answers out of attempts, in one sector."""

    attempts: int
    right: int

    @property
    def value(self) -> float | None:
        return self.right / self.attempts if self.attempts else None

    @property
    def percent(self) -> str:
        """« 67 % », or « — » when nothing was asked."""
        value = self.value
        return "—" if value is None else f"{round(value * 100)}{NBSP}%"

    @property
    def fraction(self) -> str:
        """« 2/3 », or « — »."""
        return f"{self.right}/{self.attempts}" if self.attempts else "—"


@dataclass(frozen=True)
class TeamLine:
    """A team in the ranking, with its success in each sector (aligned with the sectors)."""

    rank: int
    name: str
    colour: str
    score: int
    rates: tuple[Rate, ...]
    panorama: bool = False


@dataclass(frozen=True)
class MissedLine:
    """A misconception: the question, its right answer, why, and where it is written."""

    sector: SectorInfo
    prompt: str
    answer: str
    explanation: str
    source: str
    missed_by: int
    answered_by: int


@dataclass(frozen=True)
class DebateLine:
    """How the teams split on a debate: one line per position taken."""

    prompt: str
    positions: tuple[str, ...]


@dataclass(frozen=True)
class CorrectionLine:
    """A manual change of score and its reason."""

    team: str
    delta: int
    reason: str
    when: str


@dataclass(frozen=True)
class DebriefDocument:
    """Everything the printed debrief says, typeset and chosen."""

    title: str
    facts: tuple[str, ...]
    sectors: tuple[SectorInfo, ...]
    group: tuple[Rate, ...]
    teams: tuple[TeamLine, ...]
    missed: tuple[MissedLine, ...]
    missed_total: int
    debates: tuple[DebateLine, ...]
    open_questions: tuple[str, ...]
    notes: str
    corrections: tuple[CorrectionLine, ...]
    bank_version: str
    bank_date: str | None
    generated: datetime = field(default_factory=datetime.now)

    @property
    def key_points(self) -> tuple[tuple[SectorInfo, tuple[str, ...]], ...]:
        """The sectors that have key points, with them."""
        return tuple((s, s.key_points) for s in self.sectors if s.key_points)


def sectors_from_bank(bank: Any) -> tuple[SectorInfo, ...]:
    """The sectors of a loaded bank (``loader.Bank``), typeset, with their pictogram files."""
    found = []
    for sector in bank.sectors:
        picture = bank.pictogram_path(sector)
        found.append(SectorInfo(
            sector.id, french(sector.label), sector.colour,
            picture if picture.is_file() else None,
            tuple(french(p) for p in sector.key_points),
            tuple(french(q) for q in sector.open_questions)))
    return tuple(found)


def _sectors_in_figures(rows: Sequence[Any], known: Iterable[SectorInfo]) -> tuple[SectorInfo, ...]:
    """The wheel's sectors: the bank's description when known, else the journal's own."""
    by_id = {s.id: s for s in known}
    return tuple(by_id.get(r.sector) or SectorInfo(r.sector, french(r.label), r.colour)
                 for r in rows)


def build_document(figures: Any, sectors: Iterable[SectorInfo] = (), notes: str = "",
                   bank_date: str | None = None, generated: datetime | None = None
                   ) -> DebriefDocument:
    """The document for the engine's ``Debrief`` figures (``game.rules.session.debrief``)."""
    wheel = _sectors_in_figures(figures.sector_success, sectors)
    by_id = {s.id: s for s in wheel}
    group = tuple(Rate(r.attempts, r.right) for r in figures.sector_success)
    missed = [m for m in figures.missed if m.missed_by > 0]
    return DebriefDocument(
        title=_title(figures.date),
        facts=_facts(figures),
        sectors=wheel,
        group=group,
        teams=_teams(figures),
        missed=tuple(_missed(m, by_id) for m in missed[:MAX_MISSED]),
        missed_total=len(missed),
        debates=tuple(_debate(d) for d in figures.debates[:MAX_DEBATES]),
        open_questions=open_questions(figures.further, wheel, group),
        notes=french(notes.strip()),
        corrections=tuple(CorrectionLine(french(c.team_name), c.delta, french(c.reason),
                                         fd.elapsed_clock(c.elapsed))
                          for c in figures.corrections),
        bank_version=figures.bank_version,
        bank_date=bank_date,
        generated=generated or datetime.now(),
    )


def _title(date: str) -> str:
    when = fd.parse_wall(date)
    if when is None:
        return "Bilan de la partie"
    return f"Bilan de la partie du {fd.long_date(when)}, {fd.clock_time(when)}"


def _facts(figures: Any) -> tuple[str, ...]:
    played = figures.questions_played
    questions = f"{played} question{'s' if played > 1 else ''} jouée{'s' if played > 1 else ''}"
    if figures.skipped:
        questions += f" ({figures.skipped} passée{'s' if figures.skipped > 1 else ''})"
    return (
        f"Durée{NBSP}: {fd.duration(figures.duration_s)} ({figures.planned_min}{NBSP}prévues)",
        f"{len(figures.teams)}{NBSP}équipes",
        questions,
        MODE_LABELS.get(figures.mode, figures.mode),
        f"Fin{NBSP}: {END_LABELS.get(figures.end_reason, figures.end_reason)}",
    )


def _teams(figures: Any) -> tuple[TeamLine, ...]:
    lines = []
    for row in figures.ranking:
        rates = tuple(Rate(r.attempts, r.right) for r in figures.team_sector_success[row.team])
        lines.append(TeamLine(row.rank, french(row.name), row.colour, row.score, rates,
                              row.name in figures.panorama))
    return tuple(lines)


def _missed(row: Any, sectors: dict[str, SectorInfo]) -> MissedLine:
    sector = sectors.get(row.sector) or SectorInfo(row.sector, row.sector, "#777777")
    return MissedLine(sector, french(row.prompt), french(row.answer_text),
                      french(first_sentence(_without_verdict(row.explanation))),
                      french(row.source), row.missed_by, row.answered_by)


def _without_verdict(explanation: str) -> str:
    """« Faux. Le décret… » → « Le décret… »: the answer is already printed beside it."""
    match = _VERDICT.match(explanation)
    if not match or len(explanation) - match.end() < 20:
        return explanation
    rest = explanation[match.end():]
    return rest[0].upper() + rest[1:]


def _debate(row: Any) -> DebateLine:
    points = dict(row.points)
    groups: dict[str | None, list[str]] = {}
    for team, letter in row.positions:
        groups.setdefault(letter, []).append(_with_points(team, points.get(team, 0)))
    lines = []
    for index, option in enumerate(row.options):
        letter = "ABCD"[index]
        if letter in groups:
            lines.append(french(f"{letter}. {option} : {', '.join(groups.pop(letter))}"))
    if groups.get(None):
        label = "Sans position" if row.options else "Points"
        lines.append(french(f"{label} : {', '.join(groups.pop(None))}"))
    return DebateLine(french(row.prompt), tuple(lines))


def _with_points(team: str, points: int) -> str:
    if not points:
        return team
    return f"{team} ({points}{NBSP}pt{'s' if points > 1 else ''})"


def open_questions(further: Sequence[str], sectors: Sequence[SectorInfo],
                   group: Sequence[Rate]) -> tuple[str, ...]:
    """Three to five questions to carry on the conversation (see the module's docstring)."""
    chosen: list[str] = []
    for prompt in further[:MAX_FURTHER_IN_OPEN]:
        _add_unless_similar(chosen, french(prompt))
    order = sorted(range(len(sectors)), key=lambda i: (_rate_key(group[i]) if i < len(group)
                                                       else 2.0, i))
    pools = [list(sectors[i].open_questions) for i in order]
    while len(chosen) < MAX_OPEN and any(pools):
        for pool in pools:
            if pool and len(chosen) < MAX_OPEN:
                _add_unless_similar(chosen, pool.pop(0))
    for extra in further[MAX_FURTHER_IN_OPEN:]:
        if len(chosen) >= MIN_OPEN:
            break
        _add_unless_similar(chosen, french(extra))
    return tuple(chosen)


def _add_unless_similar(chosen: list[str], question: str) -> None:
    """Add ``question`` unless one already chosen asks nearly the same thing."""
    key = question.casefold()
    for other in chosen:
        if difflib.SequenceMatcher(None, key, other.casefold()).ratio() > SIMILAR:
            return
    chosen.append(question)


def _rate_key(rate: Rate) -> float:
    value = rate.value
    return 1.5 if value is None else value  # unplayed sectors after the played ones
