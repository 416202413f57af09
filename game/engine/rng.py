"""The game's dice: a counter-based generator, so a state carries a seed and a count, not a
serialised generator."""

from __future__ import annotations

import numpy as np

from .records import evolve
from .state import GameState


def next_generator(state: GameState) -> tuple[np.random.Generator, GameState]:
    """A generator for the state's next draw, and the state with its counter moved on.
    Counter-based: the stream of draw n is fixed by the seed and n alone, so the state
    carries two numbers, not a serialised generator, and any state can be replayed from."""
    stream = np.random.SeedSequence(state.seed, spawn_key=(state.draws,))
    return np.random.Generator(np.random.PCG64(stream)), evolve(state, draws=state.draws + 1)


def reseed(state: GameState, seed: int) -> GameState:
    """The state with a generator drawn afresh from the seed: a replay that branches
    from it meets chance of its own (the debrief's turning point)."""
    return evolve(state, seed=seed, draws=0)
