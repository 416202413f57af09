"""Exact a priori voting power: normalised Banzhaf, Shapley-Shubik, and Coleman's
capacity to act and power to prevent, for a yes/not-yes weighted game with veto holders.

Method: members with the same weight form a class; veto holders must say yes. Under
the multilinear extension (every other member votes yes independently with probability
p), the yes-weight of the non-veto members is a convolution of binomials, one per class.
Banzhaf and Coleman read it at p = 1/2, by direct convolution, which keeps the relative
precision of tiny probabilities. Shapley-Shubik integrates the swing probability over p
in [0, 1] (Owen 1972) by Gauss-Legendre quadrature, exact for a polynomial of degree < n,
with the convolutions done in the Fourier domain for all nodes at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

Floats = NDArray[np.float64]

QUANTUM = 1000
"""Weighted rules are played with integer weights summing to about this much."""


@dataclass(frozen=True)
class VotingGame:
    """A simple game: a coalition wins when its weight reaches the quota and it holds
    every veto holder. One entry per member, listed or anonymous."""

    weights: tuple[int, ...]
    quota: int
    vetoes: tuple[bool, ...]

    def __post_init__(self) -> None:
        if len(self.weights) != len(self.vetoes):
            raise ValueError("weights and vetoes must have one entry per member")
        if any(w < 0 for w in self.weights):
            raise ValueError("weights must not be negative")


@dataclass(frozen=True)
class PowerIndices:
    """Per member: normalised Banzhaf index and Coleman's power to prevent action; for
    the body: Coleman's capacity to act (the share of all coalitions that win)."""

    banzhaf: Floats
    prevent: Floats
    capacity: float


def quantise(weights: list[float], quota_share: float) -> tuple[tuple[int, ...], int]:
    """Integer weights summing to about QUANTUM, and the integer quota they must reach."""
    total = math.fsum(weights)
    if total <= 0:
        raise ValueError("a weighted rule needs a positive total weight")
    ints = tuple(round(QUANTUM * w / total) for w in weights)
    return ints, max(1, math.ceil(quota_share * sum(ints) - 1e-9))


def majority_quota(members: int, threshold: float | None) -> int:
    """Votes needed among `members` equal votes: more than half, or at least threshold."""
    if threshold is None:
        return members // 2 + 1
    return max(1, math.ceil(threshold * members - 1e-9))


def _half_pmf(count: int) -> Floats:
    """pmf[k] of Binomial(count, 1/2): C(count, k) / 2**count, each correctly rounded
    from exact integers. (Vector exp and log differ in the last bits from one CPU to
    another, numpy picking its code by the processor; a save must replay the same on
    every machine.)"""
    scale = 1 << count
    return np.array([math.comb(count, k) / scale for k in range(count + 1)])


def _class_poly(count: int, weight: int) -> Floats:
    """Distribution of the yes-weight of `count` members of one weight, each yes with
    probability 1/2."""
    pmf = _half_pmf(count)
    out = np.zeros(count * weight + 1)
    if weight == 0:
        out[0] = pmf.sum()
    else:
        out[::weight] = pmf
    return out


def _convolve(a: Floats, b: Floats) -> Floats:
    """The distribution of a sum from the distributions of its two parts, added in a
    fixed order (np.convolve's dot products go to the BLAS, whose summation order is
    chosen by the processor): a copy of one part per nonzero weight of the other, the
    part with fewer of them (a class's distribution is mostly the gaps between weights)."""
    if np.count_nonzero(a) < np.count_nonzero(b):
        a, b = b, a
    out = np.zeros(len(a) + len(b) - 1)
    for shift in np.flatnonzero(b).tolist():
        out[shift : shift + len(a)] += b[shift] * a
    return out


def _window_of_sum(a: Floats, b: Floats, low: int, high: int) -> float:
    """P(low <= X + Y < high) for independent X ~ a and Y ~ b: each weight of a times
    the mass b puts in the window it leaves, summed in one order, without convolving the
    two (which costs the product of their lengths; the window is one member's weight)."""
    low = max(low, 0)
    width = high - low
    if width <= 0 or high <= 0:
        return 0.0
    pad = np.zeros(width - 1)
    # mass[t]: the mass of b on t - width + 1 .. t
    mass = np.lib.stride_tricks.sliding_window_view(np.concatenate((pad, b, pad)), width)
    ending = mass.sum(axis=1)
    first, last = max(0, high - len(ending)), min(len(a), high) - 1
    if first > last:
        return 0.0
    return float((a[first : last + 1] * ending[high - 1 - last : high - first][::-1]).sum())


def _swings_at_half(
    free: list[tuple[int, int]], need: int, veto_count: int
) -> tuple[dict[int, float], float, float]:
    """Swing probability of one member of each non-veto class, and of a veto holder, at
    p = 1/2, and the capacity to act. Direct convolution of non-negative terms keeps the
    relative precision of tiny probabilities (a unanimity body of 190 has 2**-189)."""
    polys = [_class_poly(m, w) for w, m in free]
    prefix = [np.ones(1)]
    for poly in polys:
        prefix.append(_convolve(prefix[-1], poly))
    suffix = [np.ones(1)]
    for poly in reversed(polys):
        suffix.append(_convolve(suffix[-1], poly))
    suffix.reverse()
    total = prefix[-1]
    veto_yes = 0.5**veto_count
    swings: dict[int, float] = {}
    for index, (weight, m) in enumerate(free):
        rest = _convolve(suffix[index + 1], _class_poly(m - 1, weight))
        swings[index] = veto_yes * _window_of_sum(prefix[index], rest, need - weight, need)
    veto_swing = 0.5 ** max(veto_count - 1, 0) * _window(total, need, None)
    capacity = veto_yes * _window(total, need, None)
    return swings, veto_swing, capacity


def _window(dist: Floats, low: int, high: int | None) -> float:
    """P(low <= yes weight < high)."""
    low = max(low, 0)
    stop = len(dist) if high is None else max(min(high, len(dist)), 0)
    return float(dist[low:stop].sum()) if low < stop else 0.0


@lru_cache(maxsize=64)
def _nodes(order: int) -> tuple[Floats, Floats]:
    """Gauss-Legendre nodes and weights on [0, 1]."""
    x, w = np.polynomial.legendre.leggauss(order)
    return (x + 1) / 2, w / 2


def _classes(game: VotingGame) -> tuple[list[tuple[int, int]], dict[int, int], int, int]:
    """Non-veto classes (weight, count), the class of each weight, the number of veto
    holders, and the weight the non-veto yes-voters must bring."""
    counts: dict[int, int] = {}
    for weight, veto in zip(game.weights, game.vetoes, strict=True):
        if not veto:
            counts[weight] = counts.get(weight, 0) + 1
    free = list(counts.items())
    veto_weight = sum(w for w, veto in zip(game.weights, game.vetoes, strict=True) if veto)
    return free, {w: i for i, (w, _) in enumerate(free)}, sum(game.vetoes), game.quota - veto_weight


@lru_cache(maxsize=4096)
def power_indices(game: VotingGame) -> PowerIndices:
    """Banzhaf, power to prevent and capacity to act, exact up to rounding. Cached by
    structure: bodies with the same rule and membership share one computation."""
    free, class_of, veto_count, need = _classes(game)
    swings, veto_swing, capacity = _swings_at_half(free, need, veto_count)
    half = np.array(
        [
            veto_swing if v else swings[class_of[w]]
            for w, v in zip(game.weights, game.vetoes, strict=True)
        ]
    )
    total = half.sum()
    banzhaf = half / total if total > 0 else np.zeros(len(half))
    prevent = np.minimum(0.5 * half / capacity, 1.0) if capacity > 0 else np.zeros(len(half))
    for array in (banzhaf, prevent):
        array.setflags(write=False)
    return PowerIndices(banzhaf, prevent, capacity)


@lru_cache(maxsize=1024)
def shapley_shubik(game: VotingGame) -> Floats:
    """Shapley-Shubik index of each member: its swing probability integrated over p
    (Gauss-Legendre, exact for the polynomial's degree). The spectra of the class
    distributions are closed-form, (1 - p + p z**w)**m, and the probability of a window
    of weights is an inner product of spectra (Parseval), so no inverse FFT runs."""
    free, class_of, veto_count, need = _classes(game)
    n = len(game.weights)
    p, quad = _nodes(max(1, (n + 2) // 2))
    free_total = sum(wt * m for wt, m in free)
    length = 1 << max(1, (free_total + 1).bit_length())
    k = np.arange(length // 2 + 1)
    column = p[:, None]
    # Parseval for real signals from their half spectra: twice every inner frequency.
    fold = np.full(len(k), 2.0)
    fold[0] = fold[-1] = 1.0

    def spectrum(weight: int, count: int) -> NDArray[np.complex128]:
        if count == 0:
            return np.ones((len(p), len(k)), dtype=np.complex128)
        z = np.exp(-2j * np.pi * k * weight / length)[None, :]
        powered: NDArray[np.complex128] = np.power(1 - column + column * z, count)
        return powered

    def window(spec: NDArray[np.complex128], low: int, high: int | None) -> Floats:
        """P(low <= weight < high) per node, from the distribution's half spectrum."""
        low = max(low, 0)
        stop = length if high is None else max(min(high, length), 0)
        if low >= stop:
            return np.zeros(len(p))
        indicator = np.zeros(length)
        indicator[low:stop] = 1.0
        weights = np.conj(np.fft.rfft(indicator)) * fold / length
        total = (spec * weights[None, :]).real.sum(axis=1)
        return np.asarray(np.clip(total, 0.0, 1.0), dtype=np.float64)

    spectra = [spectrum(w, m) for w, m in free]
    prefix = [np.ones((len(p), len(k)), dtype=np.complex128)]
    for item in spectra:
        prefix.append(prefix[-1] * item)
    suffix = [prefix[0]]
    for item in reversed(spectra):
        suffix.append(suffix[-1] * item)
    suffix.reverse()

    values = []
    for i, (w, m) in enumerate(free):
        others = prefix[i] * suffix[i + 1]
        if m > 1:
            others = others * spectrum(w, m - 1)
        values.append(float(quad @ (p**veto_count * window(others, need - w, need))))
    veto_value = float(quad @ (p ** max(veto_count - 1, 0) * window(prefix[-1], need, None)))
    result = np.array(
        [
            veto_value if v else values[class_of[w]]
            for w, v in zip(game.weights, game.vetoes, strict=True)
        ]
    )
    result.setflags(write=False)
    return result


def smallest_blocking(game: VotingGame) -> tuple[int, ...]:
    """A smallest group of members whose no stops any motion (by their positions in the
    game): one veto holder if there is one, else the heaviest members until those left
    cannot reach the quota (taking the heaviest first needs the fewest). Empty when
    nothing can pass anyway."""
    total = sum(game.weights)
    if total < game.quota:
        return ()
    if any(game.vetoes):
        return (game.vetoes.index(True),)
    taken: list[int] = []
    for index in sorted(range(len(game.weights)), key=lambda i: -game.weights[i]):
        taken.append(index)
        total -= game.weights[index]
        if total < game.quota:
            break
    return tuple(sorted(taken))


def blocks_alone(game: VotingGame) -> tuple[int, ...]:
    """The members (by position) each of whom stops any motion by voting no: veto holders,
    and those so heavy that the rest cannot reach the quota."""
    total = sum(game.weights)
    return tuple(
        i
        for i, (weight, veto) in enumerate(zip(game.weights, game.vetoes, strict=True))
        if veto or total - weight < game.quota
    )
