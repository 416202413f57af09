"""`main.py inspect`: the starting world as an instructor reads it."""

from __future__ import annotations

import json
from typing import Any

from game.engine import (
    GameState,
    OrderState,
    power_indices,
    rules,
    shapley_shubik,
    start,
    verdict,
)
from game.engine import indices as order_indices
from game.scenario import ScenarioError, load_scenario
from game.scenario.compile import compile_scenario
from game.text.codes import VERDICTS, code_text
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.narrate import rule_text
from game.text.verdict import reason_text

from .doctrines import doctrine_word


def capacity_words(capacity: float, lang: Language = ENGLISH) -> str:
    """Coleman's capacity to act as a reader takes it: the share of all coalitions of
    members that would carry a motion."""
    if capacity < 0.0001:
        return lang.text(N_("under 0.01% of coalitions of members would carry a motion"))
    if capacity >= 0.1:
        share = lang.percent(capacity)
    else:
        share = lang.text(N_("{number}%"), number=lang.number(capacity * 100, 2))
    return lang.text(N_("{share} of coalitions of members would carry a motion"), share=share)


def start_order(state: GameState, found: order_indices.Indices | None = None) -> OrderState:
    """The order as the verdict's tests find the world at its start."""
    return verdict.update(
        state.order,
        verdict.assess(found or order_indices.compute(state), state.params),
        state.params.verdict.enter_after_rounds,
        state.params.verdict.release_after_failing_rounds,
    )


def order_lines(state: GameState, lang: Language = ENGLISH) -> list[str]:
    """'Order: transitional, leaning hegemonic' and a line per test, held or failed."""
    order = start_order(state)
    if order.shown != "transitional":
        shown = code_text(VERDICTS, order.shown, lang)
    else:
        shown = lang.text(
            N_("transitional, leaning {leaning}"),
            leaning=code_text(VERDICTS, str(order.leaning), lang),
        )
    lines = [lang.text(N_("Order: {verdict}"), verdict=shown)]
    for reason in order.reasons:
        said = N_("holds: {reason}") if reason.held else N_("fails: {reason}")
        lines.append("  " + lang.text(said, reason=reason_text(reason, state, lang)))
    return lines


def describe_world(state: GameState, lang: Language = ENGLISH) -> dict[str, Any]:
    """The starting world as data, its rules and reasons in words in `lang`."""
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
                "rule": rule_text(body, state, lang),
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
    order = start_order(state, found)
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
                {"code": r.code, "text": reason_text(r, state, lang), "held": r.held}
                for r in order.reasons
            ],
        },
    }


def inspect(path: str, as_json: bool, lang: Language = ENGLISH) -> int:
    """Print the starting world of the scenario at `path`, in `lang` (or as JSON)."""
    try:
        scenario = load_scenario(path, lang.code)
    except ScenarioError as error:
        return error.report(lang)
    state, _ = start(compile_scenario(scenario, 1))
    world = describe_world(state, lang)
    if as_json:
        print(json.dumps(world, indent=1))
        return 0
    number = lang.number
    print(f"{scenario.title}\n")
    print(lang.text(N_("Nations (power share, dominant doctrine, influence among great powers):")))
    for nation in world["nations"]:
        values = {
            "nation": nation["name"],
            "id": nation["id"],
            "power": number(nation["power_share"], 3),
            "doctrine": doctrine_word(max(nation["doctrine"], key=nation["doctrine"].get), lang),
        }
        great = nation["great_power"]
        if nation["influence"] is not None:
            message = (
                N_("{nation} ({id}, great power): power {power}, {doctrine}, influence {influence}")
                if great
                else N_("{nation} ({id}, minor): power {power}, {doctrine}, influence {influence}")
            )
            values["influence"] = number(nation["influence"], 2)
        else:
            message = (
                N_("{nation} ({id}, great power): power {power}, {doctrine}")
                if great
                else N_("{nation} ({id}, minor): power {power}, {doctrine}")
            )
        print("  " + lang.text(message, **values))
    print("\n" + lang.text(N_("Institutions (members' Banzhaf and Shapley-Shubik indices):")))
    for body in world["institutions"]:
        # its id, tier and area as the scenario writes them (codes an instructor types)
        print(
            "  "
            + lang.plural(
                Np_(
                    "{body} ({id}, {tier}, {area}): {count} member, {rule}; capacity to act: "
                    "{capacity}",
                    "{body} ({id}, {tier}, {area}): {count} members, {rule}; capacity to act: "
                    "{capacity}",
                ),
                body["members"],
                body=body["name"],
                id=body["id"],
                tier=body["tier"],
                area=body["area"],
                rule=body["rule"],
                capacity=capacity_words(body["capacity_to_act"], lang),
            )
        )  # fmt: skip
        if body["binding_rule_capacity_to_act"] is not None:
            print(
                "    "
                + lang.text(
                    N_("its binding part runs by another rule: capacity to act: {capacity}"),
                    capacity=capacity_words(body["binding_rule_capacity_to_act"], lang),
                )
            )
        for member, values in body["power"].items():
            print(
                f"    {member:6} "
                + lang.text(
                    N_("Banzhaf {banzhaf}  Shapley-Shubik {shapley_shubik}  power {power}"),
                    banzhaf=number(values["banzhaf"], 4),
                    shapley_shubik=number(values["shapley_shubik"], 4),
                    power=number(values["power_share"], 3),
                )
            )
        if body["anonymous_banzhaf_each"] is not None:
            print(
                "    "
                + lang.text(
                    N_("others Banzhaf {banzhaf} each"),
                    banzhaf=number(body["anonymous_banzhaf_each"], 4),
                )
            )
    i = world["indices"]
    print(
        "\n"
        + lang.text(
            N_(
                "Indices: effective number of influences {influences}, norm diversity {norms}, "
                "mutual recognition {recognition}, apex coverage {apex}, order balance {balance}"
            ),
            influences=number(i["n_influence"], 2),
            norms=number(i["n_norm"], 2),
            recognition=number(i["recognition"], 2),
            apex=number(i["apex_coverage"], 2),
            balance=number(i["balance"], 2),
        )
    )
    for line in order_lines(state, lang):
        print(line)
    return 0
