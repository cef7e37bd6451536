"""The Setup scene's memory: the last settings used, in the user's configuration folder.

Saved as a small JSON file in ``platformdirs.user_config_dir("panorama-teletravail")`` (the
folder can be injected for tests). Anything unreadable — a missing file, broken JSON, a folder
that cannot be written — falls back to the defaults silently: remembering settings is a
comfort, never a reason to stop a game from starting.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from game.rules.session.settings import (
    DEFAULT_TEAM_COLOURS,
    DURATIONS_MIN,
    MODES,
    POLLS,
    SERVICE_MAX,
    TEAM_NAME_MAX,
    TEAMS_MAX,
    TEAMS_MIN,
    TIMERS_S,
    default_team_names,
)

APP_NAME = "panorama-teletravail"
FILE_NAME = "reglages.json"
AUDIENCES = ("tous", "encadrant", "agent")


def default_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


@dataclass
class Remembered:
    """What Setup proposes: the last settings, or the design's defaults."""

    names: list[str] = field(default_factory=lambda: list(default_team_names(3)))
    colours: list[str] = field(default_factory=lambda: list(DEFAULT_TEAM_COLOURS[:3]))
    mode: str = "tour_par_tour"
    duration_min: int = 20
    timer_s: int = 60
    audience: str = "tous"
    rebond: bool = True
    sectors: list[str] | None = None  # None: every sector of the bank
    barometer: str = "equipes"  # proposed by default: each team places itself
    service: str = ""

    def sane(self) -> Remembered:
        """A copy with every out-of-range value replaced by its default."""
        base = Remembered()
        names = [str(n)[:TEAM_NAME_MAX] for n in self.names if str(n).strip()]
        colours = [c for c in self.colours if c in DEFAULT_TEAM_COLOURS]
        if not TEAMS_MIN <= len(names) <= TEAMS_MAX or len(colours) != len(names):
            names, colours = base.names, base.colours
        return Remembered(
            names=names,
            colours=colours,
            mode=self.mode if self.mode in MODES else base.mode,
            duration_min=self.duration_min
            if self.duration_min in DURATIONS_MIN
            else base.duration_min,
            timer_s=self.timer_s if self.timer_s in TIMERS_S else base.timer_s,
            audience=self.audience if self.audience in AUDIENCES else base.audience,
            rebond=bool(self.rebond),
            sectors=[str(s) for s in self.sectors] if isinstance(self.sectors, list) else None,
            barometer=self.barometer if self.barometer in POLLS else base.barometer,
            service=str(self.service).strip()[:SERVICE_MAX],
        )


def load(folder: Path | None) -> Remembered:
    """The remembered settings (defaults when there are none or they cannot be read)."""
    try:
        path = (folder or default_config_dir()) / FILE_NAME
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        known = {f.name for f in fields(Remembered)}
        if not isinstance(data, dict):
            return Remembered()
        return Remembered(**{k: v for k, v in data.items() if k in known}).sane()
    except (OSError, ValueError, TypeError):
        return Remembered()


def save(folder: Path | None, remembered: Remembered) -> bool:
    """Write the settings; False (and nothing else) when the folder cannot be written."""
    try:
        target = folder or default_config_dir()
        target.mkdir(parents=True, exist_ok=True)
        text = json.dumps(asdict(remembered), ensure_ascii=False, indent=2)
        (target / FILE_NAME).write_text(text, encoding="utf-8")
        return True
    except OSError:
        return False
