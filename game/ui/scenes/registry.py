"""The scenes of one app, by name: the names the transition table (``game.SCENE_OF_PHASE``)
and the home screens use.

A scene is built, and its module imported, the first time it is asked for: the Title comes up
without paying for the board, the question card or the debrief and its exports.
"""

from __future__ import annotations

from collections.abc import Callable

from game.ui.scenes.base import Host, Scene


def _title(host: Host) -> Scene:
    from game.ui.scenes.title import Title

    return Title(host)


def _setup(host: Host) -> Scene:
    from game.ui.scenes.setup import Setup

    return Setup(host)


def _panorama(host: Host) -> Scene:
    from game.ui.scenes.panorama import Panorama

    return Panorama(host)


def _question(host: Host) -> Scene:
    from game.ui.scenes.question import QuestionScene

    return QuestionScene(host)


def _reveal(host: Host) -> Scene:
    from game.ui.scenes.reveal import Reveal

    return Reveal(host)


def _barometer(host: Host) -> Scene:
    from game.ui.scenes.barometer import BarometerScene

    return BarometerScene(host)


def _debrief(host: Host) -> Scene:
    from game.ui.scenes.debrief import Debrief

    return Debrief(host)


BUILDERS: dict[str, Callable[[Host], Scene]] = {
    "title": _title,
    "setup": _setup,
    "panorama": _panorama,
    "question": _question,
    "reveal": _reveal,
    "barometer": _barometer,
    "debrief": _debrief,
}


class Scenes(dict[str, Scene]):
    """The app's scenes, each built on first use; an unknown name is a ``KeyError``."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self._host = host

    def __missing__(self, name: str) -> Scene:
        scene = self[name] = BUILDERS[name](self._host)
        return scene


def build(host: Host) -> dict[str, Scene]:
    return Scenes(host)
