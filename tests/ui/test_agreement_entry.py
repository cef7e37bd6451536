"""Noting a team agreement on screen: N (or the button) on a reveal opens the entry with the
question's suggestion, whose blank the first key typed replaces; Enter records it, journaled and
counted on the button; a clicker key says « saisie au clavier »; Esc leaves without a word
recorded; on the debrief the suggestions of what was played are offered by sector, the
agreements get their page, and saving the PDF writes the office document beside it."""

from __future__ import annotations

import pygame

from game.rules.session.events import Agreed
from game.rules.session.settings import SessionSettings, default_teams
from game.ui.scenes.agreement import AgreementOverlay
from game.wording import french
from tests.ui.driving import button, press, pump, type_text


def on_a_reveal(open_app):  # type: ignore[no-untyped-def]
    app = open_app(size=(1024, 768))
    bank = app.game.questions()
    question = next(
        q
        for q in bank
        if q.agreement_hints and q.kind.scored and q.kind.on_wheel and "…" in q.agreement_hints[0]
    )
    settings = SessionSettings(teams=default_teams(3), sectors=(question.sector,), seed=4)
    others = tuple(q for q in bank if q.sector != question.sector)
    assert app.game.start(settings, (question, *others)) == []
    session = app.game.session
    session.pick(question.sector)
    session.answer(0, None)
    while session.state.phase == "rebond":
        session.answer(session.expected_teams()[0], None)
    pump(app)
    assert app.base_name() == "reveal"
    return app, question


def test_n_opens_the_entry_and_a_suggestion_is_completed_then_recorded(open_app) -> None:
    app, question = on_a_reveal(open_app)
    press(app, pygame.K_n)
    entry = app.top()
    assert isinstance(entry, AgreementOverlay) and entry.sector == question.sector
    press(app, pygame.K_DOWN)
    assert entry.text == french(question.agreement_hints[0])
    type_text(app, "le jeudi")
    before, _, after = french(question.agreement_hints[0]).partition("…")
    assert entry.text == before + "le jeudi" + after
    press(app, pygame.K_RETURN)
    assert app.top() is app.current
    agreed = [e for e in app.game.session.events if isinstance(e, Agreed)]
    assert [(a.sector, a.text, a.question) for a in agreed] == [
        (question.sector, " ".join((before + "le jeudi" + after).split()), question.id)
    ]
    assert button(app, french("Noter un accord (1)"))


def test_a_clicker_key_says_the_entry_needs_a_keyboard_and_escape_records_nothing(open_app) -> None:
    app, _ = on_a_reveal(open_app)
    press(app, pygame.K_n)
    press(app, pygame.K_PAGEDOWN)
    assert app.top().keyboard
    press(app, pygame.K_ESCAPE)
    assert app.top() is app.current
    assert not [e for e in app.game.session.events if isinstance(e, Agreed)]


def test_the_debrief_offers_what_was_played_and_shows_the_agreements_page(
    open_app, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(tmp_path))
    app, question = on_a_reveal(open_app)
    app.game.session.end()
    pump(app)
    assert app.base_name() == "debrief"
    press(app, pygame.K_n)
    entry = app.top()
    assert entry.sector == question.sector and len(entry.suggestions()) == 2
    press(app, pygame.K_DOWN)
    type_text(app, "le mardi")
    press(app, pygame.K_RETURN)
    debrief = app.current
    assert debrief.moment == french("Accord d'équipe noté ({sector})").format(
        sector=app.game.state.sector_labels[question.sector]
    )
    assert debrief.pages()[-1].section == "agreements"
    press(app, pygame.K_RETURN)  # Enter: the PDF, and the agreements beside it
    assert sorted(p.suffix for p in tmp_path.iterdir() if p.is_file()) == [".csv", ".docx", ".pdf"]


def test_the_n_that_opens_the_entry_is_not_typed_in_it(open_app) -> None:
    """A real key press is a KEYDOWN then its TEXTINPUT: the « n » of N opens the field and
    must not start the agreement; the next « n » typed is kept."""
    app, _ = on_a_reveal(open_app)
    pygame.event.post(
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_n, mod=0, scancode=0, unicode="n")
    )
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="n"))
    pump(app)
    entry = app.top()
    assert isinstance(entry, AgreementOverlay) and entry.text == ""
    pygame.event.post(
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_n, mod=0, scancode=0, unicode="n")
    )
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="n"))
    pump(app)
    assert entry.text == "n"
