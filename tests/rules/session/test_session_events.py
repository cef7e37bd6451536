"""Events: JSON round trips, malformed data refused in French, and undo over the raw list."""

from __future__ import annotations

import json
from typing import Any

import pytest

from game.rules.session import JournalError, effective_events, event_from_json, event_to_json
from game.rules.session.events import (
    Adjusted,
    Answered,
    Closed,
    DebatePoints,
    Drawn,
    Ended,
    Event,
    Paused,
    Resumed,
    Revealed,
    Skipped,
    Started,
    TimedOut,
    Undo,
)
from game.wording import french
from tests.rules.session.session_factory import make_question, make_settings

T: dict[str, Any] = {"elapsed": 12.5, "wall": "2026-01-05T09:00:12"}
ALL_KINDS: list[Event] = [
    Started(
        **T,
        settings=make_settings(),
        bank_version="abcd1234",
        sector_labels={"reglementaire": "Réglementaire"},
        sector_colours={"reglementaire": "#0072B2"},
        sectors_in_play=("reglementaire",),
    ),
    Drawn(
        **T,
        sector="reglementaire",
        via="spin",
        angle=12.0,
        question=make_question(
            "reg-1", type="qcm_multiple", verifie_le="2026-01-01", tags=["forfait"]
        ),
    ),
    Drawn(
        **T,
        sector="reglementaire",
        via="pick",
        angle=0.0,
        question=make_question("reg-2", type="estimation", reponse=2.88, unite="€"),
    ),
    Answered(**T, team=1, answer="AC"),
    Answered(**T, team=0, answer=2.5),
    Answered(**T, team=2, answer=None),
    TimedOut(**T),
    Revealed(**T),
    DebatePoints(**T, team=1, points=2),
    Adjusted(**T, team=0, delta=-2, reason="Erreur de saisie « B »"),
    Skipped(**T),
    Closed(**T),
    Paused(**T),
    Resumed(**T),
    Ended(**T, reason="temps", closing=True),
    Undo(**T),
]


@pytest.mark.parametrize("event", ALL_KINDS, ids=lambda e: e.kind)
def test_every_event_survives_a_trip_through_json(event: Event) -> None:
    line = json.dumps(event_to_json(event), ensure_ascii=False)
    assert event_from_json(json.loads(line)) == event
    assert json.loads(line)["kind"] == event.kind


def test_a_drawn_question_is_written_with_the_bank_s_french_keys() -> None:
    data = event_to_json(ALL_KINDS[1])
    assert data["question"]["secteur"] == "reglementaire"
    assert data["question"]["reponse"] == ["Alpha", "Charlie"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "un événement doit être un objet JSON."),
        ({"kind": "spin"}, "type d'événement inconnu : « spin »."),
        (
            {"kind": "answered", **T, "team": "deux", "answer": "A"},
            "événement « answered » mal formé (champ « team »).",
        ),
        (
            {"kind": "answered", **T, "team": 1, "answer": True},
            "événement « answered » mal formé (champ « answer »).",
        ),
        (
            {"kind": "ended", **T, "reason": "lassitude"},
            "événement « ended » mal formé (champ « reason »).",
        ),
        ({"kind": "closed", "wall": "x"}, "événement « closed » mal formé (champ « elapsed »)."),
    ],
)
def test_malformed_events_are_refused_in_french(data: Any, message: str) -> None:
    with pytest.raises(JournalError) as caught:
        event_from_json(data)
    assert str(caught.value) == french(message)


def test_undo_removes_the_last_undoable_event_and_passes_over_pauses() -> None:
    start, drawn, answer, pause, undo = (
        ALL_KINDS[0],
        ALL_KINDS[1],
        ALL_KINDS[3],
        ALL_KINDS[12],
        ALL_KINDS[15],
    )
    assert effective_events([start, drawn, answer, pause, undo]) == [start, drawn, pause]
    assert effective_events([start, drawn, answer, undo, undo]) == [start]
    assert effective_events([start, undo]) == [start]  # nothing to undo: nothing removed
