"""The Debrief: the pages a facilitator flips at the end of a game, and the exports.

``scene`` holds the scene and its actions; ``content`` gathers what is shown (the engine's
figures and the printed debrief's choices); ``sections`` lists the pages and the items of the
text pages; ``flow`` measures, packs and draws those items; ``summary`` and ``table`` draw the
first two pages.
"""

from game.ui.scenes.debrief.scene import Debrief, exporter

__all__ = ["Debrief", "exporter"]
