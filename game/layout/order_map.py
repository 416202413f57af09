"""The order map: where the world order stands, as a point on a square whose corners are
the four decisive orders, with "in transition" in the middle, and the way it moved as a
trail of one point a round. Plain data (positions from -1 to 1), so that the window, the
debrief and the report draw the same map.

The square reads as two of Sakwa's (2019) contrasts: left, one model of order claims the
whole system (hegemony, blocs); right, several live side by side (pluralism,
fragmentation); top, the great powers share common institutions (hegemony, pluralism);
bottom, they do not (blocs, fragmentation). The position is made from the verdict's own
numbers, each order's nearness to holding (the share of its conditions that hold, the
same measure that picks the leaning), so the map never contradicts the verdict: a shown
order sits in its own corner region; a transitional one inside the central circle,
drawn toward the order it leans to."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from game.text.language import N_

ORDERS = ("hegemonic", "pluralist", "bloc", "fragmented")
CORNERS: dict[str, tuple[float, float]] = {
    "hegemonic": (-1.0, 1.0),
    "pluralist": (1.0, 1.0),
    "bloc": (-1.0, -1.0),
    "fragmented": (1.0, -1.0),
}
TRANSITION = 0.25  # radius of the central circle: in transition
SIDES = {  # what each side of the square stands for (message ids, said where shown)
    "left": N_("one model of order"),
    "right": N_("several models side by side"),
    "top": N_("shared institutions"),
    "bottom": N_("divided institutions"),
}
_SHARPNESS = 6  # how much more the nearest order pulls than the others


def _pull(nearness: Mapping[str, float]) -> tuple[float, float]:
    """The corners weighed by each order's nearness: (0, 0) when all are alike."""
    weights = {o: max(0.0, min(1.0, nearness.get(o, 0.0))) ** _SHARPNESS for o in ORDERS}
    total = sum(weights.values())
    if total <= 0:
        return 0.0, 0.0
    x = sum(w * CORNERS[o][0] for o, w in weights.items()) / total
    y = sum(w * CORNERS[o][1] for o, w in weights.items()) / total
    return x, y


def position(nearness: Mapping[str, float], shown: str) -> tuple[float, float]:
    """The order's point: for a shown order, in its corner region (its corner's quadrant,
    outside the central circle), nearer the corner the more firmly it holds against the
    others; while transitional, inside the circle, toward the orders it is nearest."""
    x, y = _pull(nearness)
    if shown in CORNERS:
        cx, cy = CORNERS[shown]
        return 0.6 * cx + 0.4 * x, 0.6 * cy + 0.4 * y
    scale = TRANSITION * 0.9 / math.sqrt(2)
    return x * scale, y * scale


def region(point: tuple[float, float]) -> str:
    """The region a point lies in: an order's, or 'transitional' in the central circle."""
    x, y = point
    if math.hypot(x, y) < TRANSITION:
        return "transitional"
    return next(
        o for o, (cx, cy) in CORNERS.items() if (x >= 0) == (cx > 0) and (y >= 0) == (cy > 0)
    )


def trail(rounds: Sequence[tuple[Mapping[str, float], str]]) -> list[tuple[float, float]]:
    """One point a round, from each round's nearness and shown order."""
    return [position(nearness, shown) for nearness, shown in rounds]
