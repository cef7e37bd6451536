"""The spreadsheet route: export, import and export again lose nothing, in CSV and in .xlsx."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from game.cli import main
from game.rules.bank.loader import load_bank
from game.rules.bank.sheet.columns import COLUMNS, cells_of, ordered
from game.rules.bank.sheet.csvfile import read_csv, write_csv
from game.rules.bank.sheet.rows import check_rows
from game.wording import french
from tests.rules.bank.conftest import GOOD_QCM, TODAY, BankFolder

SHIPPED = Path(__file__).resolve().parents[3] / "questions"

MIXED = [
    GOOD_QCM,
    GOOD_QCM.replace("reg-jours", "reg-multi")
    .replace("type: qcm", "type: qcm_multiple")
    .replace("reponse: Trois", "reponse: [Trois, Un]"),
    GOOD_QCM.replace("reg-jours", "reg-vf")
    .replace("type: qcm", "type: vrai_faux")
    .replace('    choix: ["Un", "Deux", "Trois"]\n', "")
    .replace("reponse: Trois", "reponse: faux"),
    GOOD_QCM.replace("reg-jours", "tec-chiffre")
    .replace("reglementaire", "technique")
    .replace("type: qcm", "type: estimation")
    .replace('    choix: ["Un", "Deux", "Trois"]\n', "")
    .replace("reponse: Trois", "reponse: 2.88\n    tolerance: 0.5\n    unite: €"),
    GOOD_QCM.replace("reg-jours", "tec-debat")
    .replace("reglementaire", "technique")
    .replace("type: qcm", "type: debat")
    .replace("reponse: Trois", 'pour_aller_plus_loin: "Et chez nous ?"')
    + "    tags: [idée reçue, débat]\n    actif: false\n",
]


def round_trip(
    folder: Path, tmp_path: Path, suffix: str, keep: tuple[str, ...] = ()
) -> tuple[bytes, bytes, Path]:
    """Export, import into a folder holding only ``keep`` files of the original, export."""
    first = tmp_path / f"premier{suffix}"
    assert main(["exporter", str(folder), str(first)]) == 0
    imported = tmp_path / "importee"
    imported.mkdir()
    for name in keep:
        shutil.copy2(folder / name, imported / name)
    assert main(["importer", str(first), str(imported)]) == 0
    second = tmp_path / f"second{suffix}"
    assert main(["exporter", str(imported), str(second)]) == 0
    return first.read_bytes(), second.read_bytes(), imported


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_bank_of_every_type_survives_export_import_export(
    bank: BankFolder, tmp_path, suffix: str
) -> None:
    bank.questions("q.yaml", *MIXED)
    first, second, imported = round_trip(
        bank.root, tmp_path, suffix, keep=("secteurs.yaml", "picto.svg")
    )
    if suffix == ".csv":
        assert first == second
    original = {q.id: q for q in bank.load().bank.questions}
    result = load_bank(imported, today=TODAY)
    assert result.errors == []
    assert {q.id: q for q in result.bank.questions} == original


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_shipped_bank_survives_the_spreadsheet_route(tmp_path, suffix: str) -> None:
    first, second, imported = round_trip(SHIPPED, tmp_path, suffix)
    if suffix == ".csv":
        assert first == second
    result = load_bank(imported)
    assert result.errors == []
    assert set(result.bank.questions) == set(load_bank(SHIPPED).bank.questions)


def test_the_csv_opens_in_a_french_spreadsheet(bank: BankFolder) -> None:
    bank.questions("q.yaml", *MIXED)
    loaded = bank.load().bank
    text = write_csv(cells_of(q) for q in ordered(loaded.sectors, loaded.questions))
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert tuple(rows[0].keys()) == COLUMNS
    by_id = {r["id"]: r for r in rows}
    assert by_id["reg-multi"]["reponse"] == "A, C"
    assert by_id["tec-chiffre"]["reponse"] == "2,88"
    assert by_id["tec-chiffre"]["tolerance"] == "0,5"
    assert by_id["tec-debat"]["actif"] == "non"


def rows_of(*lines: str):
    return read_csv("\n".join([";".join(COLUMNS), *lines]))[1]


GOOD_ROW = (
    "reg-1;reglementaire;qcm;1;tous;Combien de jours au plus ?;Un;Deux;Trois;;C;;;"
    "Le décret fixe trois jours au plus par semaine.;Décret 2016-151, art. 3;;;"
    "22/11/2026;non;oui;;"
)


def test_import_names_the_spreadsheet_rows_and_columns_that_are_wrong() -> None:
    bad = GOOD_ROW.replace("reg-1;", "reg-2;").replace(";C;", ";E;")
    worse = GOOD_ROW.replace("reg-1;", "reg-3;").replace(";1;tous;", ";7;tous;")
    questions, problems = check_rows(rows_of(GOOD_ROW, bad, worse), "banque.csv")
    assert [q.item.id for q in questions] == ["reg-1"]
    assert [(p.line, p.question_id, p.field) for p in problems] == [
        (3, "reg-2", "reponse"),
        (4, "reg-3", "difficulte"),
    ]
    assert questions[0].item.checked_on.isoformat() == "2026-11-22"


def test_a_too_long_choice_is_named_by_its_column() -> None:
    long_choice = GOOD_ROW.replace(";Deux;", ";" + "x" * 90 + ";")
    _, [problem] = check_rows(rows_of(long_choice), "banque.csv")
    assert (problem.line, problem.field) == (2, "choix_b")
    assert problem.message == french(
        "texte trop long : 90 caractères pour 80 au plus (il doit "
        "tenir sur la carte en 1024×768) ; raccourcissez-le de 10 "
        "caractères."
    )


def test_a_failed_import_writes_nothing(tmp_path, capsys) -> None:
    source = tmp_path / "faux.csv"
    source.write_text(
        ";".join(COLUMNS) + "\nx;inconnu;qcm;9;tous;?;;;;;;;;;;;;;;;;\n", encoding="utf-8"
    )
    target = tmp_path / "sortie"
    assert main(["importer", str(source), str(target)]) == 1
    assert not target.exists()
    out = capsys.readouterr().out
    assert "faux.csv:2: [x]" in out
    assert french("rien n'a été écrit") in out
