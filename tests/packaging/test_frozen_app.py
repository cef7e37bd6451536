"""The standalone app (``python packaging/build.py``) behaves like the source game.

Its archive is unpacked into an empty folder, as a team lead would, and run with a PATH that
holds no Python: the same five commands as the wheel, the same French errors, the same user
folders, and the same prompt end on SIGTERM. A build is a snapshot of the code when it was
made, so these tests run only when asked, right after a build: ``python packaging/build.py``
then ``PANORAMA_APP_REQUISE=1 python -m pytest tests/packaging/test_frozen_app.py``, as CI
does (a missing build then fails). Otherwise the module is skipped and says so.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.packaging.smoke import ROOT, check_every_command, isolated_env, run
from tests.packaging.test_system_close import start_game


def _release_name() -> str:
    spec = importlib.util.spec_from_file_location("build_script", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.release_name())


def _archive() -> Path | None:
    name = _release_name()
    if os.environ.get("PANORAMA_APP_REQUISE") != "1":
        pytest.skip(
            "application autonome : testée juste après python packaging/build.py, "
            "avec PANORAMA_APP_REQUISE=1 (une construction ancienne ne dirait rien "
            "du code d'aujourd'hui)"
        )
    for suffix in (".tar.gz", ".zip"):
        if (ROOT / "dist" / f"{name}{suffix}").is_file():
            return ROOT / "dist" / f"{name}{suffix}"
    pytest.fail(f"dist/{name} manque : python packaging/build.py")
    return None


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The executable, from the archive unpacked into an empty folder."""
    archive = _archive()
    assert archive is not None
    folder = tmp_path_factory.mktemp("telechargements")
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as packed:
            packed.extractall(folder)
    else:
        with tarfile.open(archive) as packed:
            packed.extractall(folder, filter="tar")
    (top,) = folder.iterdir()
    # On Windows the double-click executable has no console; its twin with one prints.
    exe = top / ("panorama-teletravail-console.exe" if os.name == "nt" else "panorama-teletravail")
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


@pytest.fixture()
def no_python(tmp_path: Path) -> str:
    """A PATH that leads to no Python at all."""
    empty = tmp_path / "chemin-vide"
    empty.mkdir()
    return str(empty)


def test_the_unpacked_app_runs_every_command_without_python(
    unpacked: Path, tmp_path: Path, no_python: str
) -> None:
    check_every_command([str(unpacked)], tmp_path, no_python)


def test_the_app_and_the_source_game_give_the_same_french_errors(
    unpacked: Path, tmp_path: Path, no_python: str
) -> None:
    env = isolated_env(tmp_path / "u", no_python)
    for args in (
        ["validate", "dossier-absent"],
        ["debrief", "journal-absent.jsonl"],
        ["stats", "--json", "pas-une-banque.zip"],
    ):
        frozen = run([str(unpacked)], *args, cwd=tmp_path, env=env)
        source = run([sys.executable, str(ROOT / "main.py")], *args, cwd=tmp_path, env=env)
        assert (frozen.returncode, frozen.stdout, frozen.stderr) == (
            source.returncode,
            source.stdout,
            source.stderr,
        )
        assert frozen.returncode != 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders of Linux")
def test_the_app_keeps_its_journal_in_the_same_user_folder_and_ends_on_sigterm(
    unpacked: Path, tmp_path: Path, no_python: str
) -> None:
    child, journal = start_game(tmp_path, [str(unpacked)], no_python)
    assert journal.parent == tmp_path / "xdg_data_home" / "panorama-teletravail" / "parties"
    child.send_signal(signal.SIGTERM)
    out, err = child.communicate(timeout=5)
    assert child.returncode == 0 and (out, err) == ("", "")


def test_the_archive_holds_the_fonts_licence_beside_the_fonts(unpacked: Path) -> None:
    fonts = next(unpacked.parent.rglob("_shipped/assets/fonts"))
    assert (fonts / "OFL.txt").is_file() and any(fonts.glob("*.ttf"))
    assert (
        subprocess.run(
            [str(unpacked), "--version"], capture_output=True, text=True, timeout=60
        ).returncode
        == 0
    )
