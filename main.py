"""Panorama Télétravail: run the game, or one of its commands (see ``python main.py --help``)."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
