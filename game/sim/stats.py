"""Means and 95% intervals, over a list or kept running over a stream of values."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist, fmean, stdev

# Two-sided 95% quantiles of Student's t for small samples (df 1-29); normal beyond.
_T95 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179,
        2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
        2.060, 2.056, 2.052, 2.048, 2.045)  # fmt: skip


def t95(n: int) -> float:
    """The 95% quantile for the mean of n values."""
    df = n - 1
    return _T95[df - 1] if df <= len(_T95) else NormalDist().inv_cdf(0.975)


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
    z = NormalDist().inv_cdf(0.975)
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


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
