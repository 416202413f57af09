"""The cycle collector's pace for processes that play games (game/support/collector.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.support.collector import YOUNG, pace_for_play


@pytest.fixture
def threshold() -> Iterator[None]:
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ((700, 10, 10), (YOUNG, 10, 10)),  # Python's default: slowed to the game's pace
        ((2 * YOUNG, 5, 20), (2 * YOUNG, 5, 20)),  # already slower: left alone
        ((0, 10, 10), (0, 10, 10)),  # switched off: stays off
    ],
)
def test_the_collector_is_paced_for_play_and_never_quickened(
    threshold: None, before: tuple[int, int, int], after: tuple[int, int, int]
) -> None:
    gc.set_threshold(*before)
    pace_for_play()
    assert gc.get_threshold() == after


@pytest.mark.parametrize(
    ("command", "paced"),
    [
        (["simulate", "{tutorial}", "--runs", "1"], True),
        (["play", "{tutorial}", "--headless", "--ai", "baseline"], True),
        (["validate", "{tutorial}"], False),
    ],
)
def test_commands_that_play_without_a_window_run_at_the_games_pace(
    threshold: None,
    command: list[str],
    paced: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from game.cli import main

    monkeypatch.chdir(tmp_path)
    tutorial = Path(__file__).resolve().parents[1] / "scenarios" / "tutorial.yaml"
    gc.set_threshold(700, 10, 10)
    assert main([part.format(tutorial=tutorial) for part in command]) == 0
    assert gc.get_threshold()[0] == (YOUNG if paced else 700)
