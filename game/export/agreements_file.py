"""The team's agreements as files it keeps working on: an office document (.docx) and a CSV.

The .docx is the agreements' page of the PDF in a form the team finishes in Word or
LibreOffice Writer: its title with the service's name, the date and « à revoir le », each
sector's agreements as a bulleted list followed by empty bullets to add more, the rules that
frame them with their sources, and a table for the team's initials. python-docx writes it (and
reads back what it wrote, which the tests do); the text is marked French, so the office suite
checks its spelling in French. The CSV has one row per agreement (UTF-8 with BOM, « ; »).

Both read the debrief model's :class:`~game.rules.debrief.Agreements`; python-docx is imported
only when a document is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.export.csv_answers import Cell, csv_bytes
from game.export.files import write_atomic, write_bytes_atomic
from game.rules.debrief import Agreements, SectorAgreements
from game.wording import say

if TYPE_CHECKING:
    from docx.document import Document

BLANK_BULLETS = 2  # empty bullets under each sector, to add what the team decides next
INITIAL_COLUMNS, INITIAL_ROWS = 6, 2
CSV_COLUMNS = ("sector", "agreement", "question", "made", "review", "service")


def write_agreements_docx(section: Agreements, path: Path) -> Path:
    """Write the agreements as a .docx to ``path`` atomically; ``ExportError`` (French) on
    failure."""
    document = agreements_document(section)
    return write_atomic(Path(path), lambda temporary: document.save(str(temporary)))


def agreements_document(section: Agreements) -> Document:
    """The agreements as a python-docx document, ready to save."""
    from docx import Document as new_document

    document = new_document()
    _french(document)
    document.core_properties.title = section.heading
    document.core_properties.language = "fr-FR"
    document.add_heading(section.heading, level=0)
    dated = document.add_paragraph()
    dated.add_run(section.dated).bold = True
    note = document.add_paragraph()
    note.add_run(say("debrief.docx.note")).italic = True
    for sector in section.by_sector:
        _sector(document, sector)
    document.add_heading(say("debrief.pdf.agreements.initials"), level=1)
    table = document.add_table(rows=INITIAL_ROWS, cols=INITIAL_COLUMNS)
    table.style = "Table Grid"
    for row in table.rows:
        row.height = _cm(1.6)
    return document


def _sector(document: Document, sector: SectorAgreements) -> None:
    document.add_heading(sector.sector.label, level=1)
    for line in sector.lines:
        document.add_paragraph(line.text, style="List Bullet")
    for _ in range(BLANK_BULLETS):
        document.add_paragraph("", style="List Bullet")
    if not sector.rules:
        return
    framing = document.add_paragraph()
    framing.add_run(say("debrief.pdf.agreements.framing")).bold = True
    for rule in sector.rules:
        paragraph = document.add_paragraph()
        text, source = paragraph.add_run(rule.text + " "), paragraph.add_run(rule.sourced)
        source.italic = True
        for run in (text, source):  # the frame, read after the agreements: smaller
            run.font.size = _pt(9)


def _french(document: Document) -> None:
    """Mark the default text as French (spelling, hyphenation, quotes in the office suite)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = document.styles["Normal"].element.get_or_add_rPr()
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "fr-FR")
    properties.append(language)


def _cm(value: float) -> Any:
    from docx.shared import Cm

    return Cm(value)


def _pt(value: float) -> Any:
    from docx.shared import Pt

    return Pt(value)


def agreements_csv(section: Agreements) -> bytes:
    """One row per agreement: its sector, its text, the question it followed, the dates."""
    made = section.made.date().isoformat() if section.made else ""
    review = section.review.isoformat() if section.review else ""
    rows: list[list[Cell]] = [
        [sector.sector.label, line.text, line.question_id or "", made, review, section.service]
        for sector in section.by_sector
        for line in sector.lines
    ]
    return csv_bytes(rows, tuple(say(f"debrief.csv.agreements.{c}") for c in CSV_COLUMNS))


def write_agreements_csv(section: Agreements, path: Path) -> Path:
    """Write the agreements' CSV to ``path`` atomically."""
    return write_bytes_atomic(Path(path), agreements_csv(section))
