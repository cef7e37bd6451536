"""Overlays that stack on any scene: pause (timer frozen), help (every control), a
confirmation (quit, end the game), and the black screen.

An overlay follows the scene interface. A *modal* overlay takes every action and every click;
the pause overlay is not modal for the controls that still make sense while paused (help,
black screen, undo, score correction, ending the game).
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui import graphics, layout, theme, widgets
from game.ui.actions import Act, Action, Mode, Target
from game.ui.layout import centred, inset, take_bottom, take_top
from game.ui.scenes.base import Host, Scene

P = theme.PALETTE

CONTROLS: tuple[tuple[str, str], ...] = (
    ("Espace, Entrée, Droite", "Suivant, valider"),
    ("Gauche", "Retour ; sur une question : réponse suivante"),
    ("Page suiv. / Page préc.", "Les mêmes, à la télécommande"),
    ("A à D, ou 1 à 4", "Répondre (0 : pas de réponse)"),
    ("1 à 5 sur la roue", "Choisir le secteur sans tourner"),
    ("P", "Pause : le temps s'arrête"),
    ("Point ou B", "Écran noir (sur une question : le point)"),
    ("F11 ou F5", "Plein écran"),
    ("Ctrl+Z, Retour arrière", "Annuler la dernière action"),
    ("Tab, puis + ou −", "Corriger le score d'une équipe"),
    ("S ou E", "Passer la question, ou terminer la partie"),
    ("M", "Couper ou remettre le son"),
    ("D sur la réponse", "Pour aller plus loin"),
    ("Sur le bilan", "Espace, Droite : page suivante ; Gauche : précédente ; Entrée : le PDF"),
    ("H, F1 ou ?", "Cette aide"),
    ("Échap", "Sortir du plein écran, revenir, quitter"),
)


def dialog_frame(surface: pygame.Surface, ui_rect: pygame.Rect, rect: pygame.Rect,
                 radius: int, edge: int) -> None:
    """A dialog panel over a dimmed screen."""
    widgets.shade(surface)
    graphics.panel(surface, rect, P.panel, radius, P.panel_edge, edge)


class PauseOverlay(Scene):
    """The game is paused: clocks frozen until P, Space or the button."""

    overlay = True

    modal = False
    _PASS = (Act.BLACK, Act.HELP, Act.UNDO, Act.ADJUST, Act.END, Act.BACK, Act.QUIT)

    def _box(self) -> pygame.Rect:
        return self.ui.layout.dialog

    def buttons(self) -> list[widgets.Button]:
        box = self._box()
        lay = self.ui.layout
        _, bottom = take_bottom(inset(box, lay.pad), lay.h(layout.BUTTON_ROW))
        rect = centred(bottom, lay.h(layout.WIDE_BUTTON), bottom.height)
        return [widgets.Button(rect, "Reprendre la partie", Action(Act.PAUSE), icon="lecture",
                               primary=True, focused=True)]

    def handle(self, action: Action) -> bool:
        if action.kind in (Act.NEXT, Act.CONFIRM, Act.PAUSE):
            session = self.game.session
            if session is not None:
                self.game.act(session.resume_play)
            return True
        return action.kind not in self._PASS

    def draw(self, surface: pygame.Surface) -> None:
        ui, lay = self.ui, self.ui.layout
        box = self._box()
        dialog_frame(surface, lay.rect, box, lay.radius, lay.outline)
        inner = inset(box, lay.pad)
        head, rest = take_top(inner, lay.h(layout.PAUSE_HEAD), lay.gap)
        side = head.height
        graphics.blit_centred(surface, ui.images.icon("pause", side, P.focus),
                              (head.left + side // 2, head.centery))
        title = pygame.Rect(head.left + side + lay.gap, head.top, head.width - side - lay.gap,
                            head.height)
        ui.type.text(surface, "Pause", "title", title, P.text, valign="middle", max_lines=1)
        text, _ = take_bottom(rest, lay.h(layout.BUTTON_ROW), lay.gap)
        ui.type.text(surface, "Le temps est arrêté : prenez le temps d'en parler. "
                     "P ou Espace pour reprendre.", "body", text, P.text)
        widgets.draw_buttons(surface, ui, self.buttons())


class HelpOverlay(Scene):
    """Every control, on one screen."""

    overlay = True

    def _box(self) -> pygame.Rect:
        return self.ui.layout.big_dialog

    def targets(self) -> list[Target]:
        return [Target(self.ui.layout.rect, Action(Act.BACK))]

    def handle(self, action: Action) -> bool:
        if action.kind in (Act.HELP, Act.BACK, Act.NEXT, Act.CONFIRM, Act.PREVIOUS):
            self.host.pop(self)
        return True

    def draw(self, surface: pygame.Surface) -> None:
        ui, lay = self.ui, self.ui.layout
        box = self._box()
        dialog_frame(surface, lay.rect, box, lay.radius, lay.outline)
        inner = inset(box, lay.pad)
        head, rest = take_top(inner, lay.h(layout.HEADING_ROW), lay.gap)
        ui.type.text(surface, "Les commandes (Échap pour fermer ; tout se clique aussi)",
                     "heading", head, P.text, valign="middle", max_lines=1)
        widgets.draw_table(surface, ui, rest, CONTROLS, layout.HELP_KEY_COLUMN)


class ConfirmOverlay(Scene):
    """A yes / no question. Enter or Space activate the focused button; Esc says no."""

    overlay = True

    mode = Mode.DIALOG

    def __init__(self, host: Host, title: str, text: str, yes: str,
                 on_yes: Callable[[], object], no: str = "Continuer la partie",
                 quitting: bool = False) -> None:
        super().__init__(host)
        self.title, self.text, self.yes, self.no = title, text, yes, no
        self.on_yes = on_yes
        self.quitting = quitting
        self.focus = 0

    def _box(self) -> pygame.Rect:
        return self.ui.layout.dialog

    def buttons(self) -> list[widgets.Button]:
        lay = self.ui.layout
        _, bottom = take_bottom(inset(self._box(), lay.pad), lay.h(layout.BUTTON_ROW))
        half = (bottom.width - lay.gap) // 2
        yes = pygame.Rect(bottom.left, bottom.top, half, bottom.height)
        no = pygame.Rect(yes.right + lay.gap, bottom.top, half, bottom.height)
        return [
            widgets.Button(yes, self.yes, widgets.command("yes"), focused=self.focus == 0,
                           primary=self.focus == 0),
            widgets.Button(no, self.no, widgets.command("no"), focused=self.focus == 1,
                           primary=self.focus == 1),
        ]

    def handle(self, action: Action) -> bool:
        if action.kind in (Act.NEXT, Act.PREVIOUS):
            self.focus = 1 - self.focus
        elif action.kind == Act.CONFIRM:
            self._answer(self.focus == 0)
        elif action.kind == Act.BACK:
            self._answer(False)
        elif action.kind == Act.COMMAND:
            self._answer(action.value == "yes")
        return True

    def _answer(self, yes: bool) -> None:
        self.host.pop(self)
        if yes:
            self.on_yes()

    def draw(self, surface: pygame.Surface) -> None:
        ui, lay = self.ui, self.ui.layout
        box = self._box()
        dialog_frame(surface, lay.rect, box, lay.radius, lay.outline)
        inner = inset(box, lay.pad)
        head, rest = take_top(inner, lay.h(layout.DIALOG_TITLE), lay.gap)
        ui.type.text(surface, self.title, "title", head, P.text, valign="middle", max_lines=1)
        text, _ = take_bottom(rest, lay.h(layout.BUTTON_ROW), lay.gap)
        ui.type.text(surface, self.text, "body", text, P.text)
        widgets.draw_buttons(surface, ui, self.buttons())


class BlackOverlay(Scene):
    """A black screen, to turn the room's eyes away from the screen; any key brings it back."""

    overlay = True

    def targets(self) -> list[Target]:
        return [Target(self.ui.layout.rect, Action(Act.BACK))]

    def handle(self, action: Action) -> bool:
        self.host.pop(self)
        return True

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((0, 0, 0))
