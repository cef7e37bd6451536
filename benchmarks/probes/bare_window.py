"""The floor of memory: a bare pygame process with a 1920×1080 window, one frame drawn.

The parent reads this process's peak resident memory with ``wait4``, as it does for
``whole_session.py``.
"""

from __future__ import annotations

import pygame


def main() -> None:
    """Open the window, fill it, show it, leave."""
    pygame.init()
    screen = pygame.display.set_mode((1920, 1080))
    screen.fill((16, 24, 42))
    pygame.display.flip()
    pygame.event.get()
    pygame.quit()


if __name__ == "__main__":
    main()
