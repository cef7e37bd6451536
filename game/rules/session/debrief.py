"""The debrief's figures, computed from the state (or the events) alone — no bank needed.

Everything the Debrief scene, the PDF and the CSV export show comes from here: the ranking,
the group's panorama (success rate per sector, for the group and for each team), the questions
most often missed, how the teams split on debates, the manual corrections with their reasons,
the questions played and the time used.

How the figures are counted (a facilitator's reading):

* an « attempt » is one team's answer expected on a scored question (not a debate, not a
  skipped one): in turn mode the active team and, after a wrong answer, the rebond team; in
  all-teams mode every team. A right rebond is a success; no answer counts as missed;
* the most missed questions are sorted by how many teams missed them, then by the share of
  teams that missed, then in the order they were played; debates are never « missed »;
* the prompts to carry on the conversation are the « pour aller plus loin » of the questions
  played (skipped ones excluded), debates first, without repeats.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.rules.session.events import Event
from game.rules.session.scoring import answer_text
from game.rules.session.state import Played, State, TeamAnswer
from game.rules.session.transitions import fold

NO_REASON = "sans motif"
_RIGHT = {"juste": "oui", "faux": "non", "sans_reponse": "non", "position": "—"}


@dataclass(frozen=True)
class RankRow:
    rank: int
    team: int
    name: str
    colour: str
    score: int


@dataclass(frozen=True)
class SectorRow:
    sector: str
    label: str
    colour: str
    attempts: int
    right: int
    rate: float | None  # right / attempts; None when the sector was not played


@dataclass(frozen=True)
class MissedQuestion:
    question_id: str
    sector: str
    prompt: str
    answer_text: str
    explanation: str
    source: str
    missed_by: int
    answered_by: int


@dataclass(frozen=True)
class DebateRow:
    question_id: str
    prompt: str
    options: tuple[str, ...]
    positions: tuple[tuple[str, str | None], ...]  # (team name, letter or None)
    points: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Correction:
    team: int
    team_name: str
    delta: int
    reason: str
    elapsed: float


@dataclass(frozen=True)
class Debrief:
    date: str
    duration_s: float
    planned_min: int
    teams: tuple[tuple[str, str], ...]  # (name, colour)
    mode: str
    ranking: tuple[RankRow, ...]
    questions_played: int
    skipped: int
    sector_success: tuple[SectorRow, ...]
    team_sector_success: tuple[tuple[SectorRow, ...], ...]  # indexed by team
    missed: tuple[MissedQuestion, ...]
    debates: tuple[DebateRow, ...]
    corrections: tuple[Correction, ...]
    further: tuple[str, ...]
    panorama: tuple[str, ...]  # names of the teams that completed the panorama
    bank_version: str
    end_reason: str | None


@dataclass(frozen=True)
class AnswerRow:
    team_name: str
    question_id: str
    sector: str
    type: str
    answer_given: str
    right: str  # "oui", "non" or "—" (debate)
    points: int
    wall: str


def _state(source: State | Sequence[Event]) -> State:
    return source if isinstance(source, State) else fold(source)


def _scored(state: State) -> list[Played]:
    return [p for p in state.played if not p.skipped and p.question.type != "debat"]


def figures(source: State | Sequence[Event], now_elapsed: float | None = None) -> Debrief:
    """The debrief of a game (ended or not: ``now_elapsed`` then gives the time used)."""
    state = _state(source)
    names = state.settings.team_names
    duration = state.last_elapsed if state.ended or now_elapsed is None else now_elapsed
    return Debrief(
        date=state.started_wall,
        duration_s=duration,
        planned_min=state.settings.duration_min,
        teams=tuple((t.name, t.colour) for t in state.settings.teams),
        mode=state.settings.mode,
        ranking=ranking(state),
        questions_played=sum(not p.skipped for p in state.played),
        skipped=sum(p.skipped for p in state.played),
        sector_success=sector_success(state, None),
        team_sector_success=tuple(sector_success(state, t) for t in range(state.n_teams)),
        missed=missed_questions(state),
        debates=debates(state),
        corrections=tuple(
            Correction(a.team, names[a.team], a.points, a.note or NO_REASON, a.elapsed)
            for a in state.awards if a.reason == "manuel"
        ),
        further=further(state),
        panorama=tuple(names[t] for t in range(state.n_teams) if state.has_panorama_award(t)),
        bank_version=state.bank_version,
        end_reason=state.end_reason,
    )


def ranking(state: State) -> tuple[RankRow, ...]:
    """Teams by rank (ties share a rank), then in their setup order."""
    rows = [
        RankRow(rank, team, state.settings.teams[team].name, state.settings.teams[team].colour,
                state.scores[team])
        for team, rank in enumerate(state.ranks)
    ]
    return tuple(sorted(rows, key=lambda r: (r.rank, r.team)))


def sector_success(state: State, team: int | None) -> tuple[SectorRow, ...]:
    """Success per sector in wheel order, for one team or (``None``) the whole group."""
    rows = []
    for sector in state.wheel:
        attempts = right = 0
        for played in _scored(state):
            if played.sector != sector:
                continue
            for result in played.results:
                if team is None or result.team == team:
                    attempts += 1
                    right += result.right
        rows.append(SectorRow(sector, state.sector_labels[sector], state.sector_colours[sector],
                              attempts, right, right / attempts if attempts else None))
    return tuple(rows)


def missed_questions(state: State) -> tuple[MissedQuestion, ...]:
    """The questions some team missed, most missed first."""
    found = []
    for order, played in enumerate(_scored(state)):
        missed = sum(not r.right for r in played.results)
        if missed == 0:
            continue
        q = played.question
        answered = len(played.results)
        row = MissedQuestion(q.id, played.sector, q.prompt, q.answer_text, q.explanation,
                             q.source, missed, answered)
        found.append(((-missed, -missed / answered, order), row))
    return tuple(row for _, row in sorted(found, key=lambda item: item[0]))


def debates(state: State) -> tuple[DebateRow, ...]:
    """Each debate played: the teams' positions and the points they were given."""
    names = state.settings.team_names
    rows = []
    for played in state.played:
        if played.skipped or played.question.type != "debat":
            continue
        positions = tuple(
            (names[r.team], _letter(played.answer_of(r.team))) for r in played.results
        )
        points = tuple((names[r.team], r.points) for r in played.results)
        q = played.question
        rows.append(DebateRow(q.id, q.prompt, q.options, positions, points))
    return tuple(rows)


def _letter(entry: TeamAnswer | None) -> str | None:
    return entry.answer if entry is not None and isinstance(entry.answer, str) else None


def further(state: State) -> tuple[str, ...]:
    """« Pour aller plus loin » prompts of the questions played, debates first."""
    played = [p for p in state.played if not p.skipped and p.question.further]
    ordered = [p for p in played if p.question.type == "debat"]
    ordered += [p for p in played if p.question.type != "debat"]
    return tuple(dict.fromkeys(p.question.further or "" for p in ordered))


def answers_table(source: State | Sequence[Event]) -> list[AnswerRow]:
    """One row per team and question played, for the CSV export."""
    state = _state(source)
    names = state.settings.team_names
    rows = []
    for played in state.played:
        if played.skipped:
            continue
        q = played.question
        for result in played.results:
            rows.append(AnswerRow(
                team_name=names[result.team], question_id=q.id, sector=played.sector,
                type=q.type, answer_given=_given(played, result.team), right=_RIGHT[result.result],
                points=result.points, wall=played.wall,
            ))
    return rows


def _given(played: Played, team: int) -> str:
    entry = played.answer_of(team)
    if entry is None or entry.answer is None:
        return "temps écoulé" if entry is not None and entry.timed_out else "pas de réponse"
    return answer_text(played.question, entry.answer)
