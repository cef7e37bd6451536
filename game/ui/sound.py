"""Short sound cues generated at start-up: spin, right, wrong, time up, and the quieter ones of
the other moments (a pass, an undo, a corrected score: « neutral »; « panorama complet »:
« bonus »). Each outcome's tone names its cue. M mutes them.

The cues are soft sine tones with gentle envelopes, synthesised in memory (no files to ship,
no licence to track). Without an audio device — a projector laptop with sound off, a CI machine,
a remote desktop — the mixer fails to open and the game goes on silently: sound never crashes
the game.
"""

from __future__ import annotations

import contextlib
import math
from array import array

import pygame

# Each cue: a list of (frequency Hz, start s, length s, loudness 0..1).
Note = tuple[float, float, float, float]
CUES: dict[str, list[Note]] = {
    "spin": [(660 + 40 * i, 0.11 * i, 0.05, 0.22) for i in range(8)],
    "right": [(659.3, 0.0, 0.18, 0.35), (987.8, 0.12, 0.35, 0.35)],
    "wrong": [(392.0, 0.0, 0.2, 0.3), (311.1, 0.16, 0.4, 0.3)],
    "time_up": [(880.0, 0.0, 0.12, 0.3), (880.0, 0.22, 0.12, 0.3), (660.0, 0.44, 0.4, 0.3)],
    "select": [(740.0, 0.0, 0.05, 0.15)],
    "neutral": [(587.3, 0.0, 0.12, 0.22), (587.3, 0.14, 0.2, 0.18)],
    "bonus": [
        (523.3, 0.0, 0.14, 0.3),
        (659.3, 0.12, 0.14, 0.3),
        (784.0, 0.24, 0.14, 0.3),
        (1046.5, 0.36, 0.45, 0.32),
    ],
}
ATTACK_S = 0.008


def _synth(notes: list[Note], rate: int, channels: int) -> bytes:
    """16-bit signed samples for ``notes``, repeated on every channel."""
    length = max(start + dur for _, start, dur, _ in notes) + 0.05
    total = int(length * rate)
    mix = [0.0] * total
    for freq, start, dur, loud in notes:
        first, count = int(start * rate), int(dur * rate)
        for i in range(count):
            t = i / rate
            envelope = min(1.0, t / ATTACK_S) * math.exp(-4.0 * t / dur)
            if first + i < total:
                mix[first + i] += loud * envelope * math.sin(2 * math.pi * freq * t)
    samples = array("h")
    for value in mix:
        sample = int(max(-1.0, min(1.0, value)) * 32000)
        samples.extend([sample] * channels)
    return samples.tobytes()


class Sound:
    """The game's cues; silent when no audio device could be opened."""

    def __init__(self, enabled: bool = True) -> None:
        self.muted = False
        self.available = False
        self._cues: dict[str, pygame.mixer.Sound] = {}
        self._format: tuple[int, int] | None = None  # (rate, channels) once the mixer is open
        if enabled:
            self._open()

    def _open(self) -> None:
        try:
            if pygame.mixer.get_init() is None:
                pygame.mixer.init()
            init = pygame.mixer.get_init()
            if init is None:
                return
            rate, size, channels = init
            if abs(size) != 16:
                return
            # Cues are synthesised when first played: start-up does not wait for them.
            self._format = (rate, channels)
            self.available = True
        except (pygame.error, OSError, ValueError):
            self._format = None
            self.available = False

    def play(self, name: str) -> None:
        """Play a cue, unless muted or silent."""
        if self.muted or self._format is None or name not in CUES:
            return
        with contextlib.suppress(pygame.error, ValueError):
            cue = self._cues.get(name)
            if cue is None:
                cue = self._cues[name] = pygame.mixer.Sound(
                    buffer=_synth(CUES[name], *self._format)
                )
            cue.play()

    def toggle(self) -> bool:
        """Mute or unmute; returns the new muted state."""
        self.muted = not self.muted
        if self.muted and self.available:
            with contextlib.suppress(pygame.error):
                pygame.mixer.stop()
        return self.muted
