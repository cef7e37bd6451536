"""The Debrief's pages: every one of them fits at every window size, a ten-minute discussion
needs no more than five of them on a 1920×1080 screen, the facilitator turns them with the
keyboard, a presenter clicker or the mouse, and the clicker alone reaches the PDF."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui import debrieflayout, gallery
from game.ui.actions import Act, Mode, translate
from game.ui.gallery.debrief import play_discussion_game
from game.ui.scenes.debrief import Debrief, sections
from game.ui.text import Typesetter
from game.wording import say
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


def page_texts(page: sections.Page) -> list[str]:
    return [
        para.text
        for column in page.columns
        for placed in column
        for para in (*placed.item.paras, *placed.item.aside)
    ]


@pytest.mark.parametrize(
    "play",
    [gallery.play_full_debrief, gallery.short_debrief, play_discussion_game],
    ids=["six-equipes", "partie-courte", "trois-equipes"],
)
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
        problems += [f"{page.title}: {o.style} {o.box} « {o.text[:50]} »" for o in app.ui.overflows]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160), (1280, 720)])
def test_three_teams_and_twelve_questions_take_five_pages_at_most(app, size) -> None:  # type: ignore[no-untyped-def]
    play_discussion_game(app)
    gallery.render(app, size)
    pages = debrief(app).pages()
    assert len(app.game.state.played) == 12 and app.game.state.n_teams == 3
    assert len(pages) <= 5, [page.anchor for page in pages]
    assert len(debrief(app).content().debrief.misconceptions.lines) == 5


def test_the_cards_take_the_whole_width_and_no_explanation_is_cut(app) -> None:  # type: ignore[no-untyped-def]
    play_discussion_game(app)
    gallery.render(app, (1920, 1080))
    scene = debrief(app)
    missed = [page for page in scene.pages() if page.section == sections.MISSED]
    assert missed and all(len(page.columns) == 1 for page in missed)
    content = scene.content()
    for line in content.debrief.misconceptions.lines:
        assert any(line.gist in page_texts(page) for page in missed)
        assert not line.gist.endswith("…")


def test_the_pages_hold_what_the_debrief_must_say(app) -> None:  # type: ignore[no-untyped-def]
    gallery.play_full_debrief(app)
    gallery.render(app, (1920, 1080))
    pages = debrief(app).pages()
    found = [page.section for page in pages]
    for section in (sections.SUMMARY, sections.TEAMS, sections.MISSED, sections.DISCUSS):
        assert section in found
    text = " ".join(t for page in pages for t in page_texts(page))
    assert "Réponse" in text and "manquée par" in text  # the misconceptions
    assert "pts" in text  # the debates' points
    assert "déconnexion" in text and "motif" in text  # a correction and its reason
    assert "Charte" in text  # the facilitator's notes
    assert "Banque de questions version" in text  # the bank's version
    assert "autres questions manquées" in text  # what the PDF leaves out too


def test_a_4_3_projector_gives_the_wheel_a_page_of_its_own(app) -> None:  # type: ignore[no-untyped-def]
    gallery.short_debrief(app)
    gallery.render(app, (1024, 768))
    found = [page.section for page in debrief(app).pages()[:3]]
    assert found == [sections.RANKING, sections.GROUP, sections.TEAMS]
    gallery.render(app, (1920, 1080))
    found = [page.section for page in debrief(app).pages()[:2]]
    assert found == [sections.SUMMARY, sections.TEAMS]


def test_a_resize_keeps_the_same_section_on_screen(app) -> None:  # type: ignore[no-untyped-def]
    gallery.play_full_debrief(app)
    gallery.render(app, (1920, 1080))
    debrief(app).at = (sections.DISCUSS, 0)
    for size in ((1024, 768), (3840, 2160)):
        gallery.render(app, size)
        scene = debrief(app)
        assert scene.pages()[scene.shown()].section == sections.DISCUSS


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
    """A short game through the real loop, ended with E: the Debrief is on screen."""
    app = open_app(bank=scripted_bank, teams="Les Hérissons,Cœur d’équipe", size=size)
    press(app, pygame.K_1)
    press(app, pygame.K_a)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_e)  # « Terminer la partie ? »…
    press(app, pygame.K_LEFT)  # …asks for an explicit choice
    press(app, pygame.K_RETURN)
    assert app.base_name() == "debrief"
    return app


def pdf_button(app):  # type: ignore[no-untyped-def]
    return debrief(app).footer()[0]


def test_keys_and_a_clicker_turn_the_pages_and_stop_at_the_first(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = ended(open_app, scripted_bank)
    count = shown(app)[1]
    assert shown(app) == (1, count) and count >= 4
    for number, key in enumerate((pygame.K_SPACE, pygame.K_RIGHT, pygame.K_PAGEDOWN), 2):
        press(app, key)
        assert shown(app) == (number, count)
    press(app, pygame.K_LEFT)
    press(app, pygame.K_PAGEUP)
    assert shown(app) == (2, count)
    for _ in range(count + 2):
        press(app, pygame.K_PAGEUP)
    assert shown(app) == (1, count) and not pdf_button(app).focused


def test_a_clicker_alone_reaches_the_pdf_from_the_last_page(
    open_app,
    scripted_bank,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "Documents" / "Panorama"
    monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(folder))
    app = ended(open_app, scripted_bank)
    count = shown(app)[1]
    for _ in range(count - 1):
        press(app, pygame.K_PAGEDOWN)
    assert shown(app) == (count, count) and not pdf_button(app).focused
    row = [b.rect for b in debrief(app).footer()]
    press(app, pygame.K_PAGEDOWN)  # « suivant » on the last page…
    offer = pdf_button(app)
    assert offer.focused and offer.label == say("debrief.screen.save_pdf")
    assert [b.rect for b in debrief(app).footer()] == row  # the footer does not move
    assert not folder.exists()  # …offers the PDF, writes nothing yet
    press(app, pygame.K_PAGEUP)  # « précédent » withdraws the offer
    assert shown(app) == (count, count) and not pdf_button(app).focused
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)  # the next « suivant » saves it
    (pdf,) = folder.glob("*.pdf")
    saved = debrief(app).saved
    assert saved is not None and saved.path == pdf
    assert saved.text == say("debrief.screen.saved_pdf", folder="Documents/Panorama")
    assert app.game.notice is None or str(tmp_path) not in app.game.notice.text
    press(app, pygame.K_PAGEDOWN)  # once more: no second copy
    assert list(folder.glob("*.pdf")) == [pdf] and not pdf_button(app).focused


def test_the_saved_file_is_named_by_its_folder_and_its_path_shows_only_when_pointed_at(
    open_app,
    scripted_bank,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(tmp_path / "bilans"))
    app = ended(open_app, scripted_bank)
    press(app, pygame.K_RETURN)
    saved = debrief(app).saved
    assert saved is not None

    def drawn_with_pointer(at: tuple[int, int] | None) -> list[str]:
        texts: list[str] = []
        original = Typesetter.draw

        def record(self, surface, fitted, rect, colour, align="left", valign="top"):  # type: ignore[no-untyped-def]
            texts.append(" ".join(fitted.lines))
            return original(self, surface, fitted, rect, colour, align, valign)

        monkeypatch.setattr(Typesetter, "draw", record)
        app.ui.hover = at
        app.render(pygame.Surface(app.ui.size))
        monkeypatch.setattr(Typesetter, "draw", original)
        return texts

    everything = " ".join(drawn_with_pointer(None))
    assert "bilans" in everything and str(tmp_path) not in everything
    title = debrieflayout.page(app.ui.layout)["title"]
    assert str(saved.path) in " ".join(drawn_with_pointer(title.center)).replace(" ", "")


def test_the_arrows_in_the_header_turn_the_pages_with_the_mouse(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = ended(open_app, scripted_bank, size=(1024, 768))
    assert not any(b.label == "Page précédente" and b.enabled for b in app.current.buttons())
    click(app, button(app, "Page suivante"))
    click(app, button(app, "Page suivante"))
    assert shown(app)[0] == 3
    click(app, button(app, "Page précédente"))
    assert shown(app)[0] == 2


def test_enter_on_any_page_of_the_debrief_saves_the_pdf(
    open_app,
    scripted_bank,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(tmp_path / "bilans"))
    app = ended(open_app, scripted_bank)
    press(app, pygame.K_SPACE)
    press(app, pygame.K_SPACE)
    press(app, pygame.K_RETURN)
    assert app.game.notice is None or not app.game.notice.error
    assert shown(app)[0] == 3  # Enter did not turn the page
    (pdf,) = (tmp_path / "bilans").glob("*.pdf")
    assert debrief(app).saved is not None and debrief(app).saved.path == pdf


def test_the_notes_typed_appear_on_the_last_page(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = ended(open_app, scripted_bank)
    click(app, button(app, "Notes"))
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Point d'étape en juin"))
    press(app, pygame.K_RETURN)  # closes the notes, not a PDF
    assert app.top() is app.current
    last = debrief(app).pages()[-1]
    assert any("Point d’étape en juin" in text for text in page_texts(last))


def test_the_notes_are_journaled_as_the_overlay_closes(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    from game.rules.session import read_journal

    app = ended(open_app, scripted_bank)
    click(app, button(app, "Notes"))
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Charte : revoir les jours"))
    press(app, pygame.K_RETURN)
    session = app.game.session
    assert session.state.notes == "Charte : revoir les jours"
    if session.path is not None:  # a crash now would lose nothing
        events, _ = read_journal(session.path)
        assert events[-1].kind == "noted"
