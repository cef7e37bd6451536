"""``apercu ID``: one question as the room will see it — its card and its reveal as PNG files (a
baromètre statement: its vote and its page of the debrief), at the size of the screen or
projector the adviser names, drawn headless by the game itself (the
screenshot gallery's machinery). A text that does not fit its box is said, so an adviser sees a
too-long choice before a facilitator does."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from game.commands.bank_files import load_given
from game.commands.report import print_problems
from game.rules.bank.loader import LoadResult
from game.rules.bank.model import Question
from game.rules.bank.problems import suggest
from game.wording import say


def parse_size(text: str) -> tuple[int, int] | None:
    """``1920x1080`` (or ``1920×1080``) → (1920, 1080); None when unreadable."""
    width, _, height = text.strip().lower().replace("×", "x").partition("x")
    if not (width.isdigit() and height.isdigit()):
        return None
    size = (int(width), int(height))
    return size if 320 <= size[0] <= 7680 and 240 <= size[1] <= 4320 else None


def preview(args: argparse.Namespace) -> int:
    """Write ``apercu-ID-question-WxH.png`` and ``apercu-ID-reponse-WxH.png`` (a statement:
    ``…-vote-…`` and ``…-bilan-…``)."""
    size = parse_size(args.size)
    if size is None:
        print(say("cli.preview.bad_size", size=args.size), file=sys.stderr)
        return 2
    result = load_given(args)
    if result.bank is None:
        print_problems(result.problems, sys.stderr)
        return 1
    question = next((q for q in result.bank.questions if q.id == args.id), None)
    if question is None:
        guess = suggest(args.id, [q.id for q in result.bank.questions])
        hint = say("cli.argparse.did_you_mean", guess=guess) if guess else ""
        print(say("cli.preview.unknown", id=args.id, hint=hint), file=sys.stderr)
        return 1
    from game.export.files import ExportError

    try:
        return _render(result, question, size, Path(args.outdir))
    except ExportError as error:
        print(say("cli.pictures.not_written", reason=error), file=sys.stderr)
        return 1


def _render(result: LoadResult, question: Question, size: tuple[int, int], out: Path) -> int:
    from game import terminal

    terminal.quiet()  # before pygame: no greeting among the command's lines
    from game.ui import gallery  # pygame only when a picture is drawn

    gallery.headless()
    from game.ui.gallery.preview import preview_shots, statement_shots

    overflowed = 0
    with tempfile.TemporaryDirectory(prefix="panorama-apercu-") as scratch:
        assert result.bank is not None
        app = gallery.make_app(result.bank.folder, loaded=result, root=Path(scratch))
        try:
            shots = statement_shots(question) if question.kind.polled else preview_shots(question)
            for shot in shots:
                shot.prepare(app)
                path = out / f"apercu-{question.id}-{shot.name}-{size[0]}x{size[1]}.png"
                overflows = gallery.save(app, shot, size, path)
                print(path)
                for overflow in overflows:
                    overflowed += 1
                    print(say("cli.preview.overflow", text=overflow.text[:60]))
        finally:
            app.close()
    return 1 if overflowed else 0
