"""A running game never closes without confirmation, a stray key on that confirmation keeps the
game going, what was played is already on disk, and « suivant » on the Title resumes it."""

from __future__ import annotations

import json

import pygame
import pytest

from game.rules.session import engine, journal, record, transitions
from game.wording import dates, french
from tests.ui.driving import end_game, press, pump, start_game


def start_a_game(app) -> None:  # type: ignore[no-untyped-def]
    start_game(app)
    press(app, pygame.K_1)  # a question is drawn
    assert app.base_name() == "question"


def dialog(app):  # type: ignore[no-untyped-def]
    top = app.top()
    assert type(top).__name__ == "ConfirmOverlay"
    return top


def focused_label(app) -> str:  # type: ignore[no-untyped-def]
    (label,) = [b.label for b in app.top().buttons() if b.focused]
    return label


def test_closing_the_window_during_a_game_asks_first_and_the_game_is_journaled(
    open_app,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    app = open_app()
    start_a_game(app)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    pump(app)
    assert app.running
    dialog(app)

    journals = list((tmp_path / "parties").glob("partie-*.jsonl"))
    assert len(journals) == 1
    kinds = [json.loads(line)["kind"] for line in journals[0].read_text("utf-8").splitlines()]
    assert kinds[:3] == ["started", "vote_skipped", "drawn"]  # the baromètre passed, a draw

    press(app, pygame.K_ESCAPE)  # « no »: the game goes on
    assert app.running and app.base_name() == "question"
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    pump(app)
    press(app, pygame.K_LEFT)  # quitting takes an explicit choice…
    assert focused_label(app) == "Quitter"
    press(app, pygame.K_RETURN)  # … then its confirmation
    assert not app.running


@pytest.mark.parametrize(
    "stray", [pygame.K_SPACE, pygame.K_RETURN, pygame.K_PAGEDOWN, pygame.K_KP_ENTER]
)
def test_escape_then_a_stray_next_key_keeps_the_game_going(open_app, stray: int) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    start_a_game(app)
    press(app, pygame.K_ESCAPE)
    assert focused_label(app) == "Continuer la partie"
    press(app, stray)
    assert app.running and app.top() is app.current and app.base_name() == "question"


@pytest.mark.parametrize("stray", [pygame.K_SPACE, pygame.K_RETURN, pygame.K_PAGEDOWN])
def test_e_then_a_stray_next_key_does_not_end_the_game(open_app, stray: int) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    start_a_game(app)
    press(app, pygame.K_e)
    assert dialog(app).buttons()[0].label == "Continuer la partie"
    assert focused_label(app) == "Continuer la partie"
    press(app, stray)
    assert not app.game.session.state.ended and app.base_name() == "question"


def test_ending_the_game_takes_the_explicit_choice_of_terminer(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    start_a_game(app)
    end_game(app)
    assert app.base_name() == "debrief"


def test_on_the_debrief_escape_then_next_stays_on_the_debrief(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    start_a_game(app)
    end_game(app)
    press(app, pygame.K_ESCAPE)
    assert focused_label(app) == "Revenir au bilan"
    press(app, pygame.K_SPACE)
    assert app.running and app.base_name() == "debrief"


def test_closing_the_window_outside_a_game_quits_at_once(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    pump(app)
    assert not app.running


def test_after_a_crash_next_on_the_title_resumes_the_game(open_app) -> None:  # type: ignore[no-untyped-def]
    first = open_app()
    start_a_game(first)
    first.game.close()  # as if the power went off
    second = open_app()
    assert second.base_name() == "title"
    buttons = second.current.buttons()
    assert buttons[0].label == "Reprendre la partie"
    assert buttons[0].focused and buttons[0].primary
    assert [b.label for b in buttons if b.focused] == ["Reprendre la partie"]
    press(second, pygame.K_PAGEDOWN)  # the clicker's « suivant »
    assert second.base_name() == "question"
    assert second.game.session.state.paused


def test_enter_on_the_title_resumes_the_interrupted_game_too(open_app) -> None:  # type: ignore[no-untyped-def]
    first = open_app()
    start_a_game(first)
    first.game.close()
    second = open_app()
    press(second, pygame.K_RETURN)
    assert second.base_name() == "question"


def test_the_title_says_when_the_game_stopped_not_when_it_started(open_app) -> None:  # type: ignore[no-untyped-def]
    from game.ui.scenes.title import stopped_text

    first = open_app()
    start_game(first)
    first.game.clock.advance(7 * 60)  # 7 minutes later, a question
    press(first, pygame.K_1)
    stopped = first.game.session.events[-1].wall
    first.game.close()
    second = open_app()
    summary = second.current.resumable
    assert summary.stopped == stopped and summary.stopped != summary.date
    moment = first.game.clock.wall()  # 9 h 07, not 9 h 00
    text = stopped_text(summary, moment.date())
    assert text == french("Partie interrompue aujourd'hui à ") + dates.clock_time(moment)
    assert dates.clock_time(moment) == "9\u00a0h\u00a007"


def test_resuming_from_the_title_reads_and_folds_the_journal_once(
    open_app,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    first = open_app()
    start_a_game(first)
    first.game.close()
    calls = {"read": 0, "fold": 0}

    def counting(name: str, real):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls[name] += 1
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(journal, "scan_journal", counting("read", journal.scan_journal))
    fold = counting("fold", transitions.fold)
    monkeypatch.setattr(journal, "fold", fold)
    monkeypatch.setattr(record, "fold", fold)  # where a resumed game is built
    monkeypatch.setattr(engine, "fold", fold)
    second = open_app()
    press(second, pygame.K_RETURN)
    assert second.base_name() == "question"
    assert calls == {"read": 1, "fold": 1}
