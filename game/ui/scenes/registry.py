"""The scenes of one app, by name: the names the transition table (``game.SCENE_OF_PHASE``)
and the home screens use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.ui.scenes.base import Scene
from game.ui.scenes.debrief import Debrief
from game.ui.scenes.panorama import Panorama
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.reveal import Reveal
from game.ui.scenes.setup import Setup
from game.ui.scenes.title import Title

if TYPE_CHECKING:
    from game.ui.app import App


def build(app: App) -> dict[str, Scene]:
    return {
        "title": Title(app),
        "setup": Setup(app),
        "panorama": Panorama(app),
        "question": QuestionScene(app),
        "reveal": Reveal(app),
        "debrief": Debrief(app),
    }
