"""Changing the question bank from the window: a bank folder or .zip dropped on it, or the
Title's button back to the bank that comes with the game.

A bank opened this way goes through the same checks as ``--bank``: a .zip is refused with its
French reason before anything is unpacked, the folder is loaded and validated, and the Title
then shows the bank's name, version and counts, or its problems. A usable bank is remembered
for the next launch (``game.banks.chosen``). During a game the bank never changes under the
players' feet: the drop is declined with a notice.
"""

from __future__ import annotations

from pathlib import Path

from game import resources
from game.banks import chosen
from game.banks.archive import ArchiveError
from game.rules.bank.loader import load_bank
from game.ui.scenes.base import Host
from game.wording import say, say_n


def dropped(host: Host, path: Path) -> None:
    """A file or folder dropped on the window: open it as the bank, outside a game."""
    game = host.game
    if game.running():
        game.say(say("game.bank.not_during_game"), error=True)
        return
    try:
        choice = chosen.open_source(path)
    except ArchiveError as error:
        game.say(str(error), error=True)
        return
    if _use(host, choice.folder, choice.source) and not choice.builtin:
        chosen.remember(choice.source, host.config_dir)


def back_to_builtin(host: Host) -> None:
    """The Title's button: the game's own bank, now and at the next launch."""
    chosen.forget(host.config_dir)
    _use(host, resources.builtin_bank())


def is_builtin(host: Host) -> bool:
    """Whether the game plays the bank it comes with."""
    return resources.is_builtin_bank(host.game.bank_folder)


def _use(host: Host, folder: Path, source: Path | None = None) -> bool:
    """Load ``folder`` (given as ``source``: the folder itself, or a .zip) as the game's bank;
    True when it can be played."""
    game = host.game
    loaded = load_bank(folder)
    game.bank_folder, game.loaded = folder, loaded
    game.bank_source = source or folder
    game.errors_accepted = not loaded.errors
    name = game.bank_source.name
    if loaded.usable and loaded.bank is not None:
        playable = sum(1 for q in loaded.bank.active if q.kind.on_wheel)
        count = say_n("common.count.questions", playable)  # as the Title counts them
        if resources.is_builtin_bank(folder):
            game.say(say("game.bank.builtin_opened", count=count))
        else:
            game.say(say("game.bank.opened", name=name, count=count))
    else:
        game.say(say("game.bank.unusable", name=name), error=True)
    host.go_home("title")
    host.dirty = True
    return loaded.usable
