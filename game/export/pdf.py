"""The debrief as an A4 PDF: the page a team pins on the wall after a game.

``render(debrief)`` lays out the debrief model (``game.rules.debrief``: every figure and every
choice is already there) and returns the PDF's bytes; ``write_debrief_pdf`` writes them
atomically. The page opens with the game at a glance, then draws each section of the model in
its order (``pdfsections``): the group's panorama, the ranking, the misconceptions, the
baromètre, the debates, the corrections, the key points, the open questions and the notes;
then, on a page of their own, the team's agreements (``pdfroom``).

The handout keeps every choice the model made — the five most missed questions, the debates,
the open questions — and fits two A4 pages (three with the baromètre's statements) by printing
fewer key points per sector and fewer ruled lines for handwriting; only very long typed notes
can still need one more page, and they are never cut. The agreements' page comes on top.

fpdf2 is imported here: import this module only when exporting.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from game.export import pdfblocks as blocks
from game.export import pdfsections as sections
from game.export.files import write_bytes_atomic
from game.export.pdfkit import Page
from game.export.pdfsections import LAYOUTS, Layout
from game.rules.debrief import Debrief
from game.wording import dates, say

MAX_PAGES = 2


def write_debrief_pdf(debrief: Debrief, path: Path, made: datetime | None = None) -> Path:
    """Write the debrief to ``path`` atomically; ``ExportError`` (French) on failure."""
    return write_bytes_atomic(Path(path), render(debrief, made))


def render(debrief: Debrief, made: datetime | None = None) -> bytes:
    """The PDF of the debrief, as bytes: the fullest layout that fits on two pages.

    The fullest layout is tried first (a short game takes one render); otherwise a binary
    search over the smaller ones, the most compact rendered only if nothing fuller fits (each
    render lays out the whole debrief).
    """
    made = made or datetime.now()
    budget = MAX_PAGES + (1 if debrief.barometer.statements else 0)
    first, pages = _render(debrief, LAYOUTS[0], made)
    if pages <= budget:
        return bytes(first.output())
    low, high = 1, len(LAYOUTS) - 1
    best: Page | None = None
    while low < high:  # invariant: LAYOUTS[high] fits (or nothing does); best renders it
        middle = (low + high) // 2
        attempt, pages = _render(debrief, LAYOUTS[middle], made)
        if pages <= budget:
            best, high = attempt, middle
        else:
            low = middle + 1
    if best is None:
        best, _ = _render(debrief, LAYOUTS[high], made)
    return bytes(best.output())


def _render(debrief: Debrief, layout: Layout, made: datetime) -> tuple[Page, int]:
    """The whole PDF, and how many pages the handout takes before the agreements' page."""
    facts = debrief.facts
    pdf = Page(footer_text(debrief, made), facts.title)
    pdf.set_subject(say("debrief.pdf.subject"))
    pdf.add_page()
    blocks.header(pdf, say("debrief.pdf.kicker"), facts.title, facts.at_a_glance)
    for section in debrief.sections:
        if section is not debrief.agreements:
            sections.draw(pdf, section, layout)
    pages = pdf.page_no()
    sections.draw(pdf, debrief.agreements, layout)
    return pdf, pages


def footer_text(debrief: Debrief, made: datetime) -> str:
    """« Panorama Télétravail · Banque de questions version 1a2b3c4d du 12/01/2026 · Bilan
    établi le 05/01/2026 à 9 h 42 »."""
    return say(
        "debrief.pdf.footer",
        bank=debrief.facts.bank,
        date=dates.short_date(made),
        time=dates.clock_time(made),
    )
