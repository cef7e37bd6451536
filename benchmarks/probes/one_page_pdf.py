"""The floor of a PDF export: fpdf2 writes one A4 page with the fonts the debrief embeds.

Like ``export_pdf.py``, the first document pays for importing fpdf2 and reading the three
Atkinson Hyperlegible files; a second one follows in the same process. The page has a heading,
a paragraph and a source line, in the regular, bold and italic faces, so all three are subset
and embedded as in the debrief. Prints one JSON line: the processor time of each, in seconds.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
TEXT = (
    "Le télétravail s'organise avec l'équipe : jours de présence commune, droit à la "
    "déconnexion, matériel fourni par l'employeur. "
)


def one_page(path: Path) -> None:
    """An A4 page: a heading, a paragraph and a source, in the three faces."""
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    for style, face in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
        pdf.add_font("Atkinson", style, str(FONTS / f"AtkinsonHyperlegible-{face}.ttf"))
    pdf.add_page()
    pdf.set_font("Atkinson", "B", 18)
    pdf.cell(text="Bilan de la partie", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Atkinson", "", 11)
    pdf.multi_cell(0, 6, TEXT * 4, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Atkinson", "I", 9)
    pdf.cell(text="Décret n° 2016-151 du 11 février 2016, art. 2")
    pdf.output(str(path))


def main() -> None:
    """Time two documents; print them as JSON."""
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        for k in range(2):
            start = time.thread_time()
            one_page(Path(folder) / f"page{k}.pdf")
            timings.append(time.thread_time() - start)
    print(json.dumps({"first": timings[0], "next": timings[1]}))


if __name__ == "__main__":
    main()
