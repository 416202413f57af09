"""The tally bar: yes from the left, abstentions next, no from the right, tiling the bar
when full and growing from nothing; the chamber beside it filling in seat by seat, each
seat showing its ballot by shape as well as colour, and the veto ringed."""

from __future__ import annotations

import pytest

from game.layout.chamber import Seat, hemicycle
from game.present.results import Result
from game.ui.scenes.results import tally_bar, vote_chamber
from game.ui.theme import BAD, DOCTRINE_COLOURS, GOOD, RULE, VOTE_COLOURS, rgb

COLOURS = {**DOCTRINE_COLOURS["standard"], **VOTE_COLOURS["standard"]}


@pytest.mark.parametrize(
    ("tally", "expected"),
    [
        ((2.0, 3.0, 1.0), {5: GOOD, 35: RULE, 55: BAD, 95: BAD}),
        ((6.0, 0.0, 0.0), {5: GOOD, 95: GOOD}),
        ((0.0, 1.0, 1.0), {5: RULE, 45: RULE, 55: BAD, 95: BAD}),
    ],
)
def test_a_full_bar_tiles_yes_abstain_no(
    tally: tuple[float, float, float], expected: dict[int, str]
) -> None:
    bar = tally_bar(Result(1, "m1", tally, "adopted"), 100, 10, 1.0, COLOURS)
    for x, colour in expected.items():
        assert bar.get_at((x, 5))[:3] == rgb(colour), x


def test_the_bar_grows_from_nothing() -> None:
    result = Result(1, "m1", (3.0, 3.0, 0.0), "rejected")
    empty = tally_bar(result, 100, 10, 0.0, COLOURS)
    half = tally_bar(result, 100, 10, 0.5, COLOURS)
    assert empty.get_at((5, 5))[:3] != rgb(GOOD)
    assert half.get_at((5, 5))[:3] == rgb(GOOD) and half.get_at((40, 5))[:3] != rgb(GOOD)
    assert half.get_at((95, 5))[:3] == rgb(BAD)


def test_the_chamber_fills_in_with_each_seats_ballot_and_rings_the_veto() -> None:
    places, size = hemicycle(4)
    chamber = [
        Seat(x, y, size, "liberal", nation, veto=nation == "C")
        for (x, y), nation in zip(places, "ABCD", strict=True)
    ]
    result = Result(1, "m1", (1.0, 2.0, 1.0), "vetoed", ["Cland"], chamber=chamber)
    result.votes = ["yes", "no", "no", "abstain"]
    result.vetoers = ["C"]
    width = 200
    half = width / 2 - 4

    def centre(seat: Seat, dy: int = 0) -> tuple[int, int]:
        return round(width / 2 + seat.x * half), round(width // 2 + 2 - seat.y * half) + dy

    empty = vote_chamber(result, width, 0.0, COLOURS)
    assert all(empty.get_at(centre(seat))[:3] not in (rgb(GOOD), rgb(BAD)) for seat in chamber)
    half_way = vote_chamber(result, width, 0.5, COLOURS)
    assert half_way.get_at(centre(chamber[0]))[:3] == rgb(GOOD)
    assert half_way.get_at(centre(chamber[2]))[:3] != rgb(BAD)  # not in yet
    full = vote_chamber(result, width, 1.0, COLOURS)
    below = round(size * half * 0.6)  # under the white bar that crosses a no
    assert full.get_at(centre(chamber[1]))[:3] == (255, 255, 255)
    assert full.get_at(centre(chamber[1], below))[:3] == rgb(BAD)
    assert full.get_at(centre(chamber[3]))[3] == 0  # an abstention: a ring, hollow
    ring = round(size * half) + 3  # the veto's ring, just outside the seat
    assert full.get_at(centre(chamber[2], -ring))[:3] == rgb(BAD)
    assert full.get_at(centre(chamber[1], -ring))[3] == 0  # a plain no: no ring
