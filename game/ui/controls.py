"""The controls that work the same on every screen, and the order actions are offered in.

An action goes to the top overlay first (a dialog takes everything), then to the app-wide
controls (pause, undo, end, skip, score adjustment, black screen, help, full screen, sound),
then to the scene. Esc that nobody used leaves full screen, or asks before quitting. The window's
close button asks too while a game is running: nothing is lost (the journal is on disk), but a
click by mistake must not end a session in front of a room. Every confirmation that would end or
leave a game offers « Continuer » first and focused, so that a stray Esc followed by Space,
Enter or a clicker's « suivant » changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from game.ui.actions import Act, Action, Mode
from game.ui.scenes.base import Host, Scene
from game.ui.scenes.overlays import BlackOverlay, ConfirmOverlay, HelpOverlay
from game.wording import say

if TYPE_CHECKING:  # the engine is imported when a game starts (game.Game.resumable)
    from game.rules.session.state import State


class Stage(Host, Protocol):
    """What the app-wide controls use of the app: a scene's host, plus the stack of scenes and
    the window's full-screen switch."""

    current: Scene | None
    overlays: list[Scene]

    def top(self) -> Scene:
        """The overlay on top, or the scene."""

    def toggle_fullscreen(self, on: bool | None = None) -> None:
        """Enter or leave full screen (``None``: switch)."""


class Controls:
    """Routes each action; owns nothing but a reference to the stage."""

    def __init__(self, stage: Stage) -> None:
        self.app = stage

    def handle(self, action: Action) -> bool:
        app = self.app
        kind = action.kind
        if kind == Act.MUTE:
            app.ui.sound.toggle()
            return True
        if kind == Act.FULLSCREEN:
            app.toggle_fullscreen()
            return True
        if kind == Act.QUIT:
            return self.ask_quit(always=False)
        top = app.top()
        if top is not app.current:
            if top.handle(action):
                return True
            if getattr(top, "modal", True):
                return False
        if self._shared(action):
            return True
        if app.current is not None and app.current.handle(action):
            return True
        if kind == Act.BACK:
            if app.ui.fullscreen:
                app.toggle_fullscreen(False)
                return True
            return self.ask_quit(always=True)
        return False

    def _shared(self, action: Action) -> bool:
        app, kind = self.app, action.kind
        if kind == Act.BLACK:
            # B on a question is the black screen, not answer B: say so when the room is back
            # (only where a B is to be given: not on the baromètre's scale).
            state = app.game.state
            question = state.current.question if state and state.current else None
            letter = (
                action.value == "b"
                and app.top().input_mode() == Mode.CHOICE
                and question is not None
                and question.kind.entry in ("letter", "letters")
                and app.game.scene_name() == "question"
            )
            app.push(BlackOverlay(app, say("game.black.not_answer_b") if letter else None))
        elif kind == Act.HELP:
            app.push(HelpOverlay(app))
        elif kind == Act.BACK and app.ui.fullscreen:
            app.toggle_fullscreen(False)
        else:
            return self._in_game(action)
        return True

    def _in_game(self, action: Action) -> bool:
        game = self.app.game
        session = game.session
        if session is None:
            return False
        kind = action.kind
        state = session.state
        if kind == Act.UNDO:
            self.undo()
        elif state.ended:
            return False
        elif kind == Act.PAUSE:
            game.act(session.resume_play if state.paused else session.pause)
        elif kind == Act.END:
            self.app.push(
                ConfirmOverlay(
                    self.app,
                    say("game.confirm.end.title"),
                    say("game.confirm.end.text"),
                    say("game.confirm.end.yes"),
                    lambda: game.act(session.end),
                )
            )
        elif kind == Act.ADJUST:
            # Imported here, in a game, like a scene (registry): it reads the engine's limits
            # for a correction, which the Title does not load.
            from game.ui.scenes.adjust import AdjustOverlay

            self.app.push(AdjustOverlay(self.app))
        elif kind == Act.SKIP and state.phase in ("question", "rebond"):
            game.act(session.skip)
        else:
            return False
        return True

    def undo(self) -> None:
        game = self.app.game
        if game.session is None:
            return
        self.app.hold = None
        if game.act(game.session.undo) is False:
            game.say(say("game.controls.nothing_to_undo"))

    def ask_quit(self, always: bool) -> bool:
        app = self.app
        if any(isinstance(o, ConfirmOverlay) and o.quitting for o in app.overlays):
            return True
        if not always and not app.game.running():
            app.quit()
            return True
        app.push(quit_confirmation(app, self._stop))
        return True

    def _stop(self) -> None:
        self.app.quit()

    def cues(self, before: State | None, after: State | None) -> None:
        """The sound of what the last action did: the moment the rules saw in it (right,
        wrong, a rebond, a pass, an undo, a correction, « panorama complet »)."""
        session = self.app.game.session
        if session is None or before is after:
            return
        outcome = session.fresh_outcome()
        if outcome is not None:
            self.app.ui.sound.play(outcome.tone)


def quit_confirmation(host: Host, on_quit: Callable[[], object]) -> ConfirmOverlay:
    """« Quitter le jeu ? »: during a game or on its debrief, « Continuer » comes first and has
    the focus; with no game on screen, quitting is what Esc asked for."""
    state = host.game.state
    if state is None:
        return ConfirmOverlay(
            host,
            say("game.confirm.quit.title"),
            say("game.confirm.quit.bye"),
            say("game.confirm.quit.yes"),
            on_quit,
            say("game.confirm.stay"),
            quitting=True,
            default_yes=True,
        )
    if state.ended:
        text, no = say("game.confirm.quit.debrief"), say("game.confirm.back_to_debrief")
    else:
        text, no = say("game.confirm.quit.saved"), say("game.confirm.continue")
    return ConfirmOverlay(
        host,
        say("game.confirm.quit.title"),
        text,
        say("game.confirm.quit.yes"),
        on_quit,
        no,
        quitting=True,
    )
