"""Title: the game's name, « Nouvelle partie », « Reprendre la partie » when a game was
interrupted (when it stopped, teams and scores), the bank's summary or its errors, « Quitter ».

After a crash, « Reprendre la partie » is the first button and has the focus, so that Enter or a
clicker's « suivant » brings the game back. The summary the Title reads is the one the session
resumes from: the journal is read and folded once. A bank that fails validation does not crash
anything: its problems are listed here in plain French, and the facilitator may choose to play
with the questions that are valid.

The buttons are a list of entries (:meth:`Title._entries`) and the panel a stack of boxes
(:meth:`Title._panel`): a new offer is one more entry or one more box.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.rules.bank.problems import Problem
from game.ui import bankswitch, graphics, layout, theme, widgets
from game.ui.actions import Act, Action
from game.ui.context import Ui
from game.ui.layout import inset, rows, take_top
from game.ui.scenes.base import Host, Scene
from game.ui.wheelview import WheelSector, WheelView
from game.wording import NBSP, dates, say, say_n

if TYPE_CHECKING:  # read only when a game may resume (game.Game.resumable)
    from game.rules.session.journal import JournalSummary

P = theme.PALETTE
MAX_PROBLEMS = 6


@dataclass(frozen=True)
class Entry:
    """One of the Title's buttons."""

    label: str
    action: Action
    enabled: bool


def stopped_text(summary: JournalSummary, today: date) -> str:
    """« Partie interrompue aujourd'hui à 14 h 05 »: when the game's last action was taken."""
    moment = dates.parse_wall(summary.stopped or summary.date)
    if moment is None:
        return say("game.title.interrupted")
    time = dates.clock_time(moment)
    if moment.date() == today:
        return say("game.title.interrupted_today", time=time)
    return say("game.title.interrupted_on", date=dates.short_date(moment), time=time)


def _shown_source(source: Path) -> str:
    """« banque-du-service.zip », or a folder's name with its slash: « questions/ »."""
    return source.name if source.suffix.lower() == ".zip" else f"{source.name}/"


def scores_text(summary: JournalSummary) -> str:
    return " · ".join(
        say("game.title.team_score", team=n.replace(" ", NBSP), score=s)  # a name on one line
        for n, s in zip(summary.team_names, summary.scores, strict=True)
    )


class Title(Scene):
    """The first screen."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.focus = 0
        self.resumable: JournalSummary | None = None
        self.emblem = WheelView()

    def enter(self) -> None:
        self.resumable = self.game.resumable()
        self.focus = self._first_enabled()

    def _entries(self) -> list[Entry]:
        """The buttons, top to bottom: what unblocks the game first, then resuming (after a
        crash, the one thing to do), a new game, quitting."""
        game = self.game
        out = []
        if game.loaded.errors and not game.errors_accepted and game.loaded.usable:
            out.append(
                Entry(
                    say("game.title.play_valid", count=len(game.questions())),
                    widgets.command("accept"),
                    True,
                )
            )
        if self.resumable is not None:
            out.append(Entry(say("game.title.resume"), widgets.command("resume"), game.playable))
        out.append(Entry(say("game.title.new"), widgets.command("new"), game.playable))
        if not bankswitch.is_builtin(self.host):
            out.append(Entry(say("game.title.builtin_bank"), widgets.command("builtin_bank"), True))
        out.append(Entry(say("game.title.quit"), Action(Act.QUIT), True))
        return out

    def _first_enabled(self) -> int:
        return next((i for i, e in enumerate(self._entries()) if e.enabled), 0)

    def buttons(self) -> list[widgets.Button]:
        entries = self._entries()
        slots, _ = self.ui.layout.title_buttons(len(entries))
        primary = self._first_enabled()
        return [
            widgets.Button(
                rect,
                entry.label,
                entry.action,
                primary=i == primary,
                enabled=entry.enabled,
                focused=i == self.focus % len(entries),
            )
            for i, (entry, rect) in enumerate(zip(entries, slots, strict=False))
        ]

    def handle(self, action: Action) -> bool:
        entries = self._entries()
        if action.kind in (Act.UP, Act.PREVIOUS, Act.DOWN):
            self._move(entries, -1 if action.kind != Act.DOWN else 1)
            return True
        if action.kind in (Act.NEXT, Act.CONFIRM):
            chosen = entries[self.focus % len(entries)]
            if chosen.enabled and chosen.action.kind == Act.COMMAND:
                return self._command(chosen.action.value)
            if chosen.enabled:
                self.host.dispatch(chosen.action)
            return True
        if action.kind == Act.COMMAND:
            return self._command(action.value)
        return False

    def _move(self, entries: list[Entry], step: int) -> None:
        """The focus goes to the next button that can be used (a disabled one is skipped)."""
        for k in range(1, len(entries) + 1):
            index = (self.focus + step * k) % len(entries)
            if entries[index].enabled:
                self.focus = index
                return

    def _command(self, name: object) -> bool:
        if name == "accept":
            self.game.errors_accepted = True
            self.focus = self._first_enabled()
        elif name == "new" and self.game.playable:
            self.host.go_home("setup")
        elif name == "resume" and self.resumable is not None and self.game.playable:
            self.game.resume(self.resumable)
        elif name == "builtin_bank":
            bankswitch.back_to_builtin(self.host)
            self.focus = self._first_enabled()
        return True

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)
        lay = self.ui.layout.title
        self._heading(surface, lay["heading"])
        buttons = self.buttons()
        widgets.draw_buttons(surface, self.ui, buttons)
        widgets.draw_icon_row(surface, self.ui, self.icons())
        _, emblem = self.ui.layout.title_buttons(len(buttons))
        if emblem is not None:
            self.emblem.draw(surface, self.ui, emblem, self.game.wheel_sectors(), labels=False)
        self._panel(surface, lay["panel"])

    def _heading(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        title_rect, rest = take_top(rect, round(rect.height * layout.TITLE_SPLIT))
        self.ui.type.text(
            surface, say("game.title.name"), "display", title_rect, P.text, "left", "bottom"
        )
        self.ui.type.text(
            surface, say("game.title.subtitle"), "body", rest, P.muted, "left", "middle"
        )

    def _panel(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        ui = self.ui
        graphics.panel(surface, rect, P.panel, ui.layout.radius)
        inner = inset(rect, ui.layout.pad)
        if self.resumable is not None:
            box, inner = take_top(inner, round(inner.height * layout.RESUME_BOX), ui.layout.gap)
            self._resume_box(surface, box, self.resumable)
        if self.game.loaded.errors or self.game.bank is None:
            self._problems(surface, inner)
        else:
            self._summary(surface, inner)

    def _resume_box(
        self, surface: pygame.Surface, rect: pygame.Rect, summary: JournalSummary
    ) -> None:
        ui = self.ui
        head, rest = take_top(rect, round(rect.height * layout.RESUME_HEAD))
        today = self.game.clock.wall().date()
        ui.type.text(
            surface, stopped_text(summary, today), "emphasis", head, P.text, valign="middle"
        )
        ui.type.text(surface, scores_text(summary), "body", rest, P.muted)

    def _summary(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        ui, bank = self.ui, self.game.bank
        assert bank is not None
        head, rest = take_top(rect, ui.layout.h(layout.HEADING_ROW))
        wheel = [q for q in bank.active if q.kind.on_wheel]  # the baromètre's are voted apart
        count = len(wheel)
        ui.type.text(
            surface,
            say("game.title.bank_count", count=say_n("common.count.questions", count)),
            "heading",
            head,
            P.text,
            valign="middle",
            max_lines=1,
        )
        sectors = self.game.wheel_sectors()
        foot_height = ui.layout.h(layout.BUTTON_ROW)
        lines, foot = rest.inflate(0, -foot_height), rest
        lines.top = rest.top
        per_sector = {s.id: 0 for s in sectors}
        for q in wheel:
            per_sector[q.sector] = per_sector.get(q.sector, 0) + 1
        for sector, row in zip(sectors, rows(lines, len(sectors), ui.layout.gap // 2), strict=True):
            self._sector_row(surface, row, sector, per_sector.get(sector.id, 0))
        foot = pygame.Rect(rest.left, rest.bottom - foot_height, rest.width, foot_height)
        where = say(
            "game.title.bank_folder",
            folder=_shown_source(self.game.bank_source),
            version=bank.version,
            date=dates.short_date(date.fromisoformat(bank.date)),
        )
        ui.type.text(surface, where, "small", foot, P.muted, valign="bottom")

    def _sector_row(
        self, surface: pygame.Surface, row: pygame.Rect, sector: WheelSector, count: int
    ) -> None:
        ui = self.ui
        side = min(row.height, ui.layout.h(layout.SUMMARY_ROW))
        centre = (row.left + side // 2, row.centery)
        graphics.disc(surface, centre, side // 2, sector.colour)
        icon = ui.images.svg(
            sector.pictogram, round(side * widgets.ICON_FRACTION), theme.text_on(sector.colour)
        )
        graphics.blit_centred(surface, icon, centre)
        text = pygame.Rect(
            row.left + side + ui.layout.gap, row.top, row.width - side - ui.layout.gap, row.height
        )
        line = say(
            "game.title.sector_count",
            sector=sector.label,
            count=say_n("common.count.questions", count),
        )
        ui.type.text(surface, line, "body", text, P.text, valign="middle", max_lines=1)

    def _problems(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        ui, loaded = self.ui, self.game.loaded
        errors = loaded.errors
        head, rest = take_top(rect, ui.layout.h(layout.PROBLEMS_HEAD), ui.layout.gap)
        if loaded.usable:
            text = say_n("game.title.errors_set_aside", len(errors))
        else:
            text = say("game.title.nothing_usable")
        ui.type.text(surface, text, "emphasis", head, P.text)
        ui.type.text(
            surface,
            _problems_text(ui, errors, rest.size) or say("game.title.empty_folder"),
            "small",
            rest,
            P.muted,
        )


def _problems_text(ui: Ui, errors: list[Problem], size: tuple[int, int]) -> str:
    """As many problems as fit, then how many more and where to read them all."""
    for count in range(min(len(errors), MAX_PROBLEMS), -1, -1):
        lines = [_problem_text(p) for p in errors[:count]]
        more = len(errors) - count
        if more:
            lines.append(say_n("game.title.more_errors", more, command=VALIDATE))
        text = "\n".join(lines)
        if not ui.type.fit(text, "small", size).overflow:
            return text
    return say_n("game.title.errors_only", len(errors), command=VALIDATE)


VALIDATE = "python main.py validate"


def _problem_text(problem: Problem) -> str:
    where = problem.file.split("/")[-1]
    if problem.line is not None:
        where = say("game.title.problem_line", file=where, line=problem.line)
    ident = f" [{problem.question_id}]" if problem.question_id else ""
    return say("game.title.problem", where=where + ident, message=problem.message)
