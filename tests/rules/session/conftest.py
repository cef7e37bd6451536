"""Fixtures of the session engine's tests (builders of banks and sessions are in
``session_factory``)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    """A folder for journals, not created yet (the engine creates it on the first game)."""
    return tmp_path / "parties"
