"""The baromètre's vote: a statement on a card and its four-level scale, before the first spin and
again once the game ended, one statement after the other.

« Par équipe », each team in turn places itself on the scale: its disc goes on the level it
chose, the strip under the card says which teams have placed themselves and whose turn it is.
« À main levée », the facilitator types the hands raised on each level in the boxes under it.
The line under the card says what « suivant » does (see ``ballot``); the footer passes the
statement or the whole baromètre, and undoes. Nobody scores: the band says so. The statement
is the bank's text, with French typography.
"""

from __future__ import annotations

import pygame

from game.rules.session.votes import Ballot
from game.ui import card, chrome, graphics, roomlayout, theme, widgets
from game.ui.actions import Act, Action, Mode, Target
from game.ui.layout import inset
from game.ui.roomlayout import PollLayout
from game.ui.scenes.ballot import BOXES, LEVELS, BallotEntry
from game.ui.scenes.base import Host, Scene, Wake, soonest
from game.ui.scoreboard import TeamLine, draw_strip
from game.wording import say

P = theme.PALETTE
DISC_SHARE = 0.32  # a team's disc on a level, of the level's body height at most


class BarometerScene(Scene):
    """One statement of the baromètre, until the room has voted on it."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.entry = BallotEntry(host)

    def input_mode(self) -> Mode:
        return Mode.CHOICE if self.entry.by_teams else Mode.NUMBER

    def _ballot(self) -> Ballot | None:
        return self.entry.ballot

    # --- actions -------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        self.entry.sync()
        entry, kind = self.entry, action.kind
        if self._ballot() is None:
            return False
        entry.nudge = None
        if kind == Act.ANSWER and entry.by_teams:
            entry.choose("ABCD".index(str(action.value)) + 1)
        elif kind in (Act.NEXT, Act.CONFIRM):
            entry.forward()
        elif kind in (Act.PREVIOUS, Act.UP, Act.DOWN):
            step = -1 if (kind == Act.PREVIOUS and not entry.by_teams) or kind == Act.UP else 1
            entry.move(step)
        elif kind == Act.TEXT and not entry.by_teams:
            entry.type(str(action.value))
        elif kind == Act.DELETE:
            entry.delete()
        elif kind == Act.SKIP:
            entry.pass_over(every=action.value == "all")
        elif kind == Act.COMMAND:
            return self._command(action.value)
        else:
            return False
        return True

    def _command(self, value: object) -> bool:
        entry = self.entry
        name, arg = value if isinstance(value, tuple) else (value, None)
        if name == "level" and isinstance(arg, int) and entry.by_teams:
            entry.choose(arg)
        elif name == "box" and isinstance(arg, str):
            entry.at = arg
        elif name == "confirm":
            entry.at = "confirm" if not entry.by_teams else entry.at
            entry.forward()
        elif name == "skip":
            entry.pass_over(every=False)
        elif name == "skip_all":
            entry.pass_over(every=True)
        else:
            return False
        return True

    def update(self, dt: float) -> Wake:
        self.entry.sync()
        session = self.game.session
        if session is None or session.state.paused:
            return None
        return soonest(chrome.header_wake(self.game))

    # --- layout --------------------------------------------------------------------------

    def _layout(self) -> PollLayout:
        return roomlayout.poll(self.ui.layout, self.entry.by_teams)

    def buttons(self) -> list[widgets.Button]:
        if self._ballot() is None:
            return []
        entry = self.entry
        confirm = say("game.poll.button.place") if entry.by_teams else say("game.poll.button.count")
        ready = entry.slot() in LEVELS if entry.by_teams else sum(entry.counts()) > 0
        out = widgets.footer_buttons(
            self.ui,
            [
                (confirm, widgets.command("confirm"), "juste", True, ready),
                (say("game.poll.button.skip"), widgets.command("skip"), "passer", False, True),
                (say("game.poll.button.skip_all"), widgets.command("skip_all"), None, False, True),
                (say("game.entry.button.undo"), Action(Act.UNDO), "annuler", False, True),
            ],
        )
        here = entry.slot()
        out[0].focused = here == "confirm" or (entry.by_teams and here in LEVELS)
        out[1].focused = here == "skip"
        lay = self._layout()
        for index, tile in enumerate(lay.levels):
            value = ("level", index + 1) if entry.by_teams else ("box", BOXES[index])
            out.append(widgets.Button(tile, "", widgets.command(*value)))
        return out

    def targets(self) -> list[Target]:
        return super().targets()

    def highlighted(self) -> str | None:
        """The slot drawn with the cursor: a level, a box, or the focused button's."""
        return self.entry.slot()

    # --- drawing -------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)
        ballot, state = self._ballot(), self.game.state
        if ballot is None or state is None:
            return
        ui, lay = self.ui, self._layout()
        chrome.draw_header(surface, ui, self.game, self.icons())
        sector = self.game.sector_view(ballot.statement.sector)
        card.draw_card(surface, ui, lay.card, sector)
        when = (
            say("game.poll.band.before") if ballot.round == "avant" else say("game.poll.band.after")
        )
        card.draw_band_text(
            surface,
            ui,
            lay.card,
            sector,
            say("game.poll.band.left", sector=sector.label),
            say("game.poll.band.right", when=when, number=ballot.number, total=ballot.total),
            None,
        )
        ui.type.text(
            surface,
            card.shown(ballot.statement.prompt),
            "prompt",
            lay.statement,
            P.ink,
            "centre",
            "middle",
        )
        self._levels(surface, lay, ballot)
        if lay.strip is not None:
            draw_strip(surface, ui, lay.strip, self._strip(ballot), show_score=False)
        widgets.draw_buttons(surface, ui, [b for b in self.buttons() if b.label])
        self._hint(surface, lay.hint)

    def _levels(self, surface: pygame.Surface, lay: PollLayout, ballot: Ballot) -> None:
        ui, entry = self.ui, self.entry
        here = entry.slot()
        for index, (tile, head, body) in enumerate(
            zip(lay.levels, lay.heads, lay.bodies, strict=True)
        ):
            colour = theme.SCALE[index]
            cursor = here in (LEVELS[index], BOXES[index])
            graphics.panel(
                surface,
                tile,
                P.card,
                ui.layout.radius,
                P.ink if cursor else theme.mix(colour, P.ink, 0.25),
                ui.layout.focus_ring if cursor else ui.layout.outline,
            )
            if cursor:
                ring = tile.inflate(ui.layout.focus_ring * 5, ui.layout.focus_ring * 5)
                pygame.draw.rect(
                    surface,
                    P.ink,
                    ring,
                    width=ui.layout.focus_ring,
                    border_radius=ui.layout.radius + ui.layout.focus_ring,
                )
            pygame.draw.rect(
                surface,
                colour,
                head,
                border_top_left_radius=ui.layout.radius,
                border_top_right_radius=ui.layout.radius,
            )
            label = f"{index + 1}. {entry.levels()[index]}"
            ui.type.text(
                surface,
                label,
                "label",
                inset(head, ui.layout.h(0.008)),
                theme.text_on(colour),
                "centre",
                "middle",
                max_lines=2,
            )
            if entry.by_teams:
                self._discs(surface, body, ballot, index + 1)
            else:
                self._box(surface, body, BOXES[index], cursor)

    def _discs(
        self, surface: pygame.Surface, body: pygame.Rect, ballot: Ballot, level: int
    ) -> None:
        """The teams placed on this level, as their number discs, in rows."""
        state = self.game.state
        assert state is not None
        placed = [team for team, chosen in ballot.tally.levels if chosen == level]
        if not placed:
            return
        per_row = 3
        side = min(
            body.width // per_row,
            round(body.height * DISC_SHARE * 1.6),
            body.height // ((len(placed) + per_row - 1) // per_row),
        )
        for k, team in enumerate(placed):
            row, column = divmod(k, per_row)
            count = min(per_row, len(placed) - row * per_row)
            x = body.centerx + (column - (count - 1) / 2) * side
            y = body.top + side // 2 + row * side
            colour = theme.rgb(state.settings.teams[team].colour)
            widgets.team_disc(
                surface, self.ui, (round(x), round(y)), round(side * 0.42), colour, team
            )

    def _box(self, surface: pygame.Surface, body: pygame.Rect, box: str, focused: bool) -> None:
        """The hands typed for a level, and the word under them."""
        ui = self.ui
        rect, label = roomlayout.hands_box(body)
        graphics.panel(surface, rect, P.paper, ui.layout.radius, P.ink, ui.layout.outline)
        typed = self.entry.hands.get(box, "")
        shown = typed + ("|" if focused else "")
        ui.type.text(
            surface,
            shown or "0",
            "heading",
            inset(rect, ui.layout.h(0.006)),
            P.ink if typed or focused else P.card_muted,
            "centre",
            "middle",
            max_lines=1,
        )
        ui.type.text(
            surface,
            say("game.poll.hands"),
            "small",
            label,
            P.card_muted,
            "centre",
            "middle",
            max_lines=1,
        )

    def _strip(self, ballot: Ballot) -> list[TeamLine]:
        state = self.game.state
        assert state is not None
        following = ballot.next_team(state.n_teams)
        lines = []
        for index, team in enumerate(state.settings.teams):
            placed = ballot.tally.level_of(index) is not None
            lines.append(
                TeamLine(
                    index,
                    team.name,
                    theme.rgb(team.colour),
                    0,
                    detail=say("game.poll.placed") if placed else "",
                    active=index == following,
                )
            )
        return lines

    def _hint(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """What « suivant » does now; a key that did nothing else, or a refusal, stands out."""
        card.draw_next_line(surface, self.ui, rect, self.game.notice, self.entry.hint())
