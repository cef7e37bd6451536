"""A monkey at the facilitator's keyboard, mouse and window, for the monkey-play tests.

It posts real pygame events — key presses (with their typed text), clicks (mostly on what is
clickable, so that it gets through the game), wheel turns, pointer moves, window resizes, focus
and visibility changes, the close button — and lets the app's own loop step read them, on a
virtual clock that moves 50 ms per step, so that animations, the question timer and the end of
the game all come round. When the monkey quits the game (the close button, then « Quitter »),
the game is launched again on the same folders, as a facilitator would, and may be resumed.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

import pygame

from game.rules.bank.loader import LoadResult
from game.rules.session import FakeClock, fold, read_journal
from game.rules.session.settings import POLLS
from game.rules.session.state import State
from game.ui import memory
from game.ui.actions import Act
from game.ui.app import App

STEP_S = 0.05
KEYS = [
    pygame.K_SPACE,
    pygame.K_RETURN,
    pygame.K_KP_ENTER,
    pygame.K_RIGHT,
    pygame.K_LEFT,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_PAGEUP,
    pygame.K_PAGEDOWN,
    pygame.K_ESCAPE,
    pygame.K_TAB,
    pygame.K_BACKSPACE,
    pygame.K_DELETE,
    pygame.K_F1,
    pygame.K_F5,
    pygame.K_F11,
    pygame.K_PLUS,
    pygame.K_MINUS,
    pygame.K_EQUALS,
    pygame.K_KP_PLUS,
    pygame.K_KP_MINUS,
    pygame.K_PERIOD,
    pygame.K_COMMA,
    pygame.K_KP_PERIOD,
    pygame.K_QUESTION,
    pygame.K_HOME,
    *[getattr(pygame, f"K_{c}") for c in "abcdehmpsz"],
    *[getattr(pygame, f"K_{d}") for d in range(10)],
    *[getattr(pygame, f"K_KP{d}") for d in range(5)],
]
TEXTS = [
    "a",
    "B",
    "é",
    "œ",
    "«",
    "1",
    "4",
    "0",
    ",",
    "-",
    "+",
    "?",
    " ",
    "Équipe",
    "{x}",
    "\u202e",
    "😀",
    "%s",
    "a" * 40,
]
WINDOW_EVENTS = [
    pygame.WINDOWFOCUSLOST,
    pygame.WINDOWFOCUSGAINED,
    pygame.WINDOWMINIMIZED,
    pygame.WINDOWRESTORED,
    pygame.WINDOWEXPOSED,
    pygame.WINDOWENTER,
    pygame.WINDOWLEAVE,
    pygame.WINDOWSHOWN,
    pygame.WINDOWHIDDEN,
    pygame.WINDOWMAXIMIZED,
]
SIZES = [
    (640, 480),
    (800, 600),
    (1024, 768),
    (720, 540),
    (500, 900),
    (1600, 400),
    (1280, 720),
    (1920, 1080),
]  # mostly small: a frame costs its pixels


class VirtualTime:
    """What the app loop reads as ``time``: a clock moved by the monkey, one step at a time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


class Monkey:
    """Plays ``events`` random inputs on one app, relaunching it whenever it is quit."""

    def __init__(self, seed: int, home: Path, loaded: LoadResult, bank: Path) -> None:
        self.rng = random.Random(seed)
        self.home, self.loaded, self.bank = home, loaded, bank
        self.clock = FakeClock()
        self.time = VirtualTime()
        self.seen: Counter[str] = Counter()
        self.launches = 0
        self.inputs_done = 0
        self.app = self.launch()

    def launch(self) -> App:
        """Open the game on the monkey's folders, as ``python main.py`` would. Each launch
        proposes the baromètre by team, by a show of hands, or none (the settings remembered
        from the last game, changed), so that both ways to vote are played and the board is
        still reached as often as a random hand reaches it."""
        remembered = memory.load(self.home / "config")
        remembered.barometer = self.rng.choice(POLLS)
        memory.save(self.home / "config", remembered)
        args = argparse.Namespace(
            bank=self.bank,
            teams=None,
            duration=None,
            seed=self.rng.randrange(1000),
            fullscreen=False,
        )
        app = App(
            args,
            clock=self.clock,
            journal_dir=self.home / "parties",
            config_dir=self.home / "config",
            audio=self.launches == 0,
            loaded=self.loaded,
        )
        app.open(self.rng.choice(SIZES[:3]))
        self.launches += 1
        return app

    def close(self) -> None:
        """Close the game (its journal is already on disk)."""
        self.app.close()

    # --- one input -----------------------------------------------------------------------

    def key(self) -> list[pygame.event.Event]:
        """A key pressed and released, with the text it types."""
        key = self.rng.choice(KEYS)
        mod = self.rng.choice([0] * 8 + [pygame.KMOD_LCTRL, pygame.KMOD_LSHIFT])
        name = pygame.key.name(key)
        text = name if len(name) == 1 and not mod & pygame.KMOD_CTRL else ""
        events = [pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=text, scancode=0)]
        if text:
            events.append(pygame.event.Event(pygame.TEXTINPUT, text=text))
        events.append(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=text, scancode=0))
        return events

    def click(self) -> list[pygame.event.Event]:
        """A click, mostly on something clickable, sometimes anywhere (even off the window)."""
        # Aimed clicks spare the Title's « Quitter »: quitting costs a relaunch and teaches
        # little more each time (the close button and random clicks still quit now and then).
        targets = [t for t in self.app.targets() if t.enabled and t.action.kind != Act.QUIT]
        w, h = self.app.ui.size
        if targets and self.rng.random() < 0.75:
            rect = self.rng.choice(targets).rect
            pos = (
                self.rng.randint(rect.left, max(rect.left, rect.right - 1)),
                self.rng.randint(rect.top, max(rect.top, rect.bottom - 1)),
            )
        else:
            pos = (self.rng.randint(-5, w + 5), self.rng.randint(-5, h + 5))
        button = self.rng.choice([1] * 6 + [2, 3])
        return [
            pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)),
            pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button),
            pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button),
        ]

    def window(self) -> list[pygame.event.Event]:
        """A resize, the close button, a wheel turn, or a focus or visibility change."""
        roll = self.rng.random()
        if roll < 0.25:
            w, h = self.rng.choice(SIZES)
            return [
                pygame.event.Event(pygame.VIDEORESIZE, size=(w, h), w=w, h=h),
                pygame.event.Event(pygame.WINDOWSIZECHANGED, x=w, y=h),
            ]
        if roll < 0.30:
            return [pygame.event.Event(pygame.WINDOWCLOSE), pygame.event.Event(pygame.QUIT)]
        if roll < 0.45:
            return [
                pygame.event.Event(
                    pygame.MOUSEWHEEL,
                    x=0,
                    y=self.rng.choice([-3, -1, 1, 3]),
                    flipped=False,
                    precise_x=0.0,
                    precise_y=1.0,
                )
            ]
        if roll < 0.55:
            return [
                pygame.event.Event(
                    pygame.ACTIVEEVENT,
                    gain=self.rng.randint(0, 1),
                    state=self.rng.choice([1, 2, 4]),
                )
            ]
        return [pygame.event.Event(self.rng.choice(WINDOW_EVENTS))]

    def typed(self) -> list[pygame.event.Event]:
        """Text typed (accents, emoji, a right-to-left mark, braces, a long word)."""
        return [pygame.event.Event(pygame.TEXTINPUT, text=self.rng.choice(TEXTS))]

    def inputs(self) -> list[pygame.event.Event]:
        """One input: half keys, a third clicks, the rest typed text and window events."""
        roll = self.rng.random()
        if roll < 0.50:
            return self.key()
        if roll < 0.85:
            return self.click()
        if roll < 0.93:
            return self.typed()
        return self.window()

    # --- the loop ------------------------------------------------------------------------

    def play(self, count: int, check_every: int = 100) -> None:
        """``count`` random inputs, one to eight between two frames (a quick hand); the
        invariants after each frame, the journal now and then."""
        frames = 0
        while self.inputs_done < count:
            batch = min(self.rng.randint(1, 8), count - self.inputs_done)
            for _ in range(batch):
                for event in self.inputs():
                    pygame.event.post(event)
            self.inputs_done += batch
            self.step()
            frames += 1
            if not self.app.running:  # quit through the confirmation: launch the game again
                self.close()
                self.app = self.launch()
            check_state(self.app)
            if frames % check_every == 0:
                check_journal(self.app)

    def step(self) -> None:
        """One frame of the app loop, 50 ms later (the session clock sometimes jumps 1 s)."""
        self.time.now += STEP_S
        self.clock.advance(STEP_S * self.rng.choice([1, 1, 1, 20]))
        self.app.step(block=False)
        top = self.app.overlays[-1] if self.app.overlays else self.app.current
        self.seen[self.app.base_name()] += 1
        self.seen[type(top).__name__] += 1


def check_state(app: App) -> None:
    """The engine's invariants: each score is the sum of its awards; no question drawn twice."""
    state: State | None = app.game.state
    if state is None:
        return
    for team in range(state.n_teams):
        assert state.scores[team] == sum(a.points for a in state.awards if a.team == team)
    drawn = [p.question.id for p in state.played]
    if state.current is not None:
        drawn.append(state.current.question.id)
    assert len(drawn) == len(set(drawn)), drawn


def check_journal(app: App) -> None:
    """What the screen shows is what the journal on disk says."""
    session = app.game.session
    if session is None or session.path is None or session.journal_warning:
        return
    events, warnings = read_journal(session.path)
    assert not warnings and fold(events) == session.state
