"""What a French spreadsheet does to a bank is accepted: files saved by LibreOffice Calc set to
French (see fixtures/tableur/LISEZMOI.md), VRAI/FAUX, decimal commas, dates as written, cells on
several lines, workbooks, Windows-1252; and a workbook is always told and written as one."""

from __future__ import annotations

import difflib
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from game.cli import main
from game.rules.bank.sheet.columns import COLUMNS, data_of
from game.rules.bank.sheet.csvfile import read_csv
from game.rules.bank.sheet.rows import check_rows
from game.wording import french

FIXTURES = Path(__file__).parent / "fixtures" / "tableur"
CALC_FILES = ("calc-fr.csv", "calc-fr.xlsx", "calc-fr-classeur.xlsx")
EDITED = "Le VPN chiffre tout ce qui passe entre le domicile et le réseau du service."


def changed_lines(before: Path, after: Path) -> dict[str, list[str]]:
    """For each file of the bank, the lines that differ (- old, + new)."""
    changes = {}
    for path in sorted(before.iterdir()):
        old = path.read_text("utf-8").split("\n")
        new = (after / path.name).read_text("utf-8").split("\n")
        diff = [
            line
            for line in difflib.unified_diff(old, new, lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("---", "+++"))
        ]
        if diff:
            changes[path.name] = diff
    assert sorted(p.name for p in after.iterdir()) == sorted(p.name for p in before.iterdir())
    return changes


@pytest.mark.parametrize("name", CALC_FILES)
def test_a_file_saved_by_calc_in_french_changes_only_the_cell_that_was_edited(
    tmp_path: Path,
    capsys,
    name: str,
) -> None:
    bank = tmp_path / "banque"
    shutil.copytree(FIXTURES / "banque", bank)
    assert main(["importer", str(FIXTURES / name), str(bank)]) == 0
    assert changed_lines(FIXTURES / "banque", bank) == {
        "technique.yaml": [
            "-    question: "
            '"Le VPN chiffre la connexion entre le domicile et le réseau du service."',
            f'+    question: "{EDITED}"',
        ]
    }
    assert french("1 question modifiée (tec-vpn), 7 inchangées") in capsys.readouterr().out


def test_calc_wrote_booleans_decimal_commas_and_french_dates_in_its_csv() -> None:
    text = (FIXTURES / "calc-fr.csv").read_text("utf-8")
    assert ";VRAI;" in text and ";FAUX;" in text and ";vrai;" not in text
    assert ";2,88;0,2;" in text and ";22/11/2026;" in text and "2026-11-22" not in text
    assert not text.startswith("\ufeff")  # no BOM: accepted too


def cell_values(name: str) -> set[object]:
    sheet = openpyxl.load_workbook(FIXTURES / name).worksheets[0]
    return {cell.value for row in sheet.iter_rows(min_row=2) for cell in row}


def test_calc_wrote_typed_cells_in_its_workbooks() -> None:
    assert {True, False, 2.88, 0.2} <= cell_values("calc-fr.xlsx")  # VRAI, FAUX, numbers
    assert {"vrai", "faux", 2.88, 0.2} <= cell_values("calc-fr-classeur.xlsx")


def row(**cells: object) -> dict[str, object]:
    base = {
        "id": "reg-1",
        "secteur": "reglementaire",
        "type": "vrai_faux",
        "difficulte": "1",
        "question": "Le télétravail est-il un droit ?",
        "explication": "C'est une autorisation du chef de service.",
        "source": "Loi n° 2012-347, art. 133",
        "reponse": "faux",
    }
    return {**base, **cells}


@pytest.mark.parametrize(
    "written, expected",
    [
        ("VRAI", "vrai"),
        ("FAUX", "faux"),
        ("TRUE", "vrai"),
        ("false", "faux"),
        ("Vrai", "vrai"),
        (True, "vrai"),
        (False, "faux"),
    ],
)
def test_true_and_false_as_spreadsheets_write_them(written: object, expected: str) -> None:
    [question], problems = check_rows([(2, row(reponse=written))], "b.csv")
    assert problems == [] and question.item.answer == expected


@pytest.mark.parametrize("written", ["22/11/2026", "22/11/26", "2026-11-22", "22.11.2026"])
def test_dates_as_spreadsheets_write_them(written: str) -> None:
    [question], _ = check_rows([(2, row(verifie_le=written))], "b.csv")
    assert question.item.checked_on.isoformat() == "2026-11-22"


def test_decimal_commas_flags_and_whole_numbers_written_as_decimals_are_read() -> None:
    data = data_of(
        row(
            type="estimation",
            reponse="2,88",
            tolerance="0,2",
            unite="€",
            difficulte="2,0",
            a_revoir="VRAI",
            actif="OUI",
        )
    )
    assert (data["tolerance"], data["difficulte"], data["a_revoir"]) == (0.2, 2, "VRAI")
    [question], problems = check_rows(
        [(2, row(type="estimation", reponse="2,88", tolerance="0,2", unite="€", actif="OUI"))], "b"
    )
    assert problems == [] and question.item.answer == 2.88 and question.item.active


def test_line_breaks_typed_in_a_cell_are_spaces_except_between_agreement_hints() -> None:
    data = data_of(
        row(
            question="Le télétravail\nest-il un droit ?",
            pistes_accord="Un jour commun : …\r\nUne règle : …\n",
        )
    )
    assert data["question"] == "Le télétravail est-il un droit ?"
    assert data["pistes_accord"] == ["Un jour commun : …", "Une règle : …"]


def test_a_choice_the_spreadsheet_turned_into_a_number_is_text_again() -> None:
    data = data_of(row(type="qcm", choix_a=1, choix_b=2.5, choix_c="3", reponse="B"))
    assert data["choix"] == ["1", "2,5", "3"] and data["reponse"] == "2,5"


def test_a_workbook_given_under_a_csv_name_is_told_what_it_is(tmp_path: Path, capsys) -> None:
    disguised = tmp_path / "banque.csv"
    shutil.copy(FIXTURES / "calc-fr.xlsx", disguised)
    assert main(["importer", str(disguised), str(tmp_path / "b")]) == 1
    assert capsys.readouterr().err.strip() == french(
        "« banque.csv » n'est pas un fichier CSV : c'est un classeur Excel. Donnez-lui un nom en "
        ".xlsx et utilisez : {command} — ou, dans le tableur, enregistrez-le au format "
        "« CSV UTF-8 »."
    ).format(command=f"python main.py importer banque.xlsx {tmp_path / 'b'}")
    assert not (tmp_path / "b").exists()


def test_a_csv_named_xlsx_and_a_missing_sheet_are_told_what_they_are(
    tmp_path: Path, capsys
) -> None:
    disguised = tmp_path / "banque.xlsx"
    shutil.copy(FIXTURES / "calc-fr.csv", disguised)
    assert main(["importer", str(disguised), str(tmp_path / "b")]) == 1
    assert capsys.readouterr().err.strip() == french(
        "« banque.xlsx » n'est pas un classeur Excel : c'est un fichier texte, sans doute un "
        "CSV. Donnez-lui un nom en .csv et utilisez : {command}"
    ).format(command=f"python main.py importer banque.csv {tmp_path / 'b'}")
    missing = tmp_path / "absent.xlsx"
    assert main(["importer", str(missing), str(tmp_path / "b")]) == 1
    assert capsys.readouterr().err.strip() == french(
        "« {name} » introuvable : vérifiez le nom du fichier et le dossier où il est."
    ).format(name=missing)
    assert not (tmp_path / "b").exists()


def test_an_xlsx_export_is_a_workbook_with_a_frozen_header_widths_and_drop_downs(
    tmp_path: Path,
) -> None:
    out = tmp_path / "banque.xlsx"
    assert main(["exporter", str(FIXTURES / "banque"), str(out)]) == 0
    assert zipfile.is_zipfile(out)
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert sheet.freeze_panes == "B2" and sheet["A1"].font.b
    assert sheet.column_dimensions["F"].width == 60  # the question
    lists = {
        str(v.sqref).split(":")[0][:-1]: v.formula1 for v in sheet.data_validations.dataValidation
    }
    letters = {name: openpyxl.utils.get_column_letter(i + 1) for i, name in enumerate(COLUMNS)}
    assert lists[letters["secteur"]] == '"reglementaire,technique"'
    assert lists[letters["type"]] == '"vrai_faux,qcm,qcm_multiple,estimation,debat,barometre"'
    assert lists[letters["difficulte"]] == '"1,2,3"'
    assert lists[letters["public"]] == '"tous,encadrant,agent"'


@pytest.mark.parametrize("name", ["banque.ods", "banque.txt", "banque"])
def test_an_export_is_only_ever_csv_or_xlsx(tmp_path: Path, capsys, name: str) -> None:
    assert main(["exporter", str(FIXTURES / "banque"), str(tmp_path / name)]) == 1
    assert not (tmp_path / name).exists()
    assert french("le nom doit finir par .csv (fichier CSV) ou .xlsx (classeur Excel).") in (
        capsys.readouterr().err
    )


def test_a_csv_in_windows_1252_is_read_with_a_warning(tmp_path: Path, capsys) -> None:
    text = (FIXTURES / "calc-fr.csv").read_text("utf-8")
    ansi = tmp_path / "excel.csv"
    ansi.write_bytes(text.replace("…", "...").encode("cp1252"))
    bank = tmp_path / "banque"
    shutil.copytree(FIXTURES / "banque", bank)
    assert main(["importer", str(ansi), str(bank)]) == 0
    out = capsys.readouterr().out
    assert french("fichier lu comme du Windows-1252 (il n'est pas en UTF-8)") in out
    assert read_csv(text)[1][0][1]["id"] == "reg-jours-max"
