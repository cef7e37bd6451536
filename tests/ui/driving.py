"""Helpers that drive the real app loop with posted pygame events, as a facilitator would."""

from __future__ import annotations

import pygame

from game.ui.actions import Act


def pump(app, steps: int = 3) -> None:  # type: ignore[no-untyped-def]
    """Run the real loop until the posted events are handled (never blocking)."""
    for _ in range(steps):
        app.step(block=False)


def press(app, k: int, mod: int = 0, scancode: int = 0) -> None:  # type: ignore[no-untyped-def]
    pygame.event.post(
        pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, scancode=scancode, unicode="")
    )
    pump(app)


def type_text(app, text: str) -> None:  # type: ignore[no-untyped-def]
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=text))
    pump(app)


def click(app, rect: pygame.Rect) -> None:  # type: ignore[no-untyped-def]
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=rect.center))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=rect.center))
    pump(app)


def button(app, label: str) -> pygame.Rect:  # type: ignore[no-untyped-def]
    """The rectangle of the top scene's button with this label."""
    for b in app.top().buttons():
        if b.label == label and b.enabled:
            return b.rect
    raise AssertionError(f"no button « {label} » on {type(app.top()).__name__}")


def tile(app, letter: str) -> pygame.Rect:  # type: ignore[no-untyped-def]
    for b in app.current.buttons():
        if b.action.kind == Act.COMMAND and b.action.value == ("tile", letter):
            return b.rect
    raise AssertionError(f"no option {letter} on screen")


def letter_key(letter: str) -> int:
    """The key that gives this answer: its letter, except B, which is 2 (B is the clicker's
    black screen)."""
    return pygame.K_2 if letter == "B" else getattr(pygame, f"K_{letter.lower()}")


def digit_key(digit: str) -> int:
    return getattr(pygame, f"K_{digit}")


def start_game(app) -> None:  # type: ignore[no-untyped-def]
    """From the Title or the Setup to the board, with keys only: Enter on « Nouvelle partie »,
    then « suivant » through the Setup's fields to « Commencer la partie », and once more; the
    baromètre, when the bank offers it, is passed (Shift+S)."""
    if app.base_name() == "title":
        press(app, pygame.K_RETURN)
    for _ in range(24):
        if app.base_name() != "setup":
            break
        press(app, pygame.K_PAGEDOWN)
    if app.base_name() == "barometer":  # proposed by default: Shift+S passes it
        press(app, pygame.K_s, mod=pygame.KMOD_SHIFT)
    assert app.base_name() == "panorama", app.base_name()


def end_game(app) -> None:  # type: ignore[no-untyped-def]
    """E, then the explicit choice the confirmation asks for: the arrow to « Terminer »,
    Enter."""
    press(app, pygame.K_e)
    assert type(app.top()).__name__ == "ConfirmOverlay"
    press(app, pygame.K_LEFT)
    press(app, pygame.K_RETURN)
