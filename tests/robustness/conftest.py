"""The robustness suite: hostile banks, hostile environments, crashes, and a monkey at the keys.

Everything runs headless (SDL's dummy drivers, set here before pygame is imported) and in
temporary folders: no test reads or writes the user's journals, settings or documents.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_BANK = ROOT / "questions"

# English fragments that PyYAML, pydantic or the OS would leak into a message.
ENGLISH = (
    "Unable to",
    "Input should",
    "Field required",
    "not allowed",
    "unicode string",
    "Traceback",
    "Errno",
    "No such file",
    "Permission denied",
    "expected <",
    "could not",
    "Value error",
)


def is_french(message: str) -> bool:
    """A message an adviser or a facilitator can read: no leaked English, no traceback."""
    return bool(message.strip()) and not any(bit in message for bit in ENGLISH)


@pytest.fixture
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data, settings and documents folders, all inside ``tmp_path``."""
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DOCUMENTS_DIR", "documents"),
        ("PANORAMA_EXPORT_DIR", "exports"),
    ):
        monkeypatch.setenv(name, str(tmp_path / sub))
    return tmp_path


@pytest.fixture
def bank(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A small valid bank in a temporary folder (the bank tests' builder), to make hostile."""
    from tests.rules.bank.conftest import BankFolder

    return BankFolder(tmp_path / "banque")
