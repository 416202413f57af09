"""Compile a validated Scenario and a seed into the engine's first GameState.

This is the boundary: the engine never sees pydantic models or files, only the plain
frozen dataclasses made here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from game.engine import (
    AnonymousGroup,
    BodyState,
    Condition,
    Effect,
    ElectionOutcome,
    EventSpec,
    GameState,
    MotionSpec,
    MovementSpec,
    NationState,
    Objective,
    Phase,
    RuleSpec,
    World,
)
from game.engine import Nation as FixedNation

from .engine_params import to_engine
from .load import validate_data
from .schema import Condition as ConditionSpec
from .schema import (
    Election,
    Event,
    GrowthChange,
    InjectedMotion,
    Institution,
    LinkageMotion,
    MandateMotion,
    Membership,
    Motion,
    MovementSurge,
    Nation,
    OptOutMotion,
    PolicyMotion,
    Recognition,
    Rule,
    Scenario,
    SeatPasses,
    Shock,
    Standing,
    WeightedRule,
)

# What a body founded in play is called after its founders ("China-Russia Development
# Bank"), by issue area, where neither the founder nor the scenario names it.
FOUNDING_NOUNS = {
    "security": "Security Pact",
    "trade": "Trade Partnership",
    "finance": "Development Bank",
    "human_rights": "Rights Forum",
    "climate": "Climate Compact",
}


def _rule(rule: Rule, institution: Institution) -> RuleSpec:
    if isinstance(rule, WeightedRule):
        return RuleSpec("weighted", rule.quota, tuple(rule.weights.items()))
    return RuleSpec(rule.kind, getattr(rule, "threshold", None))


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _objective_text(spec: dict[str, object], scenario: Scenario) -> str:
    """The briefing's sentence for an objective the author did not phrase."""
    bodies = {i.id: i.name for i in scenario.institutions}
    nations = {n.id: n.name for n in scenario.nations}
    body = bodies.get(str(spec.get("institution")), "")
    other = nations.get(str(spec.get("nation")), "")
    value, breadth = _number(spec.get("value")), _number(spec.get("breadth"))
    area = str(spec.get("area")).replace("_", " ")
    share = f"{round(value * 100)}%"
    templates = {
        "stay_member": f"Still be a member of {body} at the end",
        "hold_veto": f"Hold a veto in {body} at the end",
        "keep_out": f"Keep {other} out of {body}",
        "keep_in": f"Keep {other} in {body}",
        "order": f"End with a {spec.get('verdict')} world order",
        "influence_at_least": f"End with at least {share} of the great powers' influence",
        "legitimacy_at_least": f"End with legitimacy of at least {value:g} of 1",
        "capital_at_least": f"End with at least {value:g} diplomatic capital",
        "mandate_at_most": f"Keep the breadth of {body}'s mandate at {breadth:g} of 1 or less",
        "mandate_at_least": f"Widen the breadth of {body}'s mandate to {breadth:g} of 1 or more",
        "policy_near": f"Bring {body}'s policy within {spec.get('within')} of {spec.get('point')}",
        "found_rival": f"Found or co-found a rival body in {area}",
        "recognised_by": f"Win {other}'s recognition of your model (at least {value:g} of 1)",
    }
    return templates[str(spec["kind"])]


def _nation(nation: Nation, scenario: Scenario) -> NationState:
    baseline = scenario.model.doctrines
    weights = nation.doctrine.as_tuple()
    names = ("liberal", "transformative", "mercantilist", "sovereign")
    resting = sum(
        w * getattr(baseline, d).recognition_baseline for w, d in zip(weights, names, strict=True)
    )
    recognition = {other.id: resting for other in scenario.nations if other.id != nation.id}
    recognition.update(nation.recognition)
    objectives = tuple(
        Objective(
            kind=o.kind,
            points=o.points,
            text=o.text or _objective_text(o.model_dump(mode="json"), scenario),
            params=tuple(
                (k, tuple(v) if isinstance(v, list | tuple) else v)
                for k, v in o.model_dump(mode="json", exclude={"kind", "points", "text"}).items()
            ),
        )
        for o in nation.objectives
    )
    fixed = FixedNation(
        id=nation.id,
        name=nation.name,
        great=nation.great_power,
        objectives=objectives,
        ai_risk=nation.ai.risk,
        ai_honesty=nation.ai.honesty,
    )
    return NationState(
        nation=fixed,
        power=(
            nation.power.economic,
            nation.power.military,
            nation.power.tech_finance,
            nation.power.soft,
        ),
        growth=(
            nation.growth.economic,
            nation.growth.military,
            nation.growth.tech_finance,
            nation.growth.soft,
        ),
        doctrine=weights,
        ideal=nation.ideal_point,
        legitimacy=nation.legitimacy,
        nationalism=nation.nationalism,
        democracy=nation.democracy,
        capital=nation.capital,
        recognition=tuple(sorted(recognition.items())),
    )


def _body(institution: Institution, scenario: Scenario) -> BodyState:
    return BodyState(
        id=institution.id,
        name=institution.name,
        tier=institution.tier.value,
        area=institution.area.value,
        members=tuple(institution.members),
        anonymous=tuple(
            AnonymousGroup(g.label, g.count, g.ideal_point, g.doctrine.as_tuple(), g.weight)
            for g in institution.anonymous_members
        ),
        founders=tuple(institution.founders),
        rule=_rule(institution.rule, institution),
        binding_rule=_rule(institution.binding_rule, institution)
        if institution.binding_rule
        else None,
        vetoes=tuple(institution.veto_holders),
        abstention=institution.abstention.value,
        opt_out=institution.opt_out,
        national_opt_outs=(),
        breadth=institution.breadth,
        intrusiveness=institution.intrusiveness,
        benefits=institution.benefits,
        linkage=institution.linkage,
        external=institution.external_effects,
        dues=institution.dues,
        policy=institution.policy,
        doctrine=institution.doctrine.as_tuple(),
        vitality=institution.vitality,
        bureaucracy=institution.bureaucracy,
        dead_below=scenario.model.vitality.dead_below,
        fixed_members=institution.fixed_members,
        min_members=(
            institution.min_members
            if institution.min_members is not None
            else scenario.model.vitality.min_members
        ),
        # a working body when it opens: it acted just before (the game, or its round)
        last_decision_round=(institution.opens or 1) - 1,
        reentry_wait=(
            institution.reentry_wait
            if institution.reentry_wait is not None
            else scenario.model.reentry_wait_rounds
        ),
    )


def _motion(spec: Motion) -> MotionSpec:
    if isinstance(spec, PolicyMotion):
        return MotionSpec("policy", x=spec.point[0], y=spec.point[1])
    if isinstance(spec, MandateMotion):
        return MotionSpec("mandate", x=spec.breadth, y=spec.intrusiveness)
    if isinstance(spec, OptOutMotion):
        return MotionSpec("opt_out", value=spec.value, nation=spec.nation)
    if isinstance(spec, LinkageMotion):
        return MotionSpec("linkage", value=spec.value)
    return MotionSpec(spec.kind, nation=spec.nation)


def _condition(w: ConditionSpec) -> Condition:
    return Condition(
        w.metric.value, w.of, w.above, w.below, w.from_round, w.chance, w.to_round, w.institution
    )


def _event(event: Event) -> EventSpec:
    effects = []
    for effect in event.effects:
        if isinstance(effect, Shock):
            effects.append(
                Effect(
                    "shock",
                    institution=effect.institution,
                    shift=effect.shift,
                    valence=effect.valence,
                )
            )
        elif isinstance(effect, GrowthChange):
            component = (
                effect.component if isinstance(effect.component, str) else effect.component.value
            )
            effects.append(
                Effect(
                    "growth_change", nation=effect.nation, component=component, delta=effect.delta
                )
            )
        elif isinstance(effect, MovementSurge):
            effects.append(Effect("movement_surge", movement=effect.movement, delta=effect.delta))
        elif isinstance(effect, Election):
            outcomes = tuple(
                ElectionOutcome(
                    o.label,
                    o.probability,
                    o.doctrine.as_tuple() if o.doctrine else None,
                    o.ideal_point,
                    o.briefing,
                )
                for o in effect.outcomes
            )
            effects.append(Effect("election", nation=effect.nation, outcomes=outcomes))
        elif isinstance(effect, Membership):
            effects.append(
                Effect(effect.kind, institution=effect.institution, nation=effect.nation)
            )
        elif isinstance(effect, Standing):
            effects.append(
                Effect(
                    "standing",
                    nation=effect.nation,
                    legitimacy=effect.legitimacy,
                    capital=effect.capital,
                )
            )
        elif isinstance(effect, Recognition):
            effects.append(
                Effect("recognition", nation=effect.nation, of=effect.of, delta=effect.delta)
            )
        elif isinstance(effect, SeatPasses):
            effects.append(
                Effect(
                    "seat_passes",
                    institution=effect.institution,
                    nation=effect.nation,
                    to=effect.to,
                )
            )
        elif isinstance(effect, InjectedMotion):
            effects.append(
                Effect(
                    "injected_motion",
                    institution=effect.institution,
                    sponsor=effect.sponsor,
                    motion=_motion(effect.motion),
                )
            )
        else:
            effects.append(
                Effect(
                    "doctrine_shift",
                    nation=effect.nation,
                    toward=effect.toward,
                    amount=effect.amount,
                )
            )
    when = None
    if event.when is not None:
        w = event.when
        when = _condition(w)
    return EventSpec(
        event.id, event.title, event.briefing, event.round, when, event.once, tuple(effects)
    )


def compile_scenario(scenario: Scenario, seed: int) -> GameState:
    """The first GameState of a game of this scenario with this seed, before round 1's
    automatic events (call `game.engine.start` to run them)."""
    nations = tuple(_nation(n, scenario) for n in scenario.nations)
    world = World(
        params=to_engine(scenario.model),
        events=tuple(_event(e) for e in scenario.events),
        movement_specs=tuple(
            MovementSpec(
                m.id,
                m.decay,
                m.surge_probability,
                m.surge_size,
                ("liberal", "transformative", "mercantilist", "sovereign").index(m.doctrine),
                m.doctrine_pull,
                m.name,
            )
            for m in scenario.movements
        ),
        movement_areas={
            area.value: tuple((m.id, m.exit_cost) for m in scenario.movements if area in m.areas)
            for area in {a for m in scenario.movements for a in m.areas}
        },
        axes={
            i.id: ((i.axes.x.low, i.axes.x.high), (i.axes.y.low, i.axes.y.high))
            for i in scenario.institutions
            if i.axes is not None
        },
        founding_names={area.value: tuple(n) for area, n in scenario.founding_names.items()},
        founding_nouns=FOUNDING_NOUNS,
        later=tuple(
            (i.opens, _body(i, scenario), _condition(i.opens_when) if i.opens_when else None)
            for i in scenario.institutions
            if i.opens is not None
        ),
    )
    return GameState(
        scenario_id=scenario.id,
        rounds=scenario.length.rounds,
        round=1,
        phase=Phase.events,
        nations=nations,
        bodies=tuple(_body(i, scenario) for i in scenario.institutions if i.opens is None),
        seed=seed,
        world=world,
        movements=tuple(sorted((m.id, m.intensity) for m in scenario.movements)),
    )


# Per process, the scenarios a study plays many seeds of: by their data, as JSON.
_STUDIED: dict[str, tuple[Scenario, GameState]] = {}


def compiled(data: Mapping[str, Any], seed: int) -> tuple[Scenario, GameState]:
    """The validated scenario and the first state of a game of this scenario data and
    seed. A study plays many seeds of one world: its data is validated and compiled once
    in each process, and each game starts from that state with a seed of its own."""
    key = json.dumps(data, sort_keys=True, default=str)
    hit = _STUDIED.get(key)
    if hit is None:
        scenario = validate_data(data)
        hit = (scenario, compile_scenario(scenario, 0))
        if len(_STUDIED) >= 64:
            _STUDIED.clear()
        _STUDIED[key] = hit
    return hit[0], replace(hit[1], seed=seed)
