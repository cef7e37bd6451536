"""One question as the room will see it, for the adviser's ``apercu`` command: its card when it
is drawn, and its reveal after a team gave the right answer (a debate: after the facilitator
gave its points), through the same Session API as the other shots."""

from __future__ import annotations

from game.rules.bank.model import Question
from game.ui.app import App
from game.ui.gallery.kit import Shot, current, force, live, right_answer


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
