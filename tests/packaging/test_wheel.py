"""The game as a packager installs it: a wheel built from the checkout, installed (not
editable) into a fresh virtual environment outside the checkout, run from another folder.

One wheel and one environment serve the whole module; pip's cache keeps the dependencies'
downloads from one run to the next.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.packaging.smoke import ROOT, check_every_command, project_version

SCRIPTS = "Scripts" if os.name == "nt" else "bin"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("roue")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        timeout=300,
    )
    (built,) = out.glob("panorama_teletravail-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``panorama`` command of a fresh environment where only the wheel was installed."""
    env_dir = tmp_path_factory.mktemp("env") / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / SCRIPTS / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=600
    )
    return env_dir / SCRIPTS / "panorama"


def test_the_wheel_carries_the_bank_the_fonts_with_their_licence_and_the_pictograms(
    wheel: Path,
) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = "game/_shipped/"
    assert f"{shipped}questions/secteurs.yaml" in names
    assert sum(n.startswith(f"{shipped}questions/") and n.endswith(".yaml") for n in names) >= 6
    assert f"{shipped}assets/fonts/AtkinsonHyperlegible-Regular.ttf" in names
    assert f"{shipped}assets/fonts/OFL.txt" in names
    assert f"{shipped}assets/pictogrammes/balance.svg" in names
    assert f"{shipped}assets/pictogrammes/interface/aide.svg" in names
    assert wheel.name.startswith(f"panorama_teletravail-{project_version()}-")


def test_the_installed_wheel_runs_every_command_from_another_folder(
    installed: Path, tmp_path: Path
) -> None:
    # The environment's own folder on PATH, as pipx or an activated environment would put it.
    check_every_command(
        [str(installed)], tmp_path, str(installed.parent) + os.pathsep + os.environ.get("PATH", "")
    )
