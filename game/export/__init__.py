"""Exports of a game: the debrief PDF, the answers CSV, the team's agreements (.docx and CSV), a
PNG of the screen, printing.

What the Debrief screen calls, each in one line. The PDF and the CSV read the debrief model
(``game.rules.debrief``): the screen passes the one it shows, so paper and screen say the same;
a live ``Session`` or a ``State`` is accepted too, and turned into the model with the bank's
facts. Each writes atomically and raises ``ExportError`` whose text is a French sentence for
the screen — the game goes on. ``print_pdf`` and ``open_file`` never raise: they return
``(ok, message)``.

Nothing heavy is imported here: fpdf2 (about 0.4 s) loads on the first PDF export only, and
pygame is never imported by this package (``save_png`` receives the surface to save).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.export.files import (
    ExportError,
    default_folder,
    output_folder,
    shown_folder,
    timestamped_path,
)

if TYPE_CHECKING:
    import pygame

    from game.export.sources import Game
    from game.rules.bank.loader import Bank

__all__ = [
    "ExportError",
    "default_folder",
    "export_agreements",
    "export_agreements_csv",
    "export_csv",
    "export_pdf",
    "open_file",
    "print_pdf",
    "save_png",
    "shown_folder",
]


def export_pdf(
    source: Game,
    notes: str | None = None,
    folder: Path | str | None = None,
    *,
    bank: Bank | None = None,
    path: Path | None = None,
) -> Path:
    """Write the debrief PDF; returns its path (``folder``/bilan-panorama-AAAA-MM-JJ-HHMM.pdf).

    ``source``: the debrief model, or a game (then ``notes``, default those saved with the
    game, and ``bank``, default the game's own, complete it). ``path`` overrides the folder
    and the name.
    """
    from game.export.pdf import write_debrief_pdf
    from game.export.sources import debrief_of

    debrief = debrief_of(source, notes, bank)
    target = path or timestamped_path(
        output_folder(folder), "bilan-panorama", ".pdf", debrief.facts.started
    )
    return write_debrief_pdf(debrief, Path(target))


def export_csv(source: Game, folder: Path | str | None = None, *, path: Path | None = None) -> Path:
    """Write every answer as CSV (UTF-8 with BOM, « ; »); returns its path."""
    from game.export.csv_answers import write_answers_csv
    from game.export.sources import debrief_of

    debrief = debrief_of(source)
    target = path or timestamped_path(
        output_folder(folder), "reponses-panorama", ".csv", debrief.facts.started
    )
    return write_answers_csv(debrief.answers, Path(target))


def export_agreements(
    source: Game, folder: Path | str | None = None, *, path: Path | None = None
) -> list[Path]:
    """Write the team's agreements as an office document (.docx) and a CSV beside it; returns
    their paths (none when the team made no agreement). ``path`` names the .docx."""
    from game.export.agreements_file import write_agreements_csv, write_agreements_docx
    from game.export.sources import debrief_of

    debrief = debrief_of(source)
    section = debrief.agreements
    if not section.total:
        return []
    target = (
        Path(path)
        if path
        else timestamped_path(
            output_folder(folder), "accords-equipe", ".docx", debrief.facts.started
        )
    )
    docx = write_agreements_docx(section, target)
    return [docx, write_agreements_csv(section, docx.with_suffix(".csv"))]


def export_agreements_csv(source: Game, folder: Path | str | None = None) -> Path | None:
    """Write the team's agreements as a CSV beside the answers' (None: the team made none)."""
    from game.export.agreements_file import write_agreements_csv
    from game.export.sources import debrief_of

    debrief = debrief_of(source)
    if not debrief.agreements.total:
        return None
    target = timestamped_path(
        output_folder(folder), "accords-equipe", ".csv", debrief.facts.started
    )
    return write_agreements_csv(debrief.agreements, target)


def print_pdf(path: Path) -> tuple[bool, str]:
    """Send a PDF to the printer: ``(ok, French message)``; says so when there is none."""
    from game.export.printing import print_pdf as send

    return send(Path(path))


def open_file(path: Path) -> tuple[bool, str]:
    """Open a file (the PDF) with the system's reader: ``(ok, French message)``."""
    from game.export.printing import open_file as open_with_system

    return open_with_system(Path(path))


def save_png(surface: pygame.Surface, folder: Path | str | None = None) -> Path:
    """Save a pygame ``Surface`` (the Debrief screen at the window's size) as a PNG."""
    from game.export.png import save_surface

    return save_surface(surface, folder)
