"""The HR adviser's report: several games put together, to see which misconceptions persist.

``aggregate(states)`` sums the games' figures: success per sector across sessions (answers
expected on scored questions, as in each game's debrief), every question played with how many
games it came up in, how many answers it got and how many were wrong, and the games
themselves. ``persistent`` ranks the misconceptions that persist: the questions most missed
across games. ``report_pdf.write_report`` writes the PDF and, when asked, a CSV with
one row per question.

Counting rules (a reader's version): a question « played » in a game was drawn and not
skipped; each team's expected answer to a scored question is one « answer »; no answer counts
as missed; debates are counted as played, never as missed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from game.export.csv_answers import TYPE_LABELS, csv_bytes
from game.rules.session.debrief import figures
from game.rules.session.state import State

MAX_PERSISTENT = 10


@dataclass
class QuestionTally:
    """One question across games."""

    id: str
    sector: str
    type: str
    prompt: str
    answer: str
    explanation: str
    source: str
    games: int = 0
    skipped: int = 0
    answers: int = 0
    right: int = 0

    @property
    def missed(self) -> int:
        return self.answers - self.right


@dataclass
class SectorTally:
    """One sector across games."""

    id: str
    label: str
    colour: str
    games: int = 0
    answers: int = 0
    right: int = 0


@dataclass(frozen=True)
class GameLine:
    """One game in the report's list."""

    date: str
    teams: int
    questions: int
    duration_s: float
    end_reason: str | None
    bank_version: str


@dataclass
class Report:
    """Several games, summed."""

    games: list[GameLine] = field(default_factory=list)
    sectors: dict[str, SectorTally] = field(default_factory=dict)
    questions: dict[str, QuestionTally] = field(default_factory=dict)

    @property
    def answers(self) -> int:
        return sum(s.answers for s in self.sectors.values())

    @property
    def right(self) -> int:
        return sum(s.right for s in self.sectors.values())

    @property
    def questions_played(self) -> int:
        return sum(g.questions for g in self.games)


def aggregate(states: Iterable[State]) -> Report:
    """Sum the figures of several games (ended or interrupted)."""
    report = Report()
    for state in states:
        numbers = figures(state)
        report.games.append(GameLine(numbers.date, len(numbers.teams), numbers.questions_played,
                                     numbers.duration_s, numbers.end_reason,
                                     numbers.bank_version))
        for row in numbers.sector_success:
            tally = report.sectors.setdefault(row.sector,
                                              SectorTally(row.sector, row.label, row.colour))
            tally.games += row.attempts > 0
            tally.answers += row.attempts
            tally.right += row.right
        _count_questions(report, state)
    report.games.sort(key=lambda g: g.date)
    return report


def _count_questions(report: Report, state: State) -> None:
    for played in state.played:
        q = played.question
        tally = report.questions.get(q.id)
        if tally is None:
            tally = QuestionTally(q.id, played.sector, q.type, q.prompt, q.answer_text,
                                  q.explanation, q.source)
            report.questions[q.id] = tally
        if played.skipped:
            tally.skipped += 1
            continue
        tally.games += 1
        if q.type != "debat":
            tally.answers += len(played.results)
            tally.right += sum(r.right for r in played.results)


def persistent(report: Report, limit: int = MAX_PERSISTENT) -> list[QuestionTally]:
    """The misconceptions that persist: most missed answers first, then the highest share
    missed, then the question met in the most games."""
    missed = [q for q in report.questions.values() if q.missed > 0]
    missed.sort(key=lambda q: (-q.missed, -q.missed / q.answers, -q.games, q.id))
    return missed[:limit]


def by_play_count(report: Report) -> list[QuestionTally]:
    """Every question met, the most often played first."""
    return sorted(report.questions.values(), key=lambda q: (-q.games, q.sector, q.id))


CSV_HEADER = ("Question", "Secteur", "Type", "Intitulé", "Parties jouées", "Fois passée",
              "Réponses", "Justes", "Manquées", "Taux de réussite")


def report_csv(report: Report) -> bytes:
    """One row per question met, for a spreadsheet (UTF-8 with BOM, « ; »)."""
    labels = {s.id: s.label for s in report.sectors.values()}
    rows = []
    for q in by_play_count(report):
        rate = f"{round(100 * q.right / q.answers)} %" if q.answers else ""
        rows.append([q.id, labels.get(q.sector, q.sector), TYPE_LABELS.get(q.type, q.type),
                     q.prompt, q.games, q.skipped, q.answers, q.right, q.missed, rate])
    return csv_bytes(rows, CSV_HEADER)
