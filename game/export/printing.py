"""Sending a PDF to the printer, or opening it, through the system's own tools.

* Linux and macOS: CUPS's ``lp`` (the printer is the system's default destination);
* Windows: the shell's « print » verb (``os.startfile(path, "print")``), which hands the file to
  the default PDF reader.

Nothing here raises: each function returns ``(ok, message)`` with a French message for the
screen, which names a file and its folder's last names but never a whole path (the room sees
it). When no printer is set up, the message says so and suggests opening the PDF, which
``open_file`` does (``xdg-open``, ``open`` or ``os.startfile``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from game.export.files import shown_folder
from game.wording import say

TIMEOUT_S = 20


def _no_printer(path: Path) -> str:
    return say("debrief.print.no_printer", file=path.name, folder=shown_folder(path.parent))


def print_pdf(path: Path) -> tuple[bool, str]:
    """Send ``path`` to the default printer. ``(ok, French message)``."""
    path = Path(path)
    if not path.is_file():
        return False, say("debrief.print.missing", file=path.name)
    if sys.platform.startswith("win"):
        return _print_windows(path)
    return _print_cups(path)


def _print_windows(path: Path) -> tuple[bool, str]:
    try:
        os.startfile(str(path), "print")  # type: ignore[attr-defined]
    except OSError:
        return False, _no_printer(path)
    return True, say("debrief.print.sent", file=path.name)


def _print_cups(path: Path) -> tuple[bool, str]:
    lp = shutil.which("lp")
    if lp is None or not has_printer():
        return False, _no_printer(path)
    result = _run([lp, "--", str(path)])
    if result is None:
        return False, say("debrief.print.no_answer")
    if result.returncode != 0:
        detail = (result.stderr or result.stdout or "").strip().splitlines()
        if detail:
            return False, say("debrief.print.failed_because", reason=detail[-1])
        return False, say("debrief.print.failed")
    return True, say("debrief.print.sent", file=path.name)


def has_printer() -> bool:
    """True when CUPS knows a default destination or at least one printer."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return shutil.which("lp") is not None  # lp without lpstat: let lp decide
    default = _run([lpstat, "-d"], english=True)
    if default is not None and "system default destination:" in default.stdout.lower():
        return True
    printers = _run([lpstat, "-a"], english=True)
    return printers is not None and printers.returncode == 0 and bool(printers.stdout.strip())


def open_file(path: Path) -> tuple[bool, str]:
    """Open ``path`` with the system's default application. ``(ok, French message)``."""
    path = Path(path)
    if not path.exists():
        return False, say("debrief.open.missing", file=path.name)
    try:
        if sys.platform.startswith("win"):
            os.startfile(str(path))  # type: ignore[attr-defined]
            return True, say("debrief.open.opened", file=path.name)
        opener = "open" if sys.platform == "darwin" else "xdg-open"
        if shutil.which(opener) is None:
            return False, say(
                "debrief.open.no_program", file=path.name, folder=shown_folder(path.parent)
            )
        subprocess.Popen(
            [opener, str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False, say("debrief.open.failed", file=path.name, folder=shown_folder(path.parent))
    return True, say("debrief.open.opening", file=path.name)


def _run(command: list[str], english: bool = False) -> subprocess.CompletedProcess[str] | None:
    # lpstat's wording is read below: ask for it untranslated.
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"} if english else None
    try:
        return subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False, env=env
        )
    except (OSError, subprocess.SubprocessError):
        return None
