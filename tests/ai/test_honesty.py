"""No bot acts on anything outside its view: its moves stay the same when everything
hidden from it is drawn afresh, consistently with what it sees."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from game.ai.play import make_bot
from game.ai.strategy import STRATEGIES
from game.engine.actions import Term
from game.engine.state import GameState, Objective, OfferState
from game.engine.views import player_view

from .worlds import liberal_restraint, play_with


def resampled(state: GameState, viewer: str, seed: int) -> GameState:
    """The state with what `viewer` cannot see drawn again: others' ballots, objectives,
    satisfaction, contestation modes and obstruction, offers between others, and the
    random generator."""
    rng = np.random.default_rng(seed)
    others = [n.id for n in state.nations if n.id != viewer]
    ballots = tuple(
        (m, n, v if n == viewer else str(rng.choice(["yes", "no", "abstain"])))
        for m, n, v in state.ballots
    )
    hidden = (Objective("hold_veto", 99, "hidden", (("institution", "unsc"),)),)
    fixed = {n.id: replace(n.nation, objectives=hidden) for n in state.nations if n.id != viewer}
    nations = tuple(replace(n, nation=fixed[n.id]) if n.id in fixed else n for n in state.nations)
    satisfaction = tuple(
        (k, v if k.startswith(f"{viewer}@") else float(rng.uniform(-1, 1)))
        for k, v in state.satisfaction
    )
    subverting = tuple(s for s in state.subverting if s[0] == viewer) + tuple(
        (str(rng.choice(others)), b.id) for b in state.bodies[:2]
    )
    a, b = [g for g in state.great_powers() if g != viewer][:2]
    secret = OfferState(
        state.next_offer,
        a,
        b,
        Term("transfer", amount=2.0),
        Term("pledge", body="wto"),
        state.round,
    )
    return replace(
        state,
        ballots=ballots,
        nations=nations,
        satisfaction=satisfaction,
        subverting=subverting,
        offers=(*state.offers, secret),
        next_offer=state.next_offer + 1,
        seed=seed + 1,  # the dice differ too
    )


@pytest.mark.parametrize("kind", ["heuristic", "lookahead", "random", "baseline", *STRATEGIES])
def test_moves_do_not_depend_on_what_is_hidden(kind: str) -> None:
    scenario = liberal_restraint()
    game = play_with(scenario, {"US": "heuristic", "CN": "heuristic"}, seed=5)
    checked = 0
    for index, (state, action, _) in enumerate(game):
        if kind == "lookahead" and index % 9:
            continue
        nation = action.nation
        usual = make_bot(kind, nation).decide(player_view(state, nation))
        for seed in (1, 2):
            other = resampled(state, nation, seed)
            assert player_view(other, nation).nations == player_view(state, nation).nations
            again = make_bot(kind, nation).decide(player_view(other, nation))
            assert again.action == usual.action
            assert again.explanation == usual.explanation
        checked += 1
    assert checked > 20
