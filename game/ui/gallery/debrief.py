"""The Debrief's pages in the screenshot gallery, after the fullest game a room can play: six
teams with long names answering every question together, many questions missed, debates where
the teams split, score corrections with long reasons and a page of notes.

Each shot opens one section of the debrief; its page stays on screen at every window size (the
scene keeps its section when the window changes), so one shot covers all the sizes.
"""

from __future__ import annotations

from collections.abc import Callable

from game.rules.bank.model import Question
from game.rules.session.engine import Session
from game.ui.app import App
from game.ui.gallery import kit as gallery
from game.ui.scenes.debrief import Debrief, sections

ROUNDS = 16
SECONDS_PER_ROUND = 55
LAST = 99  # a part number past any section's last page: the section's last page
NOTES = ("Charte : deux jours de télétravail au plus par semaine, jamais le lundi pour "
         "garder la réunion d'équipe. Référent matériel : Camille, pour les écrans et les "
         "claviers. Point d'étape en juin avec les RH ; reprendre le droit à la déconnexion "
         "à la prochaine réunion de service, avec les horaires où chacun est joignable. "
         "Proposer un essai de trois mois aux agents de l'accueil pour les tâches "
         "administratives qui peuvent se faire à distance.")
CORRECTIONS = (
    (1, 2, "Très bonne argumentation sur le droit à la déconnexion, saluée par toute la salle"),
    (4, -1, "Réponse soufflée par une équipe voisine"),
)


def _answer(question: Question, team: int, round_: int) -> object:
    """Teams right about two times in five, on different questions, unevenly by sector."""
    if question.type == "debat":
        return "AB"[(team + round_) % 2] if question.options else None
    if (team * 5 + round_ * 3 + round_ // 5) % 7 < 3:
        return gallery.right_answer(question)
    if question.type == "estimation":
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
    if question.type == "debat":
        for team in range(session.state.n_teams):
            session.award_debate(team, 2 * ((team + round_) % 3))
    session.next()


def play_full_debrief(app: App) -> None:
    """Six teams, a long game, then the end: the Debrief with the most to show."""
    gallery.reset(app)
    app.game.start(gallery.settings(app, teams=6, all_teams=True, long_names=True))
    session = gallery.live(app)
    for round_ in range(ROUNDS):
        _play_round(session, round_)
        gallery.tick(app, SECONDS_PER_ROUND)
    for team, delta, reason in CORRECTIONS:
        session.adjust(team, delta, reason)
    session.end()
    session.note(NOTES)  # as the notes overlay does: the Debrief reads them from the game
    debrief(app).notes = NOTES


def debrief(app: App) -> Debrief:
    scene = app.scenes["debrief"]
    assert isinstance(scene, Debrief)
    return scene


def open_section(title: str, play: Callable[[App], None] = play_full_debrief,
                 part: int = 0) -> Callable[[App], None]:
    """A shot's preparation: play, reach the Debrief, open this section."""
    def prepare(app: App) -> None:
        play(app)
        app._sync_scene()
        debrief(app).at = (title, part)
    return prepare


def shots() -> list[gallery.Shot]:
    """The Debrief's pages, from the summary of the fullest game to the notes."""
    return [
        gallery.Shot("31-bilan-resume-6-equipes", open_section(sections.SUMMARY_TITLE)),
        gallery.Shot("32-bilan-panorama-du-groupe", open_section(sections.GROUP_TITLE)),
        gallery.Shot("33-bilan-par-equipe", open_section(sections.TEAMS_TITLE)),
        gallery.Shot("34-bilan-idees-recues", open_section(sections.MISSED_TITLE)),
        gallery.Shot("35-bilan-idees-recues-fin", open_section(sections.MISSED_TITLE, part=LAST)),
        gallery.Shot("36-bilan-debats", open_section(sections.DEBATES_TITLE)),
        gallery.Shot("37-bilan-a-retenir", open_section(sections.KEY_POINTS_TITLE)),
        gallery.Shot("38-bilan-pour-continuer", open_section(sections.CARRY_ON_TITLE)),
        gallery.Shot("39-bilan-notes-et-version", open_section(sections.CARRY_ON_TITLE,
                                                               part=LAST)),
        gallery.Shot("40-bilan-par-equipe-partie-courte", open_section(
            sections.TEAMS_TITLE, gallery.short_debrief)),
    ]
