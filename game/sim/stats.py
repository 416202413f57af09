"""Means and 95% intervals, over a list or kept running over a stream of values."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import fmean, stdev

# scipy.stats is imported where it is used: it takes half a second, which a command that
# stops at a mistake in its arguments should not wait for.


def t95(n: int) -> float:
    """The two-sided 95% quantile of Student's t for the mean of n values."""
    from scipy import stats

    return float(stats.t.ppf(0.975, n - 1))


def interval(values: list[float]) -> tuple[float, float, float]:
    """Mean and 95% confidence interval of the mean."""
    mean = fmean(values)
    if len(values) < 2:
        return mean, mean, mean
    half = t95(len(values)) * stdev(values) / math.sqrt(len(values))
    return mean, mean - half, mean + half


def wilson(share: float, n: int) -> tuple[float, float]:
    """95% interval of a share of n runs (Wilson's, which stays inside 0-1 and does not
    shrink to a point when the share is 0 or 1)."""
    if n == 0:
        return 0.0, 1.0
    from scipy import stats

    found = stats.binomtest(round(share * n), n).proportion_ci(0.95, method="wilson")
    return float(found.low), float(found.high)


@dataclass
class Running:
    """Mean and variance of a stream, one value at a time (Welford), so a study of any
    size keeps three numbers per measure."""

    n: int = 0
    mean: float = 0.0
    _m2: float = 0.0

    def add(self, value: float) -> None:
        self.n += 1
        delta = value - self.mean
        self.mean += delta / self.n
        self._m2 += delta * (value - self.mean)

    def interval(self) -> tuple[float, float]:
        if self.n < 2:
            return self.mean, self.mean
        # Rounding can leave a tiny spread where every value was the same.
        variance = max(0.0, self._m2 / (self.n - 1))
        half = t95(self.n) * math.sqrt(variance / self.n)
        if half < 1e-12 * max(1.0, abs(self.mean)):
            half = 0.0
        return self.mean - half, self.mean + half
