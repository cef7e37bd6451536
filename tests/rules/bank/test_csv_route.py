"""The spreadsheet route: export, import and export again lose nothing."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from game.cli import main
from game.rules.bank.csvbank import COLUMNS, from_csv, to_csv
from game.rules.bank.loader import load_bank
from tests.rules.bank.conftest import GOOD_QCM, TODAY, BankFolder

SHIPPED = Path(__file__).resolve().parents[3] / "questions"

MIXED = [
    GOOD_QCM,
    GOOD_QCM.replace("reg-jours", "reg-multi").replace("type: qcm", "type: qcm_multiple")
    .replace("reponse: Trois", "reponse: [Trois, Un]"),
    GOOD_QCM.replace("reg-jours", "reg-vf").replace("type: qcm", "type: vrai_faux")
    .replace('    choix: ["Un", "Deux", "Trois"]\n', "").replace("reponse: Trois", "reponse: faux"),
    GOOD_QCM.replace("reg-jours", "tec-chiffre").replace("reglementaire", "technique")
    .replace("type: qcm", "type: estimation").replace('    choix: ["Un", "Deux", "Trois"]\n', "")
    .replace("reponse: Trois", "reponse: 2.88\n    tolerance: 0.5\n    unite: €"),
    GOOD_QCM.replace("reg-jours", "tec-debat").replace("reglementaire", "technique")
    .replace("type: qcm", "type: debat").replace("reponse: Trois",
                                                 'pour_aller_plus_loin: "Et chez nous ?"')
    + "    tags: [idée reçue, débat]\n    actif: false\n",
]


def round_trip(folder: Path, tmp_path: Path, keep: tuple[str, ...] = ()) -> tuple[str, str, Path]:
    """Export, import into a folder holding only ``keep`` files of the original, export."""
    first = tmp_path / "premier.csv"
    assert main(["export-csv", str(folder), str(first)]) == 0
    imported = tmp_path / "importee"
    imported.mkdir()
    for name in keep:
        shutil.copy2(folder / name, imported / name)
    assert main(["import-csv", str(first), str(imported)]) == 0
    second = tmp_path / "second.csv"
    assert main(["export-csv", str(imported), str(second)]) == 0
    return first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8"), imported


def test_a_bank_of_every_type_survives_export_import_export(bank: BankFolder, tmp_path) -> None:
    bank.questions("q.yaml", *MIXED)
    first, second, imported = round_trip(bank.root, tmp_path, keep=("secteurs.yaml", "picto.svg"))
    assert first == second
    original = {q.id: q for q in bank.load().bank.questions}
    result = load_bank(imported, today=TODAY)
    assert result.errors == []
    assert {q.id: q for q in result.bank.questions} == original


def test_the_shipped_bank_survives_the_spreadsheet_route(tmp_path) -> None:
    first, second, imported = round_trip(SHIPPED, tmp_path)
    assert first == second
    result = load_bank(imported)
    assert result.errors == []
    assert set(result.bank.questions) == set(load_bank(SHIPPED).bank.questions)


def test_the_csv_opens_in_a_french_spreadsheet(bank: BankFolder) -> None:
    bank.questions("q.yaml", *MIXED)
    loaded = bank.load().bank
    text = to_csv(loaded.sectors, loaded.questions)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert tuple(rows[0].keys()) == COLUMNS
    by_id = {r["id"]: r for r in rows}
    assert by_id["reg-multi"]["reponse"] == "A, C"
    assert by_id["tec-chiffre"]["reponse"] == "2,88"
    assert by_id["tec-debat"]["actif"] == "non"


def test_import_names_the_spreadsheet_rows_that_are_wrong(tmp_path) -> None:
    header = ";".join(COLUMNS)
    good = "reg-1;reglementaire;qcm;1;tous;Combien de jours au plus ?;Un;Deux;Trois;;C;;;" \
           "Le décret fixe trois jours au plus par semaine.;Décret 2016-151, art. 3;;;" \
           "22/11/2026;non;oui;;"
    bad = good.replace("reg-1;", "reg-2;").replace(";C;", ";E;")
    worse = good.replace("reg-1;", "reg-3;").replace(";1;tous;", ";7;tous;")
    questions, problems = from_csv("\n".join([header, good, bad, worse]), "banque.csv")
    assert [q.id for q in questions] == ["reg-1"]
    assert [(p.line, p.question_id, p.field) for p in problems] == [
        (3, "reg-2", "reponse"), (4, "reg-3", "difficulte")]
    assert questions[0].checked_on.isoformat() == "2026-11-22"


def test_a_failed_import_writes_nothing(tmp_path, capsys) -> None:
    source = tmp_path / "faux.csv"
    source.write_text(";".join(COLUMNS) + "\nx;inconnu;qcm;9;tous;?;;;;;;;;;;;;;;;;\n",
                      encoding="utf-8")
    target = tmp_path / "sortie"
    assert main(["import-csv", str(source), str(target)]) == 1
    assert not target.exists()
    assert "faux.csv:2: [x]" in capsys.readouterr().out


def test_import_checks_ids_across_rows_and_sectors_of_the_bank(tmp_path) -> None:
    header = ";".join(COLUMNS)
    row = "reg-1;reglementaire;vrai_faux;1;tous;Le télétravail est-il un droit ?;;;;;faux;;;" \
          "C'est une autorisation accordée par le chef de service.;Loi n° 2012-347, art. 133;;;" \
          "2026-11-22;non;oui;;"
    text = "\n".join([header, row, row, row.replace("reglementaire", "juridique")
                      .replace("reg-1", "reg-2")])
    _, problems = from_csv(text, "b.csv", ["reglementaire", "technique"])
    assert [(p.line, p.field) for p in problems] == [(3, "id"), (4, "secteur")]
    assert "ligne 2" in problems[0].message
