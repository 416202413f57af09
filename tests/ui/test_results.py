"""The tally bar: yes from the left, abstentions next, no from the right, tiling the bar
when full and growing from nothing."""

from __future__ import annotations

import pytest

from game.ui.scenes.results import Result, tally_bar
from game.ui.theme import BAD, GOOD, RULE, rgb


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
    bar = tally_bar(Result(1, "m1", tally, "adopted"), 100, 10, 1.0)
    for x, colour in expected.items():
        assert bar.get_at((x, 5))[:3] == rgb(colour), x


def test_the_bar_grows_from_nothing() -> None:
    result = Result(1, "m1", (3.0, 3.0, 0.0), "rejected")
    empty = tally_bar(result, 100, 10, 0.0)
    half = tally_bar(result, 100, 10, 0.5)
    assert empty.get_at((5, 5))[:3] != rgb(GOOD)
    assert half.get_at((5, 5))[:3] == rgb(GOOD) and half.get_at((40, 5))[:3] != rgb(GOOD)
    assert half.get_at((95, 5))[:3] == rgb(BAD)
