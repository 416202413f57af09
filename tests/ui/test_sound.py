"""The sounds are made from tones at start and play (on the dummy audio driver); with
sound off in the settings, nothing is made."""

from __future__ import annotations

import numpy as np

from game.ui.sound import TONES, Sounds, _wave


def test_every_sound_is_made_and_plays() -> None:
    sounds = Sounds(True)
    assert sounds.ready == set(TONES)
    for name in TONES:
        sounds.play(name)


def test_sound_off_makes_nothing() -> None:
    assert Sounds(False).ready == set()


def test_a_tone_dies_away() -> None:
    wave = _wave((440.0,), 0.2, 0.5)
    first, last = np.abs(wave[:400]).max(), np.abs(wave[-400:]).max()
    assert 0 < last < first / 10 and first <= 0.5 * 32767
