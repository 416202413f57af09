"""Every voter's value of a draft, found for all voters at once (`voter_values`), and a
voter's value of every draft on its menu (`values_to`), are `motion_value` for each, to
the last bit, for every kind of motion on the menus."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.ai.baseline import baseline_action
from game.engine import apply, current_players, is_terminal, motion_menu, rules, start, valuation
from game.scenario.compile import compiled
from game.scenario.load import load_data

ROOT = Path(__file__).resolve().parents[2]
WORLDS = [ROOT / "scenarios" / "liberal-restraint-2025.yaml", ROOT / "scenarios" / "tutorial.yaml"]


@pytest.mark.parametrize("world", WORLDS, ids=lambda w: w.stem)
def test_voter_values_are_each_voters_motion_value(world: Path) -> None:
    state, _ = start(compiled(load_data(world), 4)[1])
    kinds: set[str] = set()
    while not is_terminal(state) and state.round <= 3:
        for body in state.bodies:
            for great in state.great_powers():
                menu = motion_menu(state, body, state.nation(great))
                me = state.nation(great)
                assert valuation.values_to(state, body, menu, great) == [
                    valuation.motion_value(state, body, spec, me.ideal, me.doctrine, great)
                    for spec in menu
                ]
                for spec in menu:
                    kinds.add(spec.kind)
                    listed, groups = valuation.voter_values(state, body, spec, {great})
                    expected = [
                        (m, valuation.motion_value(state, body, spec, n.ideal, n.doctrine, m))
                        for m in rules.voters(body)
                        if m != great
                        for n in [state.nation(m)]
                    ]
                    assert listed == expected, (body.id, spec)
                    assert groups == [
                        valuation.motion_value(state, body, spec, g.ideal, g.doctrine, None)
                        for g in body.anonymous
                    ]
        nation = current_players(state)[0]
        state, _ = apply(state, baseline_action(state, nation))
    assert {"policy", "mandate", "opt_out", "add_veto", "linkage"} <= kinds
