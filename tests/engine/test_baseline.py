"""The baseline policy: a great power leaves a hostile body it cannot block with its
doctrine's exit propensity, and stays where it holds a veto."""

from __future__ import annotations

from pathlib import Path

import yaml

from game.ai.baseline import baseline_action
from game.engine import apply, current_players, is_terminal, start
from game.engine.events import Event
from game.scenario import validate_data
from game.scenario.compile import compile_scenario
from game.scenario.overrides import apply_override

ROOT = Path(__file__).resolve().parents[2]
BASE = yaml.safe_load((ROOT / "tests" / "scenario" / "cases" / "base.yaml").read_text())
# A trade body of 22 members that decides by majority, far from AA's ideal point: AA
# cannot block it, and its mandate is broad and intrusive. Nobody drafts motions, so
# AA cannot win an opt-out by a vote either.
HOSTILE = {
    "model.crisis.p_per_body_round": 0,
    "model.agenda.table_if.own_gain_min": 10,
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
    """Unless its threat to leave wins it the reform it demands: then it stays."""
    left = 0
    for seed in range(1, 21):
        log = play(HOSTILE, seed)
        won = any(
            e.kind == "threat_resolved" and e.get("nation") == "AA" and e.get("won") for e in log
        )
        stays = ("AA", "fund") not in withdrawals(log)
        assert stays == won, (seed, won)
        left += not stays
    assert left >= 3  # threats win about 7 times in 10 (the chance the event reports)


def test_with_a_veto_it_stays() -> None:
    assert ("AA", "fund") not in withdrawals(
        play({**HOSTILE, "institutions.fund.veto_holders": ["AA"]})
    )


def first_contest(log: list[Event], nation: str, body: str) -> int:
    """The round the nation first threatened to leave the body or left it (6: never)."""
    rounds = [
        e.round
        for e in log
        if e.kind in ("nation_withdrew", "threat_made")
        and (e.get("nation"), e.get("body")) == (nation, body)
    ]
    return min(rounds, default=6)


def test_a_liberal_power_threatens_or_leaves_later() -> None:
    # Dissatisfied from round 2 on: a mercantilist (exit propensity 0.9 a round) contests
    # at once in nearly every game, a liberal (0.2) later or never.
    liberal = {**HOSTILE, "nations.AA.doctrine": {"liberal": 1}}
    seeds = range(1, 21)
    mercantilist = [first_contest(play(HOSTILE, s), "AA", "fund") for s in seeds]
    liberals = [first_contest(play(liberal, s), "AA", "fund") for s in seeds]
    assert sum(r == 2 for r in mercantilist) >= 17, mercantilist
    assert sum(liberals) / 20 >= sum(mercantilist) / 20 + 1, (liberals, mercantilist)


def test_a_sponsor_votes_for_its_own_motion() -> None:
    """Even a motion it tabled only to force another's veto, and likes less once the
    noise of its vote is drawn: its own no would be a veto of its own motion."""
    from dataclasses import replace

    from game.engine.actions import Cast, MotionSpec
    from game.engine.state import Motion, Phase

    state, _ = start(compile_scenario(validate_data(BASE), 1))
    body = next(b for b in state.bodies if b.vetoes)
    sponsor = body.vetoes[0]
    far = tuple(-v for v in state.nation(sponsor).ideal)  # the far side of the space
    motion = Motion(1, body.id, sponsor, MotionSpec("policy", x=far[0], y=far[1]), 1)
    voting = replace(state, phase=Phase.vote, motions=(motion,))
    assert baseline_action(voting, sponsor) == Cast(sponsor, 1, "yes")
    other = replace(motion, sponsor=None)  # the same motion from the news: it vetoes it
    assert baseline_action(replace(voting, motions=(other,)), sponsor) == Cast(sponsor, 1, "no")
