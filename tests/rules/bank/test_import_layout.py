"""An import changes only the questions that changed: the rest of a hand-written file stays byte
for byte (comments, key order, quoting, indentation, blank lines), permissions are kept, and the
guide's copy-and-paste method still works on the files an import wrote."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from game.cli import main
from game.rules.bank.loader import load_bank
from game.rules.bank.sheet.columns import COLUMNS
from game.wording import french
from tests.rules.bank.conftest import GOOD_QCM, SOCLE_FILE, TODAY, BankFolder

# A file written by hand, in three styles at once.
HANDWRITTEN = """\
# Nos questions (relues le 2026-11-02)
questions:

# --- d'abord le droit ---
- id: reg-a
  secteur: reglementaire
  type: vrai_faux
  question: 'Le télétravail est un droit : l''agent l''obtient sur demande.'   # piège
  reponse: faux
  explication: >-
    C'est une autorisation du chef de service, donnée à la demande de l'agent.
  source: Loi n° 2012-347, art. 133
  difficulte: 1
  verifie_le: 2026-11-01


- id: reg-b
  secteur: reglementaire
  type: qcm
  difficulte: 2
  question: "Combien de jours par semaine au plus ?"
  choix: [Un, Deux, Trois]
  reponse: Trois
  explication: "Le décret fixe un plafond de trois jours à distance par semaine."
  source: "Décret n° 2016-151, art. 3"
  verifie_le: 2026-11-01
  tags:
  - plafond
  - décret 2016-151
"""


def export_rows(folder: Path, tmp_path: Path) -> tuple[list[str], list[list[str]]]:
    out = tmp_path / "export.csv"
    assert main(["exporter", str(folder), str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline=""), delimiter=";"))
    return rows[0], rows[1:]


def write_rows(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows([header, *rows])
    path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")
    return path


def edit(rows: list[list[str]], header: list[str], question_id: str, **cells: str) -> None:
    row = next(r for r in rows if r[0] == question_id)
    for column, value in cells.items():
        row[header.index(column)] = value


def test_an_import_rewrites_only_the_changed_value_of_a_hand_written_file(
    bank: BankFolder,
    tmp_path: Path,
    capsys,
) -> None:
    path = bank.write("notre.yaml", HANDWRITTEN)
    header, rows = export_rows(bank.root, tmp_path)
    edit(rows, header, "reg-b", question="Combien de jours par semaine, au plus ?")
    sheet = write_rows(tmp_path / "edit.csv", header, rows)
    assert main(["importer", str(sheet), str(bank.root)]) == 0
    after = path.read_text("utf-8")
    assert after == HANDWRITTEN.replace(
        'question: "Combien de jours par semaine au plus ?"',
        'question: "Combien de jours par semaine, au plus ?"',
    )
    assert french("1 question modifiée (reg-b), 5 inchangées") in capsys.readouterr().out


def test_a_value_that_became_empty_or_new_touches_only_its_own_lines(
    bank: BankFolder,
    tmp_path: Path,
) -> None:
    path = bank.write("notre.yaml", HANDWRITTEN)
    header, rows = export_rows(bank.root, tmp_path)
    edit(rows, header, "reg-b", tags="plafond", a_revoir="oui")
    edit(rows, header, "reg-a", verifie_le="")
    assert (
        main(["importer", str(write_rows(tmp_path / "e.csv", header, rows)), str(bank.root)]) == 0
    )
    expected = HANDWRITTEN.replace("  verifie_le: 2026-11-01\n\n\n", "\n\n").replace(
        "  tags:\n  - plafond\n  - décret 2016-151\n", "  a_revoir: true\n  tags:\n  - plafond\n"
    )
    assert path.read_text("utf-8") == expected
    assert load_bank(bank.root, today=TODAY).errors == []


def test_permissions_of_the_files_are_kept(bank: BankFolder, tmp_path: Path) -> None:
    path = bank.write("notre.yaml", HANDWRITTEN)
    os.chmod(path, 0o640)
    header, rows = export_rows(bank.root, tmp_path)
    edit(rows, header, "reg-a", difficulte="2")
    assert (
        main(["importer", str(write_rows(tmp_path / "e.csv", header, rows)), str(bank.root)]) == 0
    )
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_new_bank_gets_readable_files_and_the_guide_copy_paste_still_works(
    bank: BankFolder,
    tmp_path: Path,
) -> None:
    bank.write("notre.yaml", HANDWRITTEN)
    sheet = tmp_path / "export.csv"
    assert main(["exporter", str(bank.root), str(sheet)]) == 0
    fresh = tmp_path / "nouvelle"
    fresh.mkdir()
    for name in ("secteurs.yaml", "picto.svg"):  # this bank's two sectors, not the game's five
        (fresh / name).write_bytes((bank.root / name).read_bytes())
    assert main(["importer", str(sheet), str(fresh)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    written = [
        fresh / name for name in ("banque.schema.json", "reglementaire.yaml", "technique.yaml")
    ]
    assert all(p.stat().st_mode & 0o777 == 0o666 & ~umask for p in written)
    # The guide: copy a question from its « - id: » line to the blank line after it, paste it
    # at the end of the file, give it a new id.
    target = fresh / "reglementaire.yaml"
    lines = target.read_text("utf-8").split("\n")
    start = lines.index("  - id: reg-b")
    end = lines.index("", start)
    pasted = [lines[start].replace("reg-b", "reg-b-copie"), *lines[start + 1 : end]]
    target.write_text("\n".join([*lines[:-1], "", *pasted, ""]), encoding="utf-8")
    result = load_bank(fresh, today=TODAY)
    assert result.errors == []
    assert "reg-b-copie" in [q.id for q in result.bank.questions]


def test_questions_missing_from_the_sheet_are_kept_and_said(
    bank: BankFolder, tmp_path: Path, capsys
) -> None:
    bank.write("notre.yaml", HANDWRITTEN)
    header, rows = export_rows(bank.root, tmp_path)
    only_one = [r for r in rows if r[0] == "reg-a"]
    edit(only_one, header, "reg-a", difficulte="3")
    assert (
        main(["importer", str(write_rows(tmp_path / "e.csv", header, only_one)), str(bank.root)])
        == 0
    )
    assert "reg-b" in [q.id for q in load_bank(bank.root, today=TODAY).bank.questions]
    out = capsys.readouterr().out
    assert (
        french(
            "5 questions du dossier ne sont pas dans le tableur : elles sont gardées "
            "telles quelles (reg-b, socle-reglementaire-1"
        )
        in out
    )


def test_the_rows_meet_the_same_whole_bank_rules_as_yaml_files(
    bank: BankFolder, tmp_path: Path, capsys
) -> None:
    bank.write("notre.yaml", HANDWRITTEN)
    header, rows = export_rows(bank.root, tmp_path)
    twice = list(next(r for r in rows if r[0] == "reg-b"))
    edit(rows, header, "reg-a", secteur="juridique")
    sheet = write_rows(tmp_path / "e.csv", header, [*rows, twice])
    before = (bank.root / "notre.yaml").read_text("utf-8")
    assert main(["importer", str(sheet), str(bank.root)]) == 1
    out = capsys.readouterr().out
    assert f"{sheet}:2: [reg-a] secteur: " + french("secteur « juridique » inconnu") in out
    assert f"{sheet}:{len(rows) + 2}: [reg-b] id: " + french("identifiant déjà pris") in out
    assert (bank.root / "notre.yaml").read_text("utf-8") == before


def test_a_row_repeating_the_id_of_a_row_in_error_is_flagged_in_the_same_run(
    bank: BankFolder, tmp_path: Path, capsys
) -> None:
    bank.write("notre.yaml", HANDWRITTEN)
    header, rows = export_rows(bank.root, tmp_path)
    twice = list(next(r for r in rows if r[0] == "reg-b"))
    edit(rows, header, "reg-b", explication="")
    sheet = write_rows(tmp_path / "e.csv", header, [*rows, twice])
    assert main(["importer", str(sheet), str(bank.root)]) == 1
    out = capsys.readouterr().out
    line = rows.index(next(r for r in rows if r[0] == "reg-b")) + 2
    assert f"{sheet}:{line}: [reg-b] explication: " in out
    assert (
        f"{sheet}:{len(rows) + 2}: [reg-b] id: "
        + french(
            f"identifiant déjà pris par une question qui était là avant ({sheet}, ligne {line}) et "
            "qui est en erreur"
        )
        in out
    )


def test_an_import_into_a_folder_with_errors_is_refused(
    bank: BankFolder, tmp_path: Path, capsys
) -> None:
    header, rows = export_rows(bank.root, tmp_path)
    bank.write("casse.yaml", "questions:\n  - id: x\n")
    sheet = write_rows(tmp_path / "e.csv", header, rows)
    assert main(["importer", str(sheet), str(bank.root)]) == 1
    assert french("la banque de ce dossier a des erreurs : corrigez-les d'abord") in (
        capsys.readouterr().out
    )


def test_every_column_of_the_sheet_is_a_key_the_bank_knows() -> None:
    from game.rules.bank.items import field_names
    from game.rules.bank.model import Question

    keys = set(field_names(Question))
    assert {c for c in COLUMNS if not c.startswith("choix_")} <= keys
    assert SOCLE_FILE.endswith(".yaml")


def test_a_file_saved_on_windows_keeps_its_bom_and_line_ends(
    bank: BankFolder, tmp_path: Path
) -> None:
    windows = "\ufeff" + HANDWRITTEN.replace("\n", "\r\n")
    path = bank.root / "notre.yaml"
    path.write_bytes(windows.encode("utf-8"))
    header, rows = export_rows(bank.root, tmp_path)
    edit(rows, header, "reg-b", difficulte="3")
    new = list(next(r for r in rows if r[0] == "reg-b"))
    new[0] = "reg-c"
    sheet = write_rows(tmp_path / "e.csv", header, [*rows, new])
    assert main(["importer", str(sheet), str(bank.root)]) == 0
    after = path.read_bytes().decode("utf-8")
    assert after.startswith(windows.replace("  difficulte: 2\r\n", "  difficulte: 3\r\n"))
    assert "\n" not in after.replace("\r\n", "")  # every line still ends the Windows way
    assert "- id: reg-c\r\n" in after
    assert {q.id for q in load_bank(bank.root, today=TODAY).bank.questions} >= {"reg-c"}


def test_an_import_refused_for_the_folders_errors_counts_only_them(
    bank: BankFolder, tmp_path: Path, capsys
) -> None:
    header, rows = export_rows(bank.root, tmp_path)
    bank.write(
        "casse.yaml",
        GOOD_QCM.replace("reg-jours", "reg-casse").replace(
            '    explication: "Le décret fixe un plafond de trois jours à distance par semaine."\n',
            "",
        ),
    )
    sheet = write_rows(tmp_path / "e.csv", header, rows)
    assert main(["importer", str(sheet), str(bank.root)]) == 1
    out = capsys.readouterr().out
    assert french("1 problème : rien n'a été écrit. Corrigez la ligne indiquée") in out


def test_a_problem_after_a_row_with_line_breaks_shows_its_own_row(
    bank: BankFolder, tmp_path: Path, capsys
) -> None:
    """A cell with two « pistes » spans two lines of the file: the row below keeps its number
    (the spreadsheet's) and the excerpt printed under the message is that row."""
    bank.write("notre.yaml", HANDWRITTEN)
    header, rows = export_rows(bank.root, tmp_path)
    edit(rows, header, "reg-a", pour_aller_plus_loin="Première ligne\nSeconde ligne")
    edit(rows, header, "reg-b", explication="")
    sheet = write_rows(tmp_path / "e.csv", header, rows)
    assert main(["importer", str(sheet), str(bank.root)]) == 1
    out = capsys.readouterr().out.splitlines()
    line = rows.index(next(r for r in rows if r[0] == "reg-b")) + 2
    at = next(i for i, text in enumerate(out) if text.startswith(f"{sheet}:{line}: [reg-b]"))
    assert out[at + 1].startswith(f"    {line:>4} | reg-b;")
