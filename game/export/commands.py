"""The export commands, without a window: ``debrief`` and ``rapport``.

* ``python main.py debrief JOURNAL [--pdf OUT] [--csv OUT] [--accords OUT]`` rebuilds a game's
  debrief from its journal — finished or interrupted, even cut in the middle of a line by a
  power cut (the torn line is dropped with a warning). Without ``--pdf`` the PDF goes to the
  export folder (Documents/Panorama); ``--pdf`` may also name a folder. ``--accords`` writes
  the team's agreements as a .docx, and their CSV beside it.
* ``python main.py rapport JOURNAL... --pdf OUT [--csv OUT]`` sums several games for an HR
  adviser. A journal that cannot be read is left out with a warning; the report needs one.

Everything the user reads is French: results on stdout, warnings and errors on stderr. Any
failure exits with status 1 and leaves no partial file behind.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from game.export.files import ExportError, output_folder, timestamped_path
from game.rules.errors import JournalError
from game.rules.session.state import State
from game.wording import say, say_n

if TYPE_CHECKING:
    from game.rules.bank.loader import Bank
    from game.rules.debrief import Debrief


class CommandError(Exception):
    """A command that cannot go on; the text is a French sentence."""


def run(args: argparse.Namespace) -> int:
    """Run ``debrief`` or ``rapport``; 0 on success, 1 with a French message on stderr."""
    try:
        if args.command == "debrief":
            _debrief(args)
        else:
            _rapport(args)
    except (CommandError, ExportError, JournalError) as error:
        print(say("debrief.cli.error", message=_sentence(str(error))), file=sys.stderr)
        return 1
    return 0


# A message may end on a closing guillemet (a quoted file name): it needs no full stop then.
_ENDINGS = (".", "!", "?", chr(0xBB))


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith(_ENDINGS) else text + "."


def _warn(message: str) -> None:
    if message[:1].isupper() and message[1:2].islower():
        message = message[0].lower() + message[1:]  # it follows « Attention : »
    print(say("debrief.cli.warning", message=message), file=sys.stderr)


def load_game(path: Path) -> State:
    """The state a journal leads to; warnings (a torn last line) go to stderr."""
    from game.rules.session.journal import read_journal, replay

    if not path.is_file():
        raise CommandError(say("debrief.cli.no_journal", path=str(path)))
    events, warnings = read_journal(path)
    for warning in warnings:
        _warn(warning)
    if not events:
        raise CommandError(say("debrief.cli.empty_journal", name=path.name))
    return replay(events, path.name)


def _bank(args: argparse.Namespace) -> Bank | None:
    """The bank named by ``--bank`` (key points, pictograms), or None if it cannot load."""
    folder = getattr(args, "bank", None)
    if folder is None:
        return None
    from game.rules.bank.loader import load_bank

    try:
        return load_bank(Path(folder)).bank
    except Exception:  # noqa: BLE001 - the debrief comes out without the bank's extras
        return None


def _target(requested: Path | None, stem: str, suffix: str, when: datetime | None) -> Path:
    if requested is None:
        return timestamped_path(output_folder(None), stem, suffix, when)
    if requested.is_dir():
        return timestamped_path(requested, stem, suffix, when)
    return requested


def _debrief(args: argparse.Namespace) -> None:
    from game.export.csv_answers import write_answers_csv
    from game.export.pdf import write_debrief_pdf
    from game.export.sources import debrief_of

    state = load_game(Path(args.journal))
    if not state.ended:
        _warn(say("debrief.cli.unfinished"))
    debrief = debrief_of(state, None, _bank(args))
    when = debrief.facts.started
    pdf = write_debrief_pdf(debrief, _target(args.pdf, "bilan-panorama", ".pdf", when))
    print(say("debrief.cli.saved_pdf", path=str(pdf)))
    if args.csv is not None:
        csv = write_answers_csv(
            debrief.answers, _target(args.csv, "reponses-panorama", ".csv", when)
        )
        print(say("debrief.cli.saved_csv", path=str(csv)))
    if getattr(args, "accords", None) is not None:
        _agreements(debrief, _target(args.accords, "accords-equipe", ".docx", when))


def _agreements(debrief: Debrief, target: Path) -> None:
    from game.export import export_agreements

    written = export_agreements(debrief, path=target)
    if not written:
        _warn(say("debrief.cli.no_agreements"))
    for path in written:
        print(say("debrief.cli.saved_agreements", path=str(path)))


def journal_paths(given: list[Path]) -> list[Path]:
    """The journals a report reads: each journal named, every ``.jsonl`` file of each folder
    named (and of its subfolders), or, when nothing is named, every journal of this computer's
    journals folder. A folder's other files are named on stderr as left out; a game met twice
    (the same journal saved under two names, « partie-… (1).jsonl ») is read once, and said."""
    from game.rules.session.journal_folder import default_journal_dir

    folders = [p for p in given if p.is_dir()] if given else [default_journal_dir()]
    found = [p for p in given if not p.is_dir()]
    for folder in folders:
        files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
        # Hidden files and folders (« ._partie… » left by a Mac, « .git ») are not the user's.
        files = [
            p
            for p in files
            if not any(part.startswith(".") for part in p.relative_to(folder).parts)
        ]
        journals = [p for p in files if p.suffix.lower() == ".jsonl"]
        for other in files:
            if other.suffix.lower() != ".jsonl":
                _warn(say("debrief.cli.not_a_journal", name=str(other.relative_to(folder))))
        if not journals:
            raise CommandError(say("cli.report.no_journal_in", folder=str(folder)))
        found += journals
    return _once_each(found)


def _once_each(paths: list[Path]) -> list[Path]:
    """``paths`` without a second copy of a game: two journals whose first line (the game's
    start: its moment, teams and settings) is the same hold the same game; the longest one is
    read (a copy taken before the game ended holds less of it)."""
    games: dict[bytes, list[Path]] = {}
    for path in paths:
        games.setdefault(_first_line(path) or str(path).encode(), []).append(path)
    kept = []
    for path in paths:
        copies = games[_first_line(path) or str(path).encode()]
        best = max(copies, key=_size)
        if path is best:
            kept.append(path)
        else:
            _warn(say("debrief.cli.same_game", name=path.name, first=best.name))
    return kept


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _first_line(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.readline().strip()
    except OSError:
        return b""  # read again, and reported, when the journal itself is loaded


def _rapport(args: argparse.Namespace) -> None:
    from game.export.report import aggregate
    from game.export.report_pdf import write_report
    from game.export.sources import debrief_of

    bank = _bank(args)
    debriefs, names = [], []
    for path in journal_paths(list(args.journals)):
        try:
            debriefs.append(debrief_of(load_game(Path(path)), None, bank))
            names.append(str(path))
        except (CommandError, JournalError) as error:
            _warn(say("debrief.cli.journal_left_out", reason=_sentence(str(error))))
    if not debriefs:
        raise CommandError(say("debrief.cli.no_readable_journal"))
    report = aggregate(debriefs)
    pdf_target = _target(args.pdf, "rapport-panorama", ".pdf", None)
    csv_target = None
    if args.csv is not None:
        csv_target = _target(args.csv, "rapport-panorama", ".csv", None)
    written = write_report(report, pdf_target, csv_target, bank, names)
    print(say_n("debrief.cli.saved_report", len(debriefs), path=str(written[0])))
    if len(written) > 1:
        print(say("debrief.cli.saved_table", path=str(written[1])))
    if len(written) > 2:
        print(say("debrief.cli.saved_barometer_table", path=str(written[2])))
