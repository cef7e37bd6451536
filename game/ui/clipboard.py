"""Pasting text into a name or a reason (Ctrl+V), through SDL's clipboard.

pygame-ce exposes the system clipboard as ``pygame.scrap.get_text``; older builds only have the
``scrap`` module that needs ``scrap.init()``. Whatever fails, pasting gives an empty string:
a clipboard problem must never interrupt a session.
"""

from __future__ import annotations

import pygame


def paste_line() -> str:
    """The first line of the clipboard's text, without control characters."""
    text = ""
    try:
        if hasattr(pygame.scrap, "get_text"):
            text = pygame.scrap.get_text() or ""
        else:  # pragma: no cover - legacy pygame
            pygame.scrap.init()
            raw = pygame.scrap.get(pygame.SCRAP_TEXT) or b""
            text = raw.decode("utf-8", "ignore")
    except (pygame.error, AttributeError, UnicodeError):
        return ""
    first = text.replace("\r", "\n").split("\n", 1)[0]
    return "".join(ch for ch in first if ch.isprintable())
