"""``python main.py --teams "Équipe A,Équipe B" --duration 15``: settings from the command
line, completed with the remembered ones, so that a facilitator reaches the board at once."""

from __future__ import annotations

import argparse

from game.rules.errors import SettingsError
from game.rules.session.settings import DEFAULT_TEAM_COLOURS, SessionSettings
from game.ui.game import Game
from game.ui.memory import Remembered


def team_names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def settings_from_args(
    args: argparse.Namespace, remembered: Remembered, game: Game
) -> tuple[SessionSettings | None, list[str]]:
    """The settings to start with, or the French reasons they are invalid."""
    names = team_names(args.teams or "")
    duration = args.duration if args.duration is not None else remembered.duration_min
    sectors = [s.id for s in game.wheel_sectors()]
    chosen = [s for s in (remembered.sectors or sectors) if s in sectors] or sectors
    extra = {} if args.seed is None else {"seed": args.seed}
    try:
        settings = SessionSettings(
            teams=[
                {"name": n, "colour": DEFAULT_TEAM_COLOURS[i % len(DEFAULT_TEAM_COLOURS)]}
                for i, n in enumerate(names)
            ],
            mode=remembered.mode,
            duration_min=duration,
            timer_s=remembered.timer_s,
            sectors=tuple(chosen),
            audience=remembered.audience,
            rebond=remembered.rebond,
            **extra,
        )
    except SettingsError as exc:
        return None, list(exc.messages)
    return settings, []
