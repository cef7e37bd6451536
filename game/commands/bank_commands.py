"""The bank commands: validate, stats, schema, export-csv and import-csv.

Output is French and meant for an HR adviser: problems grouped by file, each as
``FILE:LINE:COL: [id] field: message`` followed by the line of the file it points at.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from itertools import groupby
from pathlib import Path
from typing import TextIO

from game import resources
from game.rules.bank import csvbank
from game.rules.bank.loader import LoadResult, load_bank
from game.rules.bank.model import Question
from game.rules.bank.problems import Problem
from game.rules.bank.schema import SCHEMA_FILE, schema_text
from game.rules.bank.stats import bank_stats, format_stats

DEFAULT_SECTORS = resources.builtin_sectors_file()


def run(args: argparse.Namespace) -> int:
    command = {
        "validate": validate,
        "stats": stats,
        "schema": schema,
        "export-csv": export_csv,
        "import-csv": import_csv,
    }[args.command]
    try:
        return command(args)
    except OSError as error:
        print(f"Erreur : {error.strerror or error} ({error.filename or ''}).", file=sys.stderr)
        return 1


def print_problems(problems: list[Problem], out: TextIO) -> None:
    """Problems grouped by file, Ren'Py style, with the source line they point at."""
    lines_cache: dict[str, list[str]] = {}
    for file, group in groupby(sorted(problems, key=Problem.sort_key), key=lambda p: p.file):
        print(f"\n── {file}", file=out)
        for problem in group:
            print(problem.format(), file=out)
            source = _source_line(file, problem.line, lines_cache)
            if source is not None:
                print(f"    {problem.line:>4} | {source}", file=out)


def _source_line(file: str, line: int | None, cache: dict[str, list[str]]) -> str | None:
    if line is None:
        return None
    if file not in cache:
        try:
            cache[file] = Path(file).read_text(encoding="utf-8-sig").split("\n")
        except (OSError, UnicodeDecodeError, ValueError):
            cache[file] = []
    lines = cache[file]
    return lines[line - 1].rstrip()[:100] if 0 < line <= len(lines) else None


def summary(result: LoadResult) -> str:
    errors, warnings = len(result.errors), len(result.warnings)
    bank = result.bank
    count = f"{len(bank.active)} questions actives valides" if bank else "aucune question lisible"
    verdict = (
        "La banque est prête."
        if not errors
        else "À corriger : les questions en erreur seront écartées du jeu."
        if result.usable
        else "La banque n'est pas utilisable en l'état."
    )
    return (
        f"\n{count} ; {errors} erreur{'s' * (errors > 1)}, "
        f"{warnings} avertissement{'s' * (warnings > 1)}. {verdict}"
    )


def validate(args: argparse.Namespace) -> int:
    result = load_bank(args.folder)
    print_problems(result.problems, sys.stdout)
    print(summary(result))
    return 0 if result.usable and not result.errors else 1


def stats(args: argparse.Namespace) -> int:
    result = load_bank(args.folder)
    if result.bank is None:
        print_problems(result.problems, sys.stderr)
        return 1
    counts = bank_stats(result.bank)
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        print(format_stats(result.bank, counts))
        if result.errors:
            print(f"\n({len(result.errors)} erreur(s) : lancez « validate » pour le détail.)")
    return 0


def schema(args: argparse.Namespace) -> int:
    text = schema_text()
    if args.output:
        csvbank.write_atomically(args.output, text)
        print(f"Schéma écrit dans {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def export_csv(args: argparse.Namespace) -> int:
    result = load_bank(args.folder)
    if result.bank is None:
        print_problems(result.problems, sys.stderr)
        return 1
    text = csvbank.to_csv(result.bank.sectors, result.bank.questions)
    csvbank.write_atomically(args.out, text)
    print(
        f"{len(result.bank.questions)} questions exportées dans {args.out} "
        "(UTF-8, séparateur « ; »)."
    )
    if result.errors:
        print(
            f"Attention : {len(result.errors)} erreur(s) dans la banque ; les questions en "
            "erreur ne sont pas exportées. Lancez « validate » pour le détail."
        )
    return 0


def import_csv(args: argparse.Namespace) -> int:
    try:
        text = args.csv.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        print(
            f"{args.csv} : le fichier n'est pas en UTF-8. Dans le tableur, choisissez "
            "« Enregistrer sous » → CSV UTF-8 (séparateur point-virgule).",
            file=sys.stderr,
        )
        return 1
    questions, problems = csvbank.from_csv(text, str(args.csv), _sector_ids(args.out))
    if problems:
        print_problems(problems, sys.stdout)
        print(
            f"\n{len(problems)} problème(s) : rien n'a été écrit. Corrigez les lignes "
            "indiquées puis relancez l'import."
        )
        return 1
    _write_bank(args.out, questions)
    print(
        f"{len(questions)} questions importées dans {args.out}. Vérifiez avec : "
        f"python main.py validate {args.out}"
    )
    return 0


def _sector_file(folder: Path) -> Path:
    """The file that declares the sectors of ``folder``, or the shipped default one."""
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        if re.search(r"^secteurs\s*:", path.read_text("utf-8", errors="replace"), re.MULTILINE):
            return path
    return DEFAULT_SECTORS


def _sector_ids(folder: Path) -> list[str]:
    from game.rules.bank.yamlread import read_yaml

    parsed, _ = read_yaml(_sector_file(folder), "secteurs")
    items = parsed.value.get("secteurs", []) if parsed and isinstance(parsed.value, dict) else []
    return [str(item["id"]) for item in items if isinstance(item, dict) and "id" in item]


def _write_bank(folder: Path, questions: list[Question]) -> None:
    """One file per sector; replaced files are kept as .bak; sectors and schema provided."""
    folder.mkdir(parents=True, exist_ok=True)
    by_sector: dict[str, list[Question]] = {}
    for q in questions:
        by_sector.setdefault(q.sector, []).append(q)
    for sector, items in by_sector.items():
        target = folder / f"{sector}.yaml"
        if target.exists():
            shutil.copy2(target, target.with_suffix(".yaml.bak"))
        csvbank.write_atomically(target, csvbank.to_yaml(items))
    if _sector_file(folder) == DEFAULT_SECTORS:
        shutil.copy2(DEFAULT_SECTORS, folder / "secteurs.yaml")
    csvbank.write_atomically(folder / SCHEMA_FILE, schema_text())
