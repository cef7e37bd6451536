"""The Debrief scene: pages the facilitator flips like slides, and the way to the exports.

Space, → and PageDown (a presenter clicker's « next ») turn to the next page, ← and PageUp to
the previous one; Enter exports the A4 PDF in one key (the debrief's input mode reads Enter
as « confirm »). The arrows and « 2 / 8 » sit in the header, the exports in the footer: PDF,
print, PNG of this page, CSV of the answers, notes, new game.

The exports belong to ``game.export``; when that package is missing or fails, the buttons are
disabled or the failure is said in a sentence, and the game goes on.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pygame

from game.ui import graphics, layout, theme, widgets
from game.ui.actions import Act, Action, Mode
from game.ui.context import Ui
from game.ui.scenes.base import Host, Scene
from game.ui.scenes.debrief import flow, sections, summary
from game.ui.scenes.debrief.content import Content, gather
from game.ui.scenes.debrief.sections import FlowCache, Page, build_pages, index_of
from game.ui.scenes.debrief.table import draw_table
from game.ui.wheelview import WheelView

P = theme.PALETTE
LAST_PAGE = "Dernière page du bilan. Entrée : enregistrer le bilan PDF."


def exporter() -> ModuleType | None:
    """``game.export`` if it is there and offers what the buttons need."""
    try:
        module = importlib.import_module("game.export")
    except ImportError:
        return None
    needed = ("export_pdf", "export_csv", "save_png", "print_pdf")
    return module if all(hasattr(module, name) for name in needed) else None


class Debrief(Scene):
    """The end of the game, page by page."""

    mode = Mode.PAGES

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.wheel = WheelView()
        self.pdf: Path | None = None
        self.notes = ""
        self.at: tuple[str, int] | None = None  # the page on screen: (section, part)
        # Remembered between frames, never game state: rebuilt when the game, the notes or
        # the window size change.
        self._content: tuple[object, str, Content | None] | None = None
        self._pages: tuple[object, list[Page]] | None = None
        self._sections: tuple[object, FlowCache] | None = None

    def enter(self) -> None:
        self.pdf = None
        self.at = None
        state = self.game.state
        self.notes = state.notes if state is not None else ""  # this game's, from its journal

    # --- what is shown ---------------------------------------------------------------------

    def content(self) -> Content | None:
        """The debrief of the game on screen, with the notes typed so far."""
        state = self.game.state
        if self._content is None or self._content[:2] != (state, self.notes):
            self._content = (state, self.notes, gather(self.game, self.notes))
        return self._content[2]

    def pages(self) -> list[Page]:
        """Every page at this window size (only the first two when there is no game)."""
        content = self.content()
        key = (content, self.ui.size, id(self.ui.type))
        if self._pages is None or self._pages[0] != key:
            if self._sections is None or self._sections[0] != key[1:]:
                self._sections = (key[1:], {})
            pages = [] if content is None else build_pages(self.ui, content, self._sections[1])
            self._pages = (key, pages)
        return self._pages[1]

    def shown(self) -> int:
        """The index of the page on screen; a resize keeps the same section on screen."""
        return index_of(self.pages(), self.at)

    # --- buttons and actions ---------------------------------------------------------------

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
        footer = widgets.footer_buttons(self.ui, [
            (text, widgets.command(name), None, primary, enabled)
            for text, name, enabled, primary in specs])
        lay, shown, count = self.ui.layout.debrief, self.shown(), len(self.pages())
        return [
            widgets.Button(lay["previous"], "Page précédente", widgets.command("page", -1),
                           enabled=shown > 0),
            widgets.Button(lay["next"], "Page suivante", widgets.command("page", 1),
                           enabled=shown < count - 1),
            *footer,
        ]

    def handle(self, action: Action) -> bool:
        kind = action.kind
        if kind == Act.COMMAND and isinstance(action.value, tuple):
            self.turn(int(action.value[1]))
        elif kind == Act.COMMAND:
            self._command(str(action.value))
        elif kind in (Act.NEXT, Act.PREVIOUS):
            self.turn(1 if kind == Act.NEXT else -1)
        elif kind == Act.CONFIRM:  # one key at the end of a game gives the A4 debrief
            self._command("pdf")
        else:
            return False
        return True

    def turn(self, step: int) -> None:
        """Next (+1) or previous (−1) page; past the last one, say what Enter does."""
        pages, shown = self.pages(), self.shown()
        if not pages:
            return
        wanted = max(0, min(shown + step, len(pages) - 1))
        self.at = pages[wanted].anchor
        if step > 0 and wanted == shown:
            self.game.say(LAST_PAGE)

    def _command(self, name: str) -> None:
        module, session, game = exporter(), self.game.session, self.game
        if name == "new":
            self.host.go_home("setup")
            return
        if name == "notes":
            from game.ui.scenes.notes import NotesOverlay

            self.host.push(NotesOverlay(self.host, self))
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
                game.say(f"Image de la page enregistrée : {module.save_png(image)}")
            elif name == "csv":
                game.say(f"Réponses enregistrées : {module.export_csv(session)}")
        except Exception as exc:  # noqa: BLE001 - an export must never stop the game
            game.say(str(exc) or "L'export a échoué.", error=True)

    # --- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)
        content, pages, ui = self.content(), self.pages(), self.ui
        lay = ui.layout.debrief
        widgets.draw_icon_row(surface, ui, self.icons())
        ui.type.text(surface, "Bilan de la partie", "title", lay["title"], P.text,
                     valign="middle", max_lines=1)
        buttons = self.buttons()
        for button, direction in zip(buttons[:2], (-1, 1), strict=True):
            _arrow(surface, ui, button, direction)
        widgets.draw_buttons(surface, ui, buttons[2:])
        if content is None or not pages:
            return
        page = pages[self.shown()]
        ui.type.text(surface, f"{self.shown() + 1} / {len(pages)}", "label", lay["count"],
                     P.text, "centre", "middle", max_lines=1)
        self._draw_page(surface, page, content)

    def _draw_page(self, surface: pygame.Surface, page: Page, content: Content) -> None:
        ui, lay = self.ui, self.ui.layout.debrief
        if page.kind == sections.SUMMARY:
            summary.draw_summary(surface, ui, content, self.wheel, page.title)
            return
        if page.kind == sections.GROUP:
            summary.draw_group_page(surface, ui, content, self.wheel, page.title)
            return
        ui.type.text(surface, page.title, "heading", lay["heading"], P.text, valign="middle",
                     max_lines=1)
        if page.kind == sections.RANKING:
            summary.draw_ranking_page(surface, ui, content)
        elif page.kind == sections.TEAMS:
            draw_table(surface, ui, content)
        else:
            flow.draw_page(surface, ui, page.columns, lay["content"])


def _arrow(surface: pygame.Surface, ui: Ui, button: widgets.Button,
           direction: int) -> None:
    """A page arrow: a rounded button with a triangle pointing left or right."""
    fill, ink = widgets.button_colours(ui, button)
    rect = button.rect
    graphics.panel(surface, rect, fill, ui.layout.radius)
    tip, back = (rect.height * share for share in layout.PAGE_ARROW)
    cx, cy = rect.width / 2, rect.height / 2
    triangle = [(cx + tip * direction, cy), (cx - back * direction, cy - tip),
                (cx - back * direction, cy + tip)]
    surface.blit(graphics.smooth_polygons(rect.size, [(ink, triangle)]), rect.topleft)
