"""Debrief: the ranking, the group's panorama (success rate per sector drawn on the wheel), and
the way to the exports: PDF, print, PNG of this screen, CSV of the answers, notes, new game.

The exports belong to ``game.export``; when that package is missing or fails, the buttons are
disabled or the failure is said in a sentence, and the game goes on.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pygame

from game.rules.session import debrief as figures_of
from game.ui import graphics, layout, theme, wheelview, widgets
from game.ui.actions import Act, Action
from game.ui.layout import inset, take_bottom, take_top
from game.ui.scenes.base import Scene
from game.ui.scoreboard import TeamLine, draw_scoreboard

if TYPE_CHECKING:
    from game.ui.app import App

P = theme.PALETTE
END_REASONS = {
    "temps": "le temps est écoulé",
    "questions": "toutes les questions ont été jouées",
    "animateur": "partie terminée par l'animateur",
}


def exporter() -> ModuleType | None:
    """``game.export`` if it is there and offers what the buttons need."""
    try:
        module = importlib.import_module("game.export")
    except ImportError:
        return None
    needed = ("export_pdf", "export_csv", "save_png", "print_pdf")
    return module if all(hasattr(module, name) for name in needed) else None


class Debrief(Scene):
    """The end of the game."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.wheel = wheelview.WheelView()
        self.pdf: Path | None = None
        self.notes = ""

    def enter(self) -> None:
        self.pdf = None

    def buttons(self) -> list[widgets.Button]:
        ready = exporter() is not None
        specs = [
            ("Bilan PDF", "pdf", ready, True),
            ("Imprimer", "print", ready, False),
            ("Image", "png", ready, False),
            ("Tableau CSV", "csv", ready, False),
            ("Notes", "notes", True, False),
            ("Rejouer", "new", True, False),
        ]
        out = widgets.footer_buttons(self.ui, [
            (text, widgets.command(name), None, primary, enabled)
            for text, name, enabled, primary in specs])
        return out

    def handle(self, action: Action) -> bool:
        if action.kind == Act.COMMAND:
            self._command(str(action.value))
            return True
        if action.kind == Act.NEXT:  # one key at the end of a game gives the A4 debrief
            self._command("pdf")
            return True
        return False

    def _command(self, name: str) -> None:
        module, session, game = exporter(), self.game.session, self.game
        if name == "new":
            self.app.go_home("setup")
            return
        if name == "notes":
            from game.ui.scenes.notes import NotesOverlay

            self.app.push(NotesOverlay(self.app, self))
            return
        if module is None or session is None:
            game.say("Les exports ne sont pas disponibles dans cette installation.", error=True)
            return
        try:
            if name == "pdf":
                self.pdf = module.export_pdf(session, self.notes, bank=game.bank)
                game.say(f"Bilan PDF enregistré : {self.pdf}")
            elif name == "print":
                if self.pdf is None:
                    self.pdf = module.export_pdf(session, self.notes, bank=game.bank)
                ok, message = module.print_pdf(self.pdf)
                game.say(message, error=not ok)
            elif name == "png":
                image = pygame.Surface(self.ui.size)
                self.draw(image)
                game.say(f"Image enregistrée : {module.save_png(image)}")
            elif name == "csv":
                game.say(f"Réponses enregistrées : {module.export_csv(session)}")
        except Exception as exc:  # noqa: BLE001 - an export must never stop the game
            game.say(str(exc) or "L'export a échoué.", error=True)

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)
        state, ui = self.game.state, self.ui
        if state is None:
            return
        figures = figures_of.figures(state)
        lay = ui.layout.debrief
        buttons = self.buttons()
        widgets.draw_icon_row(surface, ui, self.icons())
        ui.type.text(surface, "Bilan de la partie", "title", ui.layout.frame.title, P.text,
                     valign="middle", max_lines=1)
        self._ranking(surface, lay["ranking"], figures)
        rates = {row.sector: row.rate for row in figures.sector_success}
        sectors = self.game.wheel_sectors(tuple(state.wheel))
        self.wheel.draw(surface, ui, lay["wheel"], sectors, rates=rates)
        widgets.draw_buttons(surface, ui, buttons)

    def _ranking(self, surface: pygame.Surface, rect: pygame.Rect,
                 figures: figures_of.Debrief) -> None:
        ui = self.ui
        graphics.panel(surface, rect, P.panel, ui.layout.radius)
        inner = inset(rect, ui.layout.pad)
        head, rest = take_top(inner, ui.layout.h(layout.RANK_HEAD), ui.layout.gap)
        ui.type.text(surface, "Classement", "heading", head, P.text, valign="middle",
                     max_lines=1)
        board, facts = take_bottom(rest, ui.layout.h(layout.FACTS), ui.layout.gap)
        lines = [TeamLine(r.team, f"{_rank(r.rank)}  {r.name}", theme.rgb(r.colour), r.score)
                 for r in figures.ranking]
        draw_scoreboard(surface, ui, board, lines)
        minutes = round(figures.duration_s / 60)
        played = figures.questions_played
        parts = [f"{played} question{'s' if played > 1 else ''} en {minutes} min"]
        if figures.end_reason in END_REASONS:
            parts.append(END_REASONS[figures.end_reason])
        if figures.panorama:
            parts.append("panorama complet : " + ", ".join(figures.panorama))
        if figures.corrections:
            parts.append(f"{len(figures.corrections)} correction(s) de score")
        ui.type.text(surface, " · ".join(parts) + ".", "small", facts, P.muted, valign="bottom")


def _rank(rank: int) -> str:
    return "1er" if rank == 1 else f"{rank}e"
