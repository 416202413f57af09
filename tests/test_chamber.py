"""A body's chamber as data: a seat for every member (one each for the members a scenario
does not list), none overlapping, camps seated together from sovereign on the left to
liberal on the right, vetoes marked, and those who left shown as empty seats."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.engine import events, start
from game.layout.chamber import (
    BENCHES,
    VOTES,
    Change,
    changing,
    filling,
    hemicycle,
    seat_votes,
    seats,
    shares,
)
from game.play.loop import Baseline, step
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


@given(st.integers(0, 300), st.lists(st.floats(0, 50), min_size=3, max_size=3))
def test_a_crowd_of_seats_is_shared_out_whole(count: int, amounts: list[float]) -> None:
    shared = shares(count, amounts)
    assert sum(shared) == count and min(shared) >= 0
    total = sum(amounts)
    for part, amount in zip(shared, amounts, strict=True):
        if total > 0:
            assert abs(part - count * amount / total) < 1  # largest remainder


@pytest.mark.parametrize("name", ["tutorial", "liberal-restraint-2025"])
def test_each_seat_shows_its_ballot_and_the_seats_add_up_to_the_tally(name: str) -> None:
    """Over a baseline game: every listed member's seat shows the ballot it cast, every
    away seat none, and where votes are not weighted the seats count the tally exactly."""
    scenario = load_scenario(ROOT / "scenarios" / f"{name}.yaml")
    state = start(compile_scenario(scenario, 3))[0]
    players = Baseline(tuple(g.id for g in scenario.great_powers()))
    checked = 0
    while state.round < 4:
        state, _, happened = step(state, players)
        for event in happened:
            if not isinstance(event, events.BallotsRevealed):
                continue
            body = state.body(event.body)
            chamber = seats(state, body)
            votes = seat_votes(chamber, body, dict(event.ballots), event.tally)
            ballots = dict(event.ballots)
            for seat, vote in zip(chamber, votes, strict=True):
                if seat.away:
                    assert vote is None
                elif seat.nation is not None:
                    assert vote == ballots.get(seat.nation, "abstain")
            if body.rule.kind != "weighted":
                counted = tuple(float(votes.count(v)) for v in VOTES)
                assert counted == event.tally, (body.id, counted, event.tally)
            checked += 1
    assert checked >= 5


def test_seats_fill_in_one_by_one_from_the_left() -> None:
    assert filling(4, 0.0) == [0, 0, 0, 0]
    assert filling(4, 0.5) == [1, 1, 0, 0]
    assert filling(4, 0.625) == [1, 1, 0.5, 0]
    assert filling(4, 2.0) == [1, 1, 1, 1]


def test_a_founded_body_fills_in_and_a_member_that_moves_grows_or_fades() -> None:
    state = start(compile_scenario(load_scenario(ROOT / "scenarios" / "tutorial.yaml"), 1))[0]
    body = state.bodies[0]
    chamber = seats(state, body)
    mover = body.members[0]
    assert changing(chamber, None, 0.3) == [1.0] * len(chamber)
    assert changing(chamber, Change(0.0, founded=True), 0.5) == filling(len(chamber), 0.5)
    moving = changing(chamber, Change(0.0, joined={mover}), 0.25)
    assert [a for s, a in zip(chamber, moving, strict=True) if s.nation == mover] == [0.25]
    assert all(a == 1.0 for s, a in zip(chamber, moving, strict=True) if s.nation != mover)
