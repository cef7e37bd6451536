"""Title: the game's name, « Nouvelle partie », « Reprendre la partie » when a game was
interrupted (with its date, teams and scores), the bank's summary or its errors, « Quitter ».

A bank that fails validation does not crash anything: its problems are listed here in plain
French, and the facilitator may choose to play with the questions that are valid.
"""

from __future__ import annotations

from datetime import datetime

import pygame

from game.rules.bank.problems import Problem
from game.rules.session.journal import JournalSummary
from game.ui import graphics, layout, theme, widgets
from game.ui.actions import Act, Action
from game.ui.context import Ui
from game.ui.layout import inset, rows, take_top
from game.ui.scenes.base import Host, Scene
from game.ui.wheelview import WheelSector, WheelView
from game.wording import say, say_n

P = theme.PALETTE
TITLE = "Panorama Télétravail"
SUBTITLE = "Un jeu pour parler du télétravail en équipe, avec des faits."
MAX_PROBLEMS = 6


def date_text(iso: str) -> str:
    """« 22/11/2026 à 14:05 » from an ISO date-time."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.strftime("%d/%m/%Y à %H:%M")


def scores_text(summary: JournalSummary) -> str:
    return " · ".join(f"{n} : {s}" for n, s in zip(summary.team_names, summary.scores,
                                                    strict=True))


class Title(Scene):
    """The first screen."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.focus = 0
        self.resumable: JournalSummary | None = None
        self.emblem = WheelView()

    def enter(self) -> None:
        self.resumable = self.game.resumable()
        self.focus = 0

    def _entries(self) -> list[tuple[str, Action, bool]]:
        game = self.game
        out = []
        if game.loaded.errors and not game.errors_accepted and game.loaded.usable:
            count = len(game.questions())
            out.append((f"Jouer avec les {count} questions valides",
                        widgets.command("accept"), True))
        out.append(("Nouvelle partie", widgets.command("new"), game.playable))
        if self.resumable is not None:
            out.append(("Reprendre la partie", widgets.command("resume"), game.playable))
        out.append(("Quitter", Action(Act.QUIT), True))
        return out

    def buttons(self) -> list[widgets.Button]:
        entries = self._entries()
        slots, _ = self.ui.layout.title_buttons(len(entries))
        out = []
        for i, ((label, action, enabled), rect) in enumerate(zip(entries, slots, strict=False)):
            out.append(widgets.Button(rect, label, action, primary=i == 0 and enabled,
                                      enabled=enabled, focused=i == self.focus % len(entries)))
        return out

    def handle(self, action: Action) -> bool:
        entries = self._entries()
        if action.kind in (Act.UP, Act.PREVIOUS):
            self.focus = (self.focus - 1) % len(entries)
            return True
        if action.kind == Act.DOWN:
            self.focus = (self.focus + 1) % len(entries)
            return True
        if action.kind == Act.NEXT:
            label, chosen, enabled = entries[self.focus % len(entries)]
            if enabled:
                return self.handle(chosen) if chosen.kind == Act.COMMAND else (
                    self.host.dispatch(chosen) or True)
            return True
        if action.kind == Act.COMMAND:
            return self._command(action.value)
        return False

    def _command(self, name: object) -> bool:
        if name == "accept":
            self.game.errors_accepted = True
            self.focus = 0
        elif name == "new" and self.game.playable:
            self.host.go_home("setup")
        elif name == "resume" and self.resumable is not None and self.game.playable:
            self.game.resume(self.resumable.path)
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
        self.ui.type.text(surface, TITLE, "display", title_rect, P.text, "left", "bottom")
        self.ui.type.text(surface, SUBTITLE, "body", rest, P.muted, "left", "middle")

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

    def _resume_box(self, surface: pygame.Surface, rect: pygame.Rect,
                    summary: JournalSummary) -> None:
        ui = self.ui
        head, rest = take_top(rect, round(rect.height * layout.RESUME_HEAD))
        ui.type.text(surface, f"Partie interrompue le {date_text(summary.date)}", "emphasis",
                     head, P.text, valign="middle")
        ui.type.text(surface, scores_text(summary), "body", rest, P.muted)

    def _summary(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        ui, bank = self.ui, self.game.bank
        assert bank is not None
        head, rest = take_top(rect, ui.layout.h(layout.HEADING_ROW))
        count = len(bank.active)
        ui.type.text(surface, say("game.title.bank_count", count=say_n("common.count.questions",
                                                                      count)), "heading", head,
                     P.text, valign="middle", max_lines=1)
        sectors = self.game.wheel_sectors()
        foot_height = ui.layout.h(layout.BUTTON_ROW)
        lines, foot = rest.inflate(0, -foot_height), rest
        lines.top = rest.top
        per_sector = {s.id: 0 for s in sectors}
        for q in bank.active:
            per_sector[q.sector] = per_sector.get(q.sector, 0) + 1
        for sector, row in zip(sectors, rows(lines, len(sectors), ui.layout.gap // 2),
                               strict=True):
            self._sector_row(surface, row, sector, per_sector.get(sector.id, 0))
        foot = pygame.Rect(rest.left, rest.bottom - foot_height, rest.width, foot_height)
        where = f"Dossier : {bank.folder.name}/ · version {bank.version} du {bank.date}"
        ui.type.text(surface, where, "small", foot, P.muted, valign="bottom")

    def _sector_row(self, surface: pygame.Surface, row: pygame.Rect, sector: WheelSector,
                    count: int) -> None:
        ui = self.ui
        side = min(row.height, ui.layout.h(layout.SUMMARY_ROW))
        centre = (row.left + side // 2, row.centery)
        graphics.disc(surface, centre, side // 2, sector.colour)
        icon = ui.images.svg(sector.pictogram, round(side * widgets.ICON_FRACTION),
                             theme.text_on(sector.colour))
        graphics.blit_centred(surface, icon, centre)
        text = pygame.Rect(row.left + side + ui.layout.gap, row.top,
                           row.width - side - ui.layout.gap, row.height)
        line = say("game.title.sector_count", sector=sector.label,
                   count=say_n("common.count.questions", count))
        ui.type.text(surface, line, "body", text, P.text,
                     valign="middle", max_lines=1)

    def _problems(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        ui, loaded = self.ui, self.game.loaded
        errors = loaded.errors
        head, rest = take_top(rect, ui.layout.h(layout.PROBLEMS_HEAD), ui.layout.gap)
        plural = "s" if len(errors) > 1 else ""
        if loaded.usable:
            text = (f"La banque contient {len(errors)} erreur{plural} : les questions "
                    "concernées sont écartées.")
        else:
            text = "Aucune question utilisable : corrigez la banque de questions."
        ui.type.text(surface, text, "emphasis", head, P.text)
        ui.type.text(surface, _problems_text(ui, errors, rest.size) or
                     "Dossier vide ou illisible.", "small", rest, P.muted)


def _problems_text(ui: Ui, errors: list[Problem], size: tuple[int, int]) -> str:
    """As many problems as fit, then how many more and where to read them all."""
    for count in range(min(len(errors), MAX_PROBLEMS), -1, -1):
        lines = [_problem_text(p) for p in errors[:count]]
        more = len(errors) - count
        if more:
            lines.append(f"… et {more} autre{'s' if more > 1 else ''} : "
                         "python main.py validate")
        text = "\n".join(lines)
        if not ui.type.fit(text, "small", size).overflow:
            return text
    return f"{len(errors)} erreurs : python main.py validate"


def _problem_text(problem: Problem) -> str:
    where = problem.file.split("/")[-1]
    if problem.line is not None:
        where += f", ligne {problem.line}"
    ident = f" [{problem.question_id}]" if problem.question_id else ""
    return f"• {where}{ident} : {problem.message}"
