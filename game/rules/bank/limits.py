"""Every size limit of the question bank, in one place.

The card limits are what fits on the question and reveal cards at 1024×768 with body text at
1/30 of the window height; the front end's layout tests load the longest texts of the bank and
prove they fit. Change a number here and those tests tell whether the cards still hold it.
"""

from __future__ import annotations

# Texts shown on the cards (characters).
QUESTION_MAX = 200
CHOICE_MAX = 80
EXPLANATION_MAX = 320
SOURCE_MAX = 160
FURTHER_MAX = 220
UNIT_MAX = 20
LABEL_MAX = 24
KEY_POINT_MAX = 160
TAG_MAX = 30
HINT_MAX = 120  # a « piste d'accord », read on the reveal and printed on the agreements page
ID_MAX = 40

CHOICES_MIN = 2
CHOICES_MAX = 4
DIFFICULTIES = (1, 2, 3)
DEBATE_POINTS_MAX = 2
INFORMED_BY_MIN = 2  # questions a baromètre statement names

# Safety limits for files an adviser (or anyone) drops in the bank folder.
FILE_BYTES_MAX = 8 * 1024 * 1024
BANK_BYTES_MAX = 24 * 1024 * 1024
BANK_FILES_MAX = 200
QUESTIONS_MAX = 20_000
PROBLEMS_PER_FILE_MAX = 200
NESTING_MAX = 20
SCALAR_CHARS_MAX = 10_000

# Coverage planning: how many active questions a sector needs for a session.
STALE_AFTER_DAYS = 365


SHORTEST_GAME_MIN = 10  # the shortest session the Setup offers


def questions_for_a_game() -> int:
    """Playable questions a sector needs at the very least: as many as the shortest session
    draws from it on average (below that, the wheel lands on an empty sector in a short game).
    Fewer is an error: a sector left that thin usually means questions were lost."""
    turns = max(1, round(SHORTEST_GAME_MIN / 1.5))
    return -(-turns // 5)


def questions_needed_per_sector(minutes: int = 20, teams: int = 6) -> int:
    """Active questions a sector should hold so a session rarely runs it dry.

    A turn takes about a minute and a half with six teams (read, answer, reveal, a word of
    discussion), so a 20-minute session plays about 13 questions, about 3 per sector on average.
    The spin is random and the audience filter halves some sectors, so we ask for twice the
    average plus a margin of two.
    """
    turns = max(1, round(minutes / 1.5))
    average = turns / 5
    return int(2 * average + 2 + (teams > 4))
