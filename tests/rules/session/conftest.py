"""Fixtures of the session engine's tests: a fake clock, a journal folder, a small bank."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.rules.bank.model import Question
from game.rules.session import FakeClock
from tests.rules.session.session_factory import make_bank


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    return tmp_path / "parties"


@pytest.fixture
def bank() -> list[Question]:
    return make_bank()
