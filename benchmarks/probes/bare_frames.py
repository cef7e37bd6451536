"""The floor of a frame: a bare pygame loop that fills a 1920×1080 window and flips it.

The same window size, driver and process state as ``frame_costs.py``; each frame also reads
the event queue, as any loop must. Each frame is the processor time this thread spent on it,
as in ``frame_costs.py``. Prints one JSON line: milliseconds per frame.
"""

from __future__ import annotations

import json
import sys
import time

import pygame

SIZE = (1920, 1080)


def main() -> None:
    """``bare_frames.py [COUNT]``: time COUNT frames after a few untimed ones."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    pygame.init()
    screen = pygame.display.set_mode(SIZE)
    costs = []
    for frame in range(count + 20):
        start = time.thread_time()
        pygame.event.get()
        screen.fill((16, 24, 42 + frame % 2))  # a different image each time
        pygame.display.flip()
        if frame >= 20:
            costs.append((time.thread_time() - start) * 1000)
    pygame.quit()
    print(json.dumps(costs))


if __name__ == "__main__":
    main()
