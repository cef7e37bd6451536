"""The debrief's pages for what the room said: one page per baromètre statement (its sector and
the shift « d'accord », the statement, the votes before and after as two stacked bars — each
level's part labelled with its count, the legend naming the levels — then the facts, their
source and the quiz questions that inform it), and « Nos accords d'équipe » as a text page.

The facts and the agreements are items of the text pages (``flow``): they take as many pages
as the window needs; the bars stay at the top of each of a statement's pages. Everything is read
from the debrief model; nothing is counted here.
"""

from __future__ import annotations

import pygame

from game.rules.debrief import Agreements, StatementLine, Votes
from game.ui import roomlayout, theme
from game.ui.context import Ui
from game.ui.layout import inset
from game.ui.roomlayout import ResultLayout
from game.ui.scenes.debrief.flow import Item, Para
from game.wording import say

P = theme.PALETTE


STATEMENT_STYLE = "emphasis"  # the statement over its bars: as a misconception's question


def result_layout(ui: Ui, line: StatementLine, area: pygame.Rect) -> ResultLayout:
    """Where a statement's page puts its parts: the statement as tall as its text."""
    width = area.width // 2 if ui.layout.wide else area.width
    fitted = ui.type.fit(line.prompt, STATEMENT_STYLE, (width, 10**6))
    return roomlayout.poll_result(ui.layout, area, fitted.height)


def continued(line: StatementLine) -> Item:
    """The head of a statement's next page: the statement itself, marked as continued."""
    text = say("debrief.screen.barometer.continued", prompt=line.prompt)
    return Item((Para(text, "emphasis", P.muted),), keep_with_next=True)


def statement_items(line: StatementLine) -> list[Item]:
    """Under the bars: what the facts say, their source, the questions that inform them."""
    items = [
        Item(
            (
                Para(say("debrief.screen.barometer.facts", facts=line.facts), "body"),
                Para(say("debrief.missed.source", source=line.source), "source", P.muted),
            )
        )
    ]
    if line.informing:
        items.append(
            Item(
                (Para(say("debrief.barometer.questions"), "emphasis", P.focus),),
                keep_with_next=True,
            )
        )
        items += [
            Item((Para(q.text, "body"),), marker=say("debrief.screen.bullet_mark"))
            for q in line.informing
        ]
    return items


def agreement_items(section: Agreements) -> list[Item]:
    """The agreements, sector by sector; the rules that frame them are on the printed page."""
    first = (Para(section.service, "emphasis"),) if section.service else ()
    items = [Item((*first, Para(section.dated, "body", P.focus)))]
    for sector in section.by_sector:
        items.append(
            Item(
                (Para(sector.sector.label, "emphasis", P.focus),),
                keep_with_next=True,
                bar=theme.rgb(sector.sector.colour),
            )
        )
        items += [
            Item((Para(agreement.text, "body"),), marker=say("debrief.screen.bullet_mark"))
            for agreement in sector.lines
        ]
    if any(sector.rules for sector in section.by_sector):
        items.append(Item((Para(say("debrief.screen.agreements.framing"), "body", P.muted),)))
    return items


def draw_statement(surface: pygame.Surface, ui: Ui, line: StatementLine, lay: ResultLayout) -> None:
    """The head of a statement's page: caption, statement, two bars, legend."""
    ui.type.text(
        surface,
        say("debrief.barometer.caption", sector=line.sector.label.upper(), shift=line.shift),
        "label",
        lay.caption,
        P.muted,
        valign="middle",
        max_lines=2,
    )
    ui.type.text(surface, line.prompt, STATEMENT_STYLE, lay.statement, P.text, valign="middle")
    before, after = lay.bars
    _bar(surface, ui, say("debrief.barometer.before"), line.before, line.levels, before)
    if line.after is not None:
        _bar(surface, ui, say("debrief.barometer.after"), line.after, line.levels, after)
    else:
        label, bar, _ = after
        ui.type.text(
            surface,
            say("debrief.barometer.after"),
            "label",
            label,
            P.text,
            valign="middle",
            max_lines=1,
        )
        ui.type.text(
            surface,
            say("debrief.barometer.no_second_vote"),
            "body",
            bar,
            P.muted,
            valign="middle",
            max_lines=1,
        )
    for index, (cell, name) in enumerate(zip(lay.legend, line.levels, strict=False)):
        _legend(surface, ui, cell, name, theme.SCALE[index])


def _bar(
    surface: pygame.Surface,
    ui: Ui,
    label: str,
    votes: Votes,
    levels: tuple[str, ...],
    rects: tuple[pygame.Rect, pygame.Rect, pygame.Rect],
) -> None:
    """« Avant », the stacked bar (each level's part with its count), the voters."""
    label_rect, bar, voters = rects
    ui.type.text(surface, label, "label", label_rect, P.text, valign="middle", max_lines=1)
    parts = votes.segments(levels)
    least = ui.layout.h(roomlayout.SEGMENT_MIN)
    for part, rect in zip(
        parts, roomlayout.segments(bar, [p.share for p in parts], least), strict=True
    ):
        colour = theme.SCALE[part.level - 1]
        pygame.draw.rect(surface, colour, rect)
        pygame.draw.line(surface, P.background, rect.topright, rect.bottomright, ui.layout.outline)
        ui.type.text(
            surface,
            str(part.count),
            "label",
            rect,
            theme.text_on(colour),
            "centre",
            "middle",
            max_lines=1,
        )
    ui.type.text(surface, votes.voters, "label", voters, P.muted, "right", "middle", max_lines=1)


def _legend(
    surface: pygame.Surface, ui: Ui, cell: pygame.Rect, name: str, colour: theme.Colour
) -> None:
    swatch = pygame.Rect(cell.left, cell.top, cell.height, cell.height)
    pygame.draw.rect(surface, colour, inset(swatch, max(1, cell.height // 6)))
    text = pygame.Rect(
        swatch.right + ui.layout.gap // 3,
        cell.top,
        cell.width - swatch.width - ui.layout.gap // 3,
        cell.height,
    )
    ui.type.text(surface, name, "small", text, P.text, valign="middle", max_lines=1)
