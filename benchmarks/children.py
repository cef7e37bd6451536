"""Running the game in child processes: what start-up, idle CPU and peak memory are measured on.

A child runs headless (SDL's dummy drivers) with its own temporary data, configuration and
export folders, so a measure never reads or writes the user's journals. Times are taken with
``time.monotonic`` on both sides: on Linux it is one system-wide clock, so a child can stamp the
moment it drew a frame and the parent subtract the moment it launched it. CPU time is read from
``/proc/<pid>/stat`` and a probe reports its own peak memory (``VmHWM``): no psutil.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
PROBES = Path(__file__).resolve().parent / "probes"
TICKS = os.sysconf("SC_CLK_TCK")


def journal_dir(home: Path) -> Path:
    """Where a child started in ``home`` keeps its journals (platformdirs on Linux)."""
    return home / "data" / "panorama-teletravail" / "parties"


def child_env(home: Path) -> dict[str, str]:
    """A headless environment whose user folders all live under ``home``."""
    env = dict(os.environ)
    # The untimed first run of each measure leaves the compiled modules (.pyc) that an
    # installed game has; a shell that forbids writing them would have every later run
    # compile the game's edited modules again, and count it as start-up.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DOCUMENTS_DIR=str(home / "documents"),
        PANORAMA_EXPORT_DIR=str(home / "exports"),
        PYTHONPATH=str(ROOT),
    )
    return env


@dataclass
class Finished:
    """A child that ran to its end: its output lines and when it was started."""

    lines: list[str]
    started: float


def launch(
    command: list[str],
    home: Path,
    stdout: int = subprocess.PIPE,
    stderr: int | IO[str] = subprocess.PIPE,
) -> tuple[subprocess.Popen[str], float]:
    """Start a child in ``home`` and note the moment it was started."""
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=ROOT, env=child_env(home), stdout=stdout, stderr=stderr, text=True
    )
    return process, started


def run(command: list[str], timeout: float = 120.0, home: Path | None = None) -> Finished:
    """Run a child to its end, in ``home`` or a fresh one; ``RuntimeError`` if it fails."""
    with tempfile.TemporaryDirectory(prefix="panorama-bench-") as fresh:
        process, started = launch(command, home or Path(fresh))
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise RuntimeError(f"{name(command)} : plus de {timeout:.0f} s") from None
        if process.returncode != 0:
            raise RuntimeError(f"{name(command)} a échoué : {err.strip()[-300:]}")
    return Finished(out.splitlines(), started)


def name(command: list[str]) -> str:
    """The probe a command runs, for error messages."""
    return Path(command[1]).name if len(command) > 1 else command[0]


def python(probe: str, *args: str) -> list[str]:
    """The command that runs ``benchmarks/probes/<probe>``."""
    return [sys.executable, str(PROBES / probe), *args]


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a live process has used so far (``/proc/<pid>/stat``)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / TICKS


def own_peak_mb() -> float:
    """This process's peak resident memory in MB (``VmHWM``). Unlike ``ru_maxrss``, which a
    child launched by ``subprocess`` inherits from its parent's peak at the ``exec``, it counts
    only this program: a child started by a parent of 120 MB would otherwise never show less."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kilobytes
    raise RuntimeError("VmHWM absent de /proc/self/status")


def peak_rss_mb(command: list[str], timeout: float = 300.0) -> float:
    """Run a probe to its end; it prints its own peak memory last (``own_peak_mb``)."""
    return float(run(command, timeout).lines[-1])
