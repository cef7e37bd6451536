"""Every scene and overlay in a known state, with the bank's longest texts: for the screenshot
command and for the layout tests.

Each shot puts one headless app in a state through the same Session API the facilitator uses
(so what is drawn is a state the game can really reach), forcing the longest question of each
type onto the card. Rendering goes to an off-screen surface of any size: the window itself
stays small, so a 4K shot does not need a 4K display. ``kit`` holds the tools, ``shots`` the
list, ``debrief`` the debrief's pages after the fullest game.
"""

from game.ui.gallery.debrief import play_full_debrief
from game.ui.gallery.kit import (
    Shot,
    Unavailable,
    force,
    headless,
    make_app,
    render,
    right_answer,
    save,
    short_debrief,
)
from game.ui.gallery.shots import shots

__all__ = [
    "Shot",
    "Unavailable",
    "force",
    "headless",
    "make_app",
    "play_full_debrief",
    "render",
    "save",
    "right_answer",
    "short_debrief",
    "shots",
]
