"""A clean terminal: the game's own messages, and nothing from the libraries under it.

Two sources of chatter are silenced before pygame is imported and initialised:

* pygame's greeting (« pygame-ce 2.5.8 (SDL …) »), which it prints on import unless
  ``PYGAME_HIDE_SUPPORT_PROMPT`` is set;
* ALSA, the Linux sound library: on a computer without a sound card, SDL still asks it for a
  device, and it prints some sixteen « ALSA lib … » lines on stderr. When Linux lists no sound
  card, the game asks SDL for the sound servers only (PipeWire, then PulseAudio), which can
  still reach a Bluetooth or network speaker and say nothing when there is none; the game then
  plays without sound, as it already does without a device.

Replacing ALSA's error handler instead was tried: ALSA calls it from SDL's device-watching
thread while the main thread waits for that thread, so a Python handler deadlocks the start.
A sound driver chosen by the user (``SDL_AUDIODRIVER``) is always kept. Errors the game reports
(a bank that does not load, an export that fails) go through neither path, so they stay.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SOUND_CARDS = Path("/proc/asound/cards")
SOUND_SERVERS = "pipewire,pulseaudio"


def quiet() -> None:
    """Silence pygame's greeting and ALSA's complaints; call before importing pygame."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if sys.platform.startswith("linux") and not has_sound_card(SOUND_CARDS):
        os.environ.setdefault("SDL_AUDIODRIVER", SOUND_SERVERS)


def has_sound_card(cards: Path) -> bool:
    """Whether Linux lists a sound card (the file is missing without ALSA in the kernel)."""
    try:
        text = cards.read_text("ascii", errors="replace")
    except OSError:
        return False
    return bool(text.strip()) and "no soundcards" not in text
