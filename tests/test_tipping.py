"""What would tip the order: the nearest decisive verdict and its missing conditions in
words, with the numbers the verdict itself uses."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from game.debrief.tipping import _phrase, nearest
from game.engine import indices as order_indices
from game.engine import start
from game.engine.model.verdict import assess
from game.engine.state import GameState, OrderState
from game.scenario import load_scenario, validate_data
from game.scenario.compile import compile_scenario
from game.scenario.load import load_data
from game.scenario.overrides import apply_override
from game.text.verdict import reason_text

ROOT = Path(__file__).resolve().parents[1]
NORM = "model.verdict.hegemonic.n_norm_max"


def opening(name: str) -> GameState:
    return start(compile_scenario(load_scenario(ROOT / "scenarios" / f"{name}.yaml"), 1))[0]


def test_the_sentence_names_what_the_nearest_verdict_lacks_with_its_numbers() -> None:
    state = opening("liberal-restraint-2025")
    found = order_indices.compute(state)
    tip = nearest(state)
    assessment = assess(found, state.params)[tip.verdict]
    assert tip.missing == tuple(r for r in assessment.conditions if not r.held)
    assert tip.sentence.startswith(f"A {tip.verdict} order needs ")
    for reason in tip.missing:  # each missing condition's threshold and value are in it
        thresholds = (f"{reason.threshold:.2f}", f"{reason.threshold:.1f}")
        values = (f"{reason.value:.2f}", f"{reason.value:.1f}")
        assert any(t in tip.sentence for t in thresholds) or (
            f"{100 * reason.threshold:.0f}%" in tip.sentence
        )
        assert any(f"now {v}" in tip.sentence for v in values) or (
            f"now {100 * reason.value:.0f}%" in tip.sentence
        )


def test_the_leaning_is_the_verdict_named_while_transitional() -> None:
    state = opening("tutorial")
    for leaning in ("pluralist", "bloc", "fragmented"):
        tip = nearest(replace(state, order=OrderState(leaning=leaning)))
        assert tip.verdict == leaning
        article = "An" if leaning[0] in "aeiou" else "A"
        assert tip.sentence.startswith(f"{article} {leaning} order")


def test_a_shown_verdict_is_told_what_would_change_it() -> None:
    state = opening("tutorial")
    tip = nearest(replace(state, order=OrderState(shown="hegemonic")))
    assert tip.verdict != "hegemonic"


def test_fragmentation_names_its_nearest_trigger_only() -> None:
    state = opening("tutorial")
    tip = nearest(replace(state, order=OrderState(leaning="fragmented")))
    assert len(tip.missing) == 1 and "would come with" in tip.sentence


def test_a_verdict_whose_conditions_hold_is_said_to_wait_for_its_rounds() -> None:
    # The tutorial opens with Northland at 41% of the influence and doctrine diversity
    # 1.51: with the norm threshold at 2, a hegemonic order holds from the start.
    data = apply_override(load_data(ROOT / "scenarios" / "tutorial.yaml"), NORM, 2.0)
    state = start(compile_scenario(validate_data(data), 1))[0]
    assert assess(order_indices.compute(state), state.params)["hegemonic"].held
    tip = nearest(replace(state, order=OrderState(leaning="hegemonic")))
    assert tip.missing == ()
    assert tip.sentence == (
        "A hegemonic order holds its conditions now; it is declared once they have held "
        "for 2 rounds in a row."
    )


@pytest.mark.parametrize("name", ["tutorial", "liberal-restraint-2025"])
def test_every_condition_has_words_of_its_own(name: str) -> None:
    state = opening(name)
    found = order_indices.compute(state)
    for verdict, assessment in assess(found, state.params).items():
        for reason in assessment.conditions:
            words = _phrase(state, found, verdict, reason)
            assert words != reason_text(reason), reason_text(reason)
            assert not re.search(r"\b(n_norm|apex_coverage|None)\b", words)


def test_in_play_the_sentence_quotes_the_reasons_shown_beside_it() -> None:
    from game.ai.play import seat_bots
    from game.play.loop import Bots, step

    scenario = load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml")
    state = start(compile_scenario(scenario, 2))[0]
    bots = Bots(seat_bots(scenario, {g.id: "normal" for g in scenario.great_powers()}))
    checked = 0
    while state.round < 4:
        state = step(state, bots)[0]
        order = state.order
        if order.shown == "transitional" and order.leaning and order.reasons:
            tip = nearest(state)
            assert tip.verdict == order.leaning
            assert set(tip.missing) <= set(order.reasons)
            checked += 1
    assert checked
