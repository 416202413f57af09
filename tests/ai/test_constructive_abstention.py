"""Consensus and constructive abstention: in a consensus body every no is a veto, and
blocking what a majority wants costs what a veto against the majority costs; a great
power that may opt out of a measure it dislikes lets it pass and stays out of it, unless
even outside it the measure costs it more than blocking would."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.ai.heuristic import HeuristicBot
from game.engine import apply, phrase, start
from game.engine.actions import Cast, MotionSpec
from game.engine.state import GameState, Motion, Phase
from game.engine.views import player_view
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.text.reasons import phrase_text

ROOT = Path(__file__).resolve().parents[2]
STATE, _ = start(
    compile_scenario(load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml"), 1)
)
BOT = HeuristicBot("US")


def voting_on(spec: MotionSpec, **paris: object) -> GameState:
    """The vote phase of round 1 with one motion before the Paris body (consensus, its
    parties' opt-out share 0.6), the body changed as given."""
    body = replace(STATE.body("paris"), **paris)
    motion = Motion(id=1, body="paris", sponsor="EU", spec=spec, round=1)
    return replace(
        STATE,
        phase=Phase.vote,
        bodies=tuple(body if b.id == "paris" else b for b in STATE.bodies),
        motions=(motion,),
    )


# A policy most parties want and the United States loses by (more than blocking would
# cost it, less than that once it opts out of 0.6 of it).
AWAY = MotionSpec("policy", x=0.2, y=1.0)


def ballot(state: GameState) -> tuple[str, dict[str, float]]:
    """Its vote and its terms, by their words."""
    (option,) = BOT._ballot(player_view(state, "US"))
    assert isinstance(option.action, Cast)
    return option.action.vote, {phrase_text(t, state): v for t, v in option.terms}


def test_a_power_that_may_opt_out_lets_the_measure_pass() -> None:
    vote, terms = ballot(voting_on(AWAY))
    assert vote == "abstain"
    assert terms["the share of the measure it would opt out of"] > 0
    assert "the legitimacy a veto against the majority would cost" in terms


def test_without_an_opt_out_a_dear_enough_loss_is_blocked() -> None:
    vote, terms = ballot(voting_on(AWAY, opt_out=0.0))
    assert vote == "no"
    assert "the share of the measure it would opt out of" not in terms
    assert "the legitimacy a veto against the majority costs" in terms


def test_blocking_a_consensus_against_a_majority_costs_legitimacy() -> None:
    state = voting_on(AWAY, opt_out=0.0)
    before = state.nation("US").legitimacy
    for nation in ("US", "CN", "RU", "EU", "IN"):
        state, events = apply(state, Cast(nation, 1, "no" if nation == "US" else "yes"))
    blocked = [e for e in events if e.kind == "consensus_blocked"]
    if not any(e.kind == "ballots_revealed" and e.get("result") == "rejected" for e in events):
        pytest.skip("the minor parties' ballots did not give a majority for it")
    assert [e.get("nation") for e in blocked if e.get("nation") == "US"] == ["US"]
    assert state.nation("US").legitimacy == pytest.approx(
        before + STATE.params.legitimacy.veto_vs_majority
    )


@given(st.floats(-3.0, 3.0), st.sampled_from([0.0, 0.3, 0.6, 1.0]))
def test_what_opting_out_spares(value: float, phi: float) -> None:
    state = voting_on(AWAY, opt_out=phi)
    body = state.body("paris")
    terms = BOT._constructive_abstention(state, body, value)
    cost = BOT._legitimacy(state, "opt_out")
    if phi <= 0 or value >= 0 or -value * phi + cost <= 0:
        assert terms == []
    else:
        assert dict(terms) == {
            phrase("opted_out_share"): pytest.approx(-value * phi),
            phrase("opt_out_cost"): cost,
        }
