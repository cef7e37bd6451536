"""The command line in French: a parser whose own words (« utilisation », « erreur », the
arguments it misses) come from the catalogue, and the adviser's bank commands with their help.

Python's argparse writes its messages in English. :class:`FrenchParser` gives its usage line,
section titles and help option in French, and turns each error argparse reports into a French
sentence (a mistyped command gets the closest one); a message it does not know is said in French
with the original in parentheses. Nothing heavy is imported: the game's start pays nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from game.wording import say

# The bank commands, under their French names; the earlier names still work.
BANK_COMMANDS = (
    "validate",
    "stats",
    "schema",
    "secteurs",
    "export-csv",
    "import-csv",
    "chercher",
    "a-revoir",
    "apercu",
)
EARLIER_NAMES = ("validate", "stats", "export-csv", "import-csv")
# Words an adviser may type for a command, and the command they mean.
SYNONYMS = {
    "valider": "verifier",
    "controler": "verifier",
    "rechercher": "chercher",
    "revoir": "a-revoir",
    "export": "exporter",
    "import": "importer",
    "stat": "statistiques",
    "compter": "statistiques",
}
NBSP = "\u00a0"


class FrenchHelpFormatter(argparse.HelpFormatter):
    """argparse's help, with « utilisation : » for « usage: »."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(
            usage, actions, groups, prefix if prefix is not None else say("cli.argparse.usage")
        )

    def start_section(self, heading: str | None) -> None:
        # argparse puts « : » right after a section's title; French wants a no-break space.
        super().start_section(heading + NBSP if heading else heading)


class FrenchParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks French (its subcommands' parsers too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = say("cli.argparse.positionals")
        self._optionals.title = say("cli.argparse.options")
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help=say("cli.argparse.help")
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            2, say("cli.argparse.error", prog=self.prog, message=french_error(message)) + "\n"
        )


def _names(listing: str) -> list[str]:
    return [n.strip(" '\"") for n in listing.split(",") if n.strip(" '\"")]


def _unknown_choice(match: re.Match[str]) -> str:
    from game.rules.bank.problems import suggest

    argument, given, listing = match.group(1), match.group(2), match.group(3)
    choices = [name for name in _names(listing) if name not in EARLIER_NAMES] or _names(listing)
    guess = SYNONYMS.get(given.lower()) or suggest(given, choices)
    hint = say("cli.argparse.did_you_mean", guess=guess) if guess else ""
    listed = ", ".join(choices)
    if argument == say("cli.metavar.command"):
        return say("cli.argparse.unknown_command", given=given, choices=listed, hint=hint)
    return say(
        "cli.argparse.invalid_choice", argument=argument, given=given, choices=listed, hint=hint
    )


_MESSAGES: tuple[tuple[str, Callable[[re.Match[str]], str]], ...] = (
    (
        r"the following arguments are required: (.*)",
        lambda m: say("cli.argparse.required", names=m.group(1)),
    ),
    (r"unrecognized arguments: (.*)", lambda m: say("cli.argparse.unrecognized", extra=m.group(1))),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)", _unknown_choice),
    (
        r"argument (\S+): invalid (\w+) value: '?([^']*)'?",
        lambda m: say("cli.argparse.invalid_value", argument=m.group(1), value=m.group(3)),
    ),
    (
        r"argument (\S+): expected one argument",
        lambda m: say("cli.argparse.expected_one", argument=m.group(1)),
    ),
    (
        r"argument (\S+): expected at least one argument",
        lambda m: say("cli.argparse.expected_some", argument=m.group(1)),
    ),
    (
        r"ambiguous option: (\S+) could match (.*)",
        lambda m: say("cli.argparse.ambiguous", option=m.group(1), matches=m.group(2)),
    ),
    (
        r"argument (\S+): not allowed with argument (\S+)",
        lambda m: say("cli.argparse.not_together", first=m.group(1), second=m.group(2)),
    ),
)


def french_error(message: str) -> str:
    """argparse's error message in French (unknown ones: in French, the original in brackets)."""
    for pattern, translate in _MESSAGES:
        match = re.fullmatch(pattern, message.strip())
        if match:
            return translate(match)
    return say("cli.argparse.unknown", original=message)


def _bank_folder(parser: argparse.ArgumentParser, default: Path) -> None:
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=default,
        metavar=say("cli.metavar.folder"),
        help=say("cli.help.bank_folder"),
    )


def _command(sub: Any, name: str, internal: str, aliases: Sequence[str] = ()) -> Any:
    parser = sub.add_parser(
        name,
        aliases=list(aliases),
        help=say(f"cli.help.{internal}"),
        description=say(f"cli.help.{internal}"),
    )
    parser.set_defaults(command=internal)
    return parser


def add_bank_commands(sub: Any, default_bank: Path) -> None:
    """The adviser's commands: check, count, convert, search and look after the bank."""
    folder, out = say("cli.metavar.folder"), say("cli.metavar.sheet_out")
    p = _command(sub, "verifier", "validate", ["validate"])
    _bank_folder(p, default_bank)
    p = _command(sub, "statistiques", "stats", ["stats"])
    _bank_folder(p, default_bank)
    p.add_argument("--json", action="store_true", help=say("cli.help.json"))
    p = _command(sub, "schema", "schema")
    p.add_argument(
        "--sortie",
        "--output",
        dest="output",
        type=Path,
        metavar=say("cli.metavar.file"),
        help=say("cli.help.schema_out"),
    )
    p = _command(sub, "secteurs", "secteurs")
    p.add_argument("folder", type=Path, metavar=folder, help=say("cli.help.sectors_folder"))
    p.add_argument(
        "--remplacer", dest="replace", action="store_true", help=say("cli.help.sectors_replace")
    )
    p = _command(sub, "exporter", "export-csv", ["export-csv"])
    p.add_argument("folder", type=Path, metavar=folder, help=say("cli.help.export_folder"))
    p.add_argument("out", type=Path, metavar=out, help=say("cli.help.sheet_out"))
    p = _command(sub, "importer", "import-csv", ["import-csv"])
    p.add_argument(
        "csv", type=Path, metavar=say("cli.metavar.sheet_in"), help=say("cli.help.sheet_in")
    )
    p.add_argument("out", type=Path, metavar=folder, help=say("cli.help.import_folder"))
    p = _command(sub, "chercher", "chercher")
    p.add_argument("term", metavar=say("cli.metavar.term"), help=say("cli.help.term"))
    _bank_folder(p, default_bank)
    p = _command(sub, "a-revoir", "a-revoir")
    _bank_folder(p, default_bank)
    p.add_argument(
        "--mois",
        dest="months",
        type=int,
        default=12,
        metavar=say("cli.metavar.months"),
        help=say("cli.help.months"),
    )
    p = _command(sub, "apercu", "apercu")
    p.add_argument("id", metavar=say("cli.metavar.id"), help=say("cli.help.preview_id"))
    _bank_folder(p, default_bank)
    p.add_argument(
        "--taille",
        dest="size",
        default="1920x1080",
        metavar=say("cli.metavar.size"),
        help=say("cli.help.preview_size"),
    )
    p.add_argument(
        "--sortie",
        dest="outdir",
        type=Path,
        default=Path("."),
        metavar=folder,
        help=say("cli.help.preview_out"),
    )
