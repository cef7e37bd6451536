"""The floor of memory: a bare pygame process with a 1920×1080 window, one frame drawn.

Prints this process's peak resident memory in MB as its last line, as ``whole_session.py``
does (``children.own_peak_mb``).
"""

from __future__ import annotations

import pygame

from benchmarks.children import own_peak_mb


def main() -> None:
    """Open the window, fill it, show it, leave."""
    pygame.init()
    screen = pygame.display.set_mode((1920, 1080))
    screen.fill((16, 24, 42))
    pygame.display.flip()
    pygame.event.get()
    pygame.quit()
    print(own_peak_mb())


if __name__ == "__main__":
    main()
