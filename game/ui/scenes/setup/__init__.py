"""The Setup: the form a facilitator fills before a game (teams, options, sectors).

``scene`` holds the scene: it turns actions into the form's edits, starts the game and draws
the form; ``form`` holds the form itself (the option rows, the values being chosen, the field
in focus, the edits, the settings the rules check); ``fields`` draws the fields only Setup has.
"""

from game.ui.scenes.setup.scene import Setup

__all__ = ["Setup"]
