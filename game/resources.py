"""Where the game finds what it ships: the built-in question bank, the fonts and the pictograms.

An installed game (a wheel, ``pipx install``, the standalone app) carries them as package data
under ``game/_shipped/``: the build copies the top-level ``questions/`` and ``assets/`` folders
there (pyproject.toml, ``force-include``; the PyInstaller spec does the same). A source checkout,
editable install included, keeps them at the top of the tree, where the HR adviser and the
designers edit them. This module is the only one that knows the difference: every other module
asks it, so nothing else computes a path from its own file.

Fonts and pictograms are opened by pygame and fpdf2, which need real files: the game does not run
from a zipped package, and says so instead of failing later on a missing font.

The version is written once, in pyproject.toml; it is read from the installed metadata
(``importlib.metadata``), or from pyproject.toml itself when the game runs from a checkout that
was never installed.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from game.wording import say

DISTRIBUTION = "panorama-teletravail"
SHIPPED = "_shipped"


@functools.cache
def _package_root() -> Path:
    """The folder of the ``game`` package on disk."""
    root = resources.files("game")
    if not isinstance(root, Path):  # a zip import: pygame and fpdf2 could not open the fonts
        raise RuntimeError(say("cli.install.zipped"))
    return root


def _shipped(name: str) -> Path:
    """``questions`` or ``assets``: inside the package once installed, else beside it."""
    packaged = _package_root() / SHIPPED / name
    if packaged.is_dir():
        return packaged
    return _package_root().parent / name


def builtin_bank() -> Path:
    """The folder of the question bank that comes with the game."""
    return _shipped("questions")


def builtin_sectors_file() -> Path:
    """The file that declares the five sectors of the built-in bank."""
    return builtin_bank() / "secteurs.yaml"


def assets() -> Path:
    """The folder of fonts and pictograms."""
    return _shipped("assets")


def fonts() -> Path:
    """Atkinson Hyperlegible's files, with their licence (OFL.txt)."""
    return assets() / "fonts"


def pictograms() -> Path:
    """The sectors' pictograms (SVG); the interface's icons are in ``interface/``."""
    return assets() / "pictogrammes"


def is_builtin_bank(folder: Path) -> bool:
    """Whether ``folder`` is the bank that comes with the game."""
    try:
        return Path(folder).resolve() == builtin_bank().resolve()
    except OSError:
        return False


@functools.cache
def game_version() -> str:
    """The version written in pyproject.toml, the one place it lives."""
    # Imported here: only ``--version`` asks, and the TOML reader would cost every start-up
    # a few milliseconds.
    import tomllib
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a checkout that was never installed
        pass
    pyproject = _package_root().parent / "pyproject.toml"
    if pyproject.is_file():
        with pyproject.open("rb") as stream:
            project = tomllib.load(stream).get("project", {})
        if project.get("name") == DISTRIBUTION and "version" in project:
            return str(project["version"])
    return "inconnue"
