"""Monkey play: 10,000 random key presses, clicks, resizes and focus changes across every
scene (four seeded runs of 2,500), with no exception and the engine's invariants holding
after every frame: each score is the sum of its awards, no question is drawn twice, and what
the screen shows is what the journal on disk says.

The monkey is in ``monkey.py``. The PDF export runs for real once per run; after that a stand-in
writes a small file, because a real export costs half a second and is tested in
``tests/export``. Printing and opening files are stand-ins too: a test never prints.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import game.export as export
from game.rules.bank.loader import LoadResult, load_bank
from game.ui import app as app_module
from tests.robustness import monkey
from tests.robustness.conftest import SHIPPED_BANK

INPUTS = 2_500
SCENES = {"title", "setup", "barometer", "panorama", "question", "reveal", "debrief"}


@pytest.fixture(scope="module")
def loaded() -> LoadResult:
    result = load_bank(SHIPPED_BANK)
    assert result.usable
    return result


@pytest.fixture
def quiet_exports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Real PDF export the first time, a stand-in afterwards; no printer, no viewer."""
    calls: list[str] = []
    real_pdf = export.export_pdf

    def export_pdf(source, notes="", folder=None, **options):  # type: ignore[no-untyped-def]
        calls.append("pdf")
        if len(calls) == 1:
            return real_pdf(source, notes, folder, **options)
        target = export.default_folder() / f"bilan-{len(calls)}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"%PDF-1.4\n%%EOF\n")
        return target

    monkeypatch.setattr(export, "export_pdf", export_pdf)
    monkeypatch.setattr(export, "print_pdf", lambda path: (False, "Aucune imprimante (test)."))
    monkeypatch.setattr(export, "open_file", lambda path: (False, "Pas de lecteur (test)."))
    return calls


@pytest.mark.parametrize("seed", range(4))
def test_ten_thousand_random_inputs_never_break_the_game(
    seed: int,
    loaded: LoadResult,
    user_folders: Path,
    quiet_exports: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    player = monkey.Monkey(seed, user_folders, loaded, SHIPPED_BANK)
    monkeypatch.setattr(app_module, "time", player.time)
    try:
        player.play(INPUTS)
        monkey.check_journal(player.app)
    finally:
        player.close()
    assert player.inputs_done == INPUTS
    assert set(player.seen) >= SCENES, player.seen  # every scene was reached
