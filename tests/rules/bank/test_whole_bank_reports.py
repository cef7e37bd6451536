"""A bank with planted mistakes is reported completely; random input never raises."""

from __future__ import annotations

import os
from pathlib import Path

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


def line_of(path: Path, fragment: str) -> int:
    """The line (from 1) of the only line of ``path`` holding ``fragment``."""
    found = [n for n, line in enumerate(path.read_text("utf-8").split("\n"), 1) if fragment in line]
    assert len(found) == 1, (fragment, found)
    return found[0]


def test_twelve_mistakes_in_four_files_are_all_reported_at_their_lines_in_one_run(
    bank: BankFolder,
) -> None:
    prompt = 'question: "Combien de jours de télétravail par semaine au plus ?"'
    un = bank.questions(
        "1-un.yaml",
        variant("q1", (prompt, "question: 'Le Wi-Fi d'une gare est-il sûr ?'")),  # apostrophe
        variant("q2", ("reponse: Trois", "reponse: Quatre")),  # not a choice
        variant("q3", ("    explication:", "    explicaton:")),  # unknown key
        variant("q-ok"),
    )
    deux = bank.questions(
        "2-deux.yaml",
        variant("q4", ("    difficulte: 1", "\tdifficulte: 1")),  # tab
        variant("q-ok", (prompt, 'question: "Un doublon de q-ok, ajouté ensuite ?"')),  # twice
        variant("q5", ("verifie_le: 2026-11-01", "verifie_le: hier")),  # not a date
    )
    trois = bank.questions(
        "3-trois.yaml",
        variant("q6", ("difficulte: 1", "difficulte: !!python/object/apply:os.system [ls]")),
        variant("q7", ("    reponse: Trois", "    reponse Trois")),  # missing colon
        variant("q8", ("secteur: reglementaire", "secteur: juridique")),  # unknown sector
    )
    quatre = bank.questions(
        "4-quatre.yaml",
        variant("q9", (prompt, "question: “Le forfait : combien par jour ?”")),  # typographic
        variant("q10", ("    reponse: Trois", "      reponse: Trois")),  # misaligned
        variant("q11", (prompt, 'question: "Combien de jours, au plus ?')),  # unclosed
        variant("q12", (prompt, 'question: "Le mode "avion" coupe-t-il tout ?"')),  # " in "…"
    )
    result = bank.load()
    found = {(Path(p.file).name, p.line) for p in result.errors}
    expected = {
        (path.name, line_of(path, fragment))
        for path, fragment in (
            (un, "Wi-Fi d'une"),
            (un, "reponse: Quatre"),
            (un, "id: q3"),
            (un, "explicaton"),
            (deux, "\tdifficulte"),
            (deux, "id: q-ok"),
            (deux, "verifie_le: hier"),
            (trois, "!!python"),
            (trois, "reponse Trois"),
            (trois, "juridique"),
            (quatre, "“Le forfait"),
            (quatre, "      reponse: Trois"),
            (quatre, "jours, au plus"),
            (quatre, "avion"),
        )
    }
    assert found == expected, sorted(p.format() for p in result.errors)
    # The file read first keeps its q-ok; the copy read after it is the newcomer.
    assert "q-ok" in bank.ids(result)


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
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "type", "choix", "reponse", "questions", "x"]),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURE_OK)
@given(st.dictionaries(st.sampled_from(["questions", "secteurs", "autre"]), yaml_like, max_size=3))
def test_random_structures_give_problems_never_an_exception(bank: BankFolder, data) -> None:
    import yaml

    bank.write("x.yaml", yaml.safe_dump(data, allow_unicode=True))
    result = bank.load()
    assert all(isinstance(p, Problem) and p.message for p in result.problems)


lines_of_yaml = st.lists(
    st.sampled_from(
        [
            "questions:",
            "  - id: a",
            "    question: 'l'agent'",
            '    question: "le "mode" x"',
            '    question: "ouvert',
            "    question: “x : y”",
            "    reponse faux",
            "     reponse: x",
            "   reponse: x",
            "\tdifficulte: 1",
            "    tags: [a, b",
            "  - id: b",
            "secteurs:",
            "",
            "    choix:",
            "      - 'x",
            "# commentaire",
            "    type: !!python/name:os.system",
        ]
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURE_OK)
@given(lines_of_yaml)
def test_broken_files_read_question_by_question_give_problems_never_an_exception(
    tmp_path_factory,
    lines: list[str],
) -> None:
    from game.rules.bank.blocks import read_bank_file
    from game.rules.bank.yamlread import EntryBudget

    path = tmp_path_factory.mktemp("fuzz") / "x.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    read = read_bank_file(path, "x.yaml", EntryBudget())
    assert all(isinstance(p, Problem) and p.message for p in read.problems)
    assert all(p.line is None or 1 <= p.line <= len(lines) + 1 for p in read.problems)


def test_the_bank_is_dated_by_its_last_source_check_whatever_its_files_dates(
    bank: BankFolder,
) -> None:
    # A checkout, a copy or an install gives the files today's date: the bank's date must not
    # move with them, or two rooms with the same bank would print two dates.
    path = bank.questions("reg.yaml", GOOD_QCM.replace("2026-11-01", "2026-11-20"))
    for file in bank.root.iterdir():
        os.utime(file, (2_000_000_000, 2_000_000_000))  # in 2033
    loaded = bank.load().bank
    assert loaded is not None and loaded.date == "2026-11-20"
    assert path.exists()
