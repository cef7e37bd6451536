"""A hostile computer: folders that cannot be written, no sound card, a tiny window.

* The data folder (journals, remembered settings) cannot be written: the game still starts
  and is played in memory, and the facilitator reads a French warning.
* The export folder cannot be written, or does not exist: the Debrief says so in French, the
  game and the notes typed stay as they were, and the same export works once the folder does.
* No audio device: the game is silent, and nothing else changes.
* A window shrunk to 640×480: every scene and overlay still draws, no text overflows its box,
  every button stays on screen.

"Cannot be written" is made real: a read-only folder (permissions, or a read-only tmpfs when
the tests run as root, who ignores permissions), and a file standing where the folder should be.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.rules.bank.loader import LoadResult, load_bank
from game.ui import gallery
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.widgets import command
from tests.robustness.conftest import ROOT, SHIPPED_BANK, is_french


@pytest.fixture(scope="module")
def loaded() -> LoadResult:
    return load_bank(SHIPPED_BANK)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` made read-only for this process, or the test skipped if that is impossible."""
    folder.mkdir(parents=True)
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("root ignores permissions and no read-only tmpfs can be mounted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture(params=["lecture seule", "un fichier à sa place"])
def unwritable(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write into, of each kind."""
    if request.param == "un fichier à sa place":
        (tmp_path / "occupe").write_text("ceci n'est pas un dossier")
        yield tmp_path / "occupe" / "dossier"
        return
    with read_only(tmp_path / "verrouille") as folder:
        yield folder / "dossier"


def open_app(loaded: LoadResult, data: Path, teams: str | None = None) -> App:
    args = argparse.Namespace(
        bank=SHIPPED_BANK, teams=teams, duration=None, seed=3, fullscreen=False
    )
    app = App(
        args,
        journal_dir=data / "parties",
        config_dir=data / "config",
        audio=False,
        instant=True,
        loaded=loaded,
    )
    app.open((1024, 768))
    return app


def press(app: App, action: Action) -> None:
    app.dispatch(action)
    app.step(block=False)
    app.step(block=False)


def play_a_question(app: App) -> None:
    """Spin with Space, answer through the scene's keys, then Space to the board."""
    press(app, Action(Act.NEXT))
    session = app.game.session
    while session.state.phase in ("question", "rebond"):
        if session.expected_teams():
            app.game.act(lambda: session.answer(session.expected_teams()[0], None))
        else:
            app.game.act(session.reveal)
        app.step(block=False)
    press(app, Action(Act.NEXT))


# --- the data folder -----------------------------------------------------------------------


def test_an_unwritable_data_folder_lets_the_game_go_on_in_memory(
    loaded: LoadResult,
    unwritable: Path,
    user_folders: Path,
) -> None:
    app = open_app(loaded, unwritable)
    try:
        app.go_home("setup")
        press(app, Action(Act.COMMAND, "start"))  # « Commencer la partie », as proposed
        assert app.game.session is not None, app.game.notice
        warning = app.game.notice
        assert warning is not None and warning.error and is_french(warning.text)
        assert warning.text.startswith("Journal de la partie non enregistré")
        assert "continue" in warning.text and str(unwritable) not in warning.text
        press(app, Action(Act.SKIP, "all"))  # the baromètre, proposed too, passed
        for _ in range(3):
            play_a_question(app)
        state = app.game.state
        assert len(state.played) == 3 and not state.ended and app.game.session.path is None
    finally:
        app.close()
    assert not unwritable.exists()


# --- the export folder ---------------------------------------------------------------------


def ended_game(loaded: LoadResult, home: Path) -> App:
    """A two-team game of two questions, ended: the Debrief is on screen."""
    app = open_app(loaded, home, teams="Les Hérissons,Cœur d’équipe")
    for _ in range(2):
        play_a_question(app)
    app.game.session.end()
    app.step(block=False)
    assert type(app.current).__name__ == "Debrief"
    return app


@pytest.mark.parametrize("button", ["pdf", "csv", "png"])
def test_an_unwritable_export_folder_is_said_in_french_and_nothing_is_lost(
    loaded: LoadResult,
    unwritable: Path,
    user_folders: Path,
    button: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = ended_game(loaded, user_folders)
    try:
        app.current.notes = "Action : un point d'étape en juin."
        before = app.game.state
        monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(unwritable))
        press(app, command(button))
        notice = app.game.notice
        assert notice is not None and notice.error and is_french(notice.text), notice
        assert "dossier" in notice.text
        assert app.game.state == before and type(app.current).__name__ == "Debrief"
        assert app.current.notes.startswith("Action")
        good = user_folders / "exports-ok"
        monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(good))
        press(app, command(button))  # the same click, once the folder is fixed
        assert app.game.notice is None and app.current.saved is not None, app.game.notice
        assert len([p for p in good.iterdir() if not p.name.startswith(".")]) == 1
    finally:
        app.close()


def test_a_missing_export_folder_is_created_and_the_notes_reach_the_pdf(
    loaded: LoadResult,
    user_folders: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PdfReader

    app = ended_game(loaded, user_folders)
    try:
        app.current.notes = "Action : un point d'étape en juin."
        missing = user_folders / "nouveau" / "sous-dossier"
        monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(missing))
        press(app, command("pdf"))
        assert app.game.notice is None and app.current.saved is not None, app.game.notice
    finally:
        app.close()
    (pdf,) = missing.glob("*.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "point d" in text and "juin" in text


# --- no sound card -------------------------------------------------------------------------

SILENT_GAME = """
import argparse, json
from pathlib import Path
from game.ui.app import App
from game.ui.actions import Act, Action
args = argparse.Namespace(bank=Path("questions"), teams="A,B", duration=None, seed=5,
                          fullscreen=False)
app = App(args, journal_dir=Path(__import__("sys").argv[1]), audio=True, instant=True)
app.open((800, 600))
sound = app.ui.sound
for kind in (Act.NEXT, Act.NO_ANSWER, Act.NO_ANSWER, Act.MUTE, Act.NEXT, Act.MUTE):
    app.dispatch(Action(kind))
    app.step(block=False)
for cue in ("spin", "right", "wrong", "time_up", "select"):
    sound.play(cue)
print(json.dumps({"available": sound.available, "played": len(app.game.state.played),
                  "phase": app.game.state.phase}))
app.close()
"""


def test_without_an_audio_device_the_game_is_silent_and_goes_on(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        SDL_AUDIODRIVER="aucun_peripherique",
        SDL_VIDEODRIVER="dummy",
        PYTHONPATH=str(ROOT),
        XDG_DATA_HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-c", SILENT_GAME, str(tmp_path / "parties")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"available": False, "played": 1, "phase": "board"}


# --- a tiny window -------------------------------------------------------------------------

TINY = (640, 480)


@pytest.fixture(scope="module")
def gallery_app(loaded: LoadResult, tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    app = gallery.make_app(SHIPPED_BANK, loaded, tmp_path_factory.mktemp("galerie"))
    yield app
    app.close()


@pytest.mark.parametrize("shot", gallery.shots(), ids=lambda shot: shot.name)
def test_every_screen_fits_a_window_shrunk_to_640_by_480(gallery_app: App, shot) -> None:  # type: ignore[no-untyped-def]
    shot.prepare(gallery_app)
    gallery_app.ui.overflows.clear()
    gallery.render(gallery_app, TINY)
    assert gallery_app.ui.overflows == []
    window = pygame.Rect((0, 0), TINY)
    for target in gallery_app.targets():
        if target.enabled:
            assert window.contains(target.rect), (target.action, target.rect)


def test_shrinking_the_window_mid_question_lays_it_out_again(
    loaded: LoadResult,
    user_folders: Path,
) -> None:
    app = open_app(loaded, user_folders, teams="Équipe Nord,Équipe Sud,Équipe Est")
    try:
        press(app, Action(Act.NEXT))
        assert type(app.current).__name__ == "QuestionScene"
        pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=TINY, w=TINY[0], h=TINY[1]))
        app.ui.overflows.clear()
        app.step(block=False)
        assert app.ui.size == TINY and pygame.display.get_surface().get_size() == TINY
        assert app.ui.overflows == []
    finally:
        app.close()
