"""The scenes of one app, by name: the names the transition table (``game.SCENE_OF_PHASE``)
and the home screens use."""

from __future__ import annotations

from game.ui.scenes.base import Host, Scene
from game.ui.scenes.debrief import Debrief
from game.ui.scenes.panorama import Panorama
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.reveal import Reveal
from game.ui.scenes.setup import Setup
from game.ui.scenes.title import Title


def build(host: Host) -> dict[str, Scene]:
    return {
        "title": Title(host),
        "setup": Setup(host),
        "panorama": Panorama(host),
        "question": QuestionScene(host),
        "reveal": Reveal(host),
        "debrief": Debrief(host),
    }
