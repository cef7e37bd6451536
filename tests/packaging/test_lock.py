"""The standalone app is built from the lock alone (``pip install --no-deps``): every
dependency the game declares must be pinned there, at one exact version."""

from __future__ import annotations

import re
import tomllib

from tests.packaging.smoke import ROOT


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "packaging" / "requirements.lock").read_text("utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.split(";")[0].partition("==")
            pins[canonical(name.strip())] = version.strip()
    return pins


def test_every_dependency_of_the_game_is_pinned_in_the_lock() -> None:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        declared = tomllib.load(stream)["project"]["dependencies"]
    names = {canonical(re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0]) for spec in declared}
    pins = locked()
    assert sorted(names - set(pins)) == []
    assert all(re.fullmatch(r"\d[\w.]*", version) for version in pins.values())


def test_the_freezer_and_the_build_backend_are_pinned_too() -> None:
    assert {"pyinstaller", "pyinstaller-hooks-contrib", "hatchling"} <= set(locked())
