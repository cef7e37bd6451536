"""A bank with planted mistakes is reported completely; random input never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.rules.bank.problems import Problem
from game.rules.bank.yamlread import read_yaml
from tests.rules.bank.conftest import GOOD_QCM, BankFolder

FIXTURE_OK = [HealthCheck.function_scoped_fixture]


def variant(new_id: str, *replacements: tuple[str, str]) -> str:
    text = GOOD_QCM.replace("reg-jours", new_id)
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    return text


def test_ten_planted_mistakes_in_three_files_give_ten_errors_at_their_places(
    bank: BankFolder,
) -> None:
    bank.questions(
        "un.yaml",
        variant("q1", ("reponse: Trois", "reponse: Quatre")),           # line 8
        variant("q2", ("difficulte: 1", "difficulte: 5")),              # line 16
        variant("q3", ("    verifie_le:", "    verifier_le:")),             # line 31
        variant("q4"),
    )
    bank.questions(
        "deux.yaml",
        variant("q4"),  # files load in name order: the copy in un.yaml is the duplicate
        variant("q5", ("secteur: reglementaire", "secteur: juridique")),  # line 13
        variant("q6", ("type: qcm", "type: quiz")),                     # line 24
        variant("q7", ('"Un", ', "")),                                  # no error: 2 choices
    )
    bank.questions(
        "trois.yaml",
        variant("q8", ("verifie_le: 2026-11-01", "verifie_le: hier")),  # line 11
        variant("q9", ("type: qcm", "type: debat"),
                ("    verifie_le", '    pour_aller_plus_loin: "Et chez nous ?"\n    verifie_le')),
        variant("q10", ("Combien de jours", "Combien " * 40)),          # line 27
    )
    result = bank.load()
    found = sorted((p.file.rsplit("/", 1)[-1], p.line, p.question_id) for p in result.errors)
    assert found == sorted([
        ("un.yaml", 8, "q1"), ("un.yaml", 15, "q2"), ("un.yaml", 31, "q3"),
        ("un.yaml", 32, "q4"), ("deux.yaml", 13, "q5"), ("deux.yaml", 24, "q6"),
        ("trois.yaml", 11, "q8"), ("trois.yaml", 18, "q9"),
        ("trois.yaml", 27, "q10"),
    ]), [p.format() for p in result.errors]
    assert {q.id for q in result.bank.questions} == {"q4", "q7"}


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURE_OK)
@given(st.text(max_size=400))
def test_random_text_gives_problems_never_an_exception(tmp_path_factory, text: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "x.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    parsed, problems = read_yaml(path, "x.yaml")
    assert all(isinstance(p, Problem) and p.message for p in problems)


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURE_OK)
@given(st.binary(max_size=400))
def test_random_bytes_give_problems_never_an_exception(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "x.yaml"
    path.write_bytes(data)
    parsed, problems = read_yaml(path, "x.yaml")
    assert all(isinstance(p, Problem) and p.message for p in problems)


yaml_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["id", "type", "choix", "reponse", "questions", "x"]),
                      children, max_size=5),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURE_OK)
@given(st.dictionaries(st.sampled_from(["questions", "secteurs", "autre"]), yaml_like, max_size=3))
def test_random_structures_give_problems_never_an_exception(bank: BankFolder, data) -> None:
    import yaml

    bank.write("x.yaml", yaml.safe_dump(data, allow_unicode=True))
    result = bank.load()
    assert all(isinstance(p, Problem) and p.message for p in result.problems)
