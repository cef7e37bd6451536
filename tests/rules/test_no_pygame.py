"""The rules package never imports pygame: the bank checker and the tests run without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_rules_and_the_session_engine_loads_no_pygame() -> None:
    code = (
        "import sys\n"
        "import game.rules, game.rules.wheel, game.rules.session\n"
        "import game.rules.session.engine, game.rules.session.debrief\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pygame'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
