"""The app loop: window, events → actions, scenes and overlays, and a CPU that rests.

The loop is event-driven. While something moves (the needle, points flying) it draws at 60 fps;
otherwise it blocks on ``pygame.event.wait`` until an event arrives or a scene's next change is
due (the countdown's next second, the clock's next minute), and draws only when something
changed. ``pygame.init()`` and the window happen in :meth:`App.open`, never at import.

The base scene is derived from the engine's ``State.phase`` (``game.SCENE_OF_PHASE``); before a
game exists it is the Title or the Setup. Overlays stack on top: the pause overlay follows the
session's paused flag; help, black screen, confirmations and the score adjustment are pushed by
actions.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pygame

from game import startup
from game.rules.bank.loader import LoadResult
from game.rules.session.clock import Clock
from game.ui import actions, bankswitch, chrome, memory, theme
from game.ui.actions import Act, Action, Mode
from game.ui.context import Ui
from game.ui.controls import Controls
from game.ui.game import Game
from game.ui.quickstart import settings_from_args
from game.ui.scenes import registry
from game.ui.scenes.base import Scene, soonest
from game.ui.scenes.overlays import BlackOverlay, PauseOverlay
from game.ui.sound import Sound
from game.wording import say

WINDOW_SIZE = (1280, 720)  # the smallest default window, where the screen has room for it
WINDOW_SHARE = 2 / 3  # of the screen's height: a 4K screen opens a 2560×1440 window
IDLE_POLL_S = 1 / 30  # how often an idle game looks for input
DESKTOP_SHARE = 0.92  # leave room for the title bar and the task bar on a small screen
IDLE_WAIT_MS = 10_000
MAX_DT = 0.25


class App:
    """One window, one game. ``open()``, then ``step()`` until ``running`` is False."""

    def __init__(
        self,
        args: argparse.Namespace,
        *,
        clock: Clock | None = None,
        journal_dir: Path | None = None,
        config_dir: Path | None = None,
        audio: bool = True,
        instant: bool = False,
        loaded: LoadResult | None = None,
    ) -> None:
        self.args = args
        self.config_dir = config_dir
        self.audio = audio
        self.speed = 0.0 if instant else 1.0  # 0: animations end at once (tests)
        self.game = Game(args.bank, journal_dir, clock, getattr(args, "seed", None), loaded)
        self.game.bank_source = getattr(args, "bank_source", None) or args.bank
        if getattr(args, "bank_notice", None):  # the bank chosen last time could not reopen
            self.game.say(args.bank_notice, error=True)
        self.home = "title"
        self.overlays: list[Scene] = []
        self.scenes: dict[str, Scene] = {}
        self.current: Scene | None = None
        self.hold: str | None = None  # a scene that keeps the screen while it animates
        self.running = False
        self.dirty = True
        self._opening_key: str | None = None  # a key press that opened a text field
        self.frames = 0
        self._last = time.monotonic()
        self._windowed = WINDOW_SIZE
        self._animating = False
        self._hovered: pygame.Rect | None = None
        self.controls = Controls(self)

    # --- window ----------------------------------------------------------------------------

    def open(self, size: tuple[int, int] | None = None) -> None:
        """Initialise pygame, open the window (the default size shrunk to fit a small screen)
        and show the first scene."""
        pygame.init()
        pygame.display.set_caption(say("game.title.name"))
        if size is None:
            size = fit_to_desktop(WINDOW_SIZE, pygame.display.get_desktop_sizes())
        self._windowed = size
        fullscreen = bool(getattr(self.args, "fullscreen", False))
        surface = self._set_mode(size, fullscreen)
        self.ui = Ui(surface.get_size(), Sound(self.audio))
        self.ui.fullscreen = fullscreen
        pygame.key.start_text_input()
        self.scenes = registry.build(self)
        self.running = True
        self._quick_start()
        self._sync_scene()

    def _set_mode(self, size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
        if fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(size, pygame.RESIZABLE)

    @staticmethod
    def _screen() -> pygame.Surface:
        surface = pygame.display.get_surface()
        if surface is None:
            raise RuntimeError("the window is not open")
        return surface

    def toggle_fullscreen(self, on: bool | None = None) -> None:
        on = (not self.ui.fullscreen) if on is None else on
        if on == self.ui.fullscreen:
            return
        if on:
            self._windowed = self._screen().get_size()
        surface = self._set_mode(self._windowed, on)
        self.ui.fullscreen = on
        self.resized(surface.get_size())

    def resized(self, size: tuple[int, int]) -> None:
        if size != self.ui.size:
            self.ui.resize(size)
        self.dirty = True

    def close(self) -> None:
        self.game.close()
        pygame.quit()

    def quit(self) -> None:
        """Stop the loop after this step (the journal is already on disk)."""
        self.running = False

    def _quick_start(self) -> None:
        """``--teams "A,B"`` (and ``--duration``) go straight to the board."""
        teams = getattr(self.args, "teams", None)
        if not teams or not self.game.loaded.usable:
            return
        self.game.errors_accepted = True
        remembered = memory.load(self.config_dir)
        settings, problems = settings_from_args(self.args, remembered, self.game)
        if settings is not None:
            problems = self.game.start(settings)
        if problems:
            self.game.say(" ".join(problems), error=True)

    # --- scenes ----------------------------------------------------------------------------

    def go_home(self, name: str) -> None:
        """Title or Setup, outside a game (leaves an ended game's debrief)."""
        if self.game.session is not None and self.game.state and self.game.state.ended:
            self.game.close()
        self.home = name
        self._sync_scene()

    def base_name(self) -> str:
        if self.hold is not None and self.game.session is not None:
            return self.hold
        return self.game.scene_name() or self.home

    def _sync_scene(self) -> None:
        scene = self.scenes[self.base_name()]
        if scene is not self.current:
            if self.current is not None:
                self.current.exit()
            self.current = scene
            scene.enter()
            self.dirty = True
        self._sync_pause()

    def _sync_pause(self) -> None:
        state = self.game.state
        paused = bool(state and state.paused and not state.ended)
        has = any(isinstance(o, PauseOverlay) for o in self.overlays)
        if paused and not has:
            self.push(PauseOverlay(self), bottom=True)
        elif not paused and has:
            self.overlays = [o for o in self.overlays if not isinstance(o, PauseOverlay)]
            self.dirty = True

    def push(self, overlay: Scene, bottom: bool = False) -> None:
        if bottom:
            self.overlays.insert(0, overlay)
        else:
            self.overlays.append(overlay)
        overlay.enter()
        self.dirty = True

    def pop(self, overlay: Scene) -> None:
        if overlay in self.overlays:
            self.overlays.remove(overlay)
            overlay.exit()
        self.dirty = True

    def top(self) -> Scene:
        assert self.current is not None
        return self.overlays[-1] if self.overlays else self.current

    # --- the loop --------------------------------------------------------------------------

    def loop(self) -> None:
        while self.running:
            self.step()

    def step(self, block: bool = True) -> None:
        """Wait for events (or the next frame), handle them, update, draw if needed."""
        for event in self._events(block):
            self.handle_event(event)
        now = time.monotonic()
        dt, self._last = min(MAX_DT, now - self._last), now
        wake = self._update(dt)
        self._animating = wake == 0
        self._wake = wake
        if self.dirty or self._animating:
            self.draw()

    def _events(self, block: bool) -> list[pygame.event.Event]:
        if self._animating or not block:
            if self._animating and block:
                pygame.time.wait(1000 // theme.TIMING.fps)
            return pygame.event.get()
        wake = getattr(self, "_wake", None)
        timeout = IDLE_WAIT_MS / 1000 if wake is None else max(0.001, wake)
        # pygame's event.wait(timeout) checks for events every millisecond, which keeps a
        # core 2-3 % busy; looking 30 times a second and sleeping in between costs a tenth of
        # that, and a key press still shows within a frame or two.
        deadline = time.monotonic() + timeout
        while True:
            events = pygame.event.get()
            if events:
                return events
            left = deadline - time.monotonic()
            if left <= 0:
                self.dirty = True  # a scene asked to be redrawn now (clock, countdown)
                return []
            time.sleep(min(left, IDLE_POLL_S))

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            self._on_resize(event)
            return
        if event.type in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.ACTIVEEVENT):
            self.dirty = True
            return
        if event.type == pygame.MOUSEMOTION:
            self._hover(event.pos)
            return
        if event.type == pygame.DROPFILE:  # a bank folder or .zip dropped on the window
            bankswitch.dropped(self, Path(event.file))
            return
        if event.type == pygame.TEXTINPUT and self._opening_key is not None:
            opened_by, self._opening_key = self._opening_key, None
            if event.text == opened_by:
                return  # the letter of the key that opened a text field (N) is not typed in it
        typing = self.input_mode() in actions.TYPING
        for action in actions.translate(event, self.input_mode(), self.targets()):
            self.dispatch(action)
        if event.type == pygame.KEYDOWN:
            opened = not typing and self.input_mode() in actions.TYPING
            self._opening_key = getattr(event, "unicode", "") if opened else None

    def _on_resize(self, event: pygame.event.Event) -> None:
        surface = self._screen()
        wanted = getattr(event, "size", None) or (event.x, event.y)
        if not self.ui.fullscreen and surface.get_size() != tuple(wanted):
            surface = pygame.display.set_mode(wanted, pygame.RESIZABLE)
        self.resized(surface.get_size())

    def _hover(self, pos: tuple[int, int]) -> None:
        """Redraw only when the pointer enters or leaves a button."""
        self.ui.hover = pos
        under = next((t.rect for t in reversed(self.targets()) if t.hit(pos)), None)
        if under != self._hovered:
            self._hovered = under
            self.dirty = True

    def input_mode(self) -> Mode:
        return self.top().input_mode()

    def targets(self) -> list[actions.Target]:
        top = self.top()
        if top is not self.current and getattr(top, "modal", True):
            return top.targets()
        out = self.current.targets() if self.current else []
        for overlay in self.overlays:
            out += overlay.targets()
        return out

    def dispatch(self, action: Action) -> bool:
        """One action: overlays first, then the app's own controls, then the scene."""
        self.dirty = True
        if action.kind not in (Act.MUTE, Act.FULLSCREEN):
            self.game.clear_notice()
        before = self.game.state
        handled = self.controls.handle(action)
        self.controls.cues(before, self.game.state)
        self._sync_scene()
        return handled

    def _update(self, dt: float) -> float | None:
        self._sync_scene()
        wakes = [self.current.update(dt)] if self.current else []
        wakes += [o.update(dt) for o in list(self.overlays)]
        self._sync_scene()
        return soonest(*wakes)

    def draw(self) -> None:
        surface = self._screen()
        self.render(surface)
        pygame.display.flip()
        self.dirty = False
        self.frames += 1

    def render(self, surface: pygame.Surface) -> None:
        """Draw the scene and its overlays (used by the window and by screenshots)."""
        if self.current is not None:
            self.current.draw(surface)
        for overlay in self.overlays:
            overlay.draw(surface)
        if not (self.overlays and isinstance(self.overlays[-1], BlackOverlay)):
            chrome.draw_notice(surface, self.ui, self.game)


def run(args: argparse.Namespace) -> int:
    """``python main.py``: open the window and play until the facilitator quits."""
    app = App(args)
    try:
        app.open()
        app.step()  # the first frame
        startup.done()
        app.loop()
    finally:
        app.close()
    return 0


def fit_to_desktop(size: tuple[int, int], desktops: list[tuple[int, int]]) -> tuple[int, int]:
    """The window size for this screen, same shape as ``size``: two thirds of a large screen's
    height (text is sized from the window, so a 1280×720 window on a 4K screen would read
    like a stamp), never less than ``size`` where it fits, and shrunk to fit a smaller screen
    such as a 1024×768 projector."""
    if not desktops:
        return size
    width, height = desktops[0]
    scale = max(1.0, height * WINDOW_SHARE / size[1])
    room_w, room_h = width * DESKTOP_SHARE, height * DESKTOP_SHARE
    scale = min(scale, room_w / size[0], room_h / size[1])
    return (round(size[0] * scale), round(size[1] * scale)) if scale != 1 else size
