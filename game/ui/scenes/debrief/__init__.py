"""The Debrief: the pages a facilitator flips at the end of a game, and the exports.

``scene`` holds the scene and its actions; ``content`` builds the debrief model once per game
state (``game.rules.debrief``) — the very model the PDF and the CSV are written from;
``sections`` lists the pages and the items of the text pages; ``flow`` measures, packs and
draws those items; ``summary`` and ``table`` draw the first pages.
"""

from game.ui.scenes.debrief.scene import Debrief, exporter

__all__ = ["Debrief", "exporter"]
