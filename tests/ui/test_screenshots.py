"""``python main.py screenshots``: every scene and overlay as PNG, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

import pygame

from game.ui import gallery, screenshots

ROOT = Path(__file__).resolve().parents[2]


def test_the_screenshot_command_writes_one_png_per_scene_and_size(tmp_path: Path) -> None:
    args = argparse.Namespace(outdir=tmp_path, sizes="1024x768,1280x720", bank=ROOT / "questions")
    assert screenshots.run(args) == 0
    pngs = sorted(tmp_path.glob("*.png"))
    assert len(pngs) == 2 * len(gallery.shots())
    image = pygame.image.load(str(tmp_path / "06-panorama-1280x720.png"))
    assert image.get_size() == (1280, 720)


def test_sizes_are_read_as_width_x_height() -> None:
    assert screenshots.parse_sizes("1024x768, 3840×2160") == [(1024, 768), (3840, 2160)]
