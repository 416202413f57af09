"""A body as a chamber: its seats on a hemicycle, as plain data (positions and marks).

Each member has a seat; a group of members the scenario does not list (the WTO's other
160) has one seat each. Seats run from left to right by doctrine, sovereign to liberal
(so that a camp sits together, as parties do in a parliament), great powers first within
a doctrine. A veto holder is marked, and so is a member that has left (its seat empty
while it may still come back) or is suspended."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.engine import DOCTRINES, BodyState, GameState

# Left to right across the chamber.
BENCHES = ("sovereign", "mercantilist", "transformative", "liberal")


@dataclass(frozen=True)
class Seat:
    x: float  # -1 (left) to 1 (right)
    y: float  # 0 (the floor) to 1 (the back row's top)
    size: float  # the seat's radius, in the same units
    doctrine: str  # the member's dominant doctrine
    nation: str | None = None  # None: one of the members the scenario does not list
    great: bool = False
    veto: bool = False
    away: bool = False  # left the body, or suspended from it


def _dominant(weights: tuple[float, ...]) -> str:
    return DOCTRINES[max(range(len(weights)), key=lambda i: weights[i])]


def hemicycle(count: int) -> tuple[list[tuple[float, float]], float]:
    """`count` places on half rings around the floor, left to right, and their radius:
    rows from the front (radius 0.35) to the back (1), each holding seats in proportion
    to its length, as in a parliament's diagram."""
    if count <= 0:
        return [], 0.0
    rows = max(1, min(8, round(math.sqrt(count / 4))))
    radii = [0.35 + 0.65 * (i + 0.5) / rows for i in range(rows)]
    total = sum(radii)
    per_row = [max(1, round(count * r / total)) for r in radii]
    per_row[-1] += count - sum(per_row)  # the back row takes what rounding left
    while per_row[-1] < 1:  # (a few seats on many rows): take from the fullest
        fullest = max(range(rows - 1), key=lambda i: per_row[i])
        per_row[fullest] -= 1
        per_row[-1] += 1
    places = []
    for radius, seats in zip(radii, per_row, strict=True):
        for k in range(seats):
            angle = math.pi * (1 - (k + 0.5) / seats)
            places.append((radius * math.cos(angle), radius * math.sin(angle)))
    places.sort(key=lambda p: -math.atan2(p[1], p[0]))  # by angle: left to right
    gap = 0.65 / rows
    widest = max(per_row[i] / radii[i] for i in range(rows))
    size = min(gap * 0.42, math.pi / widest * 0.42)
    return places, size


def seats(state: GameState, body: BodyState) -> list[Seat]:
    """The body's chamber: every member's seat, and those of members who left or are
    suspended (marked away), ordered by doctrine from left to right."""
    members: list[tuple[int, int, str, str | None, bool, bool, bool]] = []
    gone = {n for n, _ in body.left if state.has_nation(n)} - set(body.members)
    away = gone | set(body.suspended)
    for nation_id in (*body.members, *sorted(gone)):
        nation = state.nation(nation_id)
        doctrine = _dominant(nation.doctrine)
        members.append(
            (
                BENCHES.index(doctrine),
                0 if nation.great else 1,
                doctrine,
                nation_id,
                nation.great,
                nation_id in body.vetoes,
                nation_id in away,
            )
        )
    for group in body.anonymous:
        doctrine = _dominant(group.doctrine)
        members += [(BENCHES.index(doctrine), 2, doctrine, None, False, False, False)] * group.count
    members.sort(key=lambda m: (m[0], m[1], m[3] or ""))
    places, size = hemicycle(len(members))
    return [
        Seat(x, y, size, doctrine, nation, great, veto, empty)
        for (x, y), (_, _, doctrine, nation, great, veto, empty) in zip(
            places, members, strict=True
        )
    ]
