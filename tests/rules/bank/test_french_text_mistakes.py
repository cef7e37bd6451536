"""The mistakes an adviser makes typing French into YAML, each told at its own line with the
corrected line to copy, and none of them hiding the other problems of the file."""

from __future__ import annotations

import pytest

from game.wording import french
from tests.rules.bank.conftest import GOOD_QCM, BankFolder

PROMPT = 'question: "Combien de jours de télétravail par semaine au plus ?"'
# A second question with a mistake of its own, which must still be reported.
SECOND = GOOD_QCM.replace("reg-jours", "reg-autre").replace("    explication:", "    explicaton:")


def problems_of(bank: BankFolder, first: str):
    bank.questions("reg.yaml", first, SECOND)
    return [p for p in bank.load().problems if p.file.endswith("reg.yaml")]


def with_prompt(text: str) -> str:
    return GOOD_QCM.replace(PROMPT, text)


MISTAKES = {
    "apostrophe inside '…'": (
        with_prompt("question: 'Le Wi-Fi d'une gare est-il sûr ?'"),
        6,
        26,
        french(
            "apostrophe à l'intérieur d'un texte entre apostrophes : YAML croit que le texte "
            "s'arrête là. Entourez le texte de guillemets droits doubles, qui acceptent les "
            "apostrophes : "
        )
        + 'question: "Le Wi-Fi d\'une gare est-il sûr ?"',
    ),
    'a straight quote inside "…"': (
        with_prompt('question: "Le mode "avion" coupe-t-il tout ?"'),
        6,
        24,
        french(
            "guillemet droit à l'intérieur d'un texte entre guillemets droits : YAML croit que "
            "le texte s'arrête là. À l'intérieur, utilisez les guillemets français « … » : "
        )
        + 'question: "Le mode '
        + french("« avion »")
        + ' coupe-t-il tout ?"',
    ),
    "an unclosed quote": (
        with_prompt("question: \"Le Wi-Fi d'une gare est-il sûr ?"),
        6,
        15,
        french(
            "ce texte ouvre un guillemet « {q} » qui n'est jamais refermé : YAML lit les lignes "
            "suivantes comme la suite du texte. Ajoutez « {q} » à la fin : "
        ).format(q='"')
        + 'question: "Le Wi-Fi d\'une gare est-il sûr ?"',
    ),
    "typographic quotes used as YAML quotes": (
        with_prompt("question: “Le Wi-Fi public : est-il sûr ?”"),
        6,
        15,
        french(
            "guillemets typographiques ({q}…) autour du texte : YAML ne les prend pas pour des "
            "guillemets (ils viennent souvent d'un traitement de texte). Utilisez des "
            "guillemets droits : "
        ).format(q="“")
        + 'question: "Le Wi-Fi public : est-il sûr ?"',
    ),
    "a missing colon": (
        GOOD_QCM.replace("    reponse: Trois", "    reponse Trois"),
        8,
        12,
        french("il manque « : » après « reponse » : écrivez « {fixed} ».").format(
            fixed="reponse: Trois"
        ),
    ),
    "a key one space too far right": (
        GOOD_QCM.replace("    reponse: Trois", "     reponse: Trois"),
        8,
        6,
        french(
            "ligne décalée : la clé « reponse » doit commencer à la même colonne que les "
            "autres clés de la question (4 espaces avant)."
        ),
    ),
    "a key one space too far left": (
        GOOD_QCM.replace("    reponse: Trois", "   reponse: Trois"),
        8,
        4,
        french(
            "ligne décalée : la clé « reponse » doit commencer à la même colonne que les "
            "autres clés de la question (4 espaces avant)."
        ),
    ),
}


@pytest.mark.parametrize("text, line, column, message", MISTAKES.values(), ids=MISTAKES.keys())
def test_each_mistake_gets_its_own_message_at_its_line_and_hides_nothing_else(
    bank: BankFolder,
    text: str,
    line: int,
    column: int,
    message: str,
) -> None:
    problems = problems_of(bank, text)
    first = [p for p in problems if p.line is not None and p.line < 12]
    assert [(p.line, p.column, p.message) for p in first] == [(line, column, message)]
    others = {(p.question_id, p.field) for p in problems if p.line and p.line >= 12}
    assert others == {("reg-autre", "explication"), ("reg-autre", "explicaton")}


def test_typographic_quotes_that_yaml_reads_are_a_warning_with_the_fix(bank: BankFolder) -> None:
    problems = problems_of(bank, with_prompt("question: “Le Wi-Fi public est-il sûr ?”"))
    [warning] = [p for p in problems if p.line == 6]
    assert not warning.is_error
    assert warning.message == french(
        "texte entre guillemets typographiques ({q}…) : YAML les garde dans le texte et la carte "
        "les afficherait. Utilisez des guillemets droits : "
    ).format(q="“") + ('question: "Le Wi-Fi public est-il sûr ?"')


def test_an_apostrophe_inside_double_quotes_is_fine(bank: BankFolder) -> None:
    bank.questions("reg.yaml", with_prompt('question: "Le Wi-Fi d\'une gare est-il sûr ?"'))
    assert [p for p in bank.load().problems if p.file.endswith("reg.yaml")] == []


def test_a_forbidden_tag_hides_neither_a_duplicate_id_nor_a_missing_field(
    bank: BankFolder,
    tmp_path,
) -> None:
    marker = tmp_path / "pwned"
    tagged = GOOD_QCM.replace("reg-jours", "reg-tag").replace(
        "difficulte: 1", f"difficulte: !!python/object/apply:os.system ['touch {marker}']"
    )
    missing = GOOD_QCM.replace("reg-jours", "reg-sans").replace("    source:", "    sourse:")
    bank.questions("reg.yaml", GOOD_QCM, tagged, GOOD_QCM, missing)
    found = {(p.line, p.question_id, p.field) for p in bank.load().errors}
    assert found == {
        (15, None, None),
        (22, "reg-jours", "id"),
        (32, "reg-sans", "source"),
        (40, "reg-sans", "sourse"),
    }
    assert not marker.exists()


def test_a_syntax_error_in_one_question_leaves_the_others_playable(bank: BankFolder) -> None:
    broken = GOOD_QCM.replace("reg-jours", "reg-casse").replace(
        "    reponse: Trois", "    reponse Trois"
    )
    bank.questions("reg.yaml", GOOD_QCM, broken, GOOD_QCM.replace("reg-jours", "reg-trois"))
    result = bank.load()
    assert bank.ids(result) == ["reg-jours", "reg-trois"]
    assert [(p.line, p.message[:10]) for p in result.errors] == [(18, "il manque ")]
