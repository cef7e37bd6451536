"""Which bank the game opens: the one asked for, else the one chosen last time, else its own.

A bank is given as a folder or as one .zip (``--bank``, or dropped on the window). The choice is
remembered in a small JSON file in the user's configuration folder (platformdirs, beside the
Setup's settings), so that a team lead who opened the service's bank once finds it at the next
launch; going back to the built-in bank forgets it. What is remembered is what the user gave
(the .zip itself, not its unpacked copy), so that a bank re-sent under the same name is read
anew.

Remembering is a comfort: a configuration folder that cannot be read or written never stops
the game, and a remembered bank that is gone (a USB key taken away) gives the built-in bank
with a sentence saying so, while the choice stays for the day the key is back.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from game import resources
from game.banks.archive import ArchiveError, is_archive, open_archive
from game.wording import say

APP_NAME = "panorama-teletravail"
FILE_NAME = "banque.json"


@dataclass(frozen=True)
class Choice:
    """The bank to load: what the user gave, the folder to read, and a notice if any."""

    source: Path
    folder: Path
    notice: str | None = None

    @property
    def builtin(self) -> bool:
        return resources.is_builtin_bank(self.folder)


def builtin() -> Choice:
    """The bank that comes with the game."""
    folder = resources.builtin_bank()
    return Choice(folder, folder)


def open_source(source: Path, cache: Path | None = None) -> Choice:
    """A folder as it is, a .zip unpacked after its checks; ArchiveError when refused."""
    source = Path(source)
    if is_archive(source) and not source.is_dir():
        return Choice(source, open_archive(source, cache))
    return Choice(source, source)


def resolve(given: Path | None, config: Path | None = None, cache: Path | None = None) -> Choice:
    """``--bank`` when given (ArchiveError if its .zip is refused), else the remembered one."""
    if given is not None:
        return open_source(given, cache)
    remembered = recall(config)
    if remembered is None:
        return builtin()
    if not remembered.exists():
        return _fallback(say("bank.chosen.missing", name=remembered.name))
    try:
        return open_source(remembered, cache)
    except ArchiveError as error:
        return _fallback(say("bank.chosen.refused", reason=error))


def _fallback(notice: str) -> Choice:
    folder = resources.builtin_bank()
    return Choice(folder, folder, notice)


def default_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def recall(config: Path | None = None) -> Path | None:
    """The bank chosen last time, or None (nothing chosen, or an unreadable file)."""
    try:
        data = json.loads(((config or default_config_dir()) / FILE_NAME).read_text("utf-8"))
        return Path(data["banque"]) if isinstance(data.get("banque"), str) else None
    except (OSError, ValueError, AttributeError, KeyError):
        return None


def remember(source: Path, config: Path | None = None) -> bool:
    """Keep ``source`` for the next launch (the built-in bank is never stored); False when the
    configuration folder cannot be written."""
    if resources.is_builtin_bank(source):
        return forget(config)
    folder = config or default_config_dir()
    text = json.dumps({"banque": str(Path(source).resolve())}, ensure_ascii=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        scratch = folder / f".{FILE_NAME}.tmp"
        scratch.write_text(text + "\n", "utf-8")
        os.replace(scratch, folder / FILE_NAME)
    except OSError:
        return False
    return True


def forget(config: Path | None = None) -> bool:
    """Back to the built-in bank at the next launch; False when the file cannot be removed."""
    try:
        ((config or default_config_dir()) / FILE_NAME).unlink(missing_ok=True)
    except OSError:
        return False
    return True
