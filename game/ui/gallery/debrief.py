"""The Debrief's pages in the screenshot gallery, after the fullest game a room can play: six
teams with long names answering every question together, many questions missed, debates where
the teams split, score corrections with long reasons and a page of notes.

Each shot opens one section of the debrief; its page stays on screen at every window size (the
scene keeps its section when the window changes), so one shot covers all the sizes. The notes
and the correction reasons a facilitator would type come from the catalogue, so that the shots
read in the language of the game.
"""

from __future__ import annotations

from collections.abc import Callable

from game.rules.bank.model import Question
from game.rules.session.engine import Session
from game.ui.app import App
from game.ui.gallery import kit as gallery
from game.ui.scenes.debrief import Debrief, sections
from game.wording import say

ROUNDS = 16
SECONDS_PER_ROUND = 55
LAST = 99  # a part number past any section's last page: the section's last page


def corrections() -> tuple[tuple[int, int, str], ...]:
    """(team, points, reason): a long reason and a short one."""
    return (
        (1, 2, say("debrief.gallery.reason_long")),
        (4, -1, say("debrief.gallery.reason_short")),
    )


def _answer(question: Question, team: int, round_: int) -> object:
    """Teams right about two times in five, on different questions, unevenly by sector."""
    kind = question.kind
    if not kind.scored:
        return "AB"[(team + round_) % 2] if question.options else None
    if (team * 5 + round_ * 3 + round_ // 5) % 7 < 3:
        return gallery.right_answer(question)
    if kind.entry == "number":
        return question.answer * 2 + 7
    return gallery.wrong_letter(question)


def _play_round(session: Session, round_: int) -> None:
    sector = session.state.wheel[round_ % len(session.state.wheel)]
    session.pick(sector)
    question = gallery.current(session).question
    for team in range(session.state.n_teams):
        given = _answer(question, team, round_)
        if given is not None:
            session.answer(team, given)
    session.reveal()
    if not question.kind.scored:
        scale = session.state.settings.scoring  # the game's own scale of debate points
        for team in range(session.state.n_teams):
            session.award_debate(team, (0, scale.debate_max)[(team + round_) % 2])
    session.next()


def play_full_debrief(app: App) -> None:
    """Six teams, a long game, then the end: the Debrief with the most to show."""
    gallery.reset(app)
    app.game.start(gallery.settings(app, teams=6, all_teams=True, long_names=True))
    session = gallery.live(app)
    for round_ in range(ROUNDS):
        _play_round(session, round_)
        gallery.tick(app, SECONDS_PER_ROUND)
    for team, delta, reason in corrections():
        session.adjust(team, delta, reason)
    session.end()
    notes = say("debrief.gallery.notes")
    session.note(notes)  # as the notes overlay does: the Debrief reads them from the game
    debrief(app).notes = notes


def _turn(session: Session, round_: int) -> None:
    """One turn of a game in turn mode: the team, then the rebond team, give their answers."""
    question = gallery.current(session).question
    kind = question.kind
    while session.expected_teams():
        team = session.expected_teams()[0]
        given = {a.answer for a in gallery.current(session).answers}
        if not kind.scored:
            session.answer(team, "AB"[round_ % 2])
        elif (team * 3 + round_ * 5) % 7 < 3 and not given:
            session.answer(team, gallery.right_answer(question))
        elif kind.entry == "number":
            session.answer(team, question.answer * (2 + len(given)) + 7)
        else:
            wrong = [
                letter
                for letter in "ABCD"[: len(question.options)]
                if letter not in question.right_letters and letter not in given
            ]
            session.answer(team, wrong[0] if wrong else None)
    if session.state.phase == "question":
        session.reveal()
    if not kind.scored:
        scale = session.state.settings.scoring
        for result in gallery.current(session).results:
            session.award_debate(result.team, scale.debate_max if round_ % 3 else 0)
    session.next()


def play_discussion_game(app: App) -> None:
    """Three teams in turn mode, twelve questions: the debrief a ten-minute discussion gets."""
    gallery.reset(app)
    app.game.start(gallery.settings(app, teams=3))
    session = gallery.live(app)
    for round_ in range(12):
        session.pick(session.state.wheel[round_ % len(session.state.wheel)])
        _turn(session, round_)
        gallery.tick(app, 70)
    session.end()


def debrief(app: App) -> Debrief:
    scene = app.scenes["debrief"]
    assert isinstance(scene, Debrief)
    return scene


def open_section(
    section: str, play: Callable[[App], None] = play_full_debrief, part: int = 0
) -> Callable[[App], None]:
    """A shot's preparation: play, reach the Debrief, open this section."""

    def prepare(app: App) -> None:
        play(app)
        app._sync_scene()
        debrief(app).at = (section, part)

    return prepare


def offer_pdf(app: App) -> None:
    """The short game's last page, after « suivant »: the PDF button brought forward."""
    gallery.short_debrief(app)
    app._sync_scene()
    scene = debrief(app)
    scene.at = (sections.DISCUSS, LAST)
    scene.offer = True


def shots() -> list[gallery.Shot]:
    """The Debrief's pages, from the summary of the fullest game to the notes."""
    return [
        gallery.Shot("31-bilan-resume-6-equipes", open_section(sections.SUMMARY)),
        gallery.Shot("32-bilan-panorama-du-groupe", open_section(sections.GROUP)),
        gallery.Shot("33-bilan-par-equipe", open_section(sections.TEAMS)),
        gallery.Shot("34-bilan-idees-recues", open_section(sections.MISSED)),
        gallery.Shot("35-bilan-idees-recues-fin", open_section(sections.MISSED, part=LAST)),
        gallery.Shot("36-bilan-pour-continuer", open_section(sections.DISCUSS)),
        gallery.Shot("37-bilan-notes-et-version", open_section(sections.DISCUSS, part=LAST)),
        gallery.Shot(
            "38-bilan-par-equipe-partie-courte", open_section(sections.TEAMS, gallery.short_debrief)
        ),
        gallery.Shot("39-bilan-enregistrer-le-pdf", offer_pdf),
        gallery.Shot(
            "40-bilan-3-equipes-12-questions", open_section(sections.MISSED, play_discussion_game)
        ),
    ]
