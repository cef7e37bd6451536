"""The HR report as a PDF: the same calm A4 look as the debrief, over several games.

Order: the games at a glance, success per sector across the games (wheel and legend), the
misconceptions that persist, every question played with how often, the bank's questions never
played (when the bank is at hand), and the list of games. Tables repeat their heading row
when they continue on a new page.

fpdf2 is imported (through ``pdfkit``): import this module only when exporting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from game.export import pdfblocks as blocks
from game.export import pdfkit as kit
from game.export.document import END_LABELS, Rate, SectorInfo
from game.export.files import write_bytes_atomic
from game.export.game_data import bank_sectors
from game.export.pdfkit import INK, MUTED, RULE, Page, Para, rgb, style
from game.export.report import Report, by_play_count, persistent, report_csv
from game.wording import dates as fd
from game.wording.typography import NBSP, first_sentence, french

ROW_H = 5.2


def render_report(report: Report, bank: Any = None, sources: Sequence[str] = ()) -> bytes:
    """The report's PDF, as bytes."""
    known, _, _ = bank_sectors(bank)
    sectors = _sectors(report, known)
    title = _title(report)
    made = datetime.now()
    pdf = Page(f"Panorama Télétravail · Rapport établi le {fd.short_date(made)} à "
               f"{fd.clock_time(made)} · {len(sources) or len(report.games)} journaux", title)
    pdf.set_subject("Rapport de plusieurs parties de Panorama Télétravail")
    pdf.add_page()
    blocks.header(pdf, "PANORAMA TÉLÉTRAVAIL · RAPPORT POUR LES RESSOURCES HUMAINES", title,
                  _facts(report))
    rates = [Rate(t.answers, t.right) for t in report.sectors.values()]
    blocks.panorama(pdf, "La réussite par secteur, toutes parties confondues",
                    "Part des réponses justes par secteur sur l’ensemble des parties.",
                    sectors, rates)
    _persistent(pdf, report, {s.id: s for s in sectors})
    _played(pdf, report, {s.id: s for s in sectors})
    _never_played(pdf, report, bank)
    _games(pdf, report)
    return bytes(pdf.output())


def _sectors(report: Report, known: Sequence[SectorInfo]) -> list[SectorInfo]:
    by_id = {s.id: s for s in known}
    return [by_id.get(t.id) or SectorInfo(t.id, french(t.label), t.colour)
            for t in report.sectors.values()]


def _title(report: Report) -> str:
    dates = [d for d in (fd.parse_wall(g.date) for g in report.games) if d is not None]
    count = len(report.games)
    games = f"{count} partie{'s' if count > 1 else ''}"
    if not dates:
        return f"Bilan de {games}"
    return f"Bilan de {games}, {fd.date_range(min(dates), max(dates))}"


def _facts(report: Report) -> list[str]:
    teams = sum(g.teams for g in report.games)
    facts = [f"{teams} équipes", f"{report.questions_played} questions jouées",
             f"{len(report.questions)} questions différentes"]
    if report.answers:
        facts.append(f"{Rate(report.answers, report.right).percent} de réponses justes")
    return facts


def _persistent(pdf: Page, report: Report, sectors: dict[str, SectorInfo]) -> None:
    rows = persistent(report)
    kit.heading(pdf, "Les idées reçues qui persistent", keep_with=24,
                note="Les questions les plus souvent manquées, toutes parties confondues : "
                     "des pistes pour la communication interne et la formation.")
    if not rows:
        _quiet(pdf, "Aucune question manquée dans ces parties.")
        return
    for q in rows:
        sector = sectors.get(q.sector) or SectorInfo(q.sector, q.sector, "#777777")
        caption = (f"{sector.label.upper()}  ·  manquée {q.missed} fois sur {q.answers} "
                   f"réponse{'s' if q.answers > 1 else ''}, dans {q.games} "
                   f"partie{'s' if q.games > 1 else ''}")
        answer = f"**Réponse{NBSP}: {kit.markdown_escape(french(q.answer))}**"
        gist = kit.markdown_escape(french(first_sentence(q.explanation)))
        kit.item(pdf, [
            Para(caption, 7.5, "B", MUTED, after=0.4),
            Para(french(q.prompt), 9.5, "B", after=0.4),
            Para(f"{answer} — {gist}", 9, markdown=True, after=0.3),
            Para(f"Source{NBSP}: {french(q.source)}", 7.8, "I", MUTED, after=0),
        ], bar=sector.colour, gap=2.0)


_PLAYED_COLUMNS = (("Question", 48.0, "L"), ("Intitulé", 0.0, "L"), ("Parties", 14.0, "C"),
                   ("Passée", 13.0, "C"), ("Réponses", 16.0, "C"), ("Justes", 14.0, "C"))


def _played(pdf: Page, report: Report, sectors: dict[str, SectorInfo]) -> None:
    questions = by_play_count(report)
    kit.heading(pdf, "Les questions jouées", keep_with=3 * ROW_H + 8,
                note="Combien de parties ont tiré chaque question, et comment les équipes y "
                     "ont répondu (les débats n’ont pas de bonne réponse).")
    widths = _widths(pdf, _PLAYED_COLUMNS)
    _table_head(pdf, _PLAYED_COLUMNS, widths)
    for index, q in enumerate(questions):
        if kit.room_left(pdf) < ROW_H:
            pdf.add_page()
            _table_head(pdf, _PLAYED_COLUMNS, widths)
        colour = (sectors.get(q.sector) or SectorInfo(q.sector, q.sector, "#777777")).colour
        rate = Rate(q.answers, q.right)
        cells = (q.id, french(q.prompt), str(q.games), str(q.skipped) if q.skipped else "",
                 str(q.answers) if q.answers else "—",
                 rate.percent if q.answers else "débat" if q.type == "debat" else "—")
        _table_row(pdf, _PLAYED_COLUMNS, widths, cells, index, colour)
    pdf.ln(1)


def _widths(pdf: Page, columns: Sequence[tuple[str, float, str]]) -> list[float]:
    fixed = sum(w for _, w, _ in columns)
    return [w or pdf.content_width - fixed for _, w, _ in columns]


def _table_head(pdf: Page, columns: Sequence[tuple[str, float, str]],
                widths: Sequence[float]) -> None:
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


def _table_row(pdf: Page, columns: Sequence[tuple[str, float, str]], widths: Sequence[float],
               cells: Sequence[str], index: int, colour: str | None = None) -> None:
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
        pdf.cell(width - pad - 0.8, ROW_H, kit.fit_line(pdf, text, width - pad - 1.5),
                 align=align)
        x += width
    pdf.set_y(y + ROW_H)


def _never_played(pdf: Page, report: Report, bank: Any) -> None:
    questions = getattr(bank, "active", None)
    if not questions:
        return
    never = [q.id for q in questions if q.id not in report.questions]
    kit.heading(pdf, "Les questions de la banque jamais tirées", keep_with=10)
    if not never:
        _quiet(pdf, "Toutes les questions actives de la banque ont été tirées au moins une fois.")
        return
    text = (f"{len(never)} question{'s' if len(never) > 1 else ''} sur {len(questions)} "
            f"(banque version {bank.version}) : " + ", ".join(never) + ".")
    kit.item(pdf, [Para(french(text), 8.5, colour=MUTED, after=0)], indent=0, gap=1)


_GAME_COLUMNS = (("Date", 62.0, "L"), ("Équipes", 18.0, "C"), ("Questions", 20.0, "C"),
                 ("Durée", 20.0, "C"), ("Fin", 0.0, "L"))


def _games(pdf: Page, report: Report) -> None:
    kit.heading(pdf, "Les parties", keep_with=3 * ROW_H + 4)
    widths = _widths(pdf, _GAME_COLUMNS)
    _table_head(pdf, _GAME_COLUMNS, widths)
    for index, game in enumerate(report.games):
        if kit.room_left(pdf) < ROW_H:
            pdf.add_page()
            _table_head(pdf, _GAME_COLUMNS, widths)
        when = fd.parse_wall(game.date)
        date = f"{fd.long_date(when)}, {fd.clock_time(when)}" if when else game.date
        cells = (date, str(game.teams), str(game.questions), fd.duration(game.duration_s),
                 END_LABELS.get(game.end_reason, str(game.end_reason)))
        _table_row(pdf, _GAME_COLUMNS, widths, cells, index)
    pdf.set_draw_color(*rgb(RULE))


def _quiet(pdf: Page, text: str) -> None:
    style(pdf, 9.5, "I", MUTED)
    pdf.multi_cell(0, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")


def write_report(report: Report, pdf_path: Path, csv_path: Path | None = None,
                 bank: Any = None, sources: Sequence[str] = ()) -> list[Path]:
    """Write the report's PDF (and CSV); ``ExportError`` (French) on failure."""
    written = [write_bytes_atomic(Path(pdf_path), render_report(report, bank, sources))]
    if csv_path is not None:
        written.append(write_bytes_atomic(Path(csv_path), report_csv(report)))
    return written
