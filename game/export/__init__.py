"""Exports of a game: the debrief PDF, the answers CSV, a PNG of the screen, printing.

What the Debrief screen calls, each in one line; all of them take the live ``Session`` (or a
``State``, or a journal's events), write atomically, and raise ``ExportError`` whose text is a
French sentence for the screen — the game goes on. ``print_pdf`` and ``open_file`` never
raise: they return ``(ok, message)``.

Nothing heavy is imported here: fpdf2 (about 0.4 s) loads on the first PDF export only, and
pygame is never imported by this package (``save_png`` receives the surface to save).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from game.export.files import ExportError, default_folder, output_folder, timestamped_path

__all__ = ["ExportError", "default_folder", "export_csv", "export_pdf", "open_file",
           "print_pdf", "save_png"]


def _stamp(data: Any) -> Any:
    from game.wording.dates import parse_wall

    return parse_wall(data.state.started_wall)


def export_pdf(source: Any, notes: str = "", folder: Path | str | None = None, *,
               bank: Any = None, path: Path | None = None) -> Path:
    """Write the debrief PDF; returns its path (``folder``/bilan-AAAA-MM-JJ-HHMM.pdf).

    ``notes``: the facilitator's notes and actions. ``bank``: the loaded bank (key points and
    pictograms; default: the game's own). ``path`` overrides the folder and the name.
    """
    from game.export.game_data import debrief_document, game_data
    from game.export.pdf import write_debrief_pdf

    data = game_data(source)
    document = debrief_document(data, notes, bank)
    target = path or timestamped_path(output_folder(folder), "bilan-panorama", ".pdf",
                                      _stamp(data))
    return write_debrief_pdf(document, Path(target))


def export_csv(source: Any, folder: Path | str | None = None, *,
               path: Path | None = None) -> Path:
    """Write every answer as CSV (UTF-8 with BOM, « ; »); returns its path."""
    from game.export.csv_answers import write_answers_csv
    from game.export.game_data import game_data
    from game.rules.session.debrief import answers_table

    data = game_data(source)
    target = path or timestamped_path(output_folder(folder), "reponses-panorama", ".csv",
                                      _stamp(data))
    rows = answers_table(data.state)
    return write_answers_csv(rows, Path(target), data.state.sector_labels)


def print_pdf(path: Path) -> tuple[bool, str]:
    """Send a PDF to the printer: ``(ok, French message)``; says so when there is none."""
    from game.export.printing import print_pdf as send

    return send(Path(path))


def open_file(path: Path) -> tuple[bool, str]:
    """Open a file (the PDF) with the system's reader: ``(ok, French message)``."""
    from game.export.printing import open_file as open_with_system

    return open_with_system(Path(path))


def save_png(surface: Any, folder: Path | str | None = None) -> Path:
    """Save a pygame ``Surface`` (the Debrief screen at the window's size) as a PNG."""
    from game.export.png import save_surface

    return save_surface(surface, folder)
