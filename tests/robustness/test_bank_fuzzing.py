"""Fuzzing the bank loader: the shipped bank mutated byte by byte, and YAML token soup.

Whatever comes out, loading returns problems (each naming its file, with a message) and never
raises, well within the "refused quickly" bound.
"""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.robustness.conftest import SHIPPED_BANK
from tests.robustness.loading import load_quickly
from tests.rules.bank.conftest import GOOD_QCM, BankFolder

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SHIPPED_FILE = "reglementaire.yaml"
mutation = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "cut"]),
    st.floats(0, 1, exclude_max=True),
    st.binary(min_size=1, max_size=4),
)


def mutate(data: bytes, steps: list[tuple[str, float, bytes]]) -> bytes:
    for kind, where, chunk in steps:
        at = int(where * len(data)) if data else 0
        if kind == "flip" and data:
            data = data[:at] + bytes([data[at] ^ chunk[0]]) + data[at + 1 :]
        elif kind == "insert":
            data = data[:at] + chunk + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + len(chunk) * 8 :]
        else:
            data = data[:at]
    return data


@pytest.fixture(scope="module")
def shipped_copy(tmp_path_factory: pytest.TempPathFactory) -> BankFolder:
    """The shipped sectors and one shipped question file, in a folder of their own."""
    root = tmp_path_factory.mktemp("banque-livree") / "banque"
    folder = BankFolder(root)
    for name in ("secteurs.yaml", SHIPPED_FILE):
        shutil.copy(SHIPPED_BANK / name, root / name)
    return folder


@FUZZ
@given(st.lists(mutation, min_size=1, max_size=8))
def test_the_shipped_bank_mutated_byte_by_byte_never_raises(
    shipped_copy: BankFolder, steps: list
) -> None:
    original = (SHIPPED_BANK / SHIPPED_FILE).read_bytes()
    (shipped_copy.root / SHIPPED_FILE).write_bytes(mutate(original, steps))
    result = load_quickly(shipped_copy)
    assert all(p.file and p.message for p in result.problems)


TOKENS = [
    "questions:",
    "secteurs:",
    "\n",
    "  ",
    "- ",
    ": ",
    "id",
    "type: qcm",
    "&a ",
    "*a",
    "!!str ",
    "!!python/object:os.system ",
    "<<: ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "? ",
    "|\n",
    ">-\n",
    '"',
    "'",
    "\\",
    "#",
    "\t",
    "é",
    "\u2028",
    "\ufeff",
    "0x1F",
    "~",
    "null",
    "1e400",
    "2026-02-30",
    "reponse: ",
    "choix: ",
]


@FUZZ
@given(st.lists(st.sampled_from(TOKENS), max_size=60))
def test_yaml_token_soup_never_raises(bank: BankFolder, tokens: list[str]) -> None:
    bank.write("soupe.yaml", "".join(tokens))
    bank.questions("reg.yaml", GOOD_QCM)
    result = load_quickly(bank)
    assert all(p.file and p.message for p in result.problems)
    assert result.bank is not None  # the sectors file is intact: the bank itself still loads
