"""The order verdict: streaks, the hold, priorities, the leaning, reasons with numbers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from game.engine import indices as order_indices
from game.engine.api import start
from game.engine.state import OrderState, Reason
from game.engine.verdict import PRIORITY, Assessment, assess, update
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[2]


def holding(*verdicts: str) -> dict[str, Assessment]:
    return {
        v: Assessment(
            v,
            v in verdicts,
            (Reason(f"{v} condition", 1.0 if v in verdicts else 0.0, 1.0, v in verdicts),),
        )
        for v in PRIORITY
    }


def test_a_verdict_is_shown_after_it_holds_enter_rounds() -> None:
    order = OrderState()
    order = update(order, holding("pluralist"), enter=3, release=2)
    order = update(order, holding("pluralist"), enter=3, release=2)
    assert order.shown == "transitional" and order.leaning == "pluralist"
    order = update(order, holding("pluralist"), enter=3, release=2)
    assert order.shown == "pluralist" and order.leaning is None
    assert order.reasons[0].held


def test_a_shown_verdict_survives_one_bad_round_and_goes_after_release_rounds() -> None:
    order = OrderState(shown="hegemonic", streaks=(("hegemonic", 5),))
    order = update(order, holding(), enter=3, release=2)
    assert order.shown == "hegemonic" and order.failing == 1
    order = update(order, holding(), enter=3, release=2)
    assert order.shown == "transitional"


def test_a_higher_priority_verdict_takes_over() -> None:
    order = OrderState(shown="pluralist", streaks=(("fragmented", 1), ("pluralist", 9)))
    order = update(order, holding("pluralist", "fragmented"), enter=2, release=2)
    assert order.shown == "fragmented"


def test_reasons_match_their_numbers() -> None:
    state, _ = start(
        compile_scenario(load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml"), 1)
    )
    found = order_indices.compute(state)
    for assessment in assess(found, state.param).values():
        for reason in assessment.conditions:
            if "needs at least" in reason.text:
                assert reason.held == (reason.value >= reason.threshold)
            elif "needs at most" in reason.text:
                assert reason.held == (reason.value <= reason.threshold)
            elif "needs below" in reason.text:
                assert reason.held == (reason.value < reason.threshold)
            shown = (f"{reason.value:.2f}", f"{reason.value:.1f}", "blocs", "can act", "/5")
            assert any(part in reason.text for part in shown), reason.text


def test_norm_diversity_counts_dominant_doctrines() -> None:
    state, _ = start(compile_scenario(load_scenario(ROOT / "scenarios" / "tutorial.yaml"), 1))
    same = tuple(
        replace(b, doctrine=(1.0, 0.0, 0.0, 0.0), breadth=0.5, intrusiveness=0.5, vitality=0.8)
        for b in state.bodies
    )
    assert order_indices.norm_diversity(replace(state, bodies=same)) == pytest.approx(1.0)
    mixed = (replace(same[0], doctrine=(0.0, 0.0, 0.0, 1.0)), same[1])
    assert order_indices.norm_diversity(replace(state, bodies=mixed)) == pytest.approx(2.0)


def test_the_2025_world_starts_transitional() -> None:
    state, _ = start(
        compile_scenario(load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml"), 1)
    )
    assert state.order.shown == "transitional"
    found = order_indices.compute(state)
    assert sum(share for _, share in found.influence) == pytest.approx(1.0)
    assert 1.0 <= found.n_norm <= 4.0
    assert found.capacity_to_act == pytest.approx(0.0259, abs=1e-4)  # the Security Council
