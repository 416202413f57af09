"""Voting power against known values, hand-computed bodies and brute force."""

from __future__ import annotations

import math
from itertools import combinations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.engine.model.power_index import (
    VotingGame,
    majority_quota,
    power_indices,
    quantise,
    shapley_shubik,
)

UNSC = VotingGame(weights=(1,) * 15, quota=9, vetoes=(True,) * 5 + (False,) * 10)


def test_security_council_values() -> None:
    indices = power_indices(UNSC)
    ss = shapley_shubik(UNSC)
    assert ss[0] == pytest.approx(0.1963, abs=5e-5)  # each permanent member
    assert ss[5] == pytest.approx(0.0019, abs=5e-5)  # each elected member
    assert ss.sum() == pytest.approx(1.0)
    assert indices.capacity == pytest.approx(0.0259, abs=1e-4)  # (1/32) * 848/1024
    assert list(indices.prevent[:5]) == [1.0] * 5
    assert indices.banzhaf.sum() == pytest.approx(1.0)


def test_security_council_without_vetoes_acts_twelve_times_as_easily() -> None:
    open_council = VotingGame(weights=(1,) * 15, quota=9, vetoes=(False,) * 15)
    capacity = power_indices(open_council).capacity
    assert capacity == pytest.approx(9949 / 32768)  # about 0.304
    assert capacity / power_indices(UNSC).capacity == pytest.approx(11.73, abs=0.01)


def test_hand_computed_weighted_body() -> None:
    # Weights 3, 2, 1 and quota 4: winning coalitions AB, AC, ABC.
    game = VotingGame(weights=(3, 2, 1), quota=4, vetoes=(False, False, False))
    indices = power_indices(game)
    assert indices.banzhaf == pytest.approx([3 / 5, 1 / 5, 1 / 5])
    assert shapley_shubik(game) == pytest.approx([4 / 6, 1 / 6, 1 / 6])
    assert indices.capacity == pytest.approx(3 / 8)
    assert indices.prevent == pytest.approx([1, 1 / 3, 1 / 3])


def test_dummy_and_impossible_bodies() -> None:
    dummy = power_indices(VotingGame(weights=(5, 1), quota=5, vetoes=(False, False)))
    assert list(dummy.banzhaf) == [1.0, 0.0]
    impossible = power_indices(VotingGame(weights=(1, 1), quota=3, vetoes=(False, False)))
    assert impossible.capacity == 0 and list(impossible.banzhaf) == [0.0, 0.0]


def test_large_unanimity_body_keeps_precision() -> None:
    game = VotingGame(weights=(1,) * 190, quota=190, vetoes=(False,) * 190)
    indices = power_indices(game)
    assert indices.banzhaf == pytest.approx(np.full(190, 1 / 190))
    assert shapley_shubik(game) == pytest.approx(np.full(190, 1 / 190))
    assert indices.capacity == pytest.approx(2.0**-190, rel=1e-9)
    assert indices.prevent == pytest.approx(np.ones(190))


def test_quotas() -> None:
    assert majority_quota(15, None) == 8
    assert majority_quota(14, None) == 8
    assert majority_quota(15, 0.6) == 9
    assert majority_quota(3, 2 / 3) == 2
    weights, quota = quantise([16.49, 6.08, 77.43], 0.85)
    assert sum(weights) == 1000 and weights[0] == 165 and quota == 850


def brute_force(game: VotingGame) -> tuple[list[float], list[float], list[float], float]:
    n = len(game.weights)
    vetoes = {i for i in range(n) if game.vetoes[i]}

    def wins(coalition: set[int]) -> bool:
        return sum(game.weights[i] for i in coalition) >= game.quota and vetoes <= coalition

    swings = [0] * n
    shapley = [0.0] * n
    winning = 0
    for size in range(n + 1):
        for members in combinations(range(n), size):
            coalition = set(members)
            winning += wins(coalition)
            for i in set(range(n)) - coalition:
                if wins(coalition | {i}) and not wins(coalition):
                    swings[i] += 1
                    shapley[i] += (
                        math.factorial(size) * math.factorial(n - size - 1) / math.factorial(n)
                    )
    total = sum(swings)
    banzhaf = [s / total if total else 0.0 for s in swings]
    prevent = [s / winning if winning else 0.0 for s in swings]
    return banzhaf, shapley, prevent, winning / 2**n


@st.composite
def small_games(draw: st.DrawFn) -> VotingGame:
    n = draw(st.integers(1, 8))
    weights = tuple(draw(st.lists(st.integers(0, 6), min_size=n, max_size=n)))
    vetoes = tuple(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    quota = draw(st.integers(0, sum(weights) + 2))
    return VotingGame(weights, quota, vetoes)


@given(small_games())
def test_matches_brute_force(game: VotingGame) -> None:
    banzhaf, shapley, prevent, capacity = brute_force(game)
    indices = power_indices(game)
    assert indices.banzhaf == pytest.approx(banzhaf, abs=1e-9)
    assert shapley_shubik(game) == pytest.approx(shapley, abs=1e-9)
    assert indices.prevent == pytest.approx(prevent, abs=1e-9)
    assert indices.capacity == pytest.approx(capacity, abs=1e-12)
