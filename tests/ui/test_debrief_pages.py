"""The Debrief's pages: every one of them fits at every window size, the facilitator turns them
with the keyboard, a presenter clicker or the mouse, and Enter still gives the PDF in one key."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui import gallery
from game.ui.actions import Act, Mode, translate
from game.ui.scenes.debrief import Debrief, sections
from tests.ui.driving import button, click, press

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080), (2560, 1600), (3840, 2160)]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def app(real_bank, tmp_path_factory):  # type: ignore[no-untyped-def]
    gallery.headless()
    app = gallery.make_app(ROOT / "questions", real_bank, tmp_path_factory.mktemp("bilan"))
    yield app
    app.close()


def debrief(app) -> Debrief:  # type: ignore[no-untyped-def]
    scene = app.current
    assert isinstance(scene, Debrief)
    return scene


def shown(app) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(page on screen counted from 1, number of pages)."""
    scene = debrief(app)
    return scene.shown() + 1, len(scene.pages())


@pytest.mark.parametrize("play", [gallery.play_full_debrief, gallery.short_debrief],
                         ids=["six-equipes", "partie-courte"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_of_the_debrief_draws_without_overflow_at_this_size(app, size, play) -> None:  # type: ignore[no-untyped-def]
    play(app)
    gallery.render(app, size)
    scene = debrief(app)
    problems = []
    for page in scene.pages():
        scene.at = page.anchor
        app.ui.overflows.clear()
        gallery.render(app, size)
        problems += [f"{page.title}: {o.style} {o.box} « {o.text[:50]} »"
                     for o in app.ui.overflows]
    assert not problems, "\n".join(problems)


def test_the_pages_hold_what_the_debrief_must_say(app) -> None:  # type: ignore[no-untyped-def]
    gallery.play_full_debrief(app)
    gallery.render(app, (1920, 1080))
    pages = debrief(app).pages()
    titles = [page.section for page in pages]
    for title in (sections.SUMMARY_TITLE, sections.TEAMS_TITLE, sections.MISSED_TITLE,
                  sections.DEBATES_TITLE, sections.KEY_POINTS_TITLE, sections.CARRY_ON_TITLE):
        assert title in titles
    text = " ".join(para.text for page in pages for column in page.columns
                    for placed in column for item in [placed.item] for para in item.paras)
    assert "Réponse" in text and "Source" in text            # the misconceptions
    assert "pts" in text                                    # the debates' points
    assert "déconnexion" in text and "motif" in text        # a correction and its reason
    assert "Charte" in text                                 # the facilitator's notes
    assert "Banque de questions version" in text            # the bank's version
    assert "autres questions manquées" in text              # what the PDF leaves out


def test_a_4_3_projector_gives_the_wheel_a_page_of_its_own(app) -> None:  # type: ignore[no-untyped-def]
    gallery.short_debrief(app)
    gallery.render(app, (1024, 768))
    kinds = [page.kind for page in debrief(app).pages()[:3]]
    assert kinds == [sections.RANKING, sections.GROUP, sections.TEAMS]
    gallery.render(app, (1920, 1080))
    kinds = [page.kind for page in debrief(app).pages()[:2]]
    assert kinds == [sections.SUMMARY, sections.TEAMS]


def test_a_resize_keeps_the_same_section_on_screen(app) -> None:  # type: ignore[no-untyped-def]
    gallery.play_full_debrief(app)
    gallery.render(app, (1920, 1080))
    debrief(app).at = (sections.KEY_POINTS_TITLE, 0)
    for size in ((1024, 768), (3840, 2160)):
        gallery.render(app, size)
        scene = debrief(app)
        assert scene.pages()[scene.shown()].section == sections.KEY_POINTS_TITLE


def test_enter_confirms_and_space_right_and_page_down_turn_pages_on_the_debrief() -> None:
    def kinds(k: int) -> list[Act]:
        event = pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, scancode=0, unicode="")
        return [a.kind for a in translate(event, Mode.PAGES)]

    assert kinds(pygame.K_RETURN) == [Act.CONFIRM]
    assert kinds(pygame.K_KP_ENTER) == [Act.CONFIRM]
    for k in (pygame.K_SPACE, pygame.K_RIGHT, pygame.K_PAGEDOWN):
        assert kinds(k) == [Act.NEXT]
    for k in (pygame.K_LEFT, pygame.K_PAGEUP):
        assert kinds(k) == [Act.PREVIOUS]
    assert kinds(pygame.K_b) == [Act.BLACK] and kinds(pygame.K_PERIOD) == [Act.BLACK]


def ended(open_app, scripted_bank, size=(1280, 720)):  # type: ignore[no-untyped-def]
    """A short game through the real loop, ended with E and Enter: the Debrief is on screen."""
    app = open_app(bank=scripted_bank, teams="Les Hérissons,Cœur d’équipe", size=size)
    press(app, pygame.K_1)
    press(app, pygame.K_a)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_e)
    press(app, pygame.K_RETURN)
    assert app.base_name() == "debrief"
    return app


def test_keys_and_a_clicker_turn_the_pages_and_stop_at_both_ends(
    open_app, scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = ended(open_app, scripted_bank)
    count = shown(app)[1]
    assert shown(app) == (1, count) and count >= 5
    for number, key in enumerate((pygame.K_SPACE, pygame.K_RIGHT, pygame.K_PAGEDOWN), 2):
        press(app, key)
        assert shown(app) == (number, count)
    press(app, pygame.K_LEFT)
    press(app, pygame.K_PAGEUP)
    assert shown(app) == (2, count)
    for _ in range(count + 2):
        press(app, pygame.K_PAGEDOWN)
    assert shown(app) == (count, count)
    assert "Entrée" in app.game.notice.text           # past the end: what Enter does
    for _ in range(count + 2):
        press(app, pygame.K_PAGEUP)
    assert shown(app) == (1, count)


def test_the_arrows_in_the_header_turn_the_pages_with_the_mouse(
    open_app, scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = ended(open_app, scripted_bank, size=(1024, 768))
    assert not any(b.label == "Page précédente" and b.enabled for b in app.current.buttons())
    click(app, button(app, "Page suivante"))
    click(app, button(app, "Page suivante"))
    assert shown(app)[0] == 3
    click(app, button(app, "Page précédente"))
    assert shown(app)[0] == 2


def test_enter_on_any_page_of_the_debrief_exports_the_pdf(
    open_app, scripted_bank, tmp_path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(tmp_path / "bilans"))
    app = ended(open_app, scripted_bank)
    press(app, pygame.K_SPACE)
    press(app, pygame.K_SPACE)
    press(app, pygame.K_RETURN)
    assert not app.game.notice.error, app.game.notice.text
    assert shown(app)[0] == 3                            # Enter did not turn the page
    (pdf,) = (tmp_path / "bilans").glob("*.pdf")
    assert str(pdf) in app.game.notice.text


def test_the_notes_typed_appear_on_the_last_page(
    open_app, scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = ended(open_app, scripted_bank)
    click(app, button(app, "Notes"))
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Point d'étape en juin"))
    press(app, pygame.K_RETURN)                        # closes the notes, not a PDF
    assert app.top() is app.current
    last = debrief(app).pages()[-1]
    texts = [p.text for column in last.columns for placed in column for p in placed.item.paras]
    assert any("Point d’étape en juin" in text for text in texts)


def test_the_notes_are_journaled_as_the_overlay_closes(
    open_app, scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    from game.rules.session import read_journal

    app = ended(open_app, scripted_bank)
    click(app, button(app, "Notes"))
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Charte : revoir les jours"))
    press(app, pygame.K_RETURN)
    session = app.game.session
    assert session.state.notes == "Charte : revoir les jours"
    if session.path is not None:                        # a crash now would lose nothing
        events, _ = read_journal(session.path)
        assert events[-1].kind == "noted"
