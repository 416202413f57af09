"""Influence and secret objectives at the end of a game."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from game.engine import apply, start
from game.engine.actions import parse_action
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
    assert dict(dict(result.score_parts)["BB"])["objectives"] == 10 + 5 + 7
    for line in ["AA pass", "BB pass", "AA pass", "BB pass", "AA pass", "BB withdraw fund"]:
        state, _ = apply(state, parse_action(line))
    assert [r.met for r in outcome(state).objectives][:2] == [True, False]


def test_the_score_adds_its_parts_by_the_model() -> None:
    state = world(nations__BB__objectives=[{"kind": "stay_member", "institution": "fund"}])
    result = outcome(state)
    shares = dict(result.influence)
    for nation, parts in result.score_parts:
        me = state.nation(nation)
        part = dict(parts)
        assert part["influence"] == pytest.approx(10 * shares[nation], abs=0.01)
        assert part["legitimacy"] == pytest.approx(10 * (me.legitimacy - 0.6), abs=0.01)
        assert part["capital"] == pytest.approx(0.05 * me.capital, abs=0.01)
        assert part["shared_loss"] == 0  # the order is transitional
        assert dict(result.scores)[nation] == pytest.approx(sum(part.values()), abs=0.05)


@pytest.mark.parametrize(
    ("doctrine", "verdict", "order", "loss"),
    [
        ({"liberal": 1}, "hegemonic", 5.0, 0.0),
        ({"sovereign": 1}, "hegemonic", -5.0, 0.0),
        ({"sovereign": 1}, "pluralist", 5.0, 0.0),
        ({"liberal": 0.5, "sovereign": 0.5}, "pluralist", 3.75, 0.0),
        ({"liberal": 1}, "fragmented", -5.0, -5.0),
        ({"mercantilist": 1}, "fragmented", 0.0, -5.0),
    ],
)
def test_the_doctrine_judges_the_final_order(
    doctrine: dict[str, float], verdict: str, order: float, loss: float
) -> None:
    state = world(nations__BB__doctrine=doctrine)
    state = replace(state, order=replace(state.order, shown=verdict))
    parts = dict(dict(outcome(state).score_parts)["BB"])
    assert parts["order"] == pytest.approx(order)
    assert parts["shared_loss"] == loss
