"""The same five commands, run against an installed game from a folder far from the checkout.

Both the installed wheel and the standalone app go through :func:`check_every_command`: the
version, the bank check, the counts as JSON, the screenshots at 1024×768 on the dummy video
driver, and a debrief of a real journal to PDF. Every run gets its own user folders (data,
configuration, cache, exports), so that the user's own are never touched and nothing found
there can make a broken install pass.
"""

from __future__ import annotations

import json
import os
import subprocess
import tomllib
from collections.abc import Sequence
from pathlib import Path

import pypdf

from tests.export.conftest import play_game

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 240


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def isolated_env(home: Path, path: str) -> dict[str, str]:
    """An environment with its own user folders, headless SDL and the given PATH."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_", "PANORAMA_"))
    }
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        (home / name.lower()).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / name.lower())
    env.update(
        HOME=str(home),
        PATH=path,
        PANORAMA_EXPORT_DIR=str(home / "exports"),
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
    )
    return env


def run(
    command: Sequence[str], *args: str, cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S
    )


def check_every_command(command: Sequence[str], work: Path, path: str) -> None:
    """Run the five commands with ``command`` (the installed entry point) from ``work``."""
    elsewhere = work / "ailleurs"
    elsewhere.mkdir(exist_ok=True)
    env = isolated_env(work / "utilisateur", path)

    def ok(*args: str) -> str:
        done = run(command, *args, cwd=elsewhere, env=env)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done.stdout

    version = ok("--version").replace("\u00a0", " ")
    assert f"Panorama Télétravail {project_version()}" in version
    assert "Banque intégrée : version" in version
    assert "110 questions jouables et 15 affirmations du baromètre" in version  # as the Title

    assert "La banque est prête" in ok("validate")

    counts = json.loads(ok("stats", "--json"))
    assert counts["total"] >= 100
    assert not Path(counts["dossier"]).resolve().is_relative_to(ROOT)

    ok("screenshots", "captures", "--sizes", "1024x768")
    shots = sorted((elsewhere / "captures").rglob("*.png"))
    drawn = [p for p in shots if p.stat().st_size > 5_000]  # the black screen is nearly empty
    assert len(drawn) >= 10 and len(drawn) >= len(shots) - 2

    session = play_game(journal_dir=work, n_teams=3, n_questions=8)
    session.close()
    assert session.path is not None
    ok("debrief", str(session.path), "--pdf", "bilan.pdf")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(elsewhere / "bilan.pdf").pages)
    assert "Les Hérissons" in text
