"""The front end's handle on the game: the bank, the session, and messages for the facilitator.

Every facilitator action goes through the engine's ``Session`` API (which journals it); this
module only adds what a screen needs around it: a refused action becomes a French notice
instead of an exception, the bank's problems are summarised for the Title, the interrupted game
is offered for resuming, and the sector list is turned into what the wheel draws.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from game.rules.bank.loader import Bank, LoadResult, load_bank
from game.rules.bank.model import Question
from game.rules.errors import JournalError, RuleError, SettingsError
from game.rules.session import journal_folder
from game.rules.session.clock import Clock, SystemClock
from game.ui import theme
from game.ui.wheelview import WheelSector
from game.wording import say

if TYPE_CHECKING:
    from game.rules.session.engine import Session
    from game.rules.session.journal import JournalSummary
    from game.rules.session.settings import SessionSettings
    from game.rules.session.state import State

T = TypeVar("T")

# Which scene shows each phase of the session (the explicit transition table); the baromètre's
# vote, open before the first spin and once the game ended, comes before either.
BALLOT_SCENE = "barometer"
SCENE_OF_PHASE = {
    "board": "panorama",
    "question": "question",
    "rebond": "question",
    "reveal": "reveal",
    "ended": "debrief",
}


@dataclass(frozen=True)
class Notice:
    """A message shown at the bottom of the screen until the next action."""

    text: str
    error: bool
    at: float


class Game:
    """Bank + session + notices. Created once per run of the app."""

    def __init__(
        self,
        bank_folder: Path,
        journal_dir: Path | None,
        clock: Clock | None = None,
        seed: int | None = None,
        loaded: LoadResult | None = None,
    ) -> None:
        self.bank_folder = bank_folder
        self.bank_source = bank_folder  # what the user gave: the folder, or the .zip unpacked
        self.journal_dir = journal_dir or journal_folder.default_journal_dir()
        self.clock = clock or SystemClock()
        self.seed = seed
        self.loaded: LoadResult = loaded or _load(bank_folder)
        self.errors_accepted = not self.loaded.errors
        self.session: Session | None = None
        self.notice: Notice | None = None

    # --- the bank ----------------------------------------------------------------------

    @property
    def bank(self) -> Bank | None:
        return self.loaded.bank

    @property
    def playable(self) -> bool:
        """A game can start: the bank is usable and its errors (if any) were accepted."""
        return self.loaded.usable and self.errors_accepted

    def questions(self) -> tuple[Question, ...]:
        return self.bank.active if self.bank else ()

    def wheel_sectors(self, ids: tuple[str, ...] | None = None) -> list[WheelSector]:
        """The sectors as the wheel draws them, in wheel order (only ``ids`` when given)."""
        if self.bank is None:
            return []
        return [
            WheelSector(s.id, s.label, theme.rgb(s.colour), self.bank.pictogram_path(s))
            for s in self.bank.sectors
            if ids is None or s.id in ids
        ]

    def sector_view(self, sector_id: str) -> WheelSector:
        """A sector as drawn, even when the bank changed since the game began (resume)."""
        found = self.wheel_sectors((sector_id,))
        if found:
            return found[0]
        state = self.state
        labels = state.sector_labels if state else {}
        colours = state.sector_colours if state else {}
        return WheelSector(
            sector_id,
            labels.get(sector_id, sector_id),
            theme.rgb(colours.get(sector_id, theme.OKABE_ITO["blue"])),
            theme.ICON_DIR / "aide.svg",
        )

    # --- the session -------------------------------------------------------------------

    @property
    def state(self) -> State | None:
        return self.session.state if self.session else None

    def scene_name(self) -> str | None:
        """The scene the session's phase calls for (None: no game, the home scenes)."""
        state = self.state
        if state is None:
            return None
        return BALLOT_SCENE if state.ballot is not None else SCENE_OF_PHASE[state.phase]

    def running(self) -> bool:
        """A game is on and not over (its last vote included): closing the window must ask
        first."""
        state = self.state
        return state is not None and not state.finished

    def start(
        self, settings: SessionSettings, questions: tuple[Question, ...] | None = None
    ) -> list[str]:
        """Start a new game; returns the French problems when it cannot start.

        ``questions`` replaces the bank's active questions (screenshots force a question).
        """
        if self.bank is None:
            return [say("game.start.no_bank")]
        from game.rules.session.engine import Session  # see resumable()

        try:
            self.close()
            pool = self.questions() if questions is None else questions
            self.session = Session.new(
                settings, pool, self.bank.sectors, self.bank.version, self.clock, self.journal_dir
            )
        except SettingsError as exc:
            return list(exc.messages)
        if self.session.journal_warning:
            self.say(self.session.journal_warning, error=True)
        return []

    def resumable(self) -> JournalSummary | None:
        """The interrupted game the Title offers to resume, if any (read and folded once:
        :meth:`resume` takes this summary as it is).

        The engine (its events, state and fold: about 0.05 s to import) is imported only when a
        journal may hold such a game, or when a game starts: with no game to resume, the Title
        appears without it."""
        try:
            if not journal_folder.maybe_unfinished(self.journal_dir):
                return None
            from game.rules.session import journal

            return journal.find_unfinished(self.journal_dir)
        except (JournalError, OSError):
            return None

    def resume(self, saved: JournalSummary) -> bool:
        if self.bank is None:
            return False
        from game.rules.session.engine import Session  # see resumable()

        try:
            self.close()
            self.session = Session.resume(
                saved, self.questions(), self.bank.sectors, self.clock, self.bank.version
            )
        except (JournalError, RuleError, SettingsError) as exc:
            self.say(say("game.resume.failed", reason=str(exc)), error=True)
            return False
        notes = [*self.session.resume_notes]
        if self.session.journal_warning:
            notes.append(self.session.journal_warning)
        if notes:
            self.say(" ".join(notes), error=False)
        return True

    def close(self) -> None:
        """Let go of the session (its journal is already on disk)."""
        if self.session is not None:
            self.session.close()
        self.session = None

    def act(self, action: Callable[[], T]) -> T | None:
        """Run one Session action; a refusal becomes a notice instead of an exception."""
        if self.session is None:
            return None
        try:
            result = action()
        except (RuleError, SettingsError, JournalError) as exc:
            self.say(str(exc), error=True)
            return None
        if self.session.journal_warning and (
            self.notice is None or self.notice.text != self.session.journal_warning
        ):
            self.say(self.session.journal_warning, error=True)
        return result

    def say(self, text: str, error: bool = False) -> None:
        self.notice = Notice(text, error, time.monotonic())

    def clear_notice(self) -> None:
        self.notice = None


def _load(folder: Path) -> LoadResult:
    try:
        return load_bank(folder)
    except OSError as exc:  # the loader reports problems; this is only a last safety net
        from game.rules.bank.problems import Problem

        problem = Problem(
            str(folder),
            None,
            None,
            None,
            None,
            say("game.start.folder_unreadable", reason=str(exc)),
            "erreur",
        )
        return LoadResult(None, [problem])
