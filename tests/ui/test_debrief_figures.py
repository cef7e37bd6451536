"""One debrief, said the same on screen and on paper: every figure the PDF prints (read back with
pypdf) is the figure the Debrief scene draws, because both come from the one model it holds."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pypdf
import pytest

from game.export import export_pdf
from game.ui import gallery
from game.ui.gallery.debrief import play_discussion_game
from game.ui.scenes.debrief import Debrief
from game.ui.text import Typesetter
from game.ui.wheelview import WheelView

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1920, 1080)
FRACTION = re.compile(r"(?<![/\d])\d{1,2}/\d{1,2}(?![/\d])")
PERCENT = re.compile(r"\d+ %")
MISSED = re.compile(r"manquée par \d+ équipes? sur \d+")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def app(real_bank, tmp_path_factory):  # type: ignore[no-untyped-def]
    gallery.headless()
    app = gallery.make_app(ROOT / "questions", real_bank, tmp_path_factory.mktemp("bilan"))
    yield app
    app.close()


def screen_pages(app, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Every text the scene draws, page by page, in drawing order (the wheel's labels too)."""
    drawn: list[str] = []
    original = Typesetter.draw

    def record(self, surface, fitted, rect, colour, align="left", valign="top"):  # type: ignore[no-untyped-def]
        drawn.append(flat(" ".join(fitted.lines)))
        return original(self, surface, fitted, rect, colour, align, valign)

    monkeypatch.setattr(Typesetter, "draw", record)
    gallery.render(app, SIZE)
    scene = app.current
    assert isinstance(scene, Debrief)
    pages = []
    for page in scene.pages():
        scene.at = page.anchor
        scene.wheel = WheelView()  # composed again, so that its labels are drawn on this page
        drawn.clear()
        gallery.render(app, SIZE)
        pages.append(list(drawn))
    return pages


def pdf_text(scene: Debrief, folder: Path) -> str:
    content = scene.content()
    assert content is not None
    path = export_pdf(content.debrief, path=folder / "bilan.pdf")  # the model the screen drew
    return flat(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


def in_order(needles: list[str], haystack: list[str]) -> bool:
    """Whether ``needles`` appear in ``haystack`` one after the other."""
    for start in range(len(haystack) - len(needles) + 1):
        if haystack[start : start + len(needles)] == needles:
            return True
    return False


@pytest.mark.parametrize(
    "play", [play_discussion_game, gallery.play_full_debrief], ids=["trois-equipes", "six-equipes"]
)
def test_every_figure_the_pdf_prints_is_the_one_the_screen_shows(
    app, play, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    play(app)
    pages = screen_pages(app, monkeypatch)
    scene = app.current
    debrief = scene.content().debrief
    paper = pdf_text(scene, tmp_path)
    screen = [text for page in pages for text in page]
    everything = " ".join(screen)

    # Each team: rank, name, score and its right answers in each sector, in the same order.
    for team in debrief.teams:
        fractions = [rate.fraction for rate in team.rates]
        star = r"( \*)?"
        row = rf"{re.escape(team.rank_text)} {re.escape(flat(team.name))}{star} {team.score} "
        assert re.search(row + " ".join(map(re.escape, fractions)), paper), team.name
        ranked = flat(f"{team.rank_text} {team.name}")
        assert in_order([ranked, str(team.score)], screen), team.name  # the ranking
        assert in_order([flat(team.name), *fractions], screen), team.name  # the table

    # The per-team table's counts, as a whole: the paper's are the screen's.
    table = Counter(
        f
        for team in debrief.teams
        for f in (r.fraction for r in team.rates)
        if FRACTION.fullmatch(f)
    )
    assert Counter(FRACTION.findall(paper)) == table
    assert not table - Counter(FRACTION.findall(everything))

    # The group's success per sector: the same percentages on the wheel and on paper.
    legend = paper[paper.index("Le panorama du groupe") : paper.index("Classement et réussite")]
    wheel = [text for text in pages[0] if PERCENT.fullmatch(text)]
    assert (
        Counter(PERCENT.findall(legend))
        == Counter(wheel)
        == Counter(flat(s.group.percent) for s in debrief.sectors if s.group.attempts)
    )

    # The misconceptions: the same questions, missed by the same number of teams.
    assert MISSED.findall(paper) == MISSED.findall(everything)
    for line in debrief.misconceptions.lines:
        assert flat(line.prompt) in paper and flat(line.prompt) in everything

    # The game at a glance and the bank.
    for fact in (*debrief.facts.at_a_glance[:3], debrief.facts.bank):
        assert flat(fact) in paper and flat(fact) in everything
