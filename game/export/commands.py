"""The export commands, without a window: ``debrief`` and ``rapport``.

* ``python main.py debrief JOURNAL [--pdf OUT] [--csv OUT]`` rebuilds a game's debrief from
  its journal — finished or interrupted, even cut in the middle of a line by a power cut (the
  torn line is dropped with a warning). Without ``--pdf`` the PDF goes to the export folder
  (Documents/Panorama); ``--pdf`` may also name a folder.
* ``python main.py rapport JOURNAL... --pdf OUT [--csv OUT]`` sums several games for an HR
  adviser. A journal that cannot be read is left out with a warning; the report needs one.

Everything the user reads is French: results on stdout, warnings and errors on stderr. Any
failure exits with status 1 and leaves no partial file behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from game.export.files import ExportError, output_folder, timestamped_path
from game.rules.errors import JournalError
from game.rules.session.state import State


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
        print(f"Erreur : {_sentence(str(error))}", file=sys.stderr)
        return 1
    return 0


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "»")) else text + "."


def _warn(message: str) -> None:
    if message[:1].isupper() and message[1:2].islower():
        message = message[0].lower() + message[1:]  # it follows « Attention : »
    print(f"Attention : {message}", file=sys.stderr)


def load_game(path: Path) -> State:
    """The state a journal leads to; warnings (a torn last line) go to stderr."""
    from game.rules.session.journal import read_journal, replay

    if not path.is_file():
        raise CommandError(f"le journal « {path} » est introuvable")
    events, warnings = read_journal(path)
    for warning in warnings:
        _warn(warning)
    if not events:
        raise CommandError(f"le journal « {path.name} » ne contient aucune partie")
    return replay(events, path.name)


def _bank(args: argparse.Namespace) -> Any:
    """The bank named by ``--bank`` (key points, pictograms), or None if it cannot load."""
    folder = getattr(args, "bank", None)
    if folder is None:
        return None
    from game.rules.bank.loader import load_bank

    try:
        return load_bank(Path(folder)).bank
    except Exception:  # noqa: BLE001 - the debrief comes out without the bank's extras
        return None


def _target(requested: Path | None, stem: str, suffix: str, when: Any) -> Path:
    if requested is None:
        return timestamped_path(output_folder(None), stem, suffix, when)
    if requested.is_dir():
        return timestamped_path(requested, stem, suffix, when)
    return requested


def _debrief(args: argparse.Namespace) -> None:
    from game.export.csv_answers import write_answers_csv
    from game.export.game_data import GameData, debrief_document
    from game.export.pdf import write_debrief_pdf
    from game.rules.session.debrief import answers_table
    from game.wording.dates import parse_wall

    state = load_game(Path(args.journal))
    if not state.ended:
        _warn("cette partie n'était pas terminée : le bilan s'arrête à la dernière action "
              "enregistrée.")
    when = parse_wall(state.started_wall)
    document = debrief_document(GameData(state, None, None), "", _bank(args))
    pdf = write_debrief_pdf(document, _target(args.pdf, "bilan-panorama", ".pdf", when))
    print(f"Bilan enregistré : {pdf}")
    if args.csv is not None:
        csv = write_answers_csv(answers_table(state),
                                _target(args.csv, "reponses-panorama", ".csv", when),
                                state.sector_labels)
        print(f"Réponses enregistrées : {csv}")


def journal_paths(given: list[Path]) -> list[Path]:
    """The journals a report reads: each journal named, every journal of each folder named, or,
    when nothing is named, every journal of this computer's journals folder."""
    from game.rules.session.journal import default_journal_dir, list_journals
    from game.wording import say

    folders = [p for p in given if p.is_dir()] if given else [default_journal_dir()]
    found = [p for p in given if not p.is_dir()]
    for folder in folders:
        journals = list_journals(folder)
        if not journals:
            raise CommandError(say("cli.report.no_journal_in", folder=str(folder)))
        found += journals
    return found


def _rapport(args: argparse.Namespace) -> None:
    from game.export.report import aggregate
    from game.export.report_pdf import write_report

    states, names = [], []
    for path in journal_paths(list(args.journals)):
        try:
            states.append(load_game(Path(path)))
            names.append(str(path))
        except (CommandError, JournalError) as error:
            _warn(f"journal ignoré : {_sentence(str(error))}")
    if not states:
        raise CommandError("aucun journal lisible : le rapport n'a pas été créé")
    report = aggregate(states)
    pdf_target = _target(args.pdf, "rapport-panorama", ".pdf", None)
    csv_target = None
    if args.csv is not None:
        csv_target = _target(args.csv, "rapport-panorama", ".csv", None)
    written = write_report(report, pdf_target, csv_target, _bank(args), names)
    games = len(states)
    print(f"Rapport de {games} partie{'s' if games > 1 else ''} enregistré : {written[0]}")
    if len(written) > 1:
        print(f"Tableau des questions enregistré : {written[1]}")
