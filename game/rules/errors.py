"""The three ways the session refuses something, each carrying French text for the facilitator.

* ``SettingsError`` — the settings of a new game are invalid (a list of sentences, one per
  problem, so that the Setup scene can show them all at once);
* ``RuleError`` — an action is not allowed now (answering out of turn, spinning during a
  question…); the state is left unchanged;
* ``JournalError`` — a journal cannot be written or read back.
"""

from __future__ import annotations

from collections.abc import Sequence

from game.wording import say


class SettingsError(ValueError):
    """Invalid session settings; ``messages`` holds one French sentence per problem."""

    def __init__(self, messages: Sequence[str]) -> None:
        self.messages: tuple[str, ...] = tuple(messages) or (say("game.settings.invalid"),)
        super().__init__("\n".join(self.messages))


class RuleError(ValueError):
    """An action the rules do not allow in the current state (French message)."""


class JournalError(OSError):
    """A journal that cannot be written or read (French message)."""
