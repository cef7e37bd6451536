"""Start the game exactly as ``python main.py`` does, and stop once the first frame is drawn.

Prints one JSON line: the ``time.monotonic()`` moment the first frame reached the screen, the
scene it showed, and what the bank held (loaded and validated before that frame). The parent
launched this process and knows when; the difference is the start-up time.

Nothing of the game is imported before ``main()`` runs, as with ``python main.py``: the front
end's ``App.draw`` is wrapped the moment ``game.ui.app`` is imported (an import hook), so
whatever ``main()`` does before its imports (the terminal's quieting, the collector's pause,
``game.startup``) happens in the same order as for the facilitator.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import os
import sys
import time
from types import ModuleType
from typing import Any

APP_MODULE = "game.ui.app"


def draw_then_stop(app_module: ModuleType) -> None:
    """Wrap ``App.draw``: the first frame is drawn, reported, and the process leaves at once
    (no clean-up is measured)."""
    draw = app_module.App.draw

    def first_frame(self: Any) -> None:
        draw(self)
        loaded = self.game.loaded
        report = {
            "drawn": time.monotonic(),
            "scene": type(self.current).__name__,
            "questions": len(loaded.bank.questions) if loaded.bank else 0,
            "errors": len(loaded.errors),
        }
        sys.stdout.write(json.dumps(report) + "\n")
        sys.stdout.flush()
        os._exit(0)

    app_module.App.draw = first_frame


class WrapOnImport(importlib.abc.MetaPathFinder):
    """Finds ``game.ui.app`` like the normal finders, then wraps its ``App`` once loaded."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != APP_MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        execute = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            execute(module)
            draw_then_stop(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


if __name__ == "__main__":
    sys.meta_path.insert(0, WrapOnImport())
    from game.cli import main

    sys.exit(main([]))
