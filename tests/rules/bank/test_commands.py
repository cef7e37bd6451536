"""The bank commands as an HR adviser runs them."""

from __future__ import annotations

import json
from pathlib import Path

from game.cli import main
from game.rules.bank.schema import schema_text
from game.wording import french
from tests.rules.bank.conftest import GOOD_QCM, BankFolder

SHIPPED = Path(__file__).resolve().parents[3] / "questions"


def test_the_shipped_bank_validates_with_no_error(capsys) -> None:
    assert main(["validate", str(SHIPPED)]) == 0
    out = capsys.readouterr().out
    assert "0 erreur" in out and "La banque est prête." in out


def test_validate_prints_file_line_column_id_field_and_exits_1(bank: BankFolder, capsys) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("reponse: Trois", "reponse: Troi"))
    assert main(["validate", str(bank.root)]) == 1
    out = capsys.readouterr().out
    where = f"{bank.root / 'reg.yaml'}:8:14: [reg-jours] reponse: "
    expected = where + french("la réponse « Troi »")
    assert expected in out
    assert "       8 |     reponse: Troi" in out
    assert "1 erreur" in out


def test_warnings_alone_keep_the_bank_usable(bank: BankFolder, capsys) -> None:
    bank.questions("reg.yaml", GOOD_QCM)
    assert main(["validate", str(bank.root)]) == 0
    assert french("avertissement : secteur « Technique » : 2 questions jouables") in (
        capsys.readouterr().out)


def test_stats_count_by_sector_type_difficulty_and_audience(bank: BankFolder, capsys) -> None:
    bank.questions("reg.yaml", GOOD_QCM, GOOD_QCM.replace("reg-jours", "reg-2")
                   .replace("difficulte: 1", "difficulte: 3") + "    public: encadrant\n")
    assert main(["stats", str(bank.root), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    # Besides the two questions written here, the test bank's socle: 2 vrai_faux per sector.
    assert counts["par_secteur"] == {"reglementaire": 4, "technique": 2}
    assert counts["par_type"]["qcm"] == 2
    assert counts["par_difficulte"] == {"1": 5, "2": 0, "3": 1}
    assert counts["par_public"] == {"tous": 5, "encadrant": 1, "agent": 0}


def test_the_schema_documents_the_french_keys(tmp_path, capsys) -> None:
    out = tmp_path / "schema.json"
    assert main(["schema", "--output", str(out)]) == 0
    schema = json.loads(out.read_text(encoding="utf-8"))
    question = schema["$defs"]["Question"]["properties"]
    assert "reponse" in question and "Bonne réponse" in question["reponse"]["description"]
    assert schema["$defs"]["Question"]["additionalProperties"] is False


def test_the_shipped_schema_is_up_to_date_and_every_file_points_to_it() -> None:
    assert (SHIPPED / "banque.schema.json").read_text(encoding="utf-8") == schema_text()
    for path in SHIPPED.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first == "# yaml-language-server: $schema=./banque.schema.json", path.name
