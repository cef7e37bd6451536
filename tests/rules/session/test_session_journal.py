"""The journal on disk: one JSON line per event, torn lines tolerated, games resumed exactly."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from game.rules.session import (
    FakeClock,
    JournalError,
    Session,
    default_journal_dir,
    fold,
    latest_unfinished,
    list_journals,
    prune_finished,
    read_journal,
    summarise,
)
from game.rules.session.journal import JournalWriter, encode
from game.wording import french
from tests.rules.session.session_factory import (
    SECTORS,
    make_bank,
    new_session,
    right_answer,
)


def played_session(journal_dir: Path, clock: FakeClock | None = None) -> Session:
    session = new_session(journal_dir=journal_dir, clock=clock or FakeClock())
    drawn = session.spin()
    assert drawn is not None
    session.answer(0, right_answer(drawn.question))
    session.adjust(2, 1, "belle idée")
    return session


def test_each_event_is_one_json_line_on_disk_before_the_action_returns(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    assert session.path is not None and session.path.parent == journal_dir
    lines = session.path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["kind"] for line in lines] == [e.kind for e in session.events]
    assert "belle idée" in lines[-1]  # accents kept as they are


def test_the_header_carries_the_format_and_the_bank_version(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    assert session.path is not None
    header = json.loads(session.path.read_text(encoding="utf-8").splitlines()[0])
    assert (header["kind"], header["format"], header["bank_version"]) == ("started", 2, "abcd1234")


def test_the_journal_is_named_after_the_start_time(journal_dir: Path) -> None:
    clock = FakeClock(wall_start=datetime(2026, 3, 4, 14, 5, 9))
    first = new_session(journal_dir=journal_dir, clock=clock)
    second = new_session(journal_dir=journal_dir, clock=clock)
    assert first.path is not None and first.path.name == "partie-20260304-140509.jsonl"
    assert second.path is not None and second.path.name == "partie-20260304-140509-2.jsonl"
    assert list_journals(journal_dir) == [second.path, first.path]


def test_the_fold_of_the_journal_read_back_equals_the_live_state(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    session.undo()
    assert session.path is not None
    events, warnings = read_journal(session.path)
    assert warnings == []
    assert events == list(session.events)
    assert fold(events) == session.state


def test_a_torn_last_line_is_dropped_with_a_warning(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    assert session.path is not None
    data = session.path.read_bytes()
    session.path.write_bytes(data[:-7])
    events, warnings = read_journal(session.path)
    assert events == list(session.events[:-1])
    assert warnings == [
        french(
            f"La dernière ligne de {session.path.name} était incomplète "
            "(écriture interrompue) : la dernière action a été perdue."
        )
    ]


def test_a_last_line_without_its_newline_counts_as_torn(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    assert session.path is not None
    session.path.write_bytes(session.path.read_bytes()[:-1])
    events, warnings = read_journal(session.path)
    assert len(events) == len(session.events) - 1 and len(warnings) == 1


def test_a_bad_line_before_the_last_is_a_clear_error(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    assert session.path is not None
    lines = session.path.read_bytes().split(b"\n")
    lines[1] = b'{"kind": "drawn", "oops"'
    session.path.write_bytes(b"\n".join(lines))
    expected = french("Journal illisible : ligne 2 de NAME : ce n'est pas du JSON valide.")
    pattern = "^" + re.escape(expected).replace("NAME", r"partie-.*\.jsonl") + "$"
    with pytest.raises(JournalError, match=pattern):
        read_journal(session.path)


def test_an_event_the_rules_refuse_makes_the_journal_incoherent(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    assert session.path is not None
    with session.path.open("ab") as handle:
        handle.write(encode(session.events[1]))  # the same question drawn again
        handle.write(b'{"kind":"closed","elapsed":1,"wall":"x"}\n')
    with pytest.raises(JournalError, match="Journal incohérent"):
        Session.resume(session.path, make_bank(), SECTORS, FakeClock())


def test_an_empty_or_headless_journal_holds_no_game(tmp_path: Path) -> None:
    empty = tmp_path / "partie-20260101-000000.jsonl"
    empty.write_bytes(b"")
    assert read_journal(empty) == ([], [])
    headless = tmp_path / "partie-20260101-000001.jsonl"
    headless.write_text('{"kind":"closed","elapsed":1,"wall":"x"}\n', encoding="utf-8")
    events, warnings = read_journal(headless)
    assert events == [] and french("ne commence pas par le début d'une partie") in warnings[0]
    with pytest.raises(JournalError, match="ne contient aucune partie"):
        Session.resume(headless, make_bank(), SECTORS, FakeClock())


def test_a_journal_from_a_newer_game_asks_for_an_update(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    assert session.path is not None
    text = session.path.read_text(encoding="utf-8").replace('"format":2', '"format":3', 1)
    session.path.write_text(text, encoding="utf-8")
    with pytest.raises(JournalError, match="version plus récente du jeu"):
        read_journal(session.path)


def test_resuming_rebuilds_the_state_paused_with_time_restarting(journal_dir: Path) -> None:
    clock = FakeClock()
    session = played_session(journal_dir, clock)
    clock.advance(42)
    session.pause()
    session.resume_play()
    before = session.state
    session.close()
    clock.advance(1000)  # the laptop was off for a while
    resumed = Session.resume(session.path, make_bank(), SECTORS, clock)  # type: ignore[arg-type]
    assert resumed.state.paused
    assert resumed.state == replace(before, paused=True)
    assert resumed.elapsed() == 42
    resumed.resume_play()
    clock.advance(8)
    assert resumed.elapsed() == 50


def test_a_resumed_game_continues_its_journal_after_a_torn_line(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    assert session.path is not None
    session.close()
    session.path.write_bytes(session.path.read_bytes()[:-3])
    resumed = Session.resume(session.path, make_bank(), SECTORS, FakeClock())
    assert len(resumed.resume_notes) == 1
    resumed.resume_play()
    resumed.adjust(0, 1, "reprise")
    events, warnings = read_journal(session.path)
    assert warnings == [] and events == list(resumed.events)


def test_a_changed_bank_is_noted_when_resuming(journal_dir: Path) -> None:
    session = played_session(journal_dir)
    resumed = Session.resume(
        session.path,
        make_bank(),
        SECTORS,
        FakeClock(),  # type: ignore[arg-type]
        bank_version="ffff0000",
    )
    assert "La banque de questions a changé" in resumed.resume_notes[0]


def test_an_unwritable_folder_lets_the_game_go_on_with_a_warning(tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier", encoding="utf-8")
    session = new_session(journal_dir=blocker / "parties")
    assert session.path is None
    assert session.journal_warning is not None
    assert session.journal_warning == french(
        "Journal de la partie non enregistré (un fichier est là où il faudrait un dossier) : "
        "la partie continue, mais ne pourra pas être reprise après une coupure."
    )
    assert str(tmp_path) not in session.journal_warning
    session.spin()
    assert session.state.phase == "question"


def test_a_failed_write_mid_game_warns_and_the_game_goes_on(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = played_session(journal_dir)

    def disk_full(fd: int) -> None:
        raise OSError(28, "Plus de place sur le disque")

    monkeypatch.setattr(os, "fsync", disk_full)
    session.adjust(0, 1, "")
    assert (
        session.journal_warning is not None
        and "plus de place sur le disque" in session.journal_warning
    )
    monkeypatch.undo()
    session.adjust(0, 1, "")
    assert session.state.scores[0] >= 2


def test_finished_and_unfinished_games_are_told_apart(journal_dir: Path) -> None:
    clock = FakeClock()
    finished = played_session(journal_dir, clock)
    finished.end()
    clock.advance(5)
    unfinished = played_session(journal_dir, clock)
    assert latest_unfinished(journal_dir) == unfinished.path
    summary = summarise(unfinished.path)  # type: ignore[arg-type]
    assert summary.team_names == ("Équipe 1", "Équipe 2", "Équipe 3")
    assert not summary.finished and summary.date == "2026-01-05T09:00:05"
    assert summarise(finished.path).finished  # type: ignore[arg-type]
    unfinished.end()
    assert latest_unfinished(journal_dir) is None


def test_pruning_keeps_the_newest_games_and_the_one_to_resume(journal_dir: Path) -> None:
    clock = FakeClock()
    to_resume = new_session(journal_dir=journal_dir, clock=clock)
    for _ in range(5):
        clock.advance(1)
        new_session(journal_dir=journal_dir, clock=clock).end()
    removed = prune_finished(journal_dir, keep=2)
    kept = list_journals(journal_dir)
    assert len(removed) == 3 and len(kept) == 3
    assert to_resume.path in kept


def test_journals_go_to_the_user_data_folder() -> None:
    folder = default_journal_dir()
    assert folder.name == "parties" and folder.parent.name == "panorama-teletravail"


def test_a_writer_refuses_a_folder_it_cannot_create(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("", encoding="utf-8")
    with pytest.raises(JournalError, match=french("Journal de la partie non enregistré")):
        JournalWriter.create(tmp_path / "x" / "y", datetime(2026, 1, 1))


def test_a_game_ended_then_undone_is_still_offered_to_resume(journal_dir: Path) -> None:
    clock = FakeClock()
    session = new_session(journal_dir=journal_dir, clock=clock)
    session.end()
    assert latest_unfinished(journal_dir) is None
    assert session.undo()
    assert latest_unfinished(journal_dir) == session.path


def test_notes_are_kept_after_the_end_through_undo_and_resume(journal_dir: Path) -> None:
    clock = FakeClock()
    session = new_session(journal_dir=journal_dir, clock=clock)
    session.end()
    session.note("  Charte : deux jours communs par semaine  ")
    assert session.state.notes == "Charte : deux jours communs par semaine"
    assert session.undo()  # takes back the end, not the notes
    assert session.state.notes == "Charte : deux jours communs par semaine"
    assert not session.state.ended
    events, _ = read_journal(session.path)  # type: ignore[arg-type]
    assert fold(events).notes == session.state.notes
