"""The baseline policy: a great power leaves a hostile body it cannot block with its
doctrine's exit propensity, and stays where it holds a veto."""

from __future__ import annotations

from pathlib import Path

import yaml

from game.engine.api import apply, current_players, is_terminal, start
from game.engine.baseline import baseline_action
from game.engine.events import Event
from game.scenario import validate_data
from game.scenario.compile import compile_scenario
from game.scenario.overrides import apply_override

ROOT = Path(__file__).resolve().parents[2]
BASE = yaml.safe_load((ROOT / "tests" / "scenario" / "cases" / "base.yaml").read_text())
# A trade body of 22 members that decides by majority, far from AA's ideal point: AA
# cannot block it, and its mandate is broad and intrusive.
HOSTILE = {
    "model.crisis.p_per_body_round": 0,
    "model.satisfaction.memory": 0,
    "nations.AA.doctrine": {"mercantilist": 1},
    "institutions.fund.rule": {"kind": "majority"},
    "institutions.fund.anonymous_members": [
        {"label": "others", "count": 19, "ideal_point": [-1, 1]}
    ],
    "institutions.fund.policy": [-1, 1],
    "institutions.fund.intrusiveness": 1,
    "institutions.fund.breadth": 1,
    "institutions.fund.benefits": 0,
}


def play(overrides: dict[str, object], seed: int = 3) -> list[Event]:
    data = BASE
    for path, value in overrides.items():
        data = apply_override(data, path, value)
    state, events = start(compile_scenario(validate_data(data), seed))
    log = list(events)
    while not is_terminal(state):
        state, events = apply(state, baseline_action(state, current_players(state)[0]))
        log.extend(events)
    return log


def withdrawals(log: list[Event]) -> set[tuple[str, str]]:
    return {(e.get("nation"), e.get("body")) for e in log if e.kind == "nation_withdrew"}


def test_a_mercantilist_power_leaves_a_hostile_body_it_cannot_block() -> None:
    assert ("AA", "fund") in withdrawals(play(HOSTILE))


def test_with_a_veto_it_stays() -> None:
    assert ("AA", "fund") not in withdrawals(
        play({**HOSTILE, "institutions.fund.veto_holders": ["AA"]})
    )


def contests(log: list[Event], nation: str, body: str) -> bool:
    """Whether the nation threatened to leave the body or left it."""
    return any(
        e.kind in ("nation_withdrew", "threat_made")
        and (e.get("nation"), e.get("body")) == (nation, body)
        for e in log
    )


def test_a_liberal_power_threatens_or_leaves_less_often() -> None:
    # Exit propensity 0.9 against 0.2 a round, over the 4 rounds after the first.
    liberal = {**HOSTILE, "nations.AA.doctrine": {"liberal": 1}}
    seeds = range(1, 13)
    mercantilist = sum(contests(play(HOSTILE, s), "AA", "fund") for s in seeds)
    liberals = sum(contests(play(liberal, s), "AA", "fund") for s in seeds)
    assert mercantilist >= 11 and liberals <= 9 and liberals < mercantilist, (
        mercantilist,
        liberals,
    )
