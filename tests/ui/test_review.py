"""The year in review: each change of a great power or a body with the moves behind it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.engine.api import start
from game.engine.events import event
from game.engine.state import GameState
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.ui.scenes.review import year_review

ROOT = Path(__file__).resolve().parents[2]


def first_state() -> GameState:
    state, _ = start(compile_scenario(load_scenario(ROOT / "scenarios/tutorial.yaml"), 1))
    return state


def test_nothing_changed_says_nothing() -> None:
    state = first_state()
    assert year_review(state, state, []) == []


def test_a_change_comes_with_the_move_behind_it() -> None:
    before = first_state()
    nations = tuple(
        replace(n, legitimacy=n.legitimacy - 0.05) if n.id == "EM" else n for n in before.nations
    )
    bodies = tuple(
        replace(b, vitality=b.vitality + 0.03) if b.id == "forum" else b for b in before.bodies
    )
    after = replace(before, nations=nations, bodies=bodies)
    events = [
        event("veto_cast", 1, nation="EM", motion=3, against_majority=True),
        event("motion_adopted", 1, motion=4, body="forum", spec="opt_out 1"),
    ]
    lines = year_review(before, after, events)
    assert "Eastmark: legitimacy -0.05 (vetoed m3 against a majority)" in lines
    assert "Trade Forum: vitality +0.03 (adopted m4)" in lines
    assert not any(line.startswith("Northland") for line in lines)
