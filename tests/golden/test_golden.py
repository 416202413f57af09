"""The engine plays the golden games as recorded (tests/golden/games.py): the same
verdict each round, the same indices to 1e-9, the same events."""

from __future__ import annotations

from pathlib import Path

import pytest

from .games import PLAYERS, WORLDS, play, recorded

TOLERANCE = 1e-9


@pytest.mark.parametrize("player", PLAYERS)
@pytest.mark.parametrize("world", WORLDS, ids=lambda w: w.stem)
def test_the_golden_games_play_as_recorded(world: Path, player: str) -> None:
    for kept in recorded(world, player):
        seed = kept["seed"]
        game = play(world, player, seed)
        where = f"{world.stem}, {player}, seed {seed}"
        assert len(game["rounds"]) == len(kept["rounds"]), where
        for now, then in zip(game["rounds"], kept["rounds"], strict=True):
            at = f"{where}, round {then['round']}"
            assert now["verdict"] == then["verdict"], at
            assert now["indices"].keys() == then["indices"].keys(), at
            for name, value in then["indices"].items():
                assert now["indices"][name] == pytest.approx(value, abs=TOLERANCE), (at, name)
            assert now["events"] == then["events"], at
        assert game["verdict"] == kept["verdict"], where
        assert game["events_after"] == kept["events_after"], where
        # The whole log, payloads and all: a deliberate change of the events' form is
        # recorded again with `make golden`.
        assert game["digest"] == kept["digest"], where
