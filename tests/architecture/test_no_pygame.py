"""The rules package never imports pygame: the bank checker and the tests run without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Imports every module of game.rules (the session engine, the wheel, the bank…), then lists
# what pygame modules came along: there must be none.
_PROBE = """
import importlib, pkgutil, sys
import game.rules, game.rules.session
for info in pkgutil.walk_packages(game.rules.__path__, "game.rules."):
    importlib.import_module(info.name)
print(sorted(m for m in sys.modules if m.split(".")[0] == "pygame"))
print("game.rules.session.engine" in sys.modules)
"""


def test_importing_every_rules_module_loads_no_pygame() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "True"]
