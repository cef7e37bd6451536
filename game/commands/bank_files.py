"""The command line's bank pieces: ``emballer`` (a bank folder into one .zip), ``--version``,
and turning a folder-or-.zip argument into the folder the other commands read.

Packing validates first, with the same report as ``validate``: an adviser never sends a bank
that the team lead's game would refuse. Warnings are allowed, as in ``validate``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from game import resources
from game.banks import chosen
from game.banks.archive import ArchiveError, pack
from game.commands.report import counts, print_problems
from game.rules.bank.problems import command
from game.wording import dates, say, say_n

if TYPE_CHECKING:
    from game.rules.bank.loader import LoadResult


def describe(choice: chosen.Choice) -> str:
    """« Banque intégrée » or the name of the folder or .zip the user gave."""
    if choice.builtin:
        return say("cli.version.builtin")
    return say("cli.version.named", name=choice.source.name)


def version(args: argparse.Namespace) -> int:
    """The game's version, then the version of the bank the game would open."""
    from game.rules.bank.loader import load_bank

    print(say("cli.version.game", version=resources.game_version()))
    try:
        choice = chosen.resolve(args.bank)
    except ArchiveError as error:
        print(say("cli.version.refused", reason=error))
        return 1
    result = load_bank(choice.folder)
    bank = result.bank
    if bank is None:
        again = command("verifier") if choice.builtin else command("verifier", str(choice.source))
        print(say("cli.version.unreadable", bank=describe(choice), command=again))
        return 1
    print(
        say(
            "cli.version.bank",
            bank=describe(choice),
            version=bank.version,
            date=dates.short_date(date.fromisoformat(bank.date)),
            count=counts(result),
        )
    )
    return 0


def pack_bank(args: argparse.Namespace) -> int:
    """``emballer DOSSIER SORTIE.zip``: validate the folder, then pack it."""
    from game.rules.bank.loader import load_bank

    folder, out = Path(args.folder), Path(args.out)
    if out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    result = load_bank(folder)
    if result.errors or not result.usable:
        print_problems(result.problems, sys.stdout)
        print(say("cli.pack.has_errors", command=command("verifier", str(folder))))
        return 1
    try:
        packed = pack(folder, out)
    except (ArchiveError, OSError) as error:
        print(say("cli.pack.failed", reason=_reason(error)), file=sys.stderr)
        return 1
    print(
        say(
            "cli.pack.done",
            path=packed.path,
            files=say_n("cli.pack.files", packed.files),
            size=max(1, packed.path.stat().st_size // 1024),
            open=command("--bank", str(packed.path)),
        )
    )
    return 0


def open_given_banks(args: argparse.Namespace) -> int | None:
    """Every bank the command line names, as a folder to read (a .zip is unpacked after its
    checks). The game itself opens ``--bank`` or the remembered bank, and remembers what it
    was given. Returns an exit code when a .zip is refused."""
    try:
        if args.command in ("validate", "stats", "export-csv", "chercher", "a-revoir", "apercu"):
            args.given = Path(args.folder)
            args.folder = bank_folder(args.folder)
        if args.command is not None:
            args.bank = resources.builtin_bank() if args.bank is None else bank_folder(args.bank)
            return None
        choice = chosen.resolve(args.bank)
    except ArchiveError as error:
        print(error, file=sys.stderr)
        return 1
    if args.bank is not None:
        chosen.remember(args.bank)
    if choice.notice:
        print(choice.notice, file=sys.stderr)
    args.bank, args.bank_source, args.bank_notice = choice.folder, choice.source, choice.notice
    return None


def load_given(args: argparse.Namespace) -> LoadResult:
    """The bank a command was given, its files named as the user knows them: in its folder,
    or inside its .zip (« banque.zip:technique.yaml »), never in the working copy unpacked."""
    from game.rules.bank.loader import load_bank

    given = getattr(args, "given", None)
    shown = given if given is not None and Path(given) != Path(args.folder) else None
    return load_bank(args.folder, shown_as=shown)


def given_name(args: argparse.Namespace) -> str:
    """The folder or .zip the user named, for a command line to type again."""
    return str(getattr(args, "given", None) or args.folder)


def bank_folder(source: Path) -> Path:
    """The folder a bank command reads: the folder itself, or the .zip unpacked."""
    return chosen.open_source(source).folder


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return f"{error.strerror or error} ({error.filename or ''})."
    return str(error)
