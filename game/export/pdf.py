"""The debrief as an A4 PDF: the page a team pins on the wall after a game.

``render(document)`` lays out a ``DebriefDocument`` (see ``document.py``, which decides what
is said) and returns the PDF's bytes; ``write_debrief_pdf`` writes them atomically. Order of
the page: the game at a glance, the group's panorama (wheel and figures per sector), the
ranking with each team's success per sector, the misconceptions to take apart, then the
debates, the key points, the open questions, the notes and the manual corrections.

fpdf2 is imported here: import this module only when exporting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.export import pdfblocks as blocks
from game.export import pdfkit as kit
from game.export.document import DebriefDocument, SectorInfo, TeamLine
from game.export.files import write_bytes_atomic
from game.export.pdfkit import ACCENT, INK, MUTED, RULE, Page, Para, rgb, style
from game.wording import dates as fd
from game.wording.typography import NBSP, french

TABLE_ROW = 6.6
NOTE_LINE_H = 8.0
MAX_PAGES = 2


@dataclass(frozen=True)
class Layout:
    """How much of each list the page shows: tried from the fullest until two pages suffice."""

    missed: int
    debates: int
    open_questions: int
    key_points: int  # per sector
    note_lines: int  # ruled lines left for handwriting when no notes were typed (at least)


# From the fullest to the most compact; each is no larger than the one before, in every list.
LAYOUTS = (
    Layout(missed=5, debates=4, open_questions=5, key_points=3, note_lines=4),
    Layout(missed=5, debates=3, open_questions=4, key_points=3, note_lines=3),
    Layout(missed=5, debates=3, open_questions=4, key_points=2, note_lines=3),
    Layout(missed=4, debates=3, open_questions=4, key_points=2, note_lines=3),
    Layout(missed=4, debates=2, open_questions=3, key_points=2, note_lines=3),
    Layout(missed=3, debates=2, open_questions=3, key_points=2, note_lines=2),
    Layout(missed=3, debates=2, open_questions=3, key_points=1, note_lines=2),
)


def write_debrief_pdf(document: DebriefDocument, path: Path) -> Path:
    """Write the debrief to ``path`` atomically; ``ExportError`` (French) on failure."""
    return write_bytes_atomic(Path(path), render(document))


def render(document: DebriefDocument) -> bytes:
    """The PDF of the debrief, as bytes: the fullest layout that fits on two pages.

    The fullest layout is tried first (a short game takes one render); otherwise a binary
    search over the smaller ones, the most compact rendered only if nothing fuller fits (each
    render lays out the whole document). Only very long typed notes can still need a third
    page: they are never cut.
    """
    first = _render(document, LAYOUTS[0])
    if first.page_no() <= MAX_PAGES:
        return bytes(first.output())
    low, high = 1, len(LAYOUTS) - 1
    best: Page | None = None
    while low < high:  # invariant: LAYOUTS[high] fits (or nothing does); best renders it
        middle = (low + high) // 2
        attempt = _render(document, LAYOUTS[middle])
        if attempt.page_no() <= MAX_PAGES:
            best, high = attempt, middle
        else:
            low = middle + 1
    if best is None:
        best = _render(document, LAYOUTS[high])
    return bytes(best.output())


def _render(doc: DebriefDocument, layout: Layout) -> Page:
    pdf = Page(footer_text(doc), doc.title)
    pdf.set_subject("Bilan d’une partie de Panorama Télétravail")
    pdf.add_page()
    _header(pdf, doc)
    _panorama(pdf, doc)
    _team_table(pdf, doc)
    _missed(pdf, doc, layout)
    _debates(pdf, doc, layout)
    _key_points(pdf, doc, layout)
    _open_questions(pdf, doc, layout)
    _corrections(pdf, doc)
    _notes(pdf, doc, layout)
    return pdf


def footer_text(document: DebriefDocument) -> str:
    """« Banque de questions v1a2b3c4 du 12/01/2026 · Bilan établi le 05/01/2026 à 9 h 42 »."""
    bank = f"Banque de questions version {document.bank_version}"
    if document.bank_date:
        when = fd.parse_wall(document.bank_date)
        bank += f" du {fd.short_date(when) if when else document.bank_date}"
    made = document.generated
    return f"Panorama Télétravail · {bank} · Bilan établi le {fd.short_date(made)} à " \
           f"{fd.clock_time(made)}"


def _header(pdf: Page, doc: DebriefDocument) -> None:
    blocks.header(pdf, "PANORAMA TÉLÉTRAVAIL · BILAN D’ÉQUIPE", doc.title, doc.facts)


def _panorama(pdf: Page, doc: DebriefDocument) -> None:
    blocks.panorama(pdf, "Le panorama du groupe",
                    "Part des réponses justes par secteur, toutes équipes confondues : plus la "
                    "couleur s’étend vers le bord, mieux le secteur est connu.",
                    doc.sectors, doc.group)


def _team_table(pdf: Page, doc: DebriefDocument) -> None:
    n = len(doc.sectors)
    kit.heading(pdf, "Classement et réussite de chaque équipe",
                keep_with=14 + TABLE_ROW * len(doc.teams))
    rank_w, points_w = 11.0, 15.0
    sector_w = min(24.0, (pdf.content_width - rank_w - points_w - 44) / max(n, 1))
    name_w = pdf.content_width - rank_w - points_w - sector_w * n
    x0 = pdf.l_margin
    top = pdf.get_y()
    _table_head(pdf, doc.sectors, x0, top, (rank_w, name_w, points_w, sector_w))
    y = top + 12
    for row, team in enumerate(doc.teams):
        if row % 2 == 0:
            pdf.set_fill_color(*rgb(kit.PAPER_TINT))
            pdf.rect(x0, y, pdf.content_width, TABLE_ROW, style="F")
        _team_row(pdf, team, x0, y, (rank_w, name_w, points_w, sector_w))
        y += TABLE_ROW
    pdf.set_draw_color(*rgb(RULE))
    pdf.set_line_width(0.2)
    pdf.line(x0, y, x0 + pdf.content_width, y)
    pdf.set_y(y + 1.2)
    if any(t.panorama for t in doc.teams):
        style(pdf, 8, "I", MUTED)
        pdf.cell(0, 4, "* Panorama complet : une réponse juste dans chaque secteur en jeu.",
                 new_x="LMARGIN", new_y="NEXT")


def _table_head(pdf: Page, sectors: tuple[SectorInfo, ...], x0: float, top: float,
                widths: tuple[float, float, float, float]) -> None:
    rank_w, name_w, points_w, sector_w = widths
    style(pdf, 8.5, "B", MUTED)
    for label, x, w, align in (("Rang", x0, rank_w, "C"), ("Équipe", x0 + rank_w, name_w, "L"),
                               ("Points", x0 + rank_w + name_w, points_w, "C")):
        pdf.set_xy(x, top + 7)
        pdf.cell(w, 4.5, label, align=align)
    x = x0 + rank_w + name_w + points_w
    size = 8.0  # one size for every sector's name: the longest decides
    style(pdf, size, "B", MUTED)
    while size > 6 and max(pdf.get_string_width(s.label) for s in sectors) > sector_w - 1:
        size -= 0.5
        style(pdf, size, "B", MUTED)
    for sector in sectors:
        kit.pictogram(pdf, sector.pictogram, sector.colour, x + sector_w / 2, top + 3, 5.6)
        pdf.set_xy(x, top + 7)
        pdf.cell(sector_w, 4.5, kit.fit_line(pdf, sector.label, sector_w - 0.5), align="C")
        x += sector_w
    pdf.set_draw_color(*rgb(INK))
    pdf.set_line_width(0.3)
    pdf.line(x0, top + 12, x0 + pdf.content_width, top + 12)


def _team_row(pdf: Page, team: TeamLine, x0: float, y: float,
              widths: tuple[float, float, float, float]) -> None:
    rank_w, name_w, points_w, sector_w = widths
    style(pdf, 10, "B")
    pdf.set_xy(x0, y + 1.2)
    pdf.cell(rank_w, 4.8, _ordinal(team.rank), align="C")
    kit.chip(pdf, x0 + rank_w + 0.5, y + 2.0, team.colour)
    name = team.name + (" *" if team.panorama else "")
    style(pdf, 10, "")
    pdf.set_xy(x0 + rank_w + 5, y + 1.2)
    pdf.cell(name_w - 6, 4.8, kit.fit_line(pdf, name, name_w - 6))
    style(pdf, 10, "B")
    pdf.set_xy(x0 + rank_w + name_w, y + 1.2)
    pdf.cell(points_w, 4.8, str(team.score), align="C")
    style(pdf, 9.5, "")
    x = x0 + rank_w + name_w + points_w
    for rate in team.rates:
        pdf.set_text_color(*rgb(INK if rate.attempts else MUTED))
        pdf.set_xy(x, y + 1.2)
        pdf.cell(sector_w, 4.8, rate.fraction, align="C")
        x += sector_w


def _ordinal(rank: int) -> str:
    return "1er" if rank == 1 else f"{rank}e"


def _missed(pdf: Page, doc: DebriefDocument, layout: Layout) -> None:
    shown = doc.missed[: layout.missed]
    note = "Les questions les plus souvent manquées, avec la bonne réponse et sa source."
    if not shown:
        note = ""
    elif doc.missed_total > len(shown):
        note += f" Les {len(shown)} premières des {doc.missed_total} questions manquées."
    kit.heading(pdf, "Idées reçues à déconstruire", keep_with=24, note=note)
    if not shown:
        answered = any(rate.attempts for rate in doc.group)
        _quiet(pdf, "Aucune question manquée : toutes les réponses données étaient justes."
               if answered else "Aucune question à bonne réponse n’a été jouée.")
        return
    for line in shown:
        who = f"manquée par {line.missed_by} équipe{'s' if line.missed_by > 1 else ''} " \
              f"sur {line.answered_by}"
        answer = f"**Réponse{NBSP}: {kit.markdown_escape(line.answer)}**"
        kit.item(pdf, [
            Para(f"{line.sector.label.upper()}  ·  {who}", 7.5, "B", MUTED, after=0.4),
            Para(line.prompt, 9.5, "B", after=0.4),
            Para(f"{answer} — {kit.markdown_escape(line.explanation)}", 9, markdown=True,
                 after=0.3),
            Para(f"Source{NBSP}: {line.source}", 7.8, "I", MUTED, after=0),
        ], bar=line.sector.colour, gap=2.0)


def _debates(pdf: Page, doc: DebriefDocument, layout: Layout) -> None:
    shown = doc.debates[: layout.debates]
    if not shown:
        return
    kit.heading(pdf, "Les débats : comment les équipes se sont partagées", keep_with=16)
    for debate in shown:
        paras = [Para(debate.prompt, 9.5, "B", after=0.5)]
        paras += [Para(p, 9, after=0.2, label="•") for p in debate.positions]
        kit.item(pdf, paras, bar=ACCENT, gap=1.8)


def _key_points(pdf: Page, doc: DebriefDocument, layout: Layout) -> None:
    """Sectors two by two, each pair kept on one page, so that the columns stay aligned."""
    sections = doc.key_points
    if not sections:
        return
    gutter = 7.0
    width = (pdf.content_width - gutter) / 2
    blocks = [(sector, [Para(p, 8.8, after=0.7, label="•")
                        for p in points[: layout.key_points]]) for sector, points in sections]
    rows = [blocks[i:i + 2] for i in range(0, len(blocks), 2)]
    heights = [max(kit.stack_height(pdf, paras, width - 1) + 8 for _, paras in row)
               for row in rows]
    kit.heading(pdf, "À retenir", keep_with=heights[0])
    for row, height in zip(rows, heights, strict=True):
        kit.ensure_room(pdf, height)
        top = pdf.get_y()
        for side, block in enumerate(row):
            pdf.set_y(top)
            _key_point_block(pdf, block, pdf.l_margin + side * (width + gutter), width)
        pdf.set_y(top + height)


def _key_point_block(pdf: Page, block: tuple[SectorInfo, list[Para]], x: float,
                     width: float) -> None:
    sector, paras = block
    y = pdf.get_y()
    kit.pictogram(pdf, sector.pictogram, sector.colour, x + 3, y + 3, 6.0)
    style(pdf, 10, "B")
    pdf.set_xy(x + 8, y + 0.8)
    pdf.cell(width - 8, 4.5, sector.label)
    pdf.set_y(y + 7)
    kit.draw_stack(pdf, paras, x + 1, width - 1)
    pdf.set_y(pdf.get_y() + 1)


def _open_questions(pdf: Page, doc: DebriefDocument, layout: Layout) -> None:
    shown = doc.open_questions[: layout.open_questions]
    if not shown:
        return
    kit.heading(pdf, "Pour prolonger la discussion", keep_with=14)
    for number, question in enumerate(shown, 1):
        kit.item(pdf, [Para(question, 9.5, after=0, label=f"{number}.")], indent=1, gap=1.4)


def _corrections(pdf: Page, doc: DebriefDocument) -> None:
    kit.heading(pdf, "Corrections de score", keep_with=6)
    if not doc.corrections:
        _quiet(pdf, "Aucune correction manuelle des scores.")
        return
    for c in doc.corrections:
        sign = "+" if c.delta > 0 else "−"
        points = f"{sign}{abs(c.delta)}{NBSP}point{'s' if abs(c.delta) > 1 else ''}"
        text = french(f"**{kit.markdown_escape(c.team)}** : {points} à {c.when} de jeu — "
                      f"motif : {kit.markdown_escape(c.reason)}")
        kit.item(pdf, [Para(text, 9, markdown=True, after=0)], indent=1, gap=1.0)


def _notes(pdf: Page, doc: DebriefDocument, layout: Layout) -> None:
    """Typed notes, then ruled lines down to the bottom of the page for handwriting."""
    kit.heading(pdf, "Nos notes et nos actions", keep_with=layout.note_lines * NOTE_LINE_H,
                note="Pour la charte de télétravail de l’équipe : ce que nous retenons, ce que "
                     "nous décidons, qui s’en charge.")
    for paragraph in doc.notes.splitlines() if doc.notes else ():
        kit.item(pdf, [Para(paragraph or NBSP, 10, after=0)], indent=1, gap=1.0)
    lines = int(kit.room_left(pdf) // NOTE_LINE_H)
    if doc.notes:
        lines = min(lines, 3)
    pdf.set_draw_color(*rgb(RULE))
    pdf.set_line_width(0.2)
    y = pdf.get_y()
    for _ in range(max(0, lines)):
        y += NOTE_LINE_H
        pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.content_width, y)
    pdf.set_y(y + 1)


def _quiet(pdf: Page, text: str) -> None:
    style(pdf, 9.5, "I", MUTED)
    pdf.multi_cell(0, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
