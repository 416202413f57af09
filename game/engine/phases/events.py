"""The events phase: growth, the scenario's events and their effects, movements."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from .. import rules
from ..actions import Join, Withdraw
from ..changes import adjust, replace_body, replace_nation, set_recognition
from ..events import (
    Crisis,
    ElectionResult,
    Event,
    EventFired,
    InstitutionOpened,
    MotionNotTabled,
    MovementSurged,
    SeatPassed,
)
from ..legality import check_motion
from ..model import indices
from ..moves.join import apply_join
from ..moves.table import new_motion
from ..moves.withdraw import apply_withdraw
from ..outcome import influence
from ..records import evolve
from ..rng import next_generator
from ..state import BodyState, Effect, EventSpec, GameState, RuleSpec
from ..world import EVERY_NATION


def run_events(state: GameState, log: list[Event]) -> GameState:
    generator, state = next_generator(state)
    power = state.params.power
    mean = power.growth_mean
    if mean is None:
        shares = [rules.power_share(state, n) for n in state.nations]
        mean = sum(s * sum(n.growth) / 4 for s, n in zip(shares, state.nations, strict=True))
    nations = []
    for nation in state.nations:
        noise = generator.normal(0.0, power.growth_noise_sd, 4)
        grown = tuple(
            max(0.0, float(x * (1 + g + e)))
            for x, g, e in zip(nation.power, nation.growth, noise, strict=True)
        )
        converged = tuple(mean + power.growth_convergence * (g - mean) for g in nation.growth)
        nations.append(evolve(nation, power=grown, growth=converged))
    state = evolve(state, nations=tuple(nations))
    crisis = state.params.crisis
    bodies = []
    for body in state.bodies:
        strikes = body.alive and generator.random() < crisis.p_per_body_round
        body = evolve(body, crisis=body.crisis * crisis.valence_decay)
        if strikes:
            jump = [float(v) for v in generator.normal(0.0, crisis.policy_shock_sd, 2)]
            policy = (
                min(1.0, max(-1.0, body.policy[0] + jump[0])),
                min(1.0, max(-1.0, body.policy[1] + jump[1])),
            )
            body = evolve(body, policy=policy, crisis=crisis.valence)
            log.append(
                Crisis(
                    round=state.round,
                    body=body.id,
                    policy=(round(policy[0], 3), round(policy[1], 3)),
                )
            )
        bodies.append(body)
    intensities = dict(state.movements)
    for movement in state.movement_specs:
        value = intensities.get(movement.id, 0.0) * (1 - movement.decay)
        if generator.random() < movement.surge_probability:
            value += movement.surge_size
            log.append(MovementSurged(round=state.round, movement=movement.id))
        intensities[movement.id] = min(1.0, max(0.0, value))
    state = evolve(state, movements=tuple(sorted(intensities.items())))
    state = evolve(state, bodies=tuple(bodies))
    state = open_bodies(state, log)
    for spec in state.events:
        timed = spec.round == state.round
        if timed or (spec.when is not None and condition_holds(state, spec.when)):
            if spec.when is not None and spec.once and spec.id in state.events_fired:
                continue
            if spec.when is not None and spec.when.chance < 1.0:
                generator, state = next_generator(state)
                fires = generator.random() < spec.when.chance
                if not fires:
                    continue
            state = fire(state, spec, log)
    return state


def open_bodies(state: GameState, log: list[Event]) -> GameState:
    """The scenario's bodies whose round has come open, before the round's events fire
    (which may then act on them). A body with a condition opens in the first round from
    its own in which the condition holds, and never if it never does."""
    opening = [
        evolve(body, last_decision_round=state.round - 1)
        for round_, body, when in state.world.later
        if not state.has_body(body.id)
        and (
            round_ == state.round
            if when is None
            else round_ <= state.round and condition_holds(state, when)
        )
    ]
    if not opening:
        return state
    for body in opening:
        log.append(
            InstitutionOpened(
                round=state.round, body=body.id, name=body.name, area=body.area,
                members=body.members,
            )
        )  # fmt: skip
    return evolve(state, bodies=(*state.bodies, *opening))


def condition_holds(state: GameState, when: Any) -> bool:
    """Whether a condition holds this round (within its rounds; its chance aside)."""
    if state.round < when.from_round or (when.to_round is not None and state.round > when.to_round):
        return False
    value = metric(state, when.metric, when.of, when.institution)
    if when.above is not None:
        return bool(value > when.above)
    return bool(value < (when.below if when.below is not None else -math.inf))


def metric(state: GameState, name: str, of: str | None, institution: str | None = None) -> float:
    """The value of an event condition's metric."""
    if name.startswith("nation."):
        nation = state.nation(of or "")
        if name == "nation.member":  # 0 too while the body has not opened
            inside = (
                state.has_body(institution or "")
                and nation.id in state.body(institution or "").members
            )
            return 1.0 if inside else 0.0
        if name == "nation.power_share":
            return rules.power_share(state, nation)
        doctrine = name.split(".")[1]
        if doctrine in rules.DOCTRINE_NAMES:  # its weight: how an election went, say
            return nation.doctrine[rules.DOCTRINE_NAMES.index(doctrine)]
        return float(getattr(nation, name.split(".")[1]))
    if name.startswith("institution."):
        if not state.has_body(of or ""):  # a body that has not opened yet
            return math.nan  # compares false either way: the condition waits
        body = state.body(of or "")
        if name == "institution.members":
            return float(body.member_count)
        if name == "institution.vitality":
            return body.vitality
        return indices.institution_legitimacy(state, body)
    if name == "movement.intensity":
        return dict(state.movements).get(of or "", 0.0)
    if name == "order.apex_coverage":
        top = indices.apex(state)
        return indices.coverage(state, top) if top is not None and top.alive else 0.0
    if name == "order.influence_hhi":
        return sum(v * v for v in influence(state).values())
    if name == "order.norm_diversity":
        return indices.norm_diversity(state)
    if name == "order.recognition":
        return indices.mutual_recognition(state)
    if name == "order.exit_rate":
        window = state.params.indices.exit_rate_window_rounds
        exits = sum(1 for r in state.exit_rounds if state.round - r < window)
        member_rounds = sum(len(b.members) for b in state.bodies) * min(window, state.round)
        return 1000.0 * exits / member_rounds if member_rounds else 0.0
    raise KeyError(f"no such metric: {name}")


def fire(
    state: GameState, spec: EventSpec, log: list[Event], by_instructor: bool = False
) -> GameState:
    log.append(
        EventFired(
            round=state.round,
            id=spec.id,
            title=spec.title,
            briefing=spec.briefing,
            by_instructor=by_instructor,
        )
    )
    state = evolve(state, events_fired=(*state.events_fired, spec.id))
    for effect in spec.effects:
        state = apply_effect(state, effect, log)
    return state


def apply_effect(state: GameState, effect: Effect, log: list[Event]) -> GameState:
    kind = effect.kind
    if effect.institution is not None and not state.has_body(effect.institution):
        return state  # its body has not opened yet (a conditional event, fired early)
    if effect.nation == EVERY_NATION:
        for nation in state.nations:
            state = apply_effect(state, replace(effect, nation=nation.id), log)
        return state
    if kind in ("leave", "join", "seat_passes"):
        return _membership(state, effect, log)
    if kind == "standing":  # the year's news costs or gains a nation standing
        return adjust(
            state, effect.nation or "", log, "news",
            legitimacy=effect.legitimacy, capital=effect.capital,
        )  # fmt: skip
    if kind == "recognition":  # the news moves one nation's recognition of another
        holder = state.nation(effect.nation or "")
        now = holder.recognises(effect.of or "")
        value = min(1.0, max(0.0, now + effect.delta))
        return set_recognition(state, holder.id, effect.of or "", value)
    if kind == "shock":
        body = state.body(effect.institution or "")
        if effect.shift is not None:
            shift = effect.shift
        else:
            generator, state = next_generator(state)
            dx, dy = generator.normal(0.0, state.params.crisis.policy_shock_sd, 2)
            shift = (float(dx), float(dy))
        policy = (
            min(1.0, max(-1.0, body.policy[0] + shift[0])),
            min(1.0, max(-1.0, body.policy[1] + shift[1])),
        )
        valence = effect.valence if effect.valence is not None else state.params.crisis.valence
        return replace_body(state, evolve(body, policy=policy, crisis=valence))
    if kind == "growth_change":
        nation = state.nation(effect.nation or "")
        index = ("economic", "military", "tech_finance", "soft")
        growth = tuple(
            g + effect.delta if effect.component in ("all", index[i]) else g
            for i, g in enumerate(nation.growth)
        )
        return replace_nation(state, evolve(nation, growth=growth))
    if kind == "movement_surge":
        table = dict(state.movements)
        name = effect.movement or ""
        table[name] = min(1.0, max(0.0, table.get(name, 0.0) + effect.delta))
        return evolve(state, movements=tuple(sorted(table.items())))
    if kind == "doctrine_shift":
        nation = state.nation(effect.nation or "")
        target = tuple(1.0 if d == effect.toward else 0.0 for d in rules.DOCTRINE_NAMES)
        doctrine = tuple(
            (1 - effect.amount) * a + effect.amount * b
            for a, b in zip(nation.doctrine, target, strict=True)
        )
        return replace_nation(state, evolve(nation, doctrine=doctrine))
    if kind == "election":
        generator, state = next_generator(state)
        draw = generator.random()
        cumulative = 0.0
        for outcome_spec in effect.outcomes:
            cumulative += outcome_spec.probability
            if draw < cumulative or outcome_spec is effect.outcomes[-1]:
                nation = state.nation(effect.nation or "")
                if outcome_spec.doctrine is not None:
                    nation = evolve(nation, doctrine=outcome_spec.doctrine)
                if outcome_spec.ideal is not None:
                    nation = evolve(nation, ideal=outcome_spec.ideal)
                log.append(
                    ElectionResult(round=state.round, nation=nation.id, result=outcome_spec.label)
                )
                return replace_nation(state, nation)
        return state
    if kind == "injected_motion" and effect.motion is not None:
        body = state.body(effect.institution or "")
        spec = effect.motion
        if not body.alive or not check_motion(state, body, spec).ok:
            log.append(MotionNotTabled(round=state.round, body=body.id, spec=str(spec)))
            return state
        return new_motion(state, body.id, effect.sponsor, spec, log, scripted=True)
    return state


def _membership(state: GameState, effect: Effect, log: list[Event]) -> GameState:
    """A scripted exit, return or passing of a seat. History as the author wrote it, with
    the costs a chosen exit has; moot (and skipped) if play has made it so already."""
    body = state.body(effect.institution or "")
    nation = effect.nation or ""
    member = nation in body.members
    if effect.kind == "leave":
        return apply_withdraw(state, Withdraw(nation, body.id), log) if member else state
    if effect.kind == "join":
        if member or not body.alive:
            return state
        return apply_join(state, Join(nation, body.id), log)
    heir = effect.to or ""
    if not member or heir == nation:
        return state
    log.append(SeatPassed(round=state.round, body=body.id, nation=nation, to=heir))
    return replace_body(state, pass_seat(body, nation, heir))


def pass_seat(body: BodyState, nation: str, heir: str) -> BodyState:
    """The body with `nation`'s seat held by `heir`: its place, veto, opt-out, founding
    and weight (added to the heir's own if it sat there already)."""

    def passed(ids: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for n in ids:
            taken = heir if n == nation else n
            if taken not in out:
                out.append(taken)
        return tuple(out)

    def reweighted(rule: RuleSpec | None) -> RuleSpec | None:
        if rule is None or not rule.weights:
            return rule
        weights = dict(rule.weights)
        if nation in weights:
            weights[heir] = weights.get(heir, 0.0) + weights.pop(nation)
        return evolve(rule, weights=tuple(weights.items()))

    return evolve(
        body,
        members=passed(body.members),
        vetoes=passed(body.vetoes),
        founders=passed(body.founders),
        national_opt_outs=passed(body.national_opt_outs),
        suspended=passed(body.suspended),
        rule=reweighted(body.rule),
        binding_rule=reweighted(body.binding_rule),
    )
