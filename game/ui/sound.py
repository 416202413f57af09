"""The game's few sounds, made at start from sine waves (no sound files to ship): a click
for a button, a chime for a decision adopted, a low knock for a veto, a ping when it is
your move. Off in the settings, or silent where there is no audio device."""

from __future__ import annotations

import numpy as np
import pygame

RATE = 22050

# name -> (frequencies in Hz one after another, seconds each, loudness 0-1)
TONES = {
    "click": ((1200.0,), 0.025, 0.25),
    "adopted": ((523.25, 659.25), 0.12, 0.35),
    "veto": ((110.0,), 0.28, 0.6),
    "turn": ((880.0,), 0.08, 0.25),
}


def _wave(frequencies: tuple[float, ...], seconds: float, loudness: float) -> np.ndarray:
    parts = []
    for frequency in frequencies:
        t = np.arange(int(RATE * seconds)) / RATE
        envelope = np.exp(-t * 6 / seconds)  # a struck note: loud, then dying away
        parts.append(np.sin(2 * np.pi * frequency * t) * envelope)
    wave = np.concatenate(parts) * loudness * 32767
    return wave.astype(np.int16)


class Sounds:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        if not enabled:
            return
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=RATE, size=-16, channels=1)
            mixer = pygame.mixer.get_init()
            channels = mixer[2] if mixer else 1
            for name, (frequencies, seconds, loudness) in TONES.items():
                wave = _wave(frequencies, seconds, loudness)
                if channels > 1:
                    wave = np.repeat(wave[:, None], channels, axis=1)
                self._sounds[name] = pygame.sndarray.make_sound(np.ascontiguousarray(wave))
        except pygame.error:
            self._sounds = {}  # no audio device: the game plays silent

    @property
    def ready(self) -> set[str]:
        """The sounds made and ready to play."""
        return set(self._sounds)

    def play(self, name: str) -> None:
        if self.enabled and name in self._sounds:
            self._sounds[name].play()
