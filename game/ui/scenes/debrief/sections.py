"""The debrief's pages for a ten-minute discussion: which ones, in which order, and the items
of the text pages — all read from the debrief model, which has already counted and chosen.

1. the summary: date, length, teams, questions played, ranking, the group's wheel (two pages on
   a 4:3 projector, where the wheel needs the whole height);
2. the per-team table (success per sector, each team's panorama);
3. « Idées reçues à déconstruire »: the most missed questions, each on a card as wide as the
   page: the question and its right answer on the left, the gist of the explanation (whole)
   on the right, so that three cards fit a page; the sources are on the handout, where they
   can be read;
4. the baromètre, when the room voted: a page per statement, its votes before and after as
   two bars, then the facts (``room``);
5. « Pour prolonger la discussion »: how the teams split on the debates, the score corrections
   (when there were any), the open questions, the facilitator's notes and the bank's version;
6. « Nos accords d'équipe », when the team made any.

The key points (« À retenir ») are reading matter: they go on the handout, not on the wall. A
text section takes as many pages as the window needs; the nav's « 4 / 5 » says where one is.
What the handout leaves out too is counted in a closing « … et N autres » line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game.rules.debrief import Debates, Debrief, Misconceptions
from game.ui import debrieflayout, theme
from game.ui.context import Ui
from game.ui.scenes.debrief import flow, room
from game.ui.scenes.debrief.content import Content
from game.ui.scenes.debrief.flow import Item, Para, paginate
from game.wording import say, say_n

P = theme.PALETTE
SUMMARY, RANKING, GROUP, TEAMS, MISSED, BAROMETER, DISCUSS, AGREEMENTS = (
    "summary",
    "ranking",
    "group",
    "teams",
    "missed",
    "barometer",
    "discuss",
    "agreements",
)
TEXT_PAGES = (MISSED, DISCUSS, AGREEMENTS)


@dataclass(frozen=True)
class Page:
    """One screen of the debrief: the ``part``-th page of its section."""

    section: str
    part: int = 0
    columns: flow.Page = ()
    statement: int = -1  # on a baromètre page: which statement of the model
    bars: bool = True  # on a baromètre page: its statement and bars on top (else: its facts)

    @property
    def title(self) -> str:
        """The page's title, in the header."""
        return page_title(self.section)

    @property
    def anchor(self) -> tuple[str, int]:
        """What stays on screen when the window is resized: this section, this part."""
        return self.section, self.part

    @property
    def full_width(self) -> bool:
        """Cards as wide as the page (the misconceptions), rather than two columns."""
        return self.section == MISSED


def page_title(section: str) -> str:
    """The title of a section's pages."""
    titles = {
        SUMMARY: say("debrief.screen.title.summary"),
        RANKING: say("debrief.screen.title.ranking"),
        GROUP: say("debrief.screen.title.group"),
        TEAMS: say("debrief.screen.title.teams"),
        MISSED: say("debrief.missed.title"),
        BAROMETER: say("debrief.barometer.title"),
        DISCUSS: say("debrief.open.title"),
        AGREEMENTS: say("debrief.agreements.title"),
    }
    return titles[section]


def heading(text: str) -> Item:
    """A sub-heading inside a page, kept with what follows it."""
    return Item((Para(text, "emphasis", P.focus),), keep_with_next=True)


def quiet(text: str) -> Item:
    """A line said in passing (nothing to show, or what is left out)."""
    return Item((Para(text, "body", P.muted),))


def missed_items(debrief: Debrief) -> list[Item]:
    """Each misconception on a card: its sector and how many missed it, the question, the right
    answer; beside them, the gist of the explanation."""
    section: Misconceptions = debrief.misconceptions
    items = [
        Item(
            (
                Para(
                    say("debrief.missed.caption", sector=line.sector.label, who=line.who),
                    "label",
                    P.muted,
                ),
                Para(line.prompt, "emphasis"),
                Para(say("debrief.missed.answer", answer=line.answer), "emphasis", P.focus),
            ),
            card=True,
            bar=theme.rgb(line.sector.colour),
            aside=(Para(line.gist, "body"),),
        )
        for line in section.lines
    ]
    if not items:
        return [
            quiet(
                say("debrief.missed.none")
                if section.scored_played
                else say("debrief.missed.nothing_scored")
            )
        ]
    if section.left_out:
        items.append(quiet(say_n("debrief.screen.missed_left_out", section.left_out)))
    return items


def debate_items(section: Debates) -> list[Item]:
    """How the teams split on each debate (with the points given)."""
    if not section.lines:
        return []
    items = [heading(say("debrief.screen.debates"))]
    for debate in section.lines:
        items.append(
            Item(
                (
                    Para(debate.prompt, "emphasis"),
                    *(
                        Para(say("debrief.screen.bullet", text=stance.text), "body")
                        for stance in debate.stances
                    ),
                ),
                card=True,
            )
        )
    if section.left_out:
        items.append(quiet(say_n("debrief.screen.debates_left_out", section.left_out)))
    return items


def discuss_items(debrief: Debrief) -> list[Item]:
    """The debates, the corrections, the open questions, the notes and the bank's version."""
    items = debate_items(debrief.debates)
    if debrief.corrections.lines:
        items.append(heading(say("debrief.corrections.title")))
        items += [
            Item((Para(line.text, "body"),), marker=say("debrief.screen.bullet_mark"))
            for line in debrief.corrections.lines
        ]
    questions = debrief.open_questions.questions
    if questions:
        items.append(heading(say("debrief.screen.open_questions")))
        items += [
            Item((Para(question, "body"),), marker=say("debrief.open.number", number=n))
            for n, question in enumerate(questions, 1)
        ]
    items.append(heading(say("debrief.notes.title")))
    if debrief.notes.text:
        items.append(Item((Para(debrief.notes.text, "body"),), card=True))
    else:
        items.append(quiet(say("debrief.screen.no_notes")))
    items.append(Item((Para(debrief.facts.bank, "small", P.muted),)))
    return items


def agreement_items(debrief: Debrief) -> list[Item]:
    """« Nos accords d'équipe », when the team made any (no page otherwise)."""
    return room.agreement_items(debrief.agreements) if debrief.agreements.total else []


TEXT_SECTIONS: tuple[tuple[str, Callable[[Debrief], list[Item]]], ...] = (
    (MISSED, missed_items),
    (DISCUSS, discuss_items),
    (AGREEMENTS, agreement_items),
)

FlowCache = dict[tuple[tuple[Item, ...], bool], list[flow.Page]]


def build_pages(ui: Ui, content: Content, cache: FlowCache | None = None) -> list[Page]:
    """Every page for this window size: the summary, the table, then the text sections.

    ``cache`` keeps each section's pages for one window size: typing a note lays out only the
    last section again.
    """
    cache = {} if cache is None else cache
    area = debrieflayout.page(ui.layout)["content"]
    pages = (
        [Page(RANKING), Page(GROUP)] if debrieflayout.summary_split(ui.layout) else [Page(SUMMARY)]
    )
    pages.append(Page(TEAMS))
    for section, make in TEXT_SECTIONS:
        if section == DISCUSS:
            pages += barometer_pages(ui, content, cache)
        items = make(content.debrief)
        if not items:
            continue
        key = (tuple(items), section == MISSED)
        if key not in cache:
            cache[key] = paginate(ui, key[0], area, full_width=key[1])
        pages += [Page(section, number, columns) for number, columns in enumerate(cache[key])]
    return pages


def barometer_pages(ui: Ui, content: Content, cache: FlowCache) -> list[Page]:
    """A page for each statement voted on: its bars, with its facts beside them (a wide
    screen) or under them (4:3) as far as they fit; what is left goes on the next pages. On a
    4:3 screen, facts that do not all fit under the bars get whole pages of their own."""
    area = debrieflayout.page(ui.layout)["content"]
    pages: list[Page] = []
    for index, line in enumerate(content.debrief.barometer.statements):
        items = tuple(room.statement_items(line))
        key = (items, False)
        if key not in cache:
            first = room.result_layout(ui, line, area).text
            cache[key] = _statement_pages(ui, items, first, area, room.continued(line))
        for number, columns in enumerate(cache[key]):
            pages.append(Page(BAROMETER, len(pages), columns, index, bars=number == 0))
    return pages


def _statement_pages(
    ui: Ui, items: tuple[Item, ...], first: pygame.Rect, area: pygame.Rect, continued: Item
) -> list[flow.Page]:
    """The bars' page, then what did not fit beside or under them, headed by the statement
    (« … » (suite)), so that a page of two bullets still says what they are about."""
    laid = paginate(ui, items, first)
    if len(laid) == 1:
        return laid
    if not ui.layout.wide:
        return [(), *paginate(ui, (continued, *items), area)]
    shown = sum(len(column) for column in laid[0])
    return [laid[0], *paginate(ui, (continued, *items[shown:]), area)]


def index_of(pages: Sequence[Page], anchor: tuple[str, int] | None) -> int:
    """The page for ``anchor``: its section's part, or the section's last part when the
    window now needs fewer; the first page when the section is unknown."""
    if anchor is None:
        return 0
    found = [i for i, page in enumerate(pages) if page.section == anchor[0]]
    if not found:
        return 0
    within = [i for i in found if pages[i].part <= anchor[1]]
    return within[-1] if within else found[0]
