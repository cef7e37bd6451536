"""Panorama: the round board of five sectors, each team's markers on it, the scoreboard, whose
turn and the time left. Space (a click on the hub, the clicker) spins; keys 1–5 or a click on a
slice pick a sector instead.

The engine draws the question the moment the wheel is spun; this scene keeps the screen (the
app's ``hold``) while the needle turns, decelerates and rests on the drawn sector, then the
Question scene follows from the session's phase. While the needle turns, everything but the
needle is drawn once into a still image, so a frame of the spin is one copy and a needle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.rules import wheel as wheel_maths
from game.rules.session.events import Drawn
from game.ui import chrome, graphics, layout, theme, wheelcontrol, wheelview, widgets
from game.ui.actions import Act, Action, Target
from game.ui.layout import inset, take_top
from game.ui.scenes.base import ANIMATE, Host, Scene, Wake, soonest
from game.ui.scoreboard import TeamLine, draw_scoreboard
from game.wording import say

P = theme.PALETTE
T = theme.TIMING


@dataclass
class Spin:
    """The needle's journey from ``start`` to ``end`` degrees, then a short rest."""

    start: float
    end: float
    duration: float
    sector: str
    t: float = 0.0

    def angle(self) -> float:
        if self.duration <= 0:
            return self.end
        return self.start + (self.end - self.start) * wheelcontrol.ease_out(self.t / self.duration)

    def done(self, settle: float) -> bool:
        return self.t >= self.duration + settle


@dataclass
class Still:
    """The board without its needle while the needle turns, and what it was drawn for."""

    image: pygame.Surface
    key: tuple[object, ...] | None = None
    chosen: bool | None = None


class Panorama(Scene):
    """The board."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.wheel = wheelview.WheelView()
        self.needle = 0.0
        self.spin: Spin | None = None
        self._still: Still | None = None

    def enter(self) -> None:
        state = self.game.state
        if self.spin is None and state is not None:
            last = state.current or (state.played[-1] if state.played else None)
            # Back on the board the needle rests on a boundary, where it hides no label.
            self.needle = wheel_maths.nearest_edge(last.angle, len(state.wheel)) if last else 0.0
        if self._still is None or self._still.image.get_size() != self.ui.size:
            # Made now, not when Space is pressed: a window-sized image costs a whole frame.
            self._still = Still(pygame.Surface(self.ui.size))

    # --- actions -------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        session, state = self.game.session, self.game.state
        if session is None or state is None:
            return False
        if self.spin is not None:
            if action.kind in (Act.NEXT, Act.CONFIRM):
                self.spin.t = max(self.spin.t, self.spin.duration)  # skip to the end
                return True
            return action.kind not in (Act.UNDO, Act.BLACK, Act.HELP, Act.PAUSE, Act.BACK)
        if action.kind == Act.NEXT:
            self._start(session.spin, turns=T.spin_turns, duration=T.spin_s)
            return True
        if action.kind == Act.CHOOSE:
            wheel = state.wheel
            index = int(str(action.value)) - 1
            if 0 <= index < len(wheel):
                sector = wheel[index]
                self._start(lambda: session.pick(sector), turns=0, duration=T.pick_s)
            return True
        if action.kind == Act.COMMAND and action.value == "spin":
            return self.handle(Action(Act.NEXT))
        return False

    def _start(self, draw: Callable[[], Drawn | None], turns: int, duration: float) -> None:
        drawn = self.game.act(draw)
        if drawn is None:
            return
        start = self.needle % 360
        travel = (drawn.angle - start) % 360 + 360 * turns
        self.spin = Spin(start, start + travel, duration * self.host.speed, drawn.sector)
        self.host.hold = "panorama"
        if turns:
            self.ui.sound.play("spin")

    def update(self, dt: float) -> Wake:
        state = self.game.state
        spin = self.spin
        if spin is not None:
            if state is None or state.current is None or state.phase == "board":
                self._stop()  # undone while turning
            else:
                spin.t += dt
                if spin.done(T.settle_s * self.host.speed):
                    self.needle = spin.end % 360
                    self._stop()
                return ANIMATE
        return self._clock_wake()

    def _stop(self) -> None:
        if self.spin is not None:
            self.needle = self.spin.angle() % 360
        self.spin = None
        self.host.hold = None

    def _clock_wake(self) -> Wake:
        session = self.game.session
        if session is None or session.state.paused:
            return None
        return soonest(chrome.clock_wake(session.time_left()))

    # --- drawing -------------------------------------------------------------------------

    def buttons(self) -> list[widgets.Button]:
        session, state = self.game.session, self.game.state
        if session is None or state is None:
            return []
        label = (
            say("game.board.button.debrief") if session.time_up() else say("game.board.button.spin")
        )
        specs = [
            (label, widgets.command("spin"), "roue", True),
            (say("game.board.button.adjust"), Action(Act.ADJUST), "score", False),
            (say("game.board.button.undo"), Action(Act.UNDO), "annuler", False),
            (say("game.board.button.end"), Action(Act.END), "terminer", False),
        ]
        out = widgets.footer_buttons(
            self.ui, [(t, a, i, p, self.spin is None) for t, a, i, p in specs]
        )
        out[0].focused = self.spin is None  # what « suivant » does: the room sees it
        return out

    def targets(self) -> list[Target]:
        out = super().targets()
        if self.spin is None and self.game.session is not None:
            rect = self.ui.layout.panorama["wheel"]
            available = frozenset(self.game.session.available_sectors())
            out += wheelcontrol.slice_targets(rect, self._sectors(), available)
            out.append(wheelcontrol.hub_target(rect, widgets.command("spin")))
        return out

    def _sectors(self) -> list[wheelview.WheelSector]:
        state = self.game.state
        ids = tuple(state.wheel) if state else None
        by_id = {s.id: s for s in self.game.wheel_sectors(ids)}
        return [by_id[i] for i in (ids or ()) if i in by_id]

    def draw(self, surface: pygame.Surface) -> None:
        session, state = self.game.session, self.game.state
        if session is None or state is None:
            widgets.draw_backdrop(surface)
            return
        rect = self.ui.layout.panorama["wheel"]
        spin = self.spin
        if spin is None:
            self._draw_still(surface)
            self.wheel.draw_needle(surface, rect, self.needle)
            return
        still = self._still_for(surface, rect, spin.t >= spin.duration)
        surface.blit(still.image, (0, 0))
        self.wheel.draw_needle(surface, rect, spin.angle())

    def _still_for(self, surface: pygame.Surface, rect: pygame.Rect, chosen: bool) -> Still:
        """The board without its needle, drawn again only when what it shows changed; when
        the needle stops, only the wheel changes (the chosen slice comes out)."""
        session = self.game.session
        assert session is not None
        key = (
            self.game.state,
            self.ui.hover,
            chrome.time_left_text(session.time_left()),
            session.time_up(),
            session.last_stretch(),
            self.ui.sound.muted,
            self.ui.fullscreen,
        )
        still = self._still
        if still is None or still.image.get_size() != surface.get_size():
            still = self._still = Still(pygame.Surface(surface.get_size(), 0, surface))
        if still.key != key:
            self._draw_still(still.image)
        elif still.chosen != chosen:
            still.image.fill(P.background, rect)
            self._wheel(still.image, rect)
        still.key, still.chosen = key, chosen
        return still

    def _draw_still(self, surface: pygame.Surface) -> None:
        """The board without its needle."""
        widgets.draw_backdrop(surface)
        session, state = self.game.session, self.game.state
        assert session is not None and state is not None
        lay = self.ui.layout.panorama
        buttons = self.buttons()
        chrome.draw_header(surface, self.ui, self.game, self.icons())
        self._wheel(surface, lay["wheel"])
        self._turn(surface, lay["turn"])
        lines = [
            TeamLine(i, t.name, theme.rgb(t.colour), state.scores[i], active=i == state.active_team)
            for i, t in enumerate(state.settings.teams)
        ]
        draw_scoreboard(surface, self.ui, lay["scores"], lines)
        self.ui.type.text(
            surface, say("game.board.hint"), "small", lay["hint"], P.muted, valign="bottom"
        )
        widgets.draw_buttons(surface, self.ui, buttons)

    def _wheel(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        session, state = self.game.session, self.game.state
        assert session is not None and state is not None
        markers: dict[str, list[tuple[int, theme.Colour]]] = {}
        for team, info in enumerate(state.settings.teams):
            for sector in state.sectors_won(team):
                markers.setdefault(sector, []).append((team, theme.rgb(info.colour)))
        spin = self.spin
        chosen = spin.sector if spin is not None and spin.t >= spin.duration else None
        self.wheel.draw(
            surface,
            self.ui,
            rect,
            self._sectors(),
            available=frozenset(session.available_sectors()),
            markers={k: tuple(v) for k, v in markers.items()},
            chosen=chosen,
            teams=len(state.settings.teams),
        )

    def _turn(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        ui, state = self.ui, self.game.state
        assert state is not None
        graphics.panel(surface, rect, P.panel, ui.layout.radius)
        inner = inset(rect, ui.layout.pad // 2).inflate(-ui.layout.pad, 0)
        head, rest = take_top(inner, round(inner.height * layout.TURN_LEAD))
        team = state.settings.teams[state.active_team]
        lead = say("game.board.spins") if state.settings.all_teams else say("game.board.turn_of")
        ui.type.text(surface, lead, "small", head, P.muted, valign="middle", max_lines=1)
        ui.type.text(surface, team.name, "heading", rest, P.text, valign="middle", max_lines=1)
