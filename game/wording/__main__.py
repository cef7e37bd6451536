"""``python -m game.wording``: compile the catalogue's ``.po`` files into the ``.mo`` files the
game reads. ``--check`` compiles nothing and exits 1 when a ``.mo`` differs from its ``.po``.

Babel reads and writes the files (it is the reference tool for gettext catalogues in Python).
"""

from __future__ import annotations

import argparse
import gettext
import io
import sys
from importlib import resources
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from game.wording import say

ROOT = Path(str(resources.files("game.wording"))) / "locales"


def compiled(po: Path) -> bytes:
    """The ``.mo`` bytes of one ``.po`` file (fuzzy entries are compiled too: none should be)."""
    with po.open("rb") as handle:
        catalogue = read_po(handle)
    out = io.BytesIO()
    write_mo(out, catalogue, use_fuzzy=True)
    return out.getvalue()


def entries(mo: bytes) -> dict[object, str]:
    """What a ``.mo`` holds, its header (dates, tool version) left out."""
    table = gettext.GNUTranslations(io.BytesIO(mo))
    catalogue: dict[object, str] = getattr(table, "_catalog", {})
    return {key: text for key, text in catalogue.items() if key not in ("", ("", 0))}


def stale(root: Path = ROOT) -> list[Path]:
    """The ``.po`` files whose ``.mo`` is missing or says something else."""
    out = []
    for po in sorted(root.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if not mo.exists() or entries(mo.read_bytes()) != entries(compiled(po)):
            out.append(po)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.wording")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    outdated = stale()
    if args.check:
        for po in outdated:
            print(say("cli.wording.stale", file=po.relative_to(ROOT)))
        return 1 if outdated else 0
    for po in outdated:
        po.with_suffix(".mo").write_bytes(compiled(po))
        print(say("cli.wording.compiled", file=po.relative_to(ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
