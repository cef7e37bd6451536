"""Each validator rule, broken once, with the message and the exact place it must report."""

from __future__ import annotations

import time

from game.wording import french
from tests.rules.bank.conftest import GOOD_QCM, BankFolder


def only_error(bank: BankFolder, file: str):
    result = bank.load()
    errors = [p for p in result.errors if p.file.endswith(file)]
    assert len(errors) == 1, [p.format() for p in result.problems]
    return errors[0]


def test_a_valid_small_bank_loads_with_no_error(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM)
    result = bank.load()
    assert result.errors == []
    assert bank.ids(result) == ["reg-jours"]
    assert result.usable


def test_an_unclosed_quote_is_reported_on_its_own_line(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace('source: "Décret', 'source: "Décret\n    x: "y'))
    error = only_error(bank, "reg.yaml")
    assert error.message == french(
        "ce texte ouvre un guillemet « {q} » qui n'est jamais "
        "refermé : YAML lit les lignes suivantes comme la suite du "
        "texte. Ajoutez « {q} » à la fin : "
    ).format(q='"') + ('source: "Décret"')
    assert (error.line, error.column) == (10, 13)


def test_a_colon_inside_unquoted_text_explains_the_quotes(bank: BankFolder) -> None:
    bad = GOOD_QCM.replace('explication: "Le décret fixe', "explication: Attention: le décret")
    bank.questions("reg.yaml", bad.replace('semaine."', "semaine."))
    error = only_error(bank, "reg.yaml")
    assert error.message == french(
        "erreur de syntaxe YAML : un « : » inattendu : si le texte "
        "contient « : », mettez tout le texte entre guillemets."
    )
    assert error.line == 9


def test_a_tab_in_the_indentation_is_reported_where_it_is(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("    difficulte: 1", "\tdifficulte: 1"))
    error = only_error(bank, "reg.yaml")
    assert error.message == french(
        "tabulation dans l'indentation : YAML n'accepte que des "
        "espaces ; remplacez-la par le même nombre d'espaces que la "
        "ligne au-dessus."
    )
    assert (error.line, error.column) == (5, 1)


def test_a_latin1_file_is_told_to_be_saved_as_utf8(bank: BankFolder) -> None:
    path = bank.questions("reg.yaml", GOOD_QCM)
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))
    error = only_error(bank, "reg.yaml")
    assert "UTF-8" in error.message and "Enregistrer sous" in error.message
    assert (error.line, error.column) == (6, 37)


def test_a_utf16_file_is_recognised(bank: BankFolder) -> None:
    path = bank.questions("reg.yaml", GOOD_QCM)
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    assert "UTF-16" in only_error(bank, "reg.yaml").message


def test_a_duplicate_key_is_caught_instead_of_silently_kept(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM + "    reponse: Deux\n")
    error = only_error(bank, "reg.yaml")
    assert "en double" in error.message and "ligne 8" in error.message
    assert (error.line, error.field) == (12, "reponse")


def test_an_unknown_key_suggests_the_closest_known_key(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("    reponse: Trois", "    reponce: Trois"))
    result = bank.load()
    unknown = [p for p in result.errors if p.field == "reponce"]
    assert len(unknown) == 1
    assert unknown[0].message == french(
        "clé inconnue « reponce » : vouliez-vous dire « reponse » ?"
    )
    assert (unknown[0].line, unknown[0].column) == (8, 5)


def test_an_id_used_twice_across_files_flags_the_one_read_second(bank: BankFolder) -> None:
    bank.questions("a.yaml", GOOD_QCM)
    bank.questions("b.yaml", GOOD_QCM)
    error = only_error(bank, "b.yaml")
    first = f"{bank.root / 'a.yaml'}, ligne 2"
    assert error.message == french(
        "identifiant déjà pris par une question qui était là avant ({where}) : donnez à cette "
        "nouvelle question un identifiant à elle. D'ici là, c'est elle qui est écartée du jeu."
    ).format(where=first)
    assert (error.line, error.question_id) == (2, "reg-jours")


def test_an_unknown_sector_suggests_a_declared_one(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("secteur: reglementaire", "secteur: reglementair"))
    error = only_error(bank, "reg.yaml")
    assert error.message == french(
        "secteur « reglementair » inconnu : vouliez-vous dire « reglementaire » ?"
    )
    assert (error.line, error.field) == (3, "secteur")


def test_an_answer_that_is_not_a_choice_names_the_closest_choice(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("reponse: Trois", "reponse: Troi"))
    error = only_error(bank, "reg.yaml")
    assert "ne fait pas partie des choix" in error.message and french("« Trois »") in error.message
    assert (error.line, error.field) == (8, "reponse")


def test_five_choices_are_too_many(bank: BankFolder) -> None:
    bank.questions(
        "reg.yaml",
        GOOD_QCM.replace('["Un", "Deux", "Trois"]', '["Un", "Deux", "Trois", "Quatre", "Cinq"]'),
    )
    error = only_error(bank, "reg.yaml")
    assert "5 choix" in error.message and (error.line, error.field) == (7, "choix")


def test_a_choice_too_long_for_the_card_says_how_much_to_cut(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace('"Deux"', '"' + "x" * 90 + '"'))
    error = only_error(bank, "reg.yaml")
    assert "trop long" in error.message and "de 10 caractères" in error.message
    assert error.field == "choix n°\u00a02" and error.line == 7


def test_an_estimate_needs_a_tolerance_and_a_unit(bank: BankFolder) -> None:
    estimate = (
        GOOD_QCM.replace("type: qcm", "type: estimation")
        .replace('    choix: ["Un", "Deux", "Trois"]\n', "")
        .replace("reponse: Trois", "reponse: 3")
    )
    bank.questions("reg.yaml", estimate)
    errors = bank.load().errors
    assert {p.field for p in errors} == {"tolerance", "unite"}
    assert all(p.line == 2 for p in errors)


def test_a_debate_has_no_right_answer_and_needs_a_prompt(bank: BankFolder) -> None:
    debate = GOOD_QCM.replace("type: qcm", "type: debat")
    bank.questions("reg.yaml", debate)
    errors = {p.field: p for p in bank.load().errors}
    assert "pas de bonne réponse" in errors["reponse"].message
    assert errors["reponse"].line == 8
    assert "pour_aller_plus_loin" in errors["pour_aller_plus_loin"].message


def test_a_question_too_long_for_the_card_is_refused(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("Combien de jours", "Combien " * 30))
    error = only_error(bank, "reg.yaml")
    assert "1024×768" in error.message and (error.line, error.field) == (6, "question")


def test_a_difficulty_out_of_range_lists_the_possible_values(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("difficulte: 1", "difficulte: 4"))
    error = only_error(bank, "reg.yaml")
    assert "1, 2, 3" in error.message and error.line == 5


def test_a_wrong_type_name_suggests_the_right_one(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("type: qcm", "type: qmc"))
    result = bank.load()
    error = next(p for p in result.errors if p.field == "type")
    assert error.message == french(
        "valeur « qmc » non reconnue : valeurs possibles : vrai_faux, qcm, qcm_multiple, "
        "estimation, debat, barometre. Vouliez-vous dire « qcm » ?"
    )
    assert error.line == 4


def test_a_date_in_french_format_explains_the_expected_one(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("2026-11-01", "01/11/2026"))
    error = only_error(bank, "reg.yaml")
    assert "AAAA-MM-JJ" in error.message and error.line == 11


def test_python_tags_are_refused_and_run_nothing(bank: BankFolder, tmp_path) -> None:
    marker = tmp_path / "pwned"
    bank.write("evil.yaml", f"questions: !!python/object/apply:os.system ['touch {marker}']\n")
    error = only_error(bank, "evil.yaml")
    assert "balise YAML" in error.message and error.line == 1
    assert not marker.exists()


def test_an_alias_bomb_is_refused_at_once(bank: BankFolder) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    bank.write("bomb.yaml", "\n".join(lines) + "\n")
    start = time.perf_counter()
    errors = [
        p
        for p in bank.load().errors
        if p.file.endswith("bomb.yaml") and ("ancres" in p.message or "alias" in p.message)
    ]
    assert time.perf_counter() - start < 5
    assert len({p.line for p in errors}) == 10  # every line, each said once
    assert len(errors) == 19  # an anchor on each line, aliases on nine


def test_deep_nesting_is_refused(bank: BankFolder) -> None:
    bank.write("deep.yaml", "questions: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "imbrication" in only_error(bank, "deep.yaml").message


def test_an_absurdly_large_file_is_refused_without_reading_it(bank: BankFolder) -> None:
    path = bank.root / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(9 * 1024 * 1024)
    assert "trop volumineux" in only_error(bank, "huge.yaml").message


def test_an_image_outside_the_bank_folder_is_refused(bank: BankFolder, tmp_path) -> None:
    (tmp_path / "secret.png").write_bytes(b"x")
    bank.questions("reg.yaml", GOOD_QCM + "    image: ../secret.png\n")
    error = only_error(bank, "reg.yaml")
    assert "sort du dossier" in error.message and (error.line, error.field) == (12, "image")


def test_an_image_inside_the_bank_folder_is_accepted(bank: BankFolder) -> None:
    (bank.root / "carte.png").write_bytes(b"x")
    bank.questions("reg.yaml", GOOD_QCM + "    image: carte.png\n")
    assert bank.load().errors == []


def test_an_unknown_shipped_pictogram_is_an_error(bank: BankFolder) -> None:
    bank.write(
        "secteurs.yaml",
        (bank.root / "secteurs.yaml")
        .read_text()
        .replace("pictogramme: picto.svg", "pictogramme: balanse", 1),
    )
    error = only_error(bank, "secteurs.yaml")
    assert error.message == french(
        "pictogramme « balanse » inconnu : vouliez-vous dire « balance » ?"
    )
    assert error.line == 5


def test_valid_questions_of_a_file_with_a_bad_one_still_load(bank: BankFolder) -> None:
    second = GOOD_QCM.replace("reg-jours", "reg-deux").replace("reponse: Trois", "reponse: 7")
    bank.questions("reg.yaml", GOOD_QCM, second)
    result = bank.load()
    assert bank.ids(result) == ["reg-jours"]
    assert len(result.errors) == 1 and result.usable


def test_a_missing_folder_is_a_clear_error(tmp_path) -> None:
    from game.rules.bank.loader import load_bank

    result = load_bank(tmp_path / "nulle-part")
    assert not result.usable and "introuvable" in result.errors[0].message


def test_a_bank_of_a_hundred_thousand_questions_is_refused_before_parsing(bank) -> None:
    item = "  - {id: q%d, secteur: technique, type: debat, difficulte: 1}\n"
    for part in range(4):
        bank.write(
            f"masse{part}.yaml",
            "questions:\n" + "".join(item % (part * 25_000 + i) for i in range(25_000)),
        )
    start = time.perf_counter()
    result = bank.load()
    assert time.perf_counter() - start < 5
    assert not result.usable
    assert result.errors[0].message == french(
        "environ 100 006 questions : 20 000 au plus. Est-ce le bon dossier ?"
    ).replace(" 0", "\u00a00")


def test_a_parser_message_we_do_not_know_is_said_in_french_with_the_original() -> None:
    import yaml

    from game.rules.bank.syntax import diagnose

    mark = yaml.Mark("x.yaml", 0, 3, 4, None, None)
    error = yaml.MarkedYAMLError(problem="some brand-new complaint", problem_mark=mark)
    problem = diagnose(error, ["a: b"] * 5, "x.yaml")
    assert problem.message == french(
        "erreur de syntaxe YAML : structure que YAML ne comprend pas ; vérifiez l'indentation et "
        "les guillemets (message d'origine : « {original} »)."
    ).format(original="some brand-new complaint")
    assert (problem.line, problem.column) == (4, 5)


def test_a_type_in_capitals_is_told_its_spelling(bank: BankFolder) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("type: qcm", "type: QCM"))
    [error] = [p for p in bank.load().errors if p.field == "type"]
    assert error.message.endswith(french("Vouliez-vous dire « qcm » ?"))


def test_a_date_that_does_not_exist_is_said_so_and_a_wrong_form_gets_the_form(
    bank: BankFolder,
) -> None:
    bank.questions("reg.yaml", GOOD_QCM.replace("2026-11-01", "2026-02-31"))
    [error] = [p for p in bank.load().errors if p.field == "verifie_le"]
    assert error.message == french(
        "la date « 2026-02-31 » n'existe pas : vérifiez le jour et le mois (AAAA-MM-JJ, ou "
        "JJ/MM/AAAA dans un tableur)."
    )
    for typed in ("01/12/2026", "2026-1-5", "2026/12/01"):
        bank.questions("reg.yaml", GOOD_QCM.replace("2026-11-01", typed))
        [error] = [p for p in bank.load().errors if p.field == "verifie_le"]
        assert error.message.startswith(french("une date est attendue, au format AAAA-MM-JJ")), (
            typed
        )
