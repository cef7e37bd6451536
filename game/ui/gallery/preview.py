"""One question as the room will see it, for the adviser's ``apercu`` command: its card when it
is drawn, and its reveal after a team gave the right answer (a debate: after the facilitator
gave its points); a baromètre statement's vote, and its page of the debrief once the room
voted before and after a game. Through the same Session API as the other shots."""

from __future__ import annotations

from game.rules.bank.model import Question
from game.rules.session.settings import SessionSettings, default_teams
from game.ui.app import App
from game.ui.gallery.debrief import open_section
from game.ui.gallery.kit import Shot, current, force, live, reset, right_answer
from game.ui.scenes.debrief import sections


def preview_shots(question: Question) -> list[Shot]:
    """The card and the reveal of ``question`` (a question of the wheel, made active)."""
    question = question.model_copy(update={"active": True})

    def card(app: App) -> None:
        force(app, question, wait=0)  # the card as it appears, its timer full

    def reveal(app: App) -> None:
        force(app, question)
        session = live(app)
        team = session.expected_teams()[0]
        if question.kind.scored:
            session.answer(team, right_answer(question))
        elif question.options:
            session.answer(team, "A")
        else:
            session.reveal()
        if not question.kind.scored:
            session.award_debate(current(session).team, session.state.settings.scoring.debate_max)

    return [Shot("question", card), Shot("reponse", reveal)]


def statement_shots(statement: Question) -> list[Shot]:
    """A statement's vote (each team to place itself), and its page of the debrief."""
    statement = statement.model_copy(update={"active": True})

    def vote(app: App) -> None:
        reset(app)
        settings = SessionSettings(
            teams=default_teams(4),
            barometer="equipes",
            seed=1,
            duration_min=10,
            sectors=(statement.sector,),
        )
        pool = tuple(q for q in app.game.questions() if not q.kind.polled)
        problems = app.game.start(settings, (*pool, statement))
        assert not problems, problems

    def voted(app: App) -> None:
        vote(app)
        session = live(app)
        for levels in ((1, 2, 2, 4), (2, 3, 3, 4)):
            for team, level in enumerate(levels):
                session.vote(team, level)
            if not session.state.ended:
                session.end()

    return [Shot("vote", vote), Shot("bilan", open_section(sections.BAROMETER, voted))]
