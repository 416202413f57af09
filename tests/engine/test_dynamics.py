"""The consequences phase's rules in small set-ups: subversion, rollback, the relief of
alternative leadership, threats. Each case checks a rule of docs/model.md against its
formula, on the small test world."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from game.engine import apply, dynamics, rules, start, valuation
from game.engine.actions import parse_action, parse_motion_tokens
from game.engine.events import Event
from game.engine.state import GameState
from game.scenario import validate_data
from game.scenario.compile import compile_scenario
from game.scenario.overrides import apply_override

ROOT = Path(__file__).resolve().parents[2]
BASE = yaml.safe_load((ROOT / "tests" / "scenario" / "cases" / "base.yaml").read_text())


def world(**overrides: object) -> GameState:
    data = BASE
    for path, value in {"model.crisis.p_per_body_round": 0, **overrides}.items():
        data = apply_override(data, path.replace("__", "."), value)
    state, _ = start(compile_scenario(validate_data(data), 1))
    return state


def play(state: GameState, *lines: str) -> GameState:
    for line in lines:
        state, _ = apply(state, parse_action(line))
    return state


def test_subversion_drains_vitality_by_power_share() -> None:
    state = world()
    fund = state.body("fund")
    log: list[Event] = []
    drained = dynamics._subverted(state, (("CC", "fund"), ("BB", "fund")), log)
    after = next(b for b in drained if b.id == "fund")
    shares = sum(rules.power_share(state, state.nation(n)) for n in ("CC", "BB"))
    assert after.vitality == pytest.approx(fund.vitality - 0.1 * shares)
    # The loss is logged with its cause, for the year in review.
    [logged] = log
    assert (logged.kind, logged.get("body"), logged.get("because")) == (
        "standing_changed",
        "fund",
        "subversion",
    )
    assert logged.get("vitality") == pytest.approx(after.vitality - fund.vitality)
    assert next(b for b in drained if b.id == "council") == state.body("council")


@pytest.mark.parametrize(
    ("nation", "body", "sponsor", "obstructs"),
    [
        ("CC", "fund", "AA", True),  # subverting, someone else's motion
        ("CC", "fund", "CC", False),  # its own motion
        ("CC", "council", "AA", False),  # it subverts the fund, not the council
        ("DD", "fund", "AA", False),  # not subverting
    ],
)
def test_a_subverting_member_votes_no_on_others_motions(
    nation: str, body: str, sponsor: str, obstructs: bool
) -> None:
    state = replace(world(), subverting=(("CC", "fund"),))
    assert dynamics.obstructs(state, nation, body, sponsor) is obstructs


@pytest.mark.parametrize(("subverting", "ballot"), [((), "yes"), ((("CC", "fund"),), "no")])
def test_a_subverting_minor_nation_votes_no_in_the_tally(
    subverting: tuple[tuple[str, str], ...], ballot: str
) -> None:
    # Moving the fund onto CC's own ideal point: CC votes yes, unless it subverts.
    state = world(
        **{"nations.CC.ideal_point": [-0.5, -1], "nations.CC.doctrine": {"liberal": 1}},
        **{"model.vote.noise_sd": 0},
    )
    state = replace(play(state, "AA pass", "BB pass"), subverting=subverting)
    state = play(state, "AA table fund policy -0.5 -1", "BB pass", "AA vote m1 yes")
    _, events = apply(state, parse_action("BB vote m1 yes"))
    revealed = next(e for e in events if e.kind == "ballots_revealed")
    assert dict(revealed.get("ballots"))["CC"] == ballot


def test_a_rollback_exit_drains_the_old_body_for_three_rounds() -> None:
    binding = {"institutions.fund.external_effects": 0.9, "institutions.fund.policy": [-1, 1]}
    lines = ("AA pass", "BB pass", "AA pass", "BB pass", "AA withdraw fund", "AA pass", "BB pass")
    rolled = play(world(**binding), *lines)
    body = rolled.body("fund")
    assert body.undermined_until == 1 + 3 - 1
    plain = play(world(**binding, **{"model.rollback.vitality_loss": 0}), *lines)
    assert plain.body("fund").vitality - body.vitality == pytest.approx(0.05)


def test_a_plain_exit_does_not_drain() -> None:
    lines = ("AA pass", "BB pass", "AA pass", "BB pass", "AA withdraw fund", "AA pass", "BB pass")
    state = play(world(), *lines)
    assert state.body("fund").undermined_until == -1


@pytest.mark.parametrize("autonomy", [0.0, 0.5, 0.9])
def test_alternative_leadership_relieves_exit_damage(autonomy: float) -> None:
    state = world(**{"institutions.fund.bureaucracy": autonomy})
    fund = state.body("fund")
    share = rules.power_share(state, state.nation("AA"))
    leadership = dynamics.leadership(state, fund, without="AA")
    remaining = sum(rules.power_share(state, state.nation(m)) for m in ("BB", "CC"))
    assert leadership == pytest.approx(max(autonomy, remaining))
    state = play(state, "AA pass", "BB pass", "AA pass", "BB pass", "AA withdraw fund")
    damage = (0.05 + 0.5 * share) * (1 + 0) * (1 - 0.5 * leadership)
    assert state.body("fund").vitality == pytest.approx(fund.vitality - damage)


@pytest.mark.parametrize("demand", ["veto", "opt_out", "mandate_cut", "reweight"])
def test_threat_chance_is_the_logistic_of_power_and_scope(demand: str) -> None:
    state = world()
    scope = {"veto": 0.6, "opt_out": 0.3, "mandate_cut": 0.2, "reweight": 0.4}[demand]
    for nation in ("AA", "BB"):
        shares = [rules.power_share(state, n) for n in state.nations]
        relative = rules.power_share(state, state.nation(nation)) / max(shares)
        expected = 1 / (1 + math.exp(-(-1 + 3 * relative - 4 * scope)))
        assert dynamics.threat_chance(state, nation, demand) == pytest.approx(expected)


@pytest.mark.parametrize("spec", ["add_veto BB", "opt_out 1 BB", "opt_out 0.5"])
def test_negative_power_is_worth_nothing_to_a_veto_holder(spec: str) -> None:
    """BB holds a veto in the council: a veto or an opt-out adds nothing to what it can
    already block. A general opt-out still blunts the council, which BB's sovereign
    taste for a security mandate (0.3) counts as a loss."""
    state = world()
    council = state.body("council")
    me = state.nation("BB")
    value = valuation.motion_value(
        state, council, parse_motion_tokens(spec.split()), me.ideal, me.doctrine, "BB"
    )
    blunted = 0.0
    if spec == "opt_out 0.5":
        fit = rules.cosine(me.doctrine, council.doctrine)
        blunted = 0.5 * council.intrusiveness * 0.3 * (2 * fit - 1)
    assert value == pytest.approx(-blunted)


def test_an_opt_out_is_worth_its_gain_in_the_inside_option() -> None:
    state = world()
    fund = state.body("fund")
    me = state.nation("CC")
    now = rules.inside_option(fund, "CC")
    negpow = rules.doctrine_param(state, me.doctrine, "negative_power_value")
    value = valuation.motion_value(
        state, fund, parse_motion_tokens(["opt_out", "1", "CC"]), me.ideal, me.doctrine, "CC"
    )
    assert now < 1 and value == pytest.approx(negpow * 0.5 * (1 - now))


def test_death_follows_the_model_block() -> None:
    """The council has 4 members; after one leaves it lives on with 3 by default, and
    dies where the model says a body needs 4."""
    leave = ("AA pass", "BB pass", "AA pass", "BB pass", "AA withdraw council")
    assert play(world(), *leave).body("council").alive
    assert not play(world(**{"model.vitality.min_members": 4}), *leave).body("council").alive


def test_a_weighted_body_whose_weighted_members_are_gone_can_decide_nothing() -> None:
    fund = replace(world().body("fund"), members=("DD",), anonymous=())
    found = rules.indices(fund)
    assert found.capacity == 0 and list(found.banzhaf) == [0.0]
    assert rules.tally(fund, {"DD": "yes"}, [])[0] is False


def test_a_caucus_within_a_body_is_no_alternative_to_it() -> None:
    """The G7 is a caucus within the IMF (its great powers all sit in the Fund): Japan's
    outside option from the Fund is the same with or without it. The same club founded
    in play is an alternative (rules 12)."""
    from game.engine.changes import replace_body
    from game.scenario import load_scenario

    state, _ = start(compile_scenario(load_scenario("unipolar-1992"), 1))
    imf, g7 = state.body("imf"), state.body("g7")
    with_caucus = dynamics.outside_option(state, imf, "JP")
    without = replace(state, bodies=tuple(b for b in state.bodies if b.id != "g7"))
    assert dynamics.outside_option(without, imf, "JP") == pytest.approx(with_caucus)
    founded = replace_body(state, replace(g7, founded_round=1))
    assert dynamics.outside_option(founded, imf, "JP") > with_caucus
