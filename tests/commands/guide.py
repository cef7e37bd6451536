"""The sample outputs of the adviser's guide (docs/editer-les-questions.md), made by running the
commands on a copy of a fixture bank, so that the guide shows what the game really prints.

In the guide, each sample is a ``text`` block right after a line ``<!-- sortie : NOM -->``.
``test_guide`` checks every block against its scenario here; after a change of wording, write
them again with:

    python -m tests.commands.guide --ecrire
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from game.cli import main
from game.rules.bank import loader

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "editer-les-questions.md"
BANK = Path(__file__).parent / "fixtures" / "banque-guide"
DAY = date(2026, 12, 1)  # the day the samples are made: no source is old unless planted
MARKER = re.compile(
    r"(?P<indent> *)<!-- sortie : (?P<name>[\w-]+) -->\n(?P=indent)```text\n"
    r"(?P<body>.*?)(?P=indent)```",
    re.DOTALL,
)


@contextlib.contextmanager
def workplace() -> Iterator[Path]:
    """A scratch folder holding ``questions/`` (a copy of the fixture bank), as current folder,
    with the checking day fixed."""
    before, day = Path.cwd(), loader.checking_day
    with tempfile.TemporaryDirectory(prefix="guide-") as scratch:
        work = Path(scratch)
        shutil.copytree(BANK, work / "questions")
        os.chdir(work)
        loader.checking_day = lambda: DAY  # type: ignore[assignment]
        try:
            yield work
        finally:
            loader.checking_day = day  # type: ignore[assignment]
            os.chdir(before)


def run(*argv: str) -> str:
    """What the command prints (its output, then its error output)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        main(list(argv))
    return (out.getvalue() + err.getvalue()).lstrip("\n")


def replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline=""), delimiter=";"))


def write_rows(path: Path, table: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(table)
    path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")


def edit_row(table: list[list[str]], question_id: str, **cells: str) -> None:
    header = table[0]
    row = next(r for r in table if r[0] == question_id)
    for column, value in cells.items():
        row[header.index(column)] = value


# --- the scenarios -------------------------------------------------------------------------


def clean(work: Path) -> str:
    return run("verifier", "questions")


def errors(work: Path) -> str:
    q = work / "questions"
    replace(q / "reglementaire.yaml", "    reponse: faux\n", "    reponce: faux\n")
    replace(
        q / "reglementaire.yaml",
        'reponse: "Le Code général de la fonction publique"',
        'reponse: "Le Code général de la fonction publique (CGFP)"',
    )
    replace(q / "societal.yaml", "verifie_le: 2026-12-01", "verifie_le: 2025-06-30")
    return run("verifier", "questions")


def french_text(work: Path) -> str:
    q = work / "questions"
    text = (q / "technique.yaml").read_text("utf-8")
    prompt = re.search(r'    question: "([^"]*d\'[^"]*)"\n', text)
    assert prompt is not None
    replace(q / "technique.yaml", prompt.group(0), f"    question: '{prompt.group(1)}'\n")
    replace(q / "managerial.yaml", "    public: encadrant\n", "    public encadrant\n")
    replace(q / "organisationnel.yaml", '    source: "', '    source: "« ', 1)
    text = (q / "organisationnel.yaml").read_text("utf-8")
    line = next(x for x in text.split("\n") if x.startswith('    source: "« '))
    replace(
        q / "organisationnel.yaml", line, line.replace('source: "« ', "source: “").rstrip('"') + "”"
    )
    return run("verifier", "questions")


def emptied(work: Path) -> str:
    (work / "questions" / "technique.yaml").write_text("", encoding="utf-8")
    return run("verifier", "questions")


def no_sectors(work: Path) -> str:
    (work / "questions" / "secteurs.yaml").unlink()
    return run("verifier", "questions")


def sectors_back(work: Path) -> str:
    (work / "questions" / "secteurs.yaml").unlink()
    return run("secteurs", "questions")


def stats(work: Path) -> str:
    return run("statistiques", "questions")


def export_csv(work: Path) -> str:
    return run("exporter", "questions", "banque.csv")


def export_xlsx(work: Path) -> str:
    return run("exporter", "questions", "banque.xlsx")


def import_errors(work: Path) -> str:
    run("exporter", "questions", "banque.csv")
    table = rows(work / "banque.csv")
    header = table[0]
    new = [""] * len(header)
    for column, value in (
        ("id", "tec-essai-qcm"),
        ("secteur", "technique"),
        ("type", "qcm"),
        ("difficulte", "1"),
        ("question", "Qui fournit l'ordinateur du télétravailleur ?"),
        ("choix_a", "L'agent"),
        ("choix_b", "L'employeur"),
        ("reponse", "E"),
        ("explication", "Le décret met les outils à la charge de l'employeur."),
        ("source", "Décret n° 2016-151, art. 6"),
    ):
        new[header.index(column)] = value
    second = list(new)
    for column, value in (
        ("id", "tec-essai-vf"),
        ("type", "vrai_faux"),
        ("difficulte", "trois"),
        ("reponse", "vrai"),
        ("choix_a", ""),
        ("choix_b", ""),
        ("question", "Le VPN protège la connexion au réseau du service."),
    ):
        second[header.index(column)] = value
    write_rows(work / "banque.csv", [*table, new, second])
    return run("importer", "banque.csv", "questions")


def import_done(work: Path) -> str:
    run("exporter", "questions", "banque.csv")
    table = rows(work / "banque.csv")
    edit_row(table, "tec-perte-vol-signaler", difficulte="2")
    write_rows(work / "banque.csv", table)
    return run("importer", "banque.csv", "questions")


def search(work: Path) -> str:
    return run("chercher", "ecran", "questions")


def recheck(work: Path) -> str:
    """A new décret is announced: every question tagged with it is flagged; and one question's
    source was last checked fourteen months ago."""
    q = work / "questions"
    for path in q.glob("*.yaml"):
        text = path.read_text("utf-8")
        flagged = re.sub(
            r"^(    tags: \[.*décret 2016-151.*\])$",
            r"\1\n    a_revoir: true",
            text,
            flags=re.MULTILINE,
        )
        path.write_text(flagged, encoding="utf-8")
    replace(q / "societal.yaml", "verifie_le: 2026-12-01", "verifie_le: 2025-10-01")
    return run("a-revoir", "questions")


SCENARIOS: dict[str, Callable[[Path], str]] = {
    "verifier": clean,
    "verifier-erreurs": errors,
    "verifier-texte": french_text,
    "verifier-fichier-vide": emptied,
    "verifier-sans-secteurs": no_sectors,
    "secteurs": sectors_back,
    "statistiques": stats,
    "exporter-csv": export_csv,
    "exporter-xlsx": export_xlsx,
    "importer-erreurs": import_errors,
    "importer": import_done,
    "chercher": search,
    "a-revoir": recheck,
}


def output(name: str) -> str:
    """The sample output of one scenario, made now."""
    with workplace() as work:
        return SCENARIOS[name](work)


def _indented(text: str, indent: str) -> str:
    return "".join(
        indent + line if line.strip() else line for line in text.splitlines(keepends=True)
    )


def samples(text: str) -> dict[str, str]:
    """The guide's sample blocks, by scenario name (a block in a list item is indented)."""
    found = {}
    for match in MARKER.finditer(text):
        indent = match.group("indent")
        found[match.group("name")] = "".join(
            line.removeprefix(indent) for line in match.group("body").splitlines(keepends=True)
        )
    return found


def rewritten(text: str) -> str:
    """The guide with every sample block made again."""

    def block(match: re.Match[str]) -> str:
        indent, name = match.group("indent"), match.group("name")
        return (
            f"{indent}<!-- sortie : {name} -->\n{indent}```text\n"
            f"{_indented(output(name), indent)}{indent}```"
        )

    return MARKER.sub(block, text)


if __name__ == "__main__":
    if sys.argv[1:] != ["--ecrire"]:
        sys.exit("usage : python -m tests.commands.guide --ecrire")
    GUIDE.write_text(rewritten(GUIDE.read_text("utf-8")), encoding="utf-8")
