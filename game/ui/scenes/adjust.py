"""Score adjustment (Tab, then + / −): pick a team, a number of points, type a reason.

The correction goes through ``Session.adjust``, so it is journaled, can be undone, and the
debrief lists it with its reason (« sans motif » when none was typed).
"""

from __future__ import annotations

import pygame

from game.rules.session.transitions import ADJUST_MAX, REASON_MAX
from game.ui import clipboard, graphics, layout, theme, widgets
from game.ui.actions import Act, Action, Mode
from game.ui.layout import columns, inset, rows, take_bottom, take_left, take_right, take_top
from game.ui.scenes.base import Host, Scene
from game.ui.scenes.overlays import dialog_frame
from game.wording import say, say_n

P = theme.PALETTE
TEAMS_PER_ROW = 3


class AdjustOverlay(Scene):
    """Team, points (−10…+10, never 0) and reason; Enter applies, Esc cancels."""

    mode = Mode.ADJUST
    overlay = True

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        state = self.game.state
        self.team = state.active_team if state else 0
        self.delta = 1
        self.reason = ""

    def _teams(self) -> int:
        state = self.game.state
        return state.n_teams if state else 0

    def handle(self, action: Action) -> bool:
        kind = action.kind
        if kind in (Act.ADJUST, Act.NEXT, Act.DOWN):
            self.team = (self.team + 1) % max(1, self._teams())
        elif kind in (Act.PREVIOUS, Act.UP):
            self.team = (self.team - 1) % max(1, self._teams())
        elif kind in (Act.PLUS, Act.MINUS):
            self._change(1 if kind == Act.PLUS else -1)
        elif kind == Act.TEXT:
            self.reason = (self.reason + str(action.value))[:REASON_MAX]
        elif kind == Act.DELETE:
            self.reason = self.reason[:-1]
        elif kind == Act.PASTE:
            self.reason = (self.reason + clipboard.paste_line())[:REASON_MAX]
        elif kind == Act.CONFIRM:
            self._apply()
        elif kind == Act.BACK:
            self.host.pop(self)
        elif kind == Act.COMMAND:
            self._command(action.value)
        return True

    def _change(self, step: int) -> None:
        value = self.delta + step
        if value == 0:
            value += step
        self.delta = max(-ADJUST_MAX, min(ADJUST_MAX, value))

    def _command(self, value: object) -> None:
        if isinstance(value, tuple) and value[0] == "team":
            self.team = int(value[1])
        elif value == "plus":
            self._change(1)
        elif value == "minus":
            self._change(-1)
        elif value == "apply":
            self._apply()
        elif value == "cancel":
            self.host.pop(self)

    def _apply(self) -> None:
        session = self.game.session
        if session is None:
            self.host.pop(self)
            return
        team, delta, reason = self.team, self.delta, self.reason
        self.host.pop(self)
        self.game.act(lambda: session.adjust(team, delta, reason))

    # --- layout --------------------------------------------------------------------------

    def _parts(self) -> dict[str, pygame.Rect]:
        lay = self.ui.layout
        inner = inset(lay.big_dialog, lay.pad)
        head, rest = take_top(inner, lay.h(layout.HEADING_ROW), lay.gap)
        rest, foot = take_bottom(rest, lay.h(layout.BUTTON_ROW), lay.gap)
        grid = lay.h(layout.TEAM_GRID)
        if self._teams() <= TEAMS_PER_ROW:
            grid = (grid - lay.gap) // 2
        teams, rest = take_top(rest, grid, lay.gap)
        points, reason = take_top(rest, lay.h(layout.BUTTON_ROW), lay.gap)
        return {"head": head, "teams": teams, "points": points, "reason": reason, "foot": foot}

    def buttons(self) -> list[widgets.Button]:
        state, lay = self.game.state, self.ui.layout
        if state is None:
            return []
        parts = self._parts()
        out = []
        lines = 1 if state.n_teams <= TEAMS_PER_ROW else 2
        cells = [
            c
            for row in rows(parts["teams"], lines, lay.gap)
            for c in columns(row, TEAMS_PER_ROW, lay.gap)
        ]
        for team, cell in zip(range(state.n_teams), cells, strict=False):
            name = say(
                "game.adjust.team", team=state.settings.teams[team].name, score=state.scores[team]
            )
            out.append(
                widgets.Button(
                    cell,
                    name,
                    widgets.command("team", team),
                    selected=team == self.team,
                    focused=team == self.team,
                )
            )
        minus, rest = take_left(parts["points"], parts["points"].height * 2, lay.gap)
        _, plus = take_right(rest, parts["points"].height * 2, lay.gap)
        out.append(widgets.Button(minus, "", widgets.command("minus"), icon="moins"))
        out.append(widgets.Button(plus, "", widgets.command("plus"), icon="plus"))
        yes, no = columns(parts["foot"], 2, lay.gap)
        out.append(
            widgets.Button(yes, say("game.adjust.apply"), widgets.command("apply"), primary=True)
        )
        out.append(widgets.Button(no, say("game.adjust.cancel"), widgets.command("cancel")))
        return out

    def draw(self, surface: pygame.Surface) -> None:
        ui, lay, state = self.ui, self.ui.layout, self.game.state
        if state is None:
            return
        dialog_frame(surface, lay.rect, lay.big_dialog, lay.radius, lay.outline)
        parts = self._parts()
        ui.type.text(
            surface,
            say("game.adjust.title"),
            "heading",
            parts["head"],
            P.text,
            valign="middle",
            max_lines=1,
        )
        widgets.draw_buttons(surface, ui, self.buttons())
        points = parts["points"]
        middle = points.inflate(-points.height * 4 - lay.gap * 4, 0)
        team = state.settings.teams[self.team].name
        change = (
            say_n("game.adjust.plus", self.delta, team=team)
            if self.delta > 0
            else say_n("game.adjust.minus", -self.delta, team=team)
        )
        ui.type.text(surface, change, "heading", middle, P.text, "centre", "middle", max_lines=1)
        self._reason(surface, parts["reason"])

    def _reason(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        ui, lay = self.ui, self.ui.layout
        label, field = take_top(rect, lay.h(layout.LABEL_ROW))
        ui.type.text(
            surface,
            say("game.adjust.reason"),
            "small",
            label,
            P.muted,
            valign="middle",
            max_lines=1,
        )
        field = pygame.Rect(
            field.left,
            field.top + lay.gap // 2,
            field.width,
            min(field.height - lay.gap // 2, lay.h(layout.FIELD_MAX)),
        )
        graphics.panel(surface, field, P.card, lay.radius, P.focus, lay.focus_ring)
        ui.type.text(surface, self.reason + "|", "body", inset(field, lay.pad // 2), P.ink)
