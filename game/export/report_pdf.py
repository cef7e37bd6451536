"""The HR report as a PDF: the same calm A4 look as the debrief, over several games.

Order: the games at a glance, success per sector across the games (wheel and legend), the
baromètre's statements with the share « d'accord » before and after the games (when the games
voted on any), the misconceptions that persist, every question played with how often, the
bank's questions never played (when the bank is at hand), and the list of games. Tables
repeat their heading row when they continue on a new page.

fpdf2 is imported (through ``pdfkit``): import this module only when exporting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from game.export import pdfblocks as blocks
from game.export import pdfkit as kit
from game.export.files import write_bytes_atomic
from game.export.pdfkit import INK, MUTED, Page, Para, rgb, style
from game.export.report import (
    Report,
    StatementTally,
    barometer_csv,
    barometer_csv_path,
    by_play_count,
    persistent,
    polled,
    report_csv,
)
from game.export.sources import facts_of
from game.rules.debrief import SectorLine
from game.wording import dates, french, say, say_n

if TYPE_CHECKING:
    from game.rules.bank.loader import Bank

ROW_H = 5.2
UNKNOWN_COLOUR = "#777777"
Column = tuple[str, float, str]  # its heading, its width (0: the rest), its alignment


def render_report(
    report: Report,
    bank: Bank | None = None,
    sources: Sequence[str] = (),
    made: datetime | None = None,
) -> bytes:
    """The report's PDF, as bytes."""
    sectors = _sectors(report, bank)
    title = _title(report)
    made = made or datetime.now()
    pdf = Page(
        say_n(
            "debrief.report.footer",
            len(sources) or len(report.games),
            date=dates.short_date(made),
            time=dates.clock_time(made),
        ),
        title,
    )
    pdf.set_subject(say("debrief.report.subject"))
    pdf.add_page()
    blocks.header(pdf, say("debrief.report.kicker"), title, _facts(report))
    blocks.panorama(
        pdf,
        say("debrief.report.panorama.title"),
        say("debrief.report.panorama.note"),
        sectors,
        [s.group for s in sectors],
    )
    by_id = {s.id: s for s in sectors}
    _barometer(pdf, report)
    _persistent(pdf, report, by_id)
    _played(pdf, report, by_id)
    _never_played(pdf, report, bank)
    _games(pdf, report)
    return bytes(pdf.output())


def _sectors(report: Report, bank: Bank | None) -> list[SectorLine]:
    facts = facts_of(bank)
    known = {s.id: s for s in facts.sectors} if facts else {}
    lines = []
    for tally in report.sectors.values():
        sector = known.get(tally.id)
        lines.append(
            SectorLine(
                tally.id,
                french(sector.label) if sector else tally.label,
                sector.colour if sector else tally.colour,
                sector.pictogram if sector else None,
                tally.rate,
                tally.answers > 0,
            )
        )
    return lines


def _title(report: Report) -> str:
    found = [g.started for g in report.games if g.started is not None]
    games = len(report.games)
    if not found:
        return say_n("debrief.report.title", games)
    return say_n(
        "debrief.report.title_dated", games, dates=dates.date_range(min(found), max(found))
    )


def _facts(report: Report) -> list[str]:
    facts = [
        say_n("debrief.fact.teams", sum(g.teams for g in report.games)),
        say_n("debrief.fact.played", report.questions_played),
        say_n("debrief.report.different", len(report.questions)),
    ]
    if report.rate.attempts:
        facts.append(say("debrief.report.right_share", share=report.rate.percent))
    return facts


def _persistent(pdf: Page, report: Report, sectors: dict[str, SectorLine]) -> None:
    rows = persistent(report)
    kit.heading(
        pdf,
        say("debrief.report.persistent.title"),
        keep_with=24,
        note=say("debrief.report.persistent.note"),
    )
    if not rows:
        _quiet(pdf, say("debrief.report.persistent.none"))
        return
    for q in rows:
        line = q.first
        sector = sectors.get(line.sector)
        label = sector.label if sector else line.sector
        caption = say(
            "debrief.report.persistent.caption",
            sector=label.upper(),
            missed=say_n("debrief.report.missed_times", q.answers, missed=q.missed),
            games=say_n("debrief.report.in_games", q.games),
        )
        colour = sector.colour if sector else UNKNOWN_COLOUR
        blocks.misconception(
            pdf, caption, line.prompt, line.answer, line.gist, line.source, None, colour
        )


def _barometer(pdf: Page, report: Report) -> None:
    """Each statement: how many games voted on it, and the share « d'accord » before and after
    over all their votes."""
    statements = polled(report)
    if not statements:
        return
    kit.heading(
        pdf,
        say("debrief.report.barometer.title"),
        keep_with=20,
        note=say("debrief.report.barometer.note"),
    )
    for tally in statements:
        line = tally.first
        kit.item(
            pdf,
            [
                Para(
                    say(
                        "debrief.report.barometer.caption",
                        sector=line.sector.label.upper(),
                        games=say_n("debrief.report.in_games", tally.games),
                    ),
                    7.5,
                    "B",
                    MUTED,
                    after=0.4,
                ),
                Para(line.prompt, 9.5, "B", after=0.4),
                Para(_shares(tally), 9, after=0),
            ],
            bar=line.sector.colour,
            gap=2.0,
        )


def _shares(tally: StatementTally) -> str:
    """« D'accord avant : 62 % de 48 votes · après : 35 % de 40 votes (3 parties) »."""
    before = say_n(
        "debrief.report.barometer.share", tally.before.voters, share=tally.before.rate.percent
    )
    if not tally.after.voters:
        return say("debrief.report.barometer.before_only", before=before)
    after = say_n(
        "debrief.report.barometer.share", tally.after.voters, share=tally.after.rate.percent
    )
    return say_n("debrief.report.barometer.shift", tally.after_games, before=before, after=after)


def _played_columns() -> tuple[Column, ...]:
    return (
        (say("debrief.report.column.question"), 48.0, "L"),
        (say("debrief.report.column.prompt"), 0.0, "L"),
        (say("debrief.report.column.games"), 14.0, "C"),
        (say("debrief.report.column.skipped"), 13.0, "C"),
        (say("debrief.report.column.answers"), 16.0, "C"),
        (say("debrief.report.column.right"), 14.0, "C"),
    )


def _played(pdf: Page, report: Report, sectors: dict[str, SectorLine]) -> None:
    kit.heading(
        pdf,
        say("debrief.report.played.title"),
        keep_with=3 * ROW_H + 8,
        note=say("debrief.report.played.note"),
    )
    columns = _played_columns()
    widths = _widths(pdf, columns)
    _table_head(pdf, columns, widths)
    for index, q in enumerate(by_play_count(report)):
        if kit.room_left(pdf) < ROW_H:
            pdf.add_page()
            _table_head(pdf, columns, widths)
        sector = sectors.get(q.first.sector)
        none = say("debrief.rate.none")
        share = (
            q.rate.percent
            if q.answers
            else (none if q.first.scored else say("debrief.report.no_right_answer"))
        )
        cells = (
            q.id,
            q.first.prompt,
            str(q.games),
            str(q.skipped) if q.skipped else "",
            str(q.answers) if q.answers else none,
            share,
        )
        _table_row(pdf, columns, widths, cells, index, sector.colour if sector else UNKNOWN_COLOUR)
    pdf.ln(1)


def _widths(pdf: Page, columns: Sequence[Column]) -> list[float]:
    fixed = sum(w for _, w, _ in columns)
    return [w or pdf.content_width - fixed for _, w, _ in columns]


def _table_head(pdf: Page, columns: Sequence[Column], widths: Sequence[float]) -> None:
    style(pdf, 8, "B", MUTED)
    x = pdf.l_margin
    y = pdf.get_y()
    for (label, _, align), width in zip(columns, widths, strict=True):
        pdf.set_xy(x + (2.5 if align == "L" and x == pdf.l_margin else 0), y)
        pdf.cell(width, ROW_H, label, align=align)
        x += width
    pdf.set_draw_color(*rgb(INK))
    pdf.set_line_width(0.3)
    pdf.line(pdf.l_margin, y + ROW_H, pdf.l_margin + pdf.content_width, y + ROW_H)
    pdf.set_y(y + ROW_H + 0.4)


def _table_row(
    pdf: Page,
    columns: Sequence[Column],
    widths: Sequence[float],
    cells: Sequence[str],
    index: int,
    colour: str | None = None,
) -> None:
    y = pdf.get_y()
    if index % 2 == 0:
        pdf.set_fill_color(*rgb(kit.PAPER_TINT))
        pdf.rect(pdf.l_margin, y, pdf.content_width, ROW_H, style="F")
    if colour:
        pdf.set_fill_color(*rgb(colour))
        pdf.rect(pdf.l_margin, y + 0.6, 1.2, ROW_H - 1.2, style="F")
    style(pdf, 8, "", INK)
    x = pdf.l_margin
    for (_, _, align), width, text in zip(columns, widths, cells, strict=True):
        pad = 2.5 if x == pdf.l_margin else 0.8
        pdf.set_xy(x + pad, y)
        pdf.cell(width - pad - 0.8, ROW_H, kit.fit_line(pdf, text, width - pad - 1.5), align=align)
        x += width
    pdf.set_y(y + ROW_H)


def _never_played(pdf: Page, report: Report, bank: Bank | None) -> None:
    if bank is None or not bank.active:
        return
    questions = bank.active
    never = [q.id for q in questions if q.id not in report.questions]
    kit.heading(pdf, say("debrief.report.never.title"), keep_with=10)
    if not never:
        _quiet(pdf, say("debrief.report.never.none"))
        return
    text = say_n(
        "debrief.report.never.list",
        len(never),
        total=len(questions),
        version=bank.version,
        ids=", ".join(never),
    )
    kit.item(pdf, [Para(text, 8.5, colour=MUTED, after=0)], indent=0, gap=1)


def _game_columns() -> tuple[Column, ...]:
    return (
        (say("debrief.report.column.date"), 62.0, "L"),
        (say("debrief.report.column.teams"), 18.0, "C"),
        (say("debrief.report.column.questions"), 20.0, "C"),
        (say("debrief.report.column.duration"), 20.0, "C"),
        (say("debrief.report.column.end"), 0.0, "L"),
    )


def _games(pdf: Page, report: Report) -> None:
    kit.heading(pdf, say("debrief.report.games.title"), keep_with=3 * ROW_H + 4)
    columns = _game_columns()
    widths = _widths(pdf, columns)
    _table_head(pdf, columns, widths)
    for index, game in enumerate(report.games):
        if kit.room_left(pdf) < ROW_H:
            pdf.add_page()
            _table_head(pdf, columns, widths)
        cells = (
            game.when or say("debrief.rate.none"),
            str(game.teams),
            str(game.questions_played),
            dates.duration(game.duration_s),
            game.end_words,
        )
        _table_row(pdf, columns, widths, cells, index)


def _quiet(pdf: Page, text: str) -> None:
    style(pdf, 9.5, "I", MUTED)
    pdf.multi_cell(0, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")


def write_report(
    report: Report,
    pdf_path: Path,
    csv_path: Path | None = None,
    bank: Bank | None = None,
    sources: Sequence[str] = (),
) -> list[Path]:
    """Write the report's PDF (and CSV); ``ExportError`` (French) on failure."""
    written = [write_bytes_atomic(Path(pdf_path), render_report(report, bank, sources))]
    if csv_path is not None:
        written.append(write_bytes_atomic(Path(csv_path), report_csv(report)))
        if report.statements:
            target = barometer_csv_path(Path(csv_path))
            written.append(write_bytes_atomic(target, barometer_csv(report)))
    return written
