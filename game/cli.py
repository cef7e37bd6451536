"""The command line: parses arguments and hands over. Nothing heavy is imported here.

``python main.py`` (or the ``panorama`` command) opens the game; subcommands check and convert
the question bank, render screenshots and rebuild debriefs. Each subcommand's module is imported
only when it runs, so that starting the game never pays for the PDF library, and checking the
bank never pays for pygame.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from game import resources

DEFAULT_BANK = resources.builtin_bank()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="panorama",
        description="Panorama Télétravail : le jeu, et les outils de la banque de questions.",
    )
    parser.add_argument("--fullscreen", action="store_true", help="ouvrir en plein écran")
    parser.add_argument("--version", action="store_true",
                        help="afficher la version du jeu et celle de la banque")
    parser.add_argument("--bank", type=Path, default=None, metavar="DOSSIER",
                        help="dossier ou archive .zip de la banque de questions (par défaut : "
                             "la dernière choisie, sinon celle du jeu)")
    parser.add_argument("--teams", metavar="NOMS",
                        help="équipes séparées par des virgules : commence directement la partie")
    parser.add_argument("--duration", type=int, metavar="MIN",
                        help="durée de la partie en minutes")
    parser.add_argument("--seed", type=int, metavar="N",
                        help="graine du tirage (parties rejouables)")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")

    p = sub.add_parser("validate", help="vérifier la banque de questions")
    p.add_argument("folder", nargs="?", type=Path, default=DEFAULT_BANK, metavar="DOSSIER")

    p = sub.add_parser("stats", help="compter les questions par secteur, type, difficulté, public")
    p.add_argument("folder", nargs="?", type=Path, default=DEFAULT_BANK, metavar="DOSSIER")
    p.add_argument("--json", action="store_true", help="sortie JSON")

    p = sub.add_parser("emballer", help="emballer un dossier de banque dans une archive .zip")
    p.add_argument("folder", type=Path, metavar="DOSSIER")
    p.add_argument("out", type=Path, metavar="SORTIE.zip")

    p = sub.add_parser("schema", help="écrire le schéma JSON des fichiers de la banque")
    p.add_argument("--output", type=Path, metavar="FICHIER")

    p = sub.add_parser("export-csv", help="exporter la banque en CSV pour un tableur")
    p.add_argument("folder", type=Path, metavar="DOSSIER")
    p.add_argument("out", type=Path, metavar="SORTIE.csv")

    p = sub.add_parser("import-csv", help="importer un CSV de tableur dans un dossier de banque")
    p.add_argument("csv", type=Path, metavar="ENTREE.csv")
    p.add_argument("out", type=Path, metavar="DOSSIER")

    p = sub.add_parser("screenshots", help="rendre chaque scène en PNG, sans fenêtre")
    p.add_argument("outdir", type=Path, metavar="DOSSIER")
    p.add_argument("--sizes", default="1024x768,1280x720,1366x768,1920x1080,2560x1600,3840x2160",
                   help="tailles séparées par des virgules, ex. 1024x768,1920x1080")

    p = sub.add_parser("debrief", help="refaire le bilan d'une partie depuis son journal")
    p.add_argument("journal", type=Path, metavar="JOURNAL")
    p.add_argument("--pdf", type=Path, metavar="SORTIE.pdf")
    p.add_argument("--csv", type=Path, metavar="SORTIE.csv")

    p = sub.add_parser("rapport", help="bilan de plusieurs parties pour les RH")
    p.add_argument("journals", type=Path, nargs="+", metavar="JOURNAL")
    p.add_argument("--pdf", type=Path, required=True, metavar="SORTIE.pdf")
    p.add_argument("--csv", type=Path, metavar="SORTIE.csv")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command
    from game.banks import commands as bank_files

    if args.version:
        return bank_files.version(args)
    if command == "emballer":
        return bank_files.pack_bank(args)
    refused = bank_files.open_given_banks(args)
    if refused is not None:
        return refused
    if command in ("validate", "stats", "schema", "export-csv", "import-csv"):
        from game.commands import bank_commands

        return bank_commands.run(args)
    if command == "screenshots":
        from game.ui import screenshots

        return screenshots.run(args)
    if command in ("debrief", "rapport"):
        from game.export import commands as export_commands

        return export_commands.run(args)
    from game.ui import app

    return app.run(args)
