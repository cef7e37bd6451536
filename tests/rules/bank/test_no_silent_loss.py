"""Nothing is lost without the adviser being told: emptied files, files none of whose questions
can be played, thin sectors, duplicate ids, the sectors file, dates that cannot be right."""

from __future__ import annotations

from game.cli import main
from game.wording import french
from tests.rules.bank.conftest import GOOD_QCM, SOCLE_FILE, BankFolder, errors_in

STATEMENT = """\
  - id: tec-barometre
    secteur: technique
    type: barometre
    question: "Le télétravail isole les agents de leur équipe."
    explication: "Les enquêtes montrent un isolement surtout au-delà de trois jours par semaine."
    source: "DARES Analyses n° 9 (2022)"
    informe_par: [socle-technique-1, socle-technique-2]
    verifie_le: 2026-11-01
"""


def whole_bank(result, field: str):
    return [p for p in result.problems if p.line is None and p.field == field]


def test_an_emptied_file_is_an_error_and_the_bank_is_not_ready(bank: BankFolder, capsys) -> None:
    bank.questions("reg.yaml", GOOD_QCM)
    bank.write("technique.yaml", "")
    assert main(["validate", str(bank.root)]) == 1
    out = capsys.readouterr().out
    assert (
        f"{bank.root / 'technique.yaml'}: "
        + french(
            "fichier vide : aucune question, aucun secteur. S'il contenait des questions, elles ne "
            "sont plus dans la banque : rétablissez-le (depuis une sauvegarde ou une copie), ou "
            "supprimez-le s'il ne sert plus."
        )
        in out
    )
    assert "La banque est prête" not in out


def test_a_file_holding_only_its_heading_is_empty_too(bank: BankFolder) -> None:
    bank.write(
        "technique.yaml", "# yaml-language-server: $schema=./banque.schema.json\nquestions:\n"
    )
    problems = [p for p in bank.load().errors if p.file.endswith("technique.yaml")]
    assert [p.message[:12] for p in problems] == ["fichier vide"]


def test_a_file_none_of_whose_questions_can_be_played_says_so(bank: BankFolder) -> None:
    broken = GOOD_QCM.replace("    source:", "    sources:")
    bank.questions("reg.yaml", broken, broken.replace("reg-jours", "reg-deux"))
    whole = [p for p in bank.load().errors if p.file.endswith("reg.yaml") and p.line is None]
    assert [p.message for p in whole] == [
        french(
            "aucune des 2 questions de ce fichier n'est jouable : corrigez les erreurs indiquées, "
            "sinon le fichier entier manque au jeu."
        )
    ]


def test_a_sector_left_with_too_few_questions_for_a_game_is_an_error(bank: BankFolder) -> None:
    (bank.root / SOCLE_FILE).write_text(
        (bank.root / SOCLE_FILE)
        .read_text("utf-8")
        .replace("secteur: technique", "secteur: reglementaire", 1),
        "utf-8",
    )
    result = bank.load()
    [problem] = whole_bank(result, "technique")
    assert problem.is_error
    assert problem.message == french(
        "secteur « Technique » : 1 question jouable, 2 au moins pour une partie ; la roue s'y "
        "arrêterait sans rien à poser. Ajoutez ou réactivez des questions (un fichier vidé ou en "
        "erreur en est souvent la cause)."
    )


def test_barometre_statements_do_not_count_as_playable_questions(bank: BankFolder) -> None:
    text = (bank.root / SOCLE_FILE).read_text("utf-8")
    bank.write(
        SOCLE_FILE,
        text.replace("socle-technique-2", "socle-tec-2").replace(
            "secteur: technique", "secteur: reglementaire", 1
        ),
    )
    bank.questions(
        "tec.yaml",
        STATEMENT.replace("socle-technique-1", "socle-reglementaire-1").replace(
            "socle-technique-2", "socle-tec-2"
        ),
    )
    result = bank.load()
    assert "tec-barometre" in bank.ids(result)
    [problem] = whole_bank(result, "technique")
    assert problem.is_error and french("1 question jouable") in problem.message


def test_a_sector_thinner_than_a_full_session_is_a_warning(bank: BankFolder) -> None:
    result = bank.load()
    [problem] = whole_bank(result, "reglementaire")
    assert not problem.is_error
    assert problem.message == french(
        "secteur « Réglementaire » : 2 questions jouables, 8 au "
        "moins pour une partie de 20 minutes à six équipes."
    )


def test_a_duplicate_id_keeps_the_question_of_the_shipped_file(bank: BankFolder) -> None:
    bank.questions("reglementaire.yaml", GOOD_QCM)
    bank.questions("essais.yaml", GOOD_QCM.replace("Combien de jours", "Combien de journées"))
    result = bank.load()
    [error] = [p for p in result.errors if p.field == "id"]
    assert error.file.endswith("essais.yaml") and error.line == 2
    assert f"{bank.root / 'reglementaire.yaml'}, ligne 2" in error.message
    [kept] = [q for q in result.bank.questions if q.id == "reg-jours"]
    assert kept.prompt.startswith("Combien de jours")


def test_a_question_pasted_twice_in_a_file_flags_the_lower_one(bank: BankFolder) -> None:
    bank.questions("a.yaml", GOOD_QCM, GOOD_QCM)
    [error] = bank.load().errors
    assert (error.line, error.field) == (12, "id")
    assert error.message.startswith(
        french("identifiant déjà pris par une question qui était là avant")
    )


def test_a_check_date_in_the_future_is_reported(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("2026-11-01", "2062-11-01"))
    [warning] = [p for p in bank.load().warnings if p.field == "verifie_le"]
    assert (warning.line, warning.question_id) == (11, "reg-jours")
    assert warning.message == french(
        "date de vérification dans le futur (01/11/2062) : une faute de frappe ? Écrivez la date "
        "du jour où vous avez vérifié la source."
    )


def test_old_sources_flags_and_missing_dates_are_warnings(bank: BankFolder) -> None:
    old = GOOD_QCM.replace("2026-11-01", "2024-01-15")
    flagged = GOOD_QCM.replace("reg-jours", "reg-revoir") + "    a_revoir: oui\n"
    undated = GOOD_QCM.replace("reg-jours", "reg-sans-date").replace(
        "    verifie_le: 2026-11-01\n", ""
    )
    bank.questions("reg.yaml", old, flagged, undated)
    result = bank.load()
    assert result.errors == [] and result.usable
    messages = {p.question_id: p.message for p in result.warnings if p.question_id}
    assert messages == {
        "reg-jours": french(
            "source vérifiée le 15/01/2024, il y a plus d'un an : revérifiez-la "
            "(les règles changent)."
        ),
        "reg-revoir": french(
            "question signalée à revoir : vérifiez la règle et la source, puis "
            "retirez « a_revoir »."
        ),
        "reg-sans-date": french(
            "date de vérification absente : ajoutez « {example} » après avoir vérifié la source."
        ).format(example="verifie_le: AAAA-MM-JJ"),
    }


def test_a_missing_sectors_file_says_so_and_how_to_restore_it(bank: BankFolder) -> None:
    (bank.root / "secteurs.yaml").unlink()
    result = bank.load()
    assert not result.usable
    [problem] = result.errors
    assert (
        problem.message
        == french(
            "aucun fichier de ce dossier ne déclare les secteurs de la roue : "
            "secteurs.yaml manque. Pour remettre celui du jeu, tapez : "
        )
        + f"python main.py secteurs {bank.root}"
    )


def test_a_sectors_file_whose_sectors_are_all_wrong_is_told_apart(bank: BankFolder) -> None:
    bank.write("secteurs.yaml", "secteurs:\n  - id: Réglementaire\n")
    result = bank.load()
    assert french(
        "aucun secteur valide : corrigez d'abord les erreurs du fichier qui déclare "
        "les secteurs (secteurs.yaml)."
    ) in [p.message for p in result.errors]


def test_a_statement_must_name_questions_that_exist(bank: BankFolder) -> None:
    bank.questions("tec.yaml", STATEMENT.replace("socle-technique-2", "socle-technique-3"))
    [error] = bank.load().errors
    assert (error.file.endswith("tec.yaml"), error.line, error.field) == (True, 8, "informe_par")
    assert error.message == french(
        "« informe_par » cite « socle-technique-3 », que la banque "
        "ne contient pas : vouliez-vous dire « socle-technique-2 » ?"
    )


NEWCOMER = GOOD_QCM.replace("Combien de jours", "Combien de journées")
BROKEN_ORIGINALS = {
    "guillemet non fermé": GOOD_QCM.replace('au plus ?"', "au plus ?"),
    "tabulation": GOOD_QCM.replace("    reponse: Trois", "\treponse: Trois"),
    "explication absente": GOOD_QCM.replace(
        '    explication: "Le décret fixe un plafond de trois jours à distance par semaine."\n', ""
    ),
}


def test_a_newcomer_cannot_take_the_id_of_a_question_in_error(bank: BankFolder) -> None:
    """The first question is being fixed: its id stays its own, the newcomer is flagged in the
    same run (not once the first one is fixed), and the game never plays it under that id."""
    for mistake, original in BROKEN_ORIGINALS.items():
        bank.questions("a.yaml", original)
        bank.questions("b.yaml", NEWCOMER)
        result = bank.load()
        flagged = [p for p in errors_in(result, "b.yaml") if p.field == "id"]
        assert len(flagged) == 1, mistake
        assert flagged[0].line == 2
        assert french("et qui est en erreur : corrigez-la") in flagged[0].message, mistake
        assert f"{bank.root / 'a.yaml'}, ligne 2" in flagged[0].message, mistake
        assert errors_in(result, "a.yaml"), mistake
        assert "reg-jours" not in BankFolder.ids(result), mistake


def test_a_statement_naming_a_question_lost_to_a_tab_is_not_told_it_does_not_exist(
    bank: BankFolder,
) -> None:
    bank.questions(
        "tec-a.yaml",
        GOOD_QCM.replace("reg-jours", "socle-technique-9")
        .replace("    reponse: Trois", "\treponse: Trois")
        .replace("reglementaire", "technique"),
    )
    bank.questions("tec.yaml", STATEMENT.replace("socle-technique-2", "socle-technique-9"))
    result = bank.load()
    assert [p for p in result.problems if p.field == "informe_par"] == []
    assert errors_in(result, "tec-a.yaml")


def test_a_statement_naming_an_unknown_question_is_left_out_like_any_question_in_error(
    bank: BankFolder,
) -> None:
    bank.questions("tec.yaml", STATEMENT.replace("socle-technique-2", "socle-technique-99"))
    result = bank.load()
    [problem] = [p for p in result.errors if p.field == "informe_par"]
    assert problem.question_id == "tec-barometre"
    assert "tec-barometre" not in BankFolder.ids(result)
