"""The bank commands as an HR adviser runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.cli import main
from game.rules.bank.schema import schema_text
from game.wording import french
from tests.rules.bank.conftest import GOOD_QCM, BankFolder


@pytest.fixture(autouse=True)
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run as an installed ``panorama`` (their messages name the program run)."""
    monkeypatch.setattr("sys.argv", ["panorama"])


def test_the_standalone_app_names_itself_in_its_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["/opt/jeu/panorama-teletravail"])
    monkeypatch.setattr("sys.frozen", True, raising=False)
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith(french("utilisation : panorama-teletravail [-h]"))


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
        capsys.readouterr().out
    )


def test_stats_count_by_sector_type_difficulty_and_audience(bank: BankFolder, capsys) -> None:
    bank.questions(
        "reg.yaml",
        GOOD_QCM,
        GOOD_QCM.replace("reg-jours", "reg-2").replace("difficulte: 1", "difficulte: 3")
        + "    public: encadrant\n",
    )
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


# --- the adviser's commands, under their French names ------------------------------------


def test_the_french_names_and_the_earlier_ones_run_the_same_command(
    bank: BankFolder, capsys
) -> None:
    bank.questions("reg.yaml", GOOD_QCM)
    assert main(["verifier", str(bank.root)]) == 0
    french_out = capsys.readouterr().out
    assert main(["validate", str(bank.root)]) == 0
    assert capsys.readouterr().out == french_out
    assert french_out.endswith(
        french("5 questions jouables ; 0 erreur, 2 avertissements. La banque est prête.") + "\n"
    )


def test_the_summary_counts_barometre_statements_apart(capsys) -> None:
    assert main(["verifier", str(SHIPPED)]) == 0
    last = capsys.readouterr().out.strip().split("\n")[-1]
    assert (
        french("affirmations du baromètre ; 0 erreur, 0 avertissement. La banque est prête.")
        in last
    )


def test_argparse_speaks_french(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["importer"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(french("utilisation : panorama importer [-h] "))
    assert err.strip().endswith(
        french("panorama importer : erreur : il manque : ENTREE.csv|.xlsx, DOSSIER.")
    )


def test_a_mistyped_command_gets_the_closest_one(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["valider", "questions"])
    err = capsys.readouterr().err
    assert (
        french(
            "panorama : erreur : commande « valider » inconnue. Vouliez-vous dire "
            "« verifier » ? Commandes possibles : verifier, statistiques,"
        )
        in err
    )


def test_the_help_is_french(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["a-revoir", "--help"])
    out = capsys.readouterr().out
    assert out.startswith(french("utilisation : panorama a-revoir [-h] [--mois N] [DOSSIER]"))
    assert french("options :") in out and french("afficher cette aide et quitter") in out


def test_search_finds_a_word_without_accents_or_case_and_an_id_first(
    bank: BankFolder, capsys
) -> None:
    bank.questions("reg.yaml", GOOD_QCM, GOOD_QCM.replace("reg-jours", "reg-semaine"))
    assert main(["chercher", "TELETRAVAIL", str(bank.root)]) == 0
    out = capsys.readouterr().out.split("\n")
    assert out[0] == french("2 questions contiennent « TELETRAVAIL » :")
    assert out[1] == (
        f"  {bank.root / 'reg.yaml'}:2  [reg-jours]  Combien de jours de "
        "télétravail par semaine au plus ?"
    )
    assert main(["chercher", "reg-semaine", str(bank.root)]) == 0
    assert "[reg-semaine]" in capsys.readouterr().out.split("\n")[1]
    assert main(["chercher", "carence", str(bank.root)]) == 1
    assert capsys.readouterr().out == french("Aucune question ne contient « carence ».") + "\n"


def test_the_recheck_list_groups_the_questions_citing_one_text(bank: BankFolder, capsys) -> None:
    old = GOOD_QCM.replace("2026-11-01", "2025-06-30")
    bank.questions(
        "reg.yaml",
        old.replace("reg-jours", "reg-a"),
        old.replace("reg-jours", "reg-b").replace("art. 3", "art. 6"),
        GOOD_QCM.replace("reg-jours", "reg-c") + "    a_revoir: true\n",
        old.replace("reg-jours", "reg-d").replace(
            "Décret n° 2016-151, art. 3", "INRS, dossier travail sur écran"
        )
        + "    tags: [décret 2016-151]\n",
        GOOD_QCM.replace("reg-jours", "reg-e").replace("2026-11-01", "2062-11-01"),
    )
    assert main(["a-revoir", str(bank.root)]) == 0
    out = capsys.readouterr().out
    where = bank.root / "reg.yaml"
    assert french("À revérifier : 5 questions, en 1 source à consulter.") in out
    assert (
        "\n── " + french("Décret n° 2016-151 : 5 questions") + "\n"
        f"  {where}:2  [reg-a]  " + french("vérifiée le 30/06/2025") + "\n"
        f"  {where}:12  [reg-b]  " + french("vérifiée le 30/06/2025") + "\n"
        f"  {where}:22  [reg-c]  " + french("signalée « a_revoir »") + "\n"
        f"  {where}:33  [reg-d]  " + french("vérifiée le 30/06/2025") + "\n"
        f"  {where}:44  [reg-e]  " + french("datée dans le futur (01/11/2062)") + "\n"
    ) in out


def test_the_shipped_bank_puts_the_decret_questions_together(capsys) -> None:
    from game.commands.upkeep import references
    from game.rules.bank.loader import load_bank

    tagged = [q for q in load_bank(SHIPPED).bank.questions if "décret 2016-151" in q.tags]
    assert tagged and all(french("Décret n° 2016-151") in references(q) for q in tagged)


def test_the_sectors_file_can_be_put_back(bank: BankFolder, capsys) -> None:
    (bank.root / "secteurs.yaml").unlink()
    assert main(["secteurs", str(bank.root)]) == 0
    assert (bank.root / "secteurs.yaml").read_bytes() == (SHIPPED / "secteurs.yaml").read_bytes()
    assert main(["secteurs", str(bank.root)]) == 1
    assert french("existe déjà : pour le remplacer par celui du jeu, tapez : ") in (
        capsys.readouterr().err
    )


def test_a_preview_draws_the_card_and_the_reveal_at_the_size_asked(tmp_path, capsys) -> None:
    import pygame

    assert (
        main(
            [
                "apercu",
                "tec-perte-vol-signaler",
                str(SHIPPED),
                "--taille",
                "1024x768",
                "--sortie",
                str(tmp_path),
            ]
        )
        == 0
    )
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names == [
        "apercu-tec-perte-vol-signaler-question-1024x768.png",
        "apercu-tec-perte-vol-signaler-reponse-1024x768.png",
    ]
    assert pygame.image.load(str(tmp_path / names[0])).get_size() == (1024, 768)


def test_a_preview_of_a_statement_draws_its_vote_and_its_page_of_the_debrief(
    tmp_path, capsys
) -> None:
    assert (
        main(
            [
                "apercu",
                "bar-reg-teletravail-un-droit",
                str(SHIPPED),
                "--taille",
                "1024x768",
                "--sortie",
                str(tmp_path),
            ]
        )
        == 0
    )
    assert sorted(p.name for p in tmp_path.glob("*.png")) == [
        "apercu-bar-reg-teletravail-un-droit-bilan-1024x768.png",
        "apercu-bar-reg-teletravail-un-droit-vote-1024x768.png",
    ]


def test_a_preview_of_an_unknown_id_suggests_the_closest(capsys) -> None:
    assert main(["apercu", "tec-perte-vol", str(SHIPPED)]) == 1
    assert capsys.readouterr().err.strip() == french(
        "aucune question « tec-perte-vol » dans la banque. Vouliez-vous dire "
        "« tec-perte-vol-signaler » ?"
    )


def test_stats_count_barometre_statements_apart(capsys) -> None:
    assert main(["statistiques", str(SHIPPED), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["barometre"] == counts["par_type"]["barometre"] > 0
    assert counts["jouables"] + counts["barometre"] == counts["actives"]
    assert sum(counts["par_secteur"].values()) == counts["jouables"]


def test_a_preview_that_cannot_be_written_says_so_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only folder, or a file where the folder should be: a sentence, no traceback."""
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("", "utf-8")
    code = main(
        ["apercu", "reg-base-legale-cgfp", "--taille", "640x480", "--sortie", str(blocker / "x")]
    )
    assert code == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(french("Images non enregistrées : "))
    assert "Traceback" not in captured.err and "pygame-ce" not in captured.out
