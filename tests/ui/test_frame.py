"""The frame around the game: a pause that leaves the question readable, a focus that cannot be
taken for the primary button, a window sized for the screen it opens on, and, on the Title,
the Setup and every overlay, any key either changes what the screen shows or does nothing."""

from __future__ import annotations

import pygame
import pytest

from game.ui import theme, widgets
from game.ui.actions import Act, Action
from game.ui.app import fit_to_desktop
from game.ui.scenes.adjust import AdjustOverlay
from game.ui.scenes.overlays import BlackOverlay, HelpOverlay
from tests.ui.driving import press, pump
from tests.ui.test_clicker_game import holding, picture

# F11 and F5 are left out: full screen changes the window itself, which a headless test
# cannot see (the clicker's game tests F5 where the header shows it).
KEYS = [
    pygame.K_PAGEDOWN,
    pygame.K_PAGEUP,
    pygame.K_LEFT,
    pygame.K_RIGHT,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_TAB,
    pygame.K_BACKSPACE,
    pygame.K_HOME,
    pygame.K_F2,
    pygame.K_m,
    pygame.K_q,
    pygame.K_x,
    pygame.K_9,
    pygame.K_0,
    pygame.K_COMMA,
    pygame.K_KP_ENTER,
    pygame.K_SPACE,
    pygame.K_RETURN,
    pygame.K_ESCAPE,
    pygame.K_b,
    pygame.K_p,
    pygame.K_h,
    pygame.K_e,
    pygame.K_s,
]


def test_the_pause_leaves_the_question_as_it_was_and_says_so_in_the_footer(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = open_app(bank=scripted_bank, teams="A,B", size=(1024, 768))
    press(app, pygame.K_2)
    card = app.ui.layout.card["content"]
    before = pygame.Surface(app.ui.size)
    app.render(before)
    press(app, pygame.K_p)
    assert type(app.top()).__name__ == "PauseOverlay"
    after = pygame.Surface(app.ui.size)
    app.render(after)
    assert pygame.image.tobytes(before.subsurface(card), "RGB") == pygame.image.tobytes(
        after.subsurface(card), "RGB"
    )  # not veiled, not covered
    footer = app.ui.layout.frame.footer
    assert pygame.image.tobytes(before.subsurface(footer), "RGB") != pygame.image.tobytes(
        after.subsurface(footer), "RGB"
    )  # the band says « Pause »
    (resume,) = [b for b in app.top().buttons() if b.focused]
    assert footer.contains(resume.rect)


def test_a_click_on_the_pause_band_does_not_reach_the_buttons_it_hides(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = open_app(bank=scripted_bank, teams="A,B", size=(1024, 768))
    press(app, pygame.K_2)
    press(app, pygame.K_p)
    events = len(app.game.session.events)
    footer = app.ui.layout.frame.footer
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(footer.left + 5, footer.centery))
    )
    pump(app)
    assert len(app.game.session.events) == events and app.game.session.state.paused


def test_the_focused_button_and_the_primary_one_never_look_alike(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    rect = pygame.Rect(0, 0, 10, 10)
    focused = widgets.Button(rect, "x", Action(Act.NEXT), focused=True)
    primary = widgets.Button(rect, "x", Action(Act.NEXT), primary=True)
    chosen = widgets.Button(rect, "x", Action(Act.NEXT), selected=True)
    fills = [widgets.button_colours(app.ui, b)[0] for b in (focused, primary, chosen)]
    assert fills[0] == theme.PALETTE.focus and len(set(fills)) == 3
    ink_on_focus = widgets.button_colours(app.ui, focused)[1]
    assert theme.contrast_ratio(ink_on_focus, theme.PALETTE.focus) >= 4.5
    assert theme.contrast_ratio(theme.PALETTE.focus, theme.PALETTE.background) >= 4.5


@pytest.mark.parametrize(
    "screen,window",
    [
        ((1024, 768), (942, 530)),
        ((1366, 768), (1256, 707)),
        ((1920, 1080), (1280, 720)),
        ((2560, 1440), (1707, 960)),
        ((3840, 2160), (2560, 1440)),
    ],
)
def test_the_window_opens_at_a_readable_size_for_its_screen(
    screen: tuple[int, int],
    window: tuple[int, int],
) -> None:
    assert fit_to_desktop((1280, 720), [screen]) == window


def _open(app, where: str) -> None:  # type: ignore[no-untyped-def]
    """Put ``where`` on screen again (a key may have left it)."""
    app.overlays = [o for o in app.overlays if type(o).__name__ == "PauseOverlay"]
    if where in ("title", "setup"):
        app.go_home(where)
        app.current.enter()
    elif where == "help":
        app.push(HelpOverlay(app))
    elif where == "black":
        app.push(BlackOverlay(app))
    elif where == "adjust":
        app.push(AdjustOverlay(app))
    elif where == "confirm":
        app.controls.handle(Action(Act.END))
    elif where == "pause" and not app.game.session.state.paused:
        press(app, pygame.K_p)
    pump(app)


@pytest.mark.parametrize("where", ["title", "setup", "help", "black", "adjust", "confirm", "pause"])
def test_every_key_changes_what_the_screen_shows_or_nothing(
    open_app,
    scripted_bank,
    where: str,  # type: ignore[no-untyped-def]
) -> None:
    teams = None if where in ("title", "setup") else "A,B,C"
    app = open_app(bank=scripted_bank, size=(1024, 768), teams=teams)
    _open(app, where)
    for key in KEYS:
        before = (picture(app), holding(app))
        press(app, key)
        after = (picture(app), holding(app))
        assert after[0] != before[0] or after[1] == before[1], (where, pygame.key.name(key))
        if not app.running:
            break
        _open(app, where)


def test_a_clicker_key_on_the_notes_says_they_need_a_keyboard(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    from game.ui.scenes.notes import NotesOverlay
    from game.wording import say

    app = open_app(bank=scripted_bank, teams="A,B", size=(1024, 768))
    notes = NotesOverlay(app, app.scenes["debrief"])
    app.push(notes)
    pump(app)
    shown: list[str] = []
    real = app.ui.type.fit
    app.ui.type.fit = lambda text, *a, **k: (shown.append(text), real(text, *a, **k))[1]
    before = picture(app)
    press(app, pygame.K_PAGEDOWN)  # the clicker's « suivant »
    assert picture(app) != before
    notes.draw(pygame.Surface(app.ui.size))
    app.ui.type.fit = real
    assert say("game.notes.keyboard") in shown
    assert app.top() is notes and app.scenes["debrief"].notes == ""
