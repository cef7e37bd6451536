"""Every scene and overlay draws at every supported window size with the bank's longest texts,
and the text helper reports that nothing overflowed its box."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.ui import gallery

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080), (2560, 1600), (3840, 2160)]


@pytest.fixture(scope="module")
def app(real_bank, tmp_path_factory):  # type: ignore[no-untyped-def]
    gallery.headless()
    app = gallery.make_app(
        Path(__file__).resolve().parents[2] / "questions",
        real_bank,
        tmp_path_factory.mktemp("gallery"),
    )
    yield app
    app.close()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_scene_and_overlay_fits_its_texts_at_this_window_size(app, size) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for shot in gallery.shots():
        shot.prepare(app)
        app.ui.overflows.clear()
        image = gallery.render(app, size, shot.settle)
        assert image.get_size() == size
        problems += [f"{shot.name}: {o.style} {o.box} « {o.text[:50]} »" for o in app.ui.overflows]
    assert not problems, "\n".join(problems)


def test_the_gallery_covers_every_scene_and_every_overlay() -> None:
    names = " ".join(shot.name for shot in gallery.shots())
    for word in (
        "accueil",
        "reglages",
        "panorama",
        "question",
        "rebond",
        "toutes-equipes",
        "reponse",
        "plus-loin",
        "bilan",
        "pause",
        "aide",
        "quitter",
        "ecran-noir",
        "correction",
        "notes",
    ):
        assert word in names


def test_every_question_of_the_bank_fits_its_card_and_its_reveal_at_1024x768(app) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for question in app.game.loaded.bank.active:
        if not question.kind.on_wheel:
            continue  # a baromètre statement is voted on its own screen, not drawn
        gallery.force(app, question)
        app.ui.overflows.clear()
        gallery.render(app, (1024, 768))
        session = app.game.session
        if question.type == "debat" and not question.options:
            session.reveal()
        else:
            session.answer(
                session.expected_teams()[0],
                gallery.right_answer(question) if question.type != "debat" else "A",
            )
        gallery.render(app, (1024, 768))
        problems += [f"{question.id}: {o.style} « {o.text[:50]} »" for o in app.ui.overflows]
    assert not problems, "\n".join(problems)
