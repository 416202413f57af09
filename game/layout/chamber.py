"""A body as a chamber: its seats on a hemicycle, as plain data (positions and marks).

Each member has a seat; a group of members the scenario does not list (the WTO's other
160) has one seat each. Seats run from left to right by doctrine, sovereign to liberal
(so that a camp sits together, as parties do in a parliament), great powers first within
a doctrine. A veto holder is marked, and so is a member that has left (its seat empty
while it may still come back) or is suspended."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from game.engine import DOCTRINES, BodyState, GameState

# Left to right across the chamber.
BENCHES = ("sovereign", "mercantilist", "transformative", "liberal")
VOTES = ("yes", "no", "abstain")  # the order of a tally
GREAT = 1.15  # a great power's seat, against another member's: larger, so the eye finds it


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


@functools.cache  # (every chamber on the table is laid out again as the game moves)
def hemicycle(count: int) -> tuple[tuple[tuple[float, float], ...], float]:
    """`count` places on half rings around the floor, left to right, and their radius:
    rows from the front (radius 0.35) to the back (1), each holding seats in proportion
    to its length, as in a parliament's diagram."""
    if count <= 0:
        return (), 0.0
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
    return tuple(places), size


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
        Seat(x, y, size * GREAT if great else size, doctrine, nation, great, veto, empty)
        for (x, y), (_, _, doctrine, nation, great, veto, empty) in zip(
            places, members, strict=True
        )
    ]


def seat_votes(
    chamber: Sequence[Seat],
    body: BodyState,
    ballots: Mapping[str, str],
    tally: tuple[float, float, float],
) -> list[str | None]:
    """How each seat voted on a motion: the listed members as their ballots were revealed
    (a member that cast none abstained); None for a seat whose member was away. The
    members a scenario does not list vote as a crowd whose counts the tally gives but not
    who cast which: their seats show the crowd's yes, then abstentions, then no, from left
    to right (exact counts where votes are not weighted; in proportion where they are)."""
    weights = dict(body.rule.weights) if body.rule.kind == "weighted" else None
    residual = list(tally)
    for seat in chamber:
        if seat.nation is not None and not seat.away:
            vote = ballots.get(seat.nation, "abstain")
            residual[VOTES.index(vote)] -= 1.0 if weights is None else weights.get(seat.nation, 0.0)
    crowd = sum(1 for seat in chamber if seat.nation is None)
    counts = dict(zip(VOTES, shares(crowd, [max(0.0, r) for r in residual]), strict=True))
    order = iter(["yes"] * counts["yes"] + ["abstain"] * counts["abstain"] + ["no"] * counts["no"])
    return [
        None if seat.away else ballots.get(seat.nation, "abstain") if seat.nation else next(order)
        for seat in chamber
    ]


def shares(count: int, amounts: Sequence[float]) -> list[int]:
    """`count` seats shared in proportion to `amounts`, by largest remainder; all to the
    last (abstentions) when there is nothing to share by."""
    total = sum(amounts)
    if total <= 0:
        return [0] * (len(amounts) - 1) + [count]
    exact = [count * a / total for a in amounts]
    whole = [int(e) for e in exact]
    for i in sorted(range(len(exact)), key=lambda i: whole[i] - exact[i])[: count - sum(whole)]:
        whole[i] += 1
    return whole


def filling(count: int, progress: float) -> list[float]:
    """How far each of `count` seats has appeared (0 to 1) when a chamber fills in seat by
    seat from left to right, `progress` (0 to 1) of the way through."""
    done = max(0.0, min(1.0, progress)) * count
    return [max(0.0, min(1.0, done - i)) for i in range(count)]


@dataclass
class Change:
    """What happened to a chamber's seats lately: founded (every seat new), or members
    that joined or left; `since`, when it happened (on the watcher's clock)."""

    since: float
    founded: bool = False
    joined: set[str] = field(default_factory=set)
    left: set[str] = field(default_factory=set)


def changing(chamber: Sequence[Seat], change: Change | None, progress: float) -> list[float]:
    """How far each seat's change has come (0 to 1), `progress` of the way through: a
    founded body's seats fill in one by one from the left; a member that joined grows into
    its seat, one that left fades out of it; other seats are as they were (1)."""
    if change is None:
        return [1.0] * len(chamber)
    if change.founded:
        return filling(len(chamber), progress)
    moved = change.joined | change.left
    grown = max(0.0, min(1.0, progress))
    return [grown if seat.nation in moved else 1.0 for seat in chamber]
