"""The game as the system sees it: a clean terminal, and SIGTERM, SIGHUP or Ctrl+C end it at once.

The game runs in a child process, on SDL's dummy video driver but with the default sound
driver, so that on a computer without a sound card (CI) ALSA is really asked for a device.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from game.rules.session.journal import read_journal
from tests.packaging.smoke import ROOT, isolated_env

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="signals and user folders as Linux has them"
)

DEADLINE_S = 1.0


def start_game(
    home: Path,
    command: Sequence[str] = (sys.executable, str(ROOT / "main.py")),
    path: str | None = None,
) -> tuple[subprocess.Popen[str], Path]:
    """The game started on two teams; returns once its journal is on disk, in the user's data
    folder."""
    env = isolated_env(home, os.environ.get("PATH", "") if path is None else path)
    env.pop("SDL_AUDIODRIVER")
    child = subprocess.Popen(
        [*command, "--teams", "Alpha,Bêta"],
        cwd=home,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    journals = home / "xdg_data_home" / "panorama-teletravail" / "parties"
    deadline = time.monotonic() + 60
    while not any(journals.glob("*.jsonl")):
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the game never started its journal"
        time.sleep(0.05)
    time.sleep(0.5)  # let it settle in its idle wait, where a signal is hardest to notice
    return child, next(journals.glob("*.jsonl"))


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_the_system_signal_ends_a_running_game_within_a_second_and_keeps_its_journal(
    tmp_path: Path, signal_name: str
) -> None:
    child, journal = start_game(tmp_path)
    sent = time.monotonic()
    child.send_signal(getattr(signal, signal_name))
    try:
        out, err = child.communicate(timeout=DEADLINE_S)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        pytest.fail(f"still running {DEADLINE_S} s after {signal_name}")
    assert time.monotonic() - sent < DEADLINE_S
    assert child.returncode == 0
    assert "Traceback" not in err
    events, warnings = read_journal(journal)
    assert events and not warnings


def test_a_game_without_a_sound_card_prints_nothing_in_the_terminal(tmp_path: Path) -> None:
    child, _ = start_game(tmp_path)
    child.terminate()
    out, err = child.communicate(timeout=10)
    assert "ALSA" not in err and "pygame-ce" not in out
    assert (out, err) == ("", "")


def test_ctrl_c_during_a_command_stops_it_in_french_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from game.cli import main
    from game.commands import bank_commands

    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(bank_commands, "run", interrupted)
    assert main(["statistiques"]) == 130
    assert capsys.readouterr().err == "Arrêté (Ctrl+C).\n"
