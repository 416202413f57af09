"""`main.py inspect`: the starting world as an instructor reads it."""

from __future__ import annotations

import json
from typing import Any

from game.engine import GameState, power_indices, rules, shapley_shubik, start, verdict
from game.engine import indices as order_indices
from game.scenario import ScenarioError, load_scenario
from game.scenario.compile import compile_scenario
from game.text.narrate import rule_text
from game.text.verdict import reason_text


def _passing(capacity: float) -> str:
    """Coleman's capacity to act as a reader takes it: the share of all coalitions of
    members that would carry a motion."""
    if capacity < 0.0001:
        return "under 0.01% of coalitions of members would carry a motion"
    share = f"{round(capacity * 100)}%" if capacity >= 0.1 else f"{capacity:.2%}"
    return f"{share} of coalitions of members would carry a motion"


def describe_world(state: GameState) -> dict[str, Any]:
    shares = {n.id: rules.power_share(state, n) for n in state.nations}
    found = order_indices.compute(state)
    influence = dict(found.influence)
    bodies = []
    for body in state.bodies:
        game = rules.voting_game(body)  # the decision rule that motions use
        power = power_indices(game)
        ss = shapley_shubik(game)
        binding = rules.indices(body) if body.binding_rule is not None else None
        listed = rules.voters(body)
        bodies.append(
            {
                "id": body.id,
                "name": body.name,
                "tier": body.tier,
                "area": body.area,
                "members": body.member_count,
                "rule": rule_text(body, state),
                "capacity_to_act": power.capacity,
                "vitality": body.vitality,
                "legitimacy": order_indices.institution_legitimacy(state, body),
                "power": {
                    m: {
                        "banzhaf": float(power.banzhaf[i]),
                        "shapley_shubik": float(ss[i]),
                        "power_share": shares[m],
                    }
                    for i, m in enumerate(listed)
                },
                "binding_rule_capacity_to_act": binding.capacity if binding else None,
                "anonymous_banzhaf_each": [
                    float(power.banzhaf[len(listed)]) if body.anonymous else None
                ][0],
            }
        )
    order = verdict.update(
        state.order,
        verdict.assess(found, state.params),
        state.params.verdict.enter_after_rounds,
        state.params.verdict.release_after_failing_rounds,
    )
    return {
        "scenario": state.scenario_id,
        "nations": [
            {
                "id": n.id,
                "name": n.name,
                "great_power": n.great,
                "power_share": shares[n.id],
                "doctrine": dict(zip(rules.DOCTRINE_NAMES, n.doctrine, strict=True)),
                "influence": influence.get(n.id),
            }
            for n in state.nations
        ],
        "institutions": bodies,
        "indices": {
            "influence_hhi": found.influence_hhi,
            "n_influence": found.n_influence,
            "n_norm": found.n_norm,
            "recognition": found.recognition,
            "apex_coverage": found.apex_coverage,
            "capacity_to_act": found.capacity_to_act,
            "balance": found.balance,
        },
        "order": {
            "verdict": order.shown,
            "leaning": order.leaning,
            "reasons": [
                {"code": r.code, "text": reason_text(r, state), "held": r.held}
                for r in order.reasons
            ],
        },
    }


def inspect(path: str, as_json: bool) -> int:
    try:
        scenario = load_scenario(path)
    except ScenarioError as error:
        return error.report()
    state, _ = start(compile_scenario(scenario, 1))
    world = describe_world(state)
    if as_json:
        print(json.dumps(world, indent=1))
        return 0
    print(f"{scenario.title}\n")
    print("Nations (power share, dominant doctrine, influence among great powers):")
    for nation in world["nations"]:
        doctrine = max(nation["doctrine"], key=nation["doctrine"].get)
        influence = (
            f", influence {nation['influence']:.2f}" if nation["influence"] is not None else ""
        )
        role = "great power" if nation["great_power"] else "minor"
        print(
            f"  {nation['name']} ({nation['id']}, {role}): power {nation['power_share']:.3f}, "
            f"{doctrine}{influence}"
        )
    print("\nInstitutions (members' Banzhaf and Shapley-Shubik indices):")
    for body in world["institutions"]:
        where = f"{body['id']}, {body['tier']}, {body['area']}"
        print(
            f"  {body['name']} ({where}): {body['members']} members, {body['rule']}; "
            f"capacity to act: {_passing(body['capacity_to_act'])}"
        )
        if body["binding_rule_capacity_to_act"] is not None:
            print(
                f"    its binding part runs by another rule: capacity to act: "
                f"{_passing(body['binding_rule_capacity_to_act'])}"
            )
        for member, values in body["power"].items():
            print(
                f"    {member:6} Banzhaf {values['banzhaf']:.4f}  Shapley-Shubik "
                f"{values['shapley_shubik']:.4f}  power {values['power_share']:.3f}"
            )
        if body["anonymous_banzhaf_each"] is not None:
            print(f"    others Banzhaf {body['anonymous_banzhaf_each']:.4f} each")
    i = world["indices"]
    print(
        f"\nIndices: effective number of influences {i['n_influence']:.2f}, norm diversity "
        f"{i['n_norm']:.2f}, mutual recognition {i['recognition']:.2f}, apex coverage "
        f"{i['apex_coverage']:.2f}, order balance {i['balance']:.2f}"
    )
    order = world["order"]
    shown = (
        order["verdict"]
        if order["verdict"] != "transitional"
        else f"transitional, leaning {order['leaning']}"
    )
    print(f"Order: {shown}")
    for reason in order["reasons"]:
        print(f"  {'holds' if reason['held'] else 'fails'}: {reason['text']}")
    return 0
