"""A body's chamber as data: a seat for every member (one each for the members a scenario
does not list), none overlapping, camps seated together from sovereign on the left to
liberal on the right, vetoes marked, and those who left shown as empty seats."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from game.engine import start
from game.layout.chamber import BENCHES, hemicycle, seats
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[1]


@given(st.integers(1, 400))
def test_seats_fit_the_half_ring_without_overlapping(count: int) -> None:
    places, size = hemicycle(count)
    assert len(places) == count and size > 0
    assert all(-1 <= x <= 1 and 0 <= y <= 1 for x, y in places)
    angles = [math.atan2(y, x) for x, y in places]
    assert angles == sorted(angles, reverse=True)  # left to right
    for i, (x, y) in enumerate(places[:60]):
        for u, v in places[i + 1 : 60]:
            assert math.hypot(x - u, y - v) >= 1.9 * size


def test_a_chamber_seats_every_member_by_doctrine_and_marks_vetoes() -> None:
    state, _ = start(
        compile_scenario(load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml"), 1)
    )
    for body in state.bodies:
        chamber = seats(state, body)
        assert len(chamber) == body.member_count
        assert sorted(s.nation for s in chamber if s.veto) == sorted(body.vetoes)
        benches = [BENCHES.index(s.doctrine) for s in chamber]
        assert benches == sorted(benches), body.id
        assert not any(s.away for s in chamber)
    unsc = state.body("unsc")
    left = replace(unsc, members=tuple(m for m in unsc.members if m != "RU"), left=(("RU", 1),))
    chamber = seats(state, left)
    assert len(chamber) == unsc.member_count
    assert [s.nation for s in chamber if s.away] == ["RU"]
