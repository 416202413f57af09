"""Keys for what is found from the nations' slow-moving parts: their powers and ideal
points (`positions`) and their recognition of each other (`recognitions`)."""

from __future__ import annotations

from typing import Any

from .records import Memo
from .state import NationState, Point

# The nations' powers and ideal points, and their recognition of each other: what power
# shares, policy forecasts and payoffs depend on. They move once a round (recognition
# also with a deal), while capital and standing move with every deal and motion, so what
# is found from them is remembered by these (one object for equal values) rather than by
# the tuple of nations.
Positions = tuple[tuple[tuple[float, float, float, float], Point], ...]
Recognitions = tuple[tuple[tuple[str, float], ...], ...]
_POSITIONS: Memo[Positions] = Memo()
_RECOGNITIONS: Memo[Recognitions] = Memo()
_INTERNED: dict[object, Any] = {}


def positions(nations: tuple[NationState, ...]) -> Positions:
    found = _POSITIONS.get(nations)
    if found is None:
        found = _POSITIONS.put(_intern(tuple((n.power, n.ideal) for n in nations)), nations)
    return found


def recognitions(nations: tuple[NationState, ...]) -> Recognitions:
    found = _RECOGNITIONS.get(nations)
    if found is None:
        found = _RECOGNITIONS.put(_intern(tuple(n.recognition for n in nations)), nations)
    return found


def _intern(value: Any) -> Any:
    if len(_INTERNED) >= 2048:
        _INTERNED.clear()
    return _INTERNED.setdefault(value, value)
