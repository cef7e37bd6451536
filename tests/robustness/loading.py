"""Loading a hostile bank under watch: quickly, without an exception, with French messages."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

from game.rules.bank.loader import LoadResult
from tests.robustness.conftest import ROOT, is_french
from tests.rules.bank.conftest import BankFolder

QUICK_S = 5.0  # "refused quickly": generous, this is not a benchmark


def load_quickly(bank: BankFolder) -> LoadResult:
    """Load the bank in a thread; fail (rather than hang) if it takes more than ``QUICK_S``."""
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["result"] = bank.load()
        except BaseException as error:  # noqa: BLE001 - reported below, with its type
            box["error"] = error

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(QUICK_S)
    assert not worker.is_alive(), f"le chargement dure plus de {QUICK_S} s"
    assert "error" not in box, f"exception au lieu d'un message : {box.get('error')!r}"
    result = box["result"]
    assert isinstance(result, LoadResult)
    return result


CHILD = """
import json, sys
from datetime import date
from game.rules.bank.loader import load_bank
result = load_bank(sys.argv[1], today=date(2026, 11, 22))
print(json.dumps({"usable": result.usable, "errors": [p.message for p in result.errors[:5]],
                  "count": len(result.errors)}))
"""


def load_in_child(folder: Path) -> dict[str, object] | None:
    """Load a bank in a child process, killed after ``QUICK_S`` (plus its start-up): a slow
    load then costs the suite nothing more. None when it did not finish in time."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=QUICK_S + 2,
        )
    except subprocess.TimeoutExpired:
        return None
    assert done.returncode == 0, done.stderr[-500:]
    return json.loads(done.stdout)


def assert_refused(result: LoadResult, file: str, *fragments: str) -> None:
    """``file`` is reported in French, with one of ``fragments`` in a message."""
    errors = [p for p in result.errors if Path(p.file).name == file]
    assert errors, [p.format() for p in result.problems]
    assert any(any(f in p.message for f in fragments) for p in errors), [p.message for p in errors]
    assert all(is_french(p.message) for p in result.problems), [
        p.message for p in result.problems if not is_french(p.message)
    ]
