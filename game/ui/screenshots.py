"""``python main.py screenshots OUTDIR --sizes 1024x768,1920x1080``: every scene and overlay,
with the bank's longest texts, at each size, as PNG files — headless.

Prints each file written, and every text that did not fit its box (there should be none);
returns 1 when something overflowed, so the command can guard a bank or a layout change.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from game import resources
from game.export.files import ExportError
from game.rules.bank.problems import command
from game.ui import gallery
from game.wording import say

if TYPE_CHECKING:
    from game.ui.app import App


def parse_sizes(text: str) -> list[tuple[int, int]]:
    """``"1024x768,1920x1080"`` → ``[(1024, 768), (1920, 1080)]``."""
    sizes = []
    for part in text.split(","):
        part = part.strip().lower().replace("×", "x")
        if not part:
            continue
        width, _, height = part.partition("x")
        sizes.append((int(width), int(height)))
    return sizes


def run(args: argparse.Namespace) -> int:
    gallery.headless()
    bank = getattr(args, "bank", None) or resources.builtin_bank()
    try:
        sizes = parse_sizes(args.sizes)
    except ValueError:
        print(say("cli.screenshots.bad_sizes", sizes=args.sizes))
        return 2
    out = Path(args.outdir)
    try:
        with tempfile.TemporaryDirectory(prefix="panorama-captures-") as scratch:
            app = gallery.make_app(Path(bank), root=Path(scratch))
            if not app.game.loaded.usable:
                app.close()
                print(say("cli.screenshots.bank_unusable", command=command("verifier")))
                return 2
            return _render_all(app, sizes, out)
    except ExportError as error:
        print(say("cli.pictures.not_written", reason=error), file=sys.stderr)
        return 1


def _render_all(app: App, sizes: list[tuple[int, int]], out: Path) -> int:
    """Every shot at every size; returns 1 when a text did not fit."""
    problems = 0
    try:
        for shot in gallery.shots():
            try:
                shot.prepare(app)
            except gallery.Unavailable as reason:
                print(say("cli.screenshots.not_shown", shot=shot.name, reason=reason))
                continue
            for size in sizes:
                path = out / f"{shot.name}-{size[0]}x{size[1]}.png"
                overflows = gallery.save(app, shot, size, path)
                print(path)
                for overflow in overflows:
                    problems += 1
                    print(
                        say(
                            "cli.screenshots.too_long",
                            style=overflow.style,
                            box=overflow.box,
                            text=overflow.text[:60],
                        )
                    )
    finally:
        app.close()
    return 1 if problems else 0
