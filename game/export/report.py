"""The HR adviser's report: several games put together, to see which misconceptions persist.

``aggregate(debriefs)`` sums the debriefs of several games (``game.rules.debrief``): success
per sector across sessions (answers expected on scored questions, as each game's debrief counts
them), every question played with how many games it came up in, how many answers it got and
how many were wrong, and the games themselves. ``persistent`` ranks the misconceptions that
persist: the questions most missed across games. ``report_pdf.write_report`` writes the PDF
and, when asked, a CSV with one row per question, and beside it, when the games voted on
baromètre statements, a CSV with one row per statement.

Counting rules (a reader's version): a question « played » in a game was drawn and not
skipped; each team's expected answer to a scored question is one « answer »; no answer counts
as missed; questions without a right answer (debates) are counted as played, never as missed.

The baromètre (``statements``): for each statement, the games that voted on it, and the votes
before and after the game summed over those games — a team counts as one voter, a show of
hands as many as the hands counted. The share « d'accord » is the agreeing votes out of all
the votes of that round; the games without a second vote count in « avant » only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from game.export.csv_answers import Cell, csv_bytes
from game.rules.debrief import Debrief, Facts, QuestionLine, Rate, StatementLine, Votes
from game.wording import say

MAX_PERSISTENT = 10


@dataclass
class QuestionTally:
    """One question across games."""

    first: QuestionLine  # the question as it was met first: its texts
    games: int = 0
    skipped: int = 0
    answers: int = 0
    right: int = 0

    @property
    def id(self) -> str:
        return self.first.question_id

    @property
    def missed(self) -> int:
        return self.answers - self.right

    @property
    def rate(self) -> Rate:
        return Rate(self.answers, self.right)


@dataclass
class SectorTally:
    """One sector across games."""

    id: str
    label: str
    colour: str
    games: int = 0
    answers: int = 0
    right: int = 0

    @property
    def rate(self) -> Rate:
        return Rate(self.answers, self.right)


@dataclass
class Share:
    """Votes summed over games: how many, and how many agreed."""

    voters: int = 0
    agreeing: int = 0

    def add(self, votes: Votes) -> None:
        self.voters += votes.total
        self.agreeing += votes.agreeing

    @property
    def rate(self) -> Rate:
        return Rate(self.voters, self.agreeing)


@dataclass
class StatementTally:
    """One baromètre statement across games."""

    first: StatementLine  # the statement as it was met first: its texts
    games: int = 0
    before: Share = field(default_factory=Share)
    after: Share = field(default_factory=Share)
    after_games: int = 0

    @property
    def id(self) -> str:
        return self.first.statement_id


@dataclass
class Report:
    """Several games, summed."""

    games: list[Facts] = field(default_factory=list)
    sectors: dict[str, SectorTally] = field(default_factory=dict)
    questions: dict[str, QuestionTally] = field(default_factory=dict)
    statements: dict[str, StatementTally] = field(default_factory=dict)

    @property
    def rate(self) -> Rate:
        """Right answers out of the answers expected, all sectors and games together."""
        return Rate(
            sum(s.answers for s in self.sectors.values()),
            sum(s.right for s in self.sectors.values()),
        )

    @property
    def questions_played(self) -> int:
        return sum(g.questions_played for g in self.games)


def aggregate(debriefs: Iterable[Debrief]) -> Report:
    """Sum the debriefs of several games (ended or interrupted)."""
    report = Report()
    for debrief in debriefs:
        report.games.append(debrief.facts)
        for sector in debrief.sectors:
            tally = report.sectors.setdefault(
                sector.id, SectorTally(sector.id, sector.label, sector.colour)
            )
            tally.games += sector.group.attempts > 0
            tally.answers += sector.group.attempts
            tally.right += sector.group.right
        for question in debrief.questions:
            _count(report, question)
        for statement in debrief.barometer.statements:
            _poll(report, statement)
    report.games.sort(key=lambda g: (g.started is None, g.started or 0))
    return report


def _count(report: Report, question: QuestionLine) -> None:
    tally = report.questions.setdefault(question.question_id, QuestionTally(question))
    if question.skipped:
        tally.skipped += 1
        return
    tally.games += 1
    tally.answers += question.answers
    tally.right += question.right


def _poll(report: Report, line: StatementLine) -> None:
    tally = report.statements.setdefault(line.statement_id, StatementTally(line))
    tally.games += 1
    tally.before.add(line.before)
    if line.after is not None:
        tally.after.add(line.after)
        tally.after_games += 1


def polled(report: Report) -> list[StatementTally]:
    """The statements voted on, the one met in the most games first."""
    return sorted(report.statements.values(), key=lambda s: (-s.games, s.first.sector.id, s.id))


def persistent(report: Report, limit: int = MAX_PERSISTENT) -> list[QuestionTally]:
    """The misconceptions that persist: most missed answers first, then the highest share
    missed, then the question met in the most games."""
    missed = [q for q in report.questions.values() if q.missed > 0]
    missed.sort(key=lambda q: (-q.missed, -q.missed / q.answers, -q.games, q.id))
    return missed[:limit]


def by_play_count(report: Report) -> list[QuestionTally]:
    """Every question met, the most often played first."""
    return sorted(report.questions.values(), key=lambda q: (-q.games, q.first.sector, q.id))


CSV_COLUMNS = (
    "question",
    "sector",
    "kind",
    "prompt",
    "games",
    "skipped",
    "answers",
    "right",
    "missed",
    "rate",
)


def csv_header() -> tuple[str, ...]:
    """The header row of the report's CSV."""
    return tuple(say(f"debrief.csv.report.{column}") for column in CSV_COLUMNS)


def report_csv(report: Report) -> bytes:
    """One row per question met, for a spreadsheet (UTF-8 with BOM, « ; »)."""
    labels = {s.id: s.label for s in report.sectors.values()}
    rows: list[list[Cell]] = []
    for q in by_play_count(report):
        line = q.first
        rows.append(
            [
                q.id,
                labels.get(line.sector, line.sector),
                line.kind,
                line.prompt,
                q.games,
                q.skipped,
                q.answers,
                q.right,
                q.missed,
                q.rate.percent if q.answers else "",
            ]
        )
    return csv_bytes(rows, csv_header())


BAROMETER_COLUMNS = (
    "statement",
    "sector",
    "prompt",
    "games",
    "voters_before",
    "agreeing_before",
    "share_before",
    "games_after",
    "voters_after",
    "agreeing_after",
    "share_after",
)


def barometer_csv_header() -> tuple[str, ...]:
    """The header row of the report's baromètre CSV."""
    return tuple(say(f"debrief.csv.barometer.{column}") for column in BAROMETER_COLUMNS)


def barometer_csv(report: Report) -> bytes:
    """One row per statement voted on: the votes « d'accord » before and after, summed over
    the games (UTF-8 with BOM, « ; »)."""
    rows: list[list[Cell]] = []
    for s in polled(report):
        rows.append(
            [
                s.id,
                s.first.sector.label,
                s.first.prompt,
                s.games,
                s.before.voters,
                s.before.agreeing,
                s.before.rate.percent if s.before.voters else "",
                s.after_games,
                s.after.voters,
                s.after.agreeing,
                s.after.rate.percent if s.after.voters else "",
            ]
        )
    return csv_bytes(rows, barometer_csv_header())


def barometer_csv_path(csv_path: Path) -> Path:
    """Where the baromètre CSV goes: beside the questions' one, « -barometre » added."""
    return csv_path.with_name(
        f"{csv_path.stem}{say('debrief.csv.barometer.suffix')}{csv_path.suffix}"
    )
