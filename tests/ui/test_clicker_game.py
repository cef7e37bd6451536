"""A whole game with a presenter clicker alone, and a stray Échap then Espace on every screen.

After the Setup (typed on the keyboard, as a facilitator would), only the clicker's keys are
pressed: « suivant » (PageDown), « précédent » (PageUp), « diaporama » (F5), Échap and
« écran noir » (the key that is « . » on a QWERTY keyboard). After every press, two things
must hold:

* the press changed what the screen shows, or it changed nothing at all: nothing the app holds
  (the journal, the scene, the overlays, a cursor, a focus, a typed text, the notice) moved
  without the picture moving too;
* before every « suivant », what is highlighted is what it then does: the focused button is
  the one pressed, the highlighted option the answer recorded, the page turned where no button
  is highlighted.

The game ends when the questions run out; « suivant » then turns the debrief's pages to the
last, brings the PDF button forward, and saves the A4 debrief.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.rules.session.events import Answered, Closed, Drawn, Ended, Revealed
from game.ui.scenes.entry import Entry
from tests.ui.driving import press, pump, type_text
from tests.ui.test_question_clicker import check_what_is_highlighted

NEXT, PREVIOUS, SLIDESHOW, ESCAPE = (
    pygame.K_PAGEDOWN,
    pygame.K_PAGEUP,
    pygame.K_F5,
    pygame.K_ESCAPE,
)
BLACK = pygame.K_PERIOD  # sent with the scancode of its key, as a clicker sends it
SIZE = (1024, 768)
Check = Callable[[], None]

# What the app holds that a screen should show; the rest (caches, images, animations, the
# window itself) may change without a key press.
_SKIPPED = {"host", "emblem", "wheel", "flight", "spin", "needle"}


def picture(app) -> bytes:  # type: ignore[no-untyped-def]
    """A fingerprint of what the window shows now."""
    surface = pygame.Surface(app.ui.size)
    app.render(surface)
    return hashlib.blake2b(pygame.image.tobytes(surface, "RGB"), digest_size=16).digest()


def _plain(value: object, depth: int = 0) -> object:
    if isinstance(value, Entry) and depth < 2:
        return _held(value, depth + 1)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return repr(value)
    if isinstance(value, set | frozenset):
        return tuple(sorted(map(repr, value)))
    if isinstance(value, str | int | float | bool | tuple | list | dict) or value is None:
        return repr(value)
    return None


def _held(obj: object, depth: int = 0) -> tuple[object, ...]:
    """A scene's or an overlay's own state: its plain attributes, its entry in progress."""
    return tuple(
        (name, _plain(value, depth))
        for name, value in sorted(vars(obj).items())
        if not name.startswith("_") and name not in _SKIPPED
    )


def holding(app) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """What the app holds: the journal, the scene and its state, the overlays and theirs."""
    session = app.game.session
    notice = app.game.notice.text if app.game.notice else None
    return (
        len(session.events) if session else None,
        session.state if session else None,
        app.base_name(),
        _held(app.current),
        tuple((type(o).__name__, _held(o)) for o in app.overlays),
        notice,
        app.ui.fullscreen,
        app.ui.size,
    )


class Clicker:
    """Presses clicker keys on one app and holds it to the two rules after each press."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        self.app = app
        self.presses = 0

    def press(self, key: int) -> None:
        app = self.app
        check = self.what_next_will_do() if key == NEXT else None
        before = (picture(app), holding(app))
        scancode = pygame.KSCAN_PERIOD if key == BLACK else 0
        press(app, key, scancode=scancode)
        after = (picture(app), holding(app))
        assert after[0] != before[0] or after[1] == before[1], (
            f"press {self.presses} ({pygame.key.name(key)}) changed what the app holds, "
            f"not the screen: {type(app.top()).__name__}"
        )
        if check is not None:
            check()
        self.presses += 1

    def stray(self, key: int) -> None:
        """A clicker key that is no answer, and what brings the screen back as it was."""
        top = self.app.top()
        self.press(key)
        if key in (BLACK, ESCAPE):
            self.press(NEXT if key == BLACK else ESCAPE)  # any key lights the room again;
        elif key == SLIDESHOW:  # Échap in the dialog: keep playing
            self.press(SLIDESHOW)
        assert self.app.top() is top

    # --- what « suivant » will do -------------------------------------------------------

    def what_next_will_do(self) -> Check:
        """Read what is highlighted now; return the check that « suivant » did exactly that."""
        app = self.app
        top, focused = app.top(), [b for b in app.top().buttons() if b.focused and b.enabled]
        name = type(top).__name__
        events = len(app.game.session.events) if app.game.session else 0
        if name == "QuestionScene":
            return self._question(check_what_is_highlighted(app), events)
        if name == "BlackOverlay":
            return lambda: self._expect(app.top() is not top)
        labels = [b.label for b in focused]
        if name == "Setup" and not labels:  # a field: « suivant » goes to the next
            field = top.form.focused()
            return lambda: self._expect(top.form.focused() != field, field)
        if name == "Debrief" and not labels:
            shown = (top.shown(), top.offer)
            return lambda: self._expect((top.shown(), top.offer) != shown)
        assert len(labels) == 1, f"{name}: « suivant » must press one highlighted button"
        return self._button(name, labels[0], events)

    def _button(self, scene: str, label: str, events: int) -> Check:
        app = self.app

        def check() -> None:
            new = app.game.session.events[events:] if app.game.session else []
            if scene == "Title":
                expected = "setup" if label == "Nouvelle partie" else "question"
                self._expect(app.base_name() in (expected, "panorama", "reveal"), label)
            elif scene == "Panorama":
                self._expect(isinstance(new[0], Drawn | Ended), label)
            elif scene == "Reveal":
                self._expect(isinstance(new[0], Closed), label)
            elif scene == "PauseOverlay":
                self._expect(not app.game.session.state.paused, label)
            elif scene == "ConfirmOverlay":
                self._expect(label.startswith(("Continuer", "Revenir")) and not new, label)
            elif scene == "Setup":
                self._expect(app.base_name() == "panorama", label)
            elif scene == "Debrief":
                self._expect(app.current.pdf is not None, label)
            else:
                raise AssertionError(f"« suivant » on {scene} with « {label} » highlighted")

        return check

    def _question(self, move, events: int) -> Check:  # type: ignore[no-untyped-def]
        app = self.app

        def check() -> None:
            new = app.game.session.events[events:]
            if move.kind == "record":
                self._expect(isinstance(new[0], Answered) and new[0].answer == move.answer)
            elif move.kind == "reveal":
                self._expect(isinstance(new[0], Revealed))
            else:
                self._expect(not new, move.kind)

        return check

    def _expect(self, holds: bool, what: object = "") -> None:
        assert holds, f"press {self.presses}: « suivant » did not do what was highlighted ({what})"


def set_up_by_keyboard(app) -> None:  # type: ignore[no-untyped-def]
    """Title → Setup with Enter, three names typed, Enter from field to field, then « suivant »
    (the clicker's first press) through the options to « Commencer la partie »."""
    press(app, pygame.K_RETURN)
    for name in ("Les Hérons", "Cœur d’équipe", "Sud"):
        type_text(app, name)
        press(app, pygame.K_RETURN)
    assert app.base_name() == "setup"


def play_a_question(clicker: Clicker, number: int) -> None:
    """Some « précédent » (a different count each time, strays between them), then « suivant »
    until the question is answered and its reveal left."""
    app = clicker.app
    strays = (SLIDESHOW, BLACK, ESCAPE)
    for k in range(number % 5):
        clicker.press(PREVIOUS)
        clicker.stray(strays[(number + k) % len(strays)])
    for _ in range(40):
        if app.base_name() != "question":
            break
        entry = app.current.entry
        move = entry.next_move()
        # Several answers: one ticked, two on a rebond (the first team's answer is refused).
        enough = len(entry.selected) >= 1 + (app.game.session.state.phase == "rebond")
        if move.kind == "explain" or (
            move.kind == "toggle" and (enough or move.letter in entry.selected)
        ):
            clicker.press(PREVIOUS)  # on to the next option, « Valider », « Sans réponse »
        else:
            clicker.press(NEXT)
    assert app.base_name() in ("reveal", "debrief")


def test_a_whole_game_with_the_clicker_alone_reaches_the_pdf(
    open_app,
    scripted_bank,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(tmp_path / "bilans"))
    app = open_app(bank=scripted_bank, size=SIZE)
    set_up_by_keyboard(app)
    clicker = Clicker(app)
    while app.base_name() == "setup":
        clicker.press(NEXT)
    questions = 0
    while app.base_name() != "debrief":
        assert app.base_name() == "panorama", app.base_name()
        clicker.press(PREVIOUS)  # nothing to go back to: nothing moves
        clicker.press(NEXT)  # the wheel turns, a question comes
        pump(app)
        if app.base_name() == "question":
            play_a_question(clicker, questions)
            questions += 1
            if app.base_name() == "reveal":
                clicker.stray((ESCAPE, BLACK, SLIDESHOW)[questions % 3])
                clicker.press(PREVIOUS)
                clicker.press(NEXT)
        assert questions < 40
    assert app.game.session.state.ended and questions >= 10
    for _ in range(20):
        if list((tmp_path / "bilans").glob("*.pdf")):
            break
        clicker.press(NEXT)  # pages, the PDF offered, then saved
    assert len(list((tmp_path / "bilans").glob("*.pdf"))) == 1
    assert clicker.presses > 100


@pytest.mark.parametrize(
    "where",
    ["setup", "panorama", "question", "reveal", "pause", "help", "adjust", "black", "debrief"],
)
def test_a_stray_escape_then_space_never_ends_the_game(
    open_app,
    scripted_bank,
    where: str,  # type: ignore[no-untyped-def]
) -> None:
    app = open_app(bank=scripted_bank, size=SIZE)
    reach(app, where)
    ended = bool(app.game.session and app.game.session.state.ended)
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_SPACE)
    assert app.running
    if where == "setup":
        assert app.base_name() == "setup" and app.game.session is None
    else:
        assert app.game.session is not None and app.game.session.state.ended == ended


def reach(app, where: str) -> None:  # type: ignore[no-untyped-def]
    """Play with the keyboard up to ``where``."""
    press(app, pygame.K_RETURN)
    if where == "setup":
        return
    while app.base_name() == "setup":
        press(app, pygame.K_PAGEDOWN)
    if where in ("question", "reveal", "debrief"):
        press(app, pygame.K_1)  # a vrai/faux
    if where in ("reveal", "debrief"):
        press(app, pygame.K_a)
        press(app, pygame.K_RETURN)
        if app.base_name() == "question":  # a rebond: no answer
            press(app, pygame.K_0)
    if where == "debrief":
        press(app, pygame.K_e)
        press(app, pygame.K_LEFT)
        press(app, pygame.K_RETURN)
    keys = {"pause": pygame.K_p, "help": pygame.K_h, "adjust": pygame.K_TAB, "black": pygame.K_b}
    if where in keys:
        press(app, keys[where])
    expected = {
        "pause": "PauseOverlay",
        "help": "HelpOverlay",
        "adjust": "AdjustOverlay",
        "black": "BlackOverlay",
    }
    if where in expected:
        assert type(app.top()).__name__ == expected[where]
    else:
        assert app.base_name() == where
