"""Joining a body with weighted votes: a newcomer the scenario gave no weight takes one in
proportion to its power (as the Bretton Woods quotas followed economic size); a member
that left and returns keeps its own."""

from __future__ import annotations

import pytest

from game.engine import GameState, rules, start
from game.engine.actions import Join
from game.engine.changes import replace_body
from game.engine.moves.join import apply_join
from game.engine.records import evolve
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.support.bundled import SCENARIOS


def _founding() -> GameState:
    state, _ = start(compile_scenario(load_scenario(str(SCENARIOS / "founding-1945.yaml")), 1))
    return state


def test_a_newcomer_takes_a_weight_by_its_power() -> None:
    state = _founding()
    imf = state.body("imf")
    assert "SU" not in imf.members and "SU" not in dict(imf.rule.weights)
    joined = apply_join(state, Join("SU", "imf"), []).body("imf")
    table = dict(joined.rule.weights)
    listed = [m for m in imf.members if m in dict(imf.rule.weights)]
    rate = sum(dict(imf.rule.weights)[m] for m in listed) / sum(
        rules.power_share(state, state.nation(m)) for m in listed
    )
    assert table["SU"] == pytest.approx(rules.power_share(state, state.nation("SU")) * rate)
    # its Bretton Woods quota was 12.4% of the votes; by power it takes a like share
    assert 0.05 < table["SU"] / (sum(table.values()) + 34 * 0.68) < 0.25
    assert {k: v for k, v in table.items() if k != "SU"} == dict(imf.rule.weights)


def test_a_returning_member_keeps_its_weight() -> None:
    state = _founding()
    imf = state.body("imf")
    weights = dict(imf.rule.weights)
    # a leaver's weight stays in the table while it is out
    out = replace_body(state, evolve(imf, members=tuple(m for m in imf.members if m != "US")))
    back = apply_join(out, Join("US", "imf"), []).body("imf")
    assert dict(back.rule.weights) == weights


def test_a_body_without_weights_is_unchanged() -> None:
    state = _founding()
    assembly = state.body("unga")
    joined = apply_join(state, Join("TW", "unga"), []).body("unga")
    assert joined.rule == assembly.rule and "TW" in joined.members
