"""A PNG of the Debrief screen, written atomically into the export folder.

The only export that touches pygame: the front end passes its ``Surface`` (the screen at the
window's real resolution) and this module saves it. pygame is imported inside the function,
so importing ``game.export`` never loads it.
"""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from game.export.files import output_folder, timestamped_path, write_atomic

if TYPE_CHECKING:
    import pygame


def save_surface(
    surface: pygame.Surface, folder: Path | str | None = None, when: datetime | None = None
) -> Path:
    """Save ``surface`` as ``folder``/bilan-ecran-AAAA-MM-JJ-HHMM.png; ``ExportError`` on
    failure (French), with nothing left behind."""

    return save_png(surface, timestamped_path(output_folder(folder), "bilan-ecran", ".png", when))


def save_png(surface: pygame.Surface, target: Path) -> Path:
    """Save ``surface`` as the PNG ``target``, whole or not at all; ``ExportError`` (French,
    naming the folder) when it cannot be written."""
    import pygame

    def fill(temporary: Path) -> None:
        try:
            pygame.image.save(surface, str(temporary))
        except pygame.error as error:  # pygame reports I/O failures as its own error
            raise OSError(errno.EIO, str(error)) from None

    return write_atomic(target, fill)
