"""Hostile question banks: each is refused quickly with a clear French message, never an
exception, and nothing in a bank ever runs code or reads a file outside the bank folder.

``tests/rules/bank`` already proves the first line of defence (a Latin-1 file, a UTF-16 file, a
``!!python/object/apply`` tag, a billion-laughs bomb, flow nesting, a sparse 9 MB file, an image
in ``../``, 100,000 questions written with bare keys, random bytes and text fed to the reader).
This suite puts the rest of the hostile inputs together: other encodings, every way to spell a
Python tag, anchors and merge keys, block nesting, a real 50 MB file, counts that dodge the
pre-count, special files, and paths that escape the folder by other routes. The fuzzing is in
``test_bank_fuzzing``, the watched loading in ``loading``.

Cases the loader once failed (quoted keys and id-less entries dodging the count, NUL in a
path, a .yaml link leading out of the folder, English parser or pydantic messages) stay here.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from game.rules.bank import limits
from game.rules.bank.loader import load_bank
from tests.robustness.conftest import is_french
from tests.robustness.loading import QUICK_S, assert_refused, load_in_child, load_quickly
from tests.rules.bank.conftest import GOOD_QCM, TODAY, BankFolder

# --- encodings -----------------------------------------------------------------------------

TEXT = "questions:\n" + GOOD_QCM.replace("Un", "Élevé « un » — œuvre")

ENCODINGS = {
    "utf-32": TEXT.encode("utf-32"),
    "utf-16 sans BOM": TEXT.encode("utf-16-le"),
    "utf-16 big-endian": TEXT.encode("utf-16"),
    "mac-roman": TEXT.encode("mac-roman"),
    "cp1252 guillemets": TEXT.encode("cp1252"),
    "shift-jis": TEXT.replace("Trois", "三つ").encode("shift_jis", errors="replace"),
    "surrogate encodé": b"questions:\n  - id: \xed\xa0\x80\n",
    "forme trop longue": b"questions:\n  - id: \xc0\xaf\n",
}


@pytest.mark.parametrize("data", ENCODINGS.values(), ids=ENCODINGS.keys())
def test_a_file_in_another_encoding_is_told_to_be_saved_as_utf8(
    bank: BankFolder, data: bytes
) -> None:
    (bank.root / "x.yaml").write_bytes(data)
    assert_refused(load_quickly(bank), "x.yaml", "UTF-8")


def test_a_utf8_file_with_a_bom_is_read_as_utf8(bank: BankFolder) -> None:
    (bank.root / "x.yaml").write_bytes(TEXT.encode("utf-8-sig"))
    result = load_quickly(bank)
    assert result.errors == [] and result.bank.questions[0].choices[0].startswith("Élevé")


# --- tags: nothing in a bank ever builds a Python object -----------------------------------

PYTHON_TAGS = {
    "python/name": "questions: !!python/name:os.system\n",
    "python/module": "questions: !!python/module:os\n",
    "object/new": 'questions: !!python/object/new:os.system ["touch {m}"]\n',
    "verbatim": 'questions: !<tag:yaml.org,2002:python/object/apply:os.system> ["touch {m}"]\n',
    "%TAG": "%TAG !p! tag:yaml.org,2002:python/\n---\n"
    'questions: !p!object/apply:os.system ["touch {m}"]\n',
    "on a key": '? !!python/object/apply:os.system ["touch {m}"]\n: 1\n',
    "in a question": 'questions:\n  - id: !!python/object/apply:os.system ["touch {m}"]\n',
    "binary": "questions: !!binary dG91Y2g=\n",
    "set": "questions: !!set {{a, b}}\n",
    "local tag": "questions: !touch {m}\n",
}


@pytest.mark.parametrize("text", PYTHON_TAGS.values(), ids=PYTHON_TAGS.keys())
def test_every_spelling_of_a_tag_is_refused_and_runs_nothing(
    bank: BankFolder, tmp_path: Path, text: str
) -> None:
    marker = tmp_path / "pwned"
    bank.write("x.yaml", text.format(m=marker))
    assert_refused(load_quickly(bank), "x.yaml", "balise YAML")
    assert not marker.exists()


# --- anchors, aliases, nesting -------------------------------------------------------------

REFERENCES = {
    "merge key": "base: &b {id: x}\nquestions:\n  - <<: *b\n",
    "alias as key": "questions:\n  - &k id: x\n    *k : y\n",
    "anchor in a question": "questions:\n  - id: &texte reg-a\n    question: *texte\n",
    "100,000 anchors": "questions:\n" + "".join(f"  - &a{i} x\n" for i in range(100_000)),
    "undefined alias": "questions:\n  - *nulle_part\n",
}


@pytest.mark.parametrize("text", REFERENCES.values(), ids=REFERENCES.keys())
def test_anchors_and_aliases_are_refused_at_once(bank: BankFolder, text: str) -> None:
    bank.write("x.yaml", text)
    assert_refused(load_quickly(bank), "x.yaml", "ancres", "alias")


NESTING = {
    "block mappings": "".join("  " * i + "a:\n" for i in range(300)) + "  " * 300 + "b\n",
    "block sequences": "- " * 100_000 + "x\n",
    "flow, a million deep": "[" * 1_000_000 + "]" * 1_000_000 + "\n",
    "mixed": "questions:\n  - " + "{a: [" * 2_000 + "x" + "]}" * 2_000 + "\n",
}


@pytest.mark.parametrize("text", NESTING.values(), ids=NESTING.keys())
def test_deep_nesting_of_any_style_is_refused(bank: BankFolder, text: str) -> None:
    bank.write("x.yaml", text)
    assert_refused(load_quickly(bank), "x.yaml", "imbrication")


# --- size ----------------------------------------------------------------------------------


def test_a_real_50_mb_file_is_refused_before_it_is_parsed(bank: BankFolder) -> None:
    block = ("questions:\n" + GOOD_QCM).encode() * 1000
    with (bank.root / "enorme.yaml").open("wb") as stream:
        while stream.tell() < 50 * 1024 * 1024:
            stream.write(block)
    result = load_quickly(bank)
    assert not result.usable
    assert any("volumineu" in p.message for p in result.errors), result.errors
    assert all(is_french(p.message) for p in result.problems)


def test_one_huge_text_just_under_the_file_limit_is_refused(bank: BankFolder) -> None:
    bank.questions("x.yaml", GOOD_QCM.replace("Combien de jours", "Combien " * 800_000))
    assert_refused(load_quickly(bank), "x.yaml", "démesuré")


QUOTED = '  - {"id": "q%d", "secteur": "technique", "type": "debat", "difficulte": 1}\n'
JUST_TOO_MANY = limits.QUESTIONS_MAX + 1_000  # as refused as 100,000, and quicker to show


def test_too_many_questions_with_quoted_keys_are_refused_by_their_count(
    bank: BankFolder,
) -> None:
    bank.write("masse.yaml", "questions:\n" + "".join(QUOTED % i for i in range(JUST_TOO_MANY)))
    result = load_in_child(bank.root)
    assert result is not None, f"plus de {QUICK_S} s"
    assert not result["usable"] and result["count"] < 100
    assert any("au plus" in m for m in result["errors"])


def test_too_many_tiny_entries_are_refused_by_their_count(bank: BankFolder) -> None:
    bank.write("x.yaml", "questions:\n" + "  - 1\n" * JUST_TOO_MANY)
    result = load_in_child(bank.root)
    assert result is not None, f"plus de {QUICK_S} s"
    assert not result["usable"] and result["count"] < 100


# --- files that are not files, and paths that leave the folder -------------------------------


def special_files(bank: BankFolder) -> None:
    os.mkfifo(bank.root / "tube.yaml")
    os.symlink("/dev/zero", bank.root / "zero.yaml")
    os.symlink(bank.root / "boucle.yaml", bank.root / "boucle.yaml")
    (bank.root / "dossier.yaml").mkdir()


def test_special_files_named_yaml_are_passed_over_without_blocking(bank: BankFolder) -> None:
    special_files(bank)
    bank.questions("reg.yaml", GOOD_QCM)
    try:
        result = load_quickly(bank)
    finally:
        # Had the loader opened the pipe, it would wait for a writer forever: be that writer
        # (opening succeeds only if someone reads), so the loading thread can end.
        with contextlib.suppress(OSError):
            os.close(os.open(bank.root / "tube.yaml", os.O_WRONLY | os.O_NONBLOCK))
    assert bank.ids(result) == ["reg-jours"]


ESCAPES: dict[str, Callable[[BankFolder, Path], None]] = {
    "image at an absolute path": lambda bank, tmp: bank.questions(
        "reg.yaml", GOOD_QCM + "    image: /etc/passwd\n"
    ),
    "image through a symlink": lambda bank, tmp: (
        (tmp / "secret.png").write_bytes(b"x"),
        os.symlink(tmp / "secret.png", bank.root / "carte.png"),
        bank.questions("reg.yaml", GOOD_QCM + "    image: carte.png\n"),
    ),
    "image in a folder that links out": lambda bank, tmp: (
        (tmp / "dehors").mkdir(),
        (tmp / "dehors" / "carte.png").write_bytes(b"x"),
        os.symlink(tmp / "dehors", bank.root / "images"),
        bank.questions("reg.yaml", GOOD_QCM + "    image: images/carte.png\n"),
    ),
    "pictogram in ../..": lambda bank, tmp: _pictogram(bank, '"../../picto.svg"'),
    "pictogram at an absolute path": lambda bank, tmp: _pictogram(bank, '"/etc/picto.svg"'),
}


def _pictogram(bank: BankFolder, value: str) -> None:
    text = (bank.root / "secteurs.yaml").read_text("utf-8")
    bank.write("secteurs.yaml", text.replace("pictogramme: picto.svg", f"pictogramme: {value}", 1))
    bank.questions("reg.yaml", GOOD_QCM)


@pytest.mark.parametrize("make", ESCAPES.values(), ids=ESCAPES.keys())
def test_a_path_that_leaves_the_bank_folder_is_refused(
    bank: BankFolder,
    tmp_path: Path,
    make: Callable[[BankFolder, Path], None],
) -> None:
    make(bank, tmp_path)
    result = load_quickly(bank)
    assert any("sort du dossier" in p.message for p in result.errors), result.problems
    assert all(is_french(p.message) for p in result.problems)


@pytest.mark.parametrize("field", ["image", "pictogramme"])
def test_a_nul_character_in_a_path_is_a_message_not_an_exception(
    bank: BankFolder, field: str
) -> None:
    if field == "image":
        bank.questions("reg.yaml", GOOD_QCM + '    image: "carte\\0.png"\n')
    else:
        _pictogram(bank, '"picto\\0.svg"')
    result = load_quickly(bank)
    assert result.errors and all(is_french(p.message) for p in result.problems)


def test_a_bank_file_that_links_outside_the_folder_is_refused(
    bank: BankFolder, tmp_path: Path
) -> None:
    (tmp_path / "ailleurs.yaml").write_text("questions:\n" + GOOD_QCM, "utf-8")
    os.symlink(tmp_path / "ailleurs.yaml", bank.root / "lien.yaml")
    assert_refused(load_quickly(bank), "lien.yaml", "sort du dossier")


# --- messages stay French even when the parser or pydantic speak English -------------------


def test_an_invisible_control_character_is_explained_in_french(bank: BankFolder) -> None:
    text = ("questions:\n" + GOOD_QCM).replace("Trois\n", "Tr\x00ois\n", 1)
    (bank.root / "x.yaml").write_bytes(text.encode())
    assert_refused(load_quickly(bank), "x.yaml", "caractère")


def test_a_number_too_long_to_read_is_explained_in_french(bank: BankFolder) -> None:
    bank.questions(
        "reg.yaml", GOOD_QCM.replace("difficulte: 1", "difficulte: " + "12:" * 2000 + "1")
    )
    assert_refused(load_quickly(bank), "reg.yaml", "difficulte", "nombre")


# --- the game opens on any bank --------------------------------------------------------------


def test_the_game_opens_on_a_hostile_bank_and_lists_its_problems(
    bank: BankFolder, user_folders: Path
) -> None:
    import argparse

    from game.ui.app import App

    bank.write("x.yaml", PYTHON_TAGS["verbatim"].format(m=user_folders / "pwned"))
    args = argparse.Namespace(bank=bank.root, teams=None, duration=None, seed=1, fullscreen=False)
    app = App(
        args,
        journal_dir=user_folders / "parties",
        config_dir=user_folders / "config",
        audio=False,
        instant=True,
        loaded=load_bank(bank.root, today=TODAY),
    )
    app.open((800, 600))
    try:
        app.step(block=False)
        assert type(app.current).__name__ == "Title" and not app.game.playable
        assert any("balise YAML" in p.message for p in app.game.loaded.errors)
    finally:
        app.close()
    assert not (user_folders / "pwned").exists()
