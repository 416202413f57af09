"""Influence and secret objectives at the end of a game."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.engine.actions import parse_action
from game.engine.api import apply, start
from game.engine.outcome import influence, outcome
from game.scenario import validate_data
from game.scenario.compile import compile_scenario
from game.scenario.overrides import apply_override

ROOT = Path(__file__).resolve().parents[2]
BASE = yaml.safe_load((ROOT / "tests" / "scenario" / "cases" / "base.yaml").read_text())


def world(**overrides: object):  # type: ignore[no-untyped-def]
    data = BASE
    for path, value in {"model.crisis.p_per_body_round": 0, **overrides}.items():
        data = apply_override(data, path.replace("__", "."), value)
    state, _ = start(compile_scenario(validate_data(data), 1))
    return state


def test_influence_is_shared_among_the_great_powers() -> None:
    shares = influence(world())
    assert set(shares) == {"AA", "BB"}
    assert sum(shares.values()) == pytest.approx(1.0)
    assert shares["AA"] > shares["BB"]  # larger in power and weight in the fund


def test_objectives_are_judged_on_the_state() -> None:
    objectives = [
        {"kind": "hold_veto", "institution": "council"},
        {"kind": "stay_member", "institution": "fund", "points": 5},
        {"kind": "keep_out", "institution": "fund", "nation": "DD", "points": 7},
        {"kind": "capital_at_least", "value": 50},
        {"kind": "order", "verdict": "pluralist"},
    ]
    state = world(nations__BB__objectives=objectives)
    result = outcome(state)
    met = [r.met for r in result.objectives]
    assert met == [True, True, True, False, False]  # the order starts transitional
    assert dict(result.scores)["BB"] == 10 + 5 + 7
    for line in ["AA pass", "BB pass", "AA pass", "BB pass", "AA pass", "BB withdraw fund"]:
        state, _ = apply(state, parse_action(line))
    assert [r.met for r in outcome(state).objectives][:2] == [True, False]
