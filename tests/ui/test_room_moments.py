"""Every outcome has its moment on screen: a short line in the header's banner, in its own
space, and a sound; the line under the question card says what « suivant » does and never
covers an option; the header says whose turn is next and, in the last round, how many
questions are left."""

from __future__ import annotations

import pygame

from game.rules.session.settings import DEFAULT_TEAM_COLOURS, SessionSettings, Team
from game.ui import chrome
from game.wording import french
from tests.ui.driving import press, pump

NAMES = ("Les Hérons", "Cœur d'équipe", "Sud")


def board(open_app, scripted_bank, size=(1024, 768), **fields):  # type: ignore[no-untyped-def]
    app = open_app(bank=scripted_bank, size=size)
    teams = [Team(name=n, colour=c) for n, c in zip(NAMES, DEFAULT_TEAM_COLOURS, strict=False)]
    fields.setdefault("sectors", tuple(s.id for s in app.game.wheel_sectors()))
    fields.setdefault("seed", 3)
    assert app.game.start(SessionSettings(teams=teams, **fields)) == []
    pump(app)
    played: list[str] = []
    app.ui.sound.play = played.append  # type: ignore[method-assign]
    return app, played


def banner(app) -> str:  # type: ignore[no-untyped-def]
    shown = chrome.banner_of(app.game)
    return shown.text if shown is not None else ""


def test_a_right_answer_shows_its_points_and_sounds_right(open_app, scripted_bank) -> None:  # type: ignore[no-untyped-def]
    app, played = board(open_app, scripted_bank)
    press(app, pygame.K_2)  # qcm: C is right
    press(app, pygame.K_3)
    press(app, pygame.K_PAGEDOWN)
    assert app.base_name() == "reveal"
    assert banner(app) == "+2 pour Les Hérons"
    assert played[-1] == "right"


def test_a_miss_names_the_rebond_team_and_sounds_wrong(open_app, scripted_bank) -> None:  # type: ignore[no-untyped-def]
    app, played = board(open_app, scripted_bank)
    press(app, pygame.K_2)
    press(app, pygame.K_1)
    press(app, pygame.K_PAGEDOWN)
    assert banner(app) == french("Raté — rebond pour Cœur d'équipe")  # names typeset too
    assert played[-1] == "wrong"


def test_a_pass_an_undo_and_a_correction_each_have_their_line(open_app, scripted_bank) -> None:  # type: ignore[no-untyped-def]
    app, played = board(open_app, scripted_bank)
    press(app, pygame.K_2)
    press(app, pygame.K_s)  # « Passer »
    assert app.base_name() == "panorama"
    assert banner(app) == french("Question passée : Les Hérons rejoue")
    press(app, pygame.K_z, pygame.KMOD_LCTRL)
    assert banner(app) == french("Action annulée : question passée")
    app.game.act(lambda: app.game.session.adjust(2, -1, ""))
    app.controls.cues(None, app.game.state)
    assert banner(app) == french("Score corrigé : \u22121 pour Sud")
    assert played[-3:] == ["neutral", "neutral", "neutral"]


def test_the_panorama_complet_is_announced_when_earned(open_app, scripted_bank) -> None:  # type: ignore[no-untyped-def]
    app, played = board(open_app, scripted_bank, sectors=("organisationnel",))
    press(app, pygame.K_SPACE)  # the only sector: a qcm (C)
    while app.base_name() != "question":
        app.step(block=False)
    press(app, pygame.K_3)
    press(app, pygame.K_PAGEDOWN)
    assert banner(app) == french("+2 pour Les Hérons · Panorama complet ! +6")
    assert played[-1] == "bonus"


def test_a_moment_gives_way_to_the_game_s_state_after_a_few_seconds(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app, _ = board(open_app, scripted_bank)
    press(app, pygame.K_2)
    press(app, pygame.K_3)
    press(app, pygame.K_PAGEDOWN)
    wake = app.current.update(0.0)
    assert wake is not None and wake <= chrome.OUTCOME_S + 0.01
    app.game.clock.advance(chrome.OUTCOME_S)
    assert banner(app) == french("Ensuite : Cœur d'équipe")


def test_the_header_says_how_many_questions_the_last_round_still_has(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app, _ = board(open_app, scripted_bank, duration_min=10)
    press(app, pygame.K_2)
    app.game.clock.advance(601)
    press(app, pygame.K_3)
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)  # leave the reveal: two teams to go
    assert app.base_name() == "panorama"
    assert banner(app).startswith(french("Dernier tour : encore 2 questions"))


def test_the_line_under_the_card_never_covers_an_option_even_with_a_notice(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app, _ = board(open_app, scripted_bank)
    press(app, pygame.K_2)
    app.game.say(
        french("Une réponse déjà refusée : ce message est long, pour voir s'il tient."), error=True
    )
    scene = app.current
    hint = scene._rects()["hint"]
    tiles = [b.rect for b in scene.buttons() if not b.label]
    footer = [b.rect for b in scene.buttons() if b.label]
    assert tiles and not any(hint.colliderect(t) for t in tiles)
    assert not hint.colliderect(scene._rects()["card"])
    assert not any(hint.colliderect(b) for b in footer)
    app.ui.overflows.clear()
    app.render(pygame.Surface(app.ui.size))
    assert app.ui.overflows == []


def test_hints_fit_the_question_type(open_app, scripted_bank) -> None:  # type: ignore[no-untyped-def]
    app, _ = board(open_app, scripted_bank)
    press(app, pygame.K_1)  # vrai ou faux
    hint, _ = app.current.entry.hint()
    assert "1, 2 ou" in hint and "4" not in hint
    press(app, pygame.K_s)
    press(app, pygame.K_2)  # four options
    assert "1 à 4" in app.current.entry.hint()[0]
