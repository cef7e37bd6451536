"""Building the debrief of a game state: every figure counted once, every choice made once.

How the figures are counted (a facilitator's reading):

* an « answer expected » is one team's answer on a scored question (not a debate, not a skipped
  one): in turn mode the active team and, after a wrong answer, the rebond team; in all-teams
  mode every team. A right rebond is a success; no answer counts as missed;
* the ranking, the scores, the sectors a team won and its « panorama complet » are the
  engine's own (``State``): the debrief never applies a scoring rule itself;
* a debate is never « missed »; its teams' positions and points are shown as they were given.
"""

from __future__ import annotations

from collections.abc import Sequence

from game.rules.debrief import choices
from game.rules.debrief.agreements import build_agreements
from game.rules.debrief.barometer import build_barometer
from game.rules.debrief.figures import (
    AnswerLine,
    Facts,
    QuestionLine,
    Rate,
    SectorLine,
    TeamStanding,
)
from game.rules.debrief.inputs import BankFacts, SectorFacts
from game.rules.debrief.model import Debrief
from game.rules.debrief.sections import (
    CorrectionLine,
    Corrections,
    DebateLine,
    Debates,
    GroupPanorama,
    KeyPoints,
    Misconceptions,
    MissedLine,
    Notes,
    OpenQuestions,
    Ranking,
    Stance,
    TeamPosition,
)
from game.rules.kinds.base import LETTERS
from game.rules.session import scoring
from game.rules.session.state import Played, State
from game.wording.dates import parse_wall
from game.wording.typography import french


def build_debrief(
    state: State,
    bank: BankFacts | None = None,
    notes: str | None = None,
    now_elapsed: float | None = None,
) -> Debrief:
    """The debrief of ``state`` (ended or not: ``now_elapsed`` then gives the time used).

    ``bank``: what the bank says about the sectors (None: the journal's names and colours
    only); ``notes``: the facilitator's notes (None: those saved with the game).
    """
    sectors = _sectors(state, bank.sectors if bank else ())
    facts = _facts(state, bank, now_elapsed)
    known = bank.sectors if bank else ()
    return Debrief(
        facts=facts,
        panorama=GroupPanorama(sectors),
        ranking=Ranking(_teams(state), sectors, state.settings.scoring.panorama_bonus),
        misconceptions=_misconceptions(state, sectors),
        debates=_debates(state),
        corrections=_corrections(state),
        key_points=_key_points(sectors, bank.sectors if bank else ()),
        open_questions=OpenQuestions(_open_questions(state, sectors, bank.sectors if bank else ())),
        notes=Notes(french((state.notes if notes is None else notes).strip())),
        questions=_questions(state),
        answers=_answers(state),
        barometer=build_barometer(state, sectors, dict(bank.prompts) if bank else {}),
        agreements=build_agreements(state, sectors, known, facts.started),
        suggestions=_suggestions(state),
    )


# --- the game and its sectors -------------------------------------------------------------


def _facts(state: State, bank: BankFacts | None, now_elapsed: float | None) -> Facts:
    duration = state.last_elapsed if state.ended or now_elapsed is None else now_elapsed
    # The bank's date describes the game's bank only if the game used that very version.
    bank_date = bank.date if bank is not None and bank.version == state.bank_version else None
    return Facts(
        started=parse_wall(state.started_wall),
        duration_s=duration,
        planned_min=state.settings.duration_min,
        teams=state.n_teams,
        questions_played=sum(not p.skipped for p in state.played),
        skipped=sum(p.skipped for p in state.played),
        all_teams=state.settings.all_teams,
        end_reason=state.end_reason,
        sectors_in_play=len(state.sectors_in_play),
        bank_version=state.bank_version,
        bank_date=parse_wall(bank_date),
    )


def _scored(state: State) -> list[Played]:
    return [p for p in state.played if not p.skipped and p.question.kind.scored]


def _rate(state: State, sector: str, team: int | None) -> Rate:
    attempts = right = 0
    for played in _scored(state):
        if played.sector == sector:
            for result in played.results:
                if team is None or result.team == team:
                    attempts += 1
                    right += result.right
    return Rate(attempts, right)


def _sectors(state: State, known: Sequence[SectorFacts]) -> tuple[SectorLine, ...]:
    """The wheel's sectors: the bank's description when known, else the journal's own."""
    by_id = {s.id: s for s in known}
    played = {p.sector for p in state.played if not p.skipped}
    lines = []
    for sector in state.wheel:
        facts = by_id.get(sector)
        label = facts.label if facts else state.sector_labels[sector]
        colour = facts.colour if facts else state.sector_colours[sector]
        lines.append(
            SectorLine(
                sector,
                french(label),
                colour,
                facts.pictogram if facts else None,
                _rate(state, sector, None),
                sector in played,
            )
        )
    return tuple(lines)


def _teams(state: State) -> tuple[TeamStanding, ...]:
    """Teams by rank (ties share a rank), then in their setup order."""
    in_play = frozenset(state.sectors_in_play)
    lines = []
    for index, rank in enumerate(state.ranks):
        team = state.settings.teams[index]
        lines.append(
            TeamStanding(
                index=index,
                rank=rank,
                name=french(team.name),
                colour=team.colour,
                score=state.scores[index],
                rates=tuple(_rate(state, sector, index) for sector in state.wheel),
                sectors_won=len(state.sectors_won(index) & in_play),
                panorama=state.has_panorama_award(index),
            )
        )
    return tuple(sorted(lines, key=lambda line: (line.rank, line.index)))


# --- the sections -----------------------------------------------------------------------


def _misconceptions(state: State, sectors: Sequence[SectorLine]) -> Misconceptions:
    by_id = {s.id: s for s in sectors}
    found = []
    for order, played in enumerate(_scored(state)):
        missed = sum(not r.right for r in played.results)
        if missed == 0:
            continue
        q, answered = played.question, len(played.results)
        line = MissedLine(
            q.id,
            by_id[played.sector],
            french(q.prompt),
            french(q.answer_text),
            choices.gist(q.explanation),
            french(q.source),
            q.link,
            missed,
            answered,
        )
        found.append((choices.missed_order(missed, answered, order), line))
    found.sort(key=lambda item: item[0])
    return Misconceptions(
        tuple(line for _, line in found[: choices.MAX_MISSED]), len(found), bool(_scored(state))
    )


def _is_debate(played: Played) -> bool:
    return not played.skipped and played.question.kind.entry == "position"


def _debates(state: State) -> Debates:
    debates = [p for p in state.played if _is_debate(p)]
    return Debates(tuple(_debate(state, p) for p in debates[: choices.MAX_DEBATES]), len(debates))


def _debate(state: State, played: Played) -> DebateLine:
    names = state.settings.team_names
    taken: dict[str | None, list[TeamPosition]] = {}
    for result in played.results:
        entry = played.answer_of(result.team)
        letter = entry.answer if entry is not None and isinstance(entry.answer, str) else None
        taken.setdefault(letter, []).append(
            TeamPosition(result.team, french(names[result.team]), result.points)
        )
    q = played.question
    options = q.kind.options(q)
    stances = [
        Stance(LETTERS[i], french(option), tuple(taken.pop(LETTERS[i])))
        for i, option in enumerate(options)
        if LETTERS[i] in taken
    ]
    if taken.get(None):
        stances.append(Stance(None, "", tuple(taken.pop(None)), free=not options))
    return DebateLine(q.id, french(q.prompt), tuple(stances))


def _corrections(state: State) -> Corrections:
    names = state.settings.team_names
    return Corrections(
        tuple(
            CorrectionLine(
                a.team, french(names[a.team]), a.points, french(a.note.strip()), a.elapsed
            )
            for a in state.awards
            if a.reason == "manuel"
        )
    )


def _key_points(sectors: Sequence[SectorLine], known: Sequence[SectorFacts]) -> KeyPoints:
    """The bank's key points of each sector played, in wheel order."""
    points = {s.id: s.key_points for s in known}
    return KeyPoints(
        tuple(
            (s, tuple(french(p) for p in points[s.id]))
            for s in sectors
            if s.played and points.get(s.id)
        )
    )


def _open_questions(
    state: State, sectors: Sequence[SectorLine], known: Sequence[SectorFacts]
) -> tuple[str, ...]:
    played = [p for p in state.played if not p.skipped and p.question.further]
    ordered = [p for p in played if _is_debate(p)] + [p for p in played if not _is_debate(p)]
    further = tuple(dict.fromkeys(p.question.further or "" for p in ordered))
    pools = {s.id: s.open_questions for s in known}
    return choices.open_questions(
        further, [pools.get(s.id, ()) for s in sectors], [s.group for s in sectors]
    )


def _suggestions(state: State) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The « pistes d'accord » of every question played and statement voted on, by sector in
    wheel order, each once: what the debrief offers when an agreement is recorded."""
    asked = [*(p.question for p in state.played if not p.skipped), *state.statements]
    found = []
    for sector in state.wheel:
        hints = dict.fromkeys(
            french(h) for q in asked if q.sector == sector for h in q.agreement_hints
        )
        if hints:
            found.append((sector, tuple(hints)))
    return tuple(found)


# --- what the spreadsheets read -----------------------------------------------------------


def _questions(state: State) -> tuple[QuestionLine, ...]:
    lines = []
    for played in state.played:
        q, scored = played.question, played.question.kind.scored
        counted = scored and not played.skipped
        lines.append(
            QuestionLine(
                q.id,
                played.sector,
                q.kind.label,
                scored,
                french(q.prompt),
                french(q.answer_text),
                choices.gist(q.explanation),
                french(q.source),
                played.skipped,
                len(played.results) if counted else 0,
                sum(r.right for r in played.results) if counted else 0,
            )
        )
    return tuple(lines)


def _answers(state: State) -> tuple[AnswerLine, ...]:
    names = state.settings.team_names
    rows = []
    for played in state.played:
        if played.skipped:
            continue
        q = played.question
        for result in played.results:
            rows.append(
                AnswerLine(
                    result.team,
                    names[result.team],
                    q.id,
                    played.sector,
                    state.sector_labels.get(played.sector, played.sector),
                    q.kind.label,
                    _given(played, result.team),
                    result.right if q.kind.scored else None,
                    result.points,
                    played.wall,
                )
            )
    return tuple(rows)


def _given(played: Played, team: int) -> str:
    """The team's answer in full, as the engine reads it everywhere (« Sans réponse » too)."""
    entry = played.answer_of(team)
    answer = entry.answer if entry is not None else None
    timed_out = entry is not None and entry.timed_out
    return scoring.reading(played.question, answer, timed_out=timed_out, long=True)
