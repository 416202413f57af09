"""The consequences phase of the core model (docs/model.md sections 3-7): payoffs,
satisfaction, contestation modes, minor nations' exits and returns, vitality and
recognition moving toward their rest levels, movements."""

from __future__ import annotations

import math

import numpy as np

from .. import rules
from ..events import Contestation, Event, StandingChanged
from ..records import evolve
from ..state import BodyState, GameState
from .indices import caucus
from .payoffs import payoff as payoff

MODES = ("voice", "subversion", "exit", "rollback")


def outside_option(state: GameState, body: BodyState, nation: str) -> float:
    """O_ik: the best alternative in the area, less privileges forfeited, exposure to the
    body's external effects and the reputation cost of leaving (docs/model.md section 4).
    A caucus within the body (the G7 within the IMF) is no alternative to it."""
    me = state.nation(nation)
    alternatives = [
        payoff(state, other, nation)
        for other in state.bodies
        if other.id != body.id
        and other.area == body.area
        and other.alive
        and nation in other.members
        and not caucus(state, other, body)
    ]
    exposure = body.intrusiveness * body.breadth * rules.distance2(me.ideal, body.policy)
    top = max(rules.power_share(state, n) for n in state.nations)
    mercantilist = me.doctrine[2] * rules.power_share(state, me) / top if top > 0 else 0.0
    alt = (
        max(alternatives, default=0.0)
        + exposure
        + state.params.outside_option.mercantilist_bonus * mercantilist
    )
    forfeit = (
        body.linkage
        * body.benefits
        / max(body.member_count, 1)
        * state.params.outside_option.forfeit_rounds
    )
    return float(
        alt
        - forfeit
        - body.external * exposure
        - state.params.outside_option.rep_cost * me.legitimacy
    )


def mode(state: GameState, body: BodyState, nation: str) -> str:
    """How a dissatisfied member contests the body (Daßler, Heinkelmann-Wild & Kruck 2024)."""
    if rules.inside_option(body, nation) >= state.params.inside_option.voice_at:
        return "voice"
    outside = outside_option(state, body, nation)
    if outside > 0 and body.external < state.params.outside_option.exit_external_below:
        return "exit"
    if outside > 0:
        return "rollback"
    return "subversion"


def exit_mode(state: GameState, body: BodyState, nation: str) -> str:
    """How a withdrawal from the body works: a rollback when the body still binds the
    leaver (external effects too strong to escape) and leaving pays; a plain exit otherwise."""
    binds = body.external >= state.params.outside_option.exit_external_below
    return "rollback" if binds and outside_option(state, body, nation) > 0 else "exit"


SCOPES = {"veto": 0.6, "opt_out": 0.3, "reweight": 0.4}  # mandate_cut: threat.mandate_cut


def threat_chance(state: GameState, nation: str, demand: str) -> float:
    """logistic(c0 + c1 P_i / max P - c2 delta): powerful nations with narrow demands win
    (docs/model.md section 6)."""
    model = state.params.threat
    scope = model.mandate_cut if demand == "mandate_cut" else SCOPES[demand]
    top = max(rules.power_share(state, n) for n in state.nations)
    share = rules.power_share(state, state.nation(nation)) / top if top > 0 else 0.0
    z = model.c0 + model.c1 * share - model.c2 * scope
    return 1 / (1 + math.exp(-z))


def reformed(state: GameState, body: BodyState, nation: str, demand: str) -> BodyState:
    """The body after a won threat: the threatener's veto or opt-out, a narrower mandate,
    or half as much weight again for the threatener's vote."""
    if demand == "veto":
        return evolve(body, vetoes=(*body.vetoes, nation))
    if demand == "opt_out":
        return evolve(body, national_opt_outs=tuple(sorted({*body.national_opt_outs, nation})))
    if demand == "mandate_cut":
        return evolve(body, breadth=max(0.0, body.breadth - state.params.threat.mandate_cut))
    weights = dict(body.rule.weights)
    weights[nation] = weights.get(nation, 0.0) * 1.5
    return evolve(body, rule=evolve(body.rule, weights=tuple(weights.items())))


def median_distance(state: GameState, body: BodyState, nation: str) -> float:
    """Distance of the nation's ideal point to the members' median (the hazard's divergence)."""
    ideals = [state.nation(m).ideal for m in body.members] + [
        g.ideal for g in body.anonymous for _ in range(g.count)
    ]
    xs = sorted(p[0] for p in ideals)
    ys = sorted(p[1] for p in ideals)
    median = (xs[len(xs) // 2], ys[len(ys) // 2])
    return math.dist(state.nation(nation).ideal, median)


def exit_hazard(
    state: GameState, body: BodyState, nation: str, satisfaction: float, outside: float
) -> float:
    """Per-round exit probability of a member in exit or rollback mode (docs/model.md §5)."""
    h = state.params.hazard
    me = state.nation(nation)
    contagion = dict(state.contagion).get(body.id, 0.0)
    costs = dict(state.movement_areas.get(body.area, ()))
    movement = sum(intensity * costs[m] for m, intensity in state.movements if m in costs)
    z = (
        h.a0
        - h.satisfaction * satisfaction
        + h.divergence * median_distance(state, body, nation)
        + h.contagion * contagion
        + h.nationalism * me.nationalism
        + h.exposure * body.intrusiveness * body.breadth * (1 - rules.inside_option(body, nation))
        + h.outside * outside
        - h.loyalty * (1.0 if nation in body.founders else 0.0)
        - h.movement * me.democracy * movement
    )
    return 1 / (1 + math.exp(-z))


def consequences(
    state: GameState, generator: np.random.Generator, log: list[Event]
) -> tuple[GameState, list[tuple[str, str]]]:
    """Satisfaction and contestation for every listed member, minor nations' exits and
    returns, then vitality and recognition relax toward their rest levels."""
    memory = state.params.satisfaction.memory
    below = state.params.satisfaction.dissatisfied_below
    satisfaction = dict(state.satisfaction)
    modes: list[tuple[str, str, str]] = []
    leaving: list[tuple[str, str]] = []
    for body in state.bodies:
        if not body.alive:
            continue
        for member in body.members:
            key = f"{member}@{body.id}"
            s = memory * satisfaction.get(key, 0.0) + (1 - memory) * math.tanh(
                payoff(state, body, member)
            )
            satisfaction[key] = s
            if s >= below:
                continue
            how = mode(state, body, member)
            modes.append((member, body.id, how))
            terms: dict[str, float] = {}
            if how in ("exit", "rollback") and not state.nation(member).great:
                # The hazard's main terms travel with the event, for the debrief and for
                # the test that divergence and contagion outweigh nationalism.
                h = exit_hazard(state, body, member, s, outside_option(state, body, member))
                terms = {
                    "hazard": round(h, 6),
                    "divergence": round(median_distance(state, body, member), 6),
                    "contagion": round(dict(state.contagion).get(body.id, 0.0), 6),
                    "nationalism": state.nation(member).nationalism,
                }
                if generator.random() < h:
                    leaving.append((member, body.id))
            log.append(
                Contestation(
                    round=state.round,
                    seen_by=(member,),
                    nation=member,
                    body=body.id,
                    mode=how,
                    **terms,
                )
            )
    recorded = tuple((state.round, *m) for m in modes)
    subverting = tuple((member, body_id) for member, body_id, how in modes if how == "subversion")
    state = evolve(
        state,
        satisfaction=tuple(sorted(satisfaction.items())),
        modes=(*state.modes, *recorded),
        subverting=subverting,
        bodies=_subverted(state, subverting, log),
    )
    return state, leaving


def _subverted(
    state: GameState, subverting: tuple[tuple[str, str], ...], log: list[Event]
) -> tuple[BodyState, ...]:
    """Members who stay to obstruct drain the body's vitality by their power share."""
    loss: dict[str, float] = {}
    rate = state.params.vitality.subversion
    for member, body_id in subverting:
        share = rules.power_share(state, state.nation(member))
        loss[body_id] = loss.get(body_id, 0.0) + rate * share
    bodies = []
    for body in state.bodies:
        if body.id in loss:
            vitality = max(0.0, body.vitality - loss[body.id])
            _vitality_changed(state, body, vitality, "subversion", log)
            body = evolve(body, vitality=vitality)
        bodies.append(body)
    return tuple(bodies)


def _vitality_changed(
    state: GameState, body: BodyState, vitality: float, because: str, log: list[Event]
) -> None:
    """The change goes to the log with its cause, for the year in review."""
    if vitality != body.vitality:
        log.append(
            StandingChanged(
                round=state.round, body=body.id, because=because, vitality=vitality - body.vitality
            )
        )


def obstructs(state: GameState, nation: str, body_id: str, sponsor: str | None) -> bool:
    """A subverting member votes no on every motion it does not sponsor (docs/model.md §4)."""
    return sponsor != nation and (nation, body_id) in state.subverting


def leadership(state: GameState, body: BodyState, without: str | None = None) -> float:
    """Alternative leadership A_k: the body's own autonomy or the power its (remaining)
    members commit, whichever is larger."""
    shares = rules.power_shares(state)
    committed = sum(shares[m] for m in body.members if m != without)
    return max(body.bureaucracy, min(1.0, committed))


def would_join(state: GameState, body: BodyState, nation: str) -> bool:
    """Whether the nation, outside a live body, gains by being inside it this round."""
    # A body founded this round may still be short of members: its invitees decide now.
    setting_up = body.founded_round == state.round and nation in body.invited
    if (not body.alive and not setting_up) or nation in body.members:
        return False
    return payoff(state, evolve(body, members=(*body.members, nation)), nation) > 0


def returning(state: GameState) -> list[tuple[str, str]]:
    """Minor nations invited by an admission, that left a body and waited long enough, or
    whose doctrine fits a rival body's, and would gain by being inside (docs/model.md
    sections 5 and 6)."""
    fit = state.params.rival_founding.accession_fit
    found = []
    for body in state.bodies:
        if not body.alive and body.founded_round != state.round:
            continue
        waited = {n for n, left in body.left if state.round - left >= body.reentry_wait}
        for nation in state.nations:
            if nation.great or nation.id in body.members:
                continue
            fits = body.founded_round > 0 and rules.cosine(nation.doctrine, body.doctrine) >= fit
            left = body.left_in(nation.id) is not None
            invited = nation.id in body.invited
            if (invited or (left and nation.id in waited) or (fits and not left)) and would_join(
                state, body, nation.id
            ):
                found.append((nation.id, body.id))
    return found


def relax(state: GameState, log: list[Event]) -> GameState:
    """Vitality toward its rest level; recognition toward the doctrine baseline."""
    vitality = state.params.vitality
    window = state.params.indices.decision_window_rounds
    bodies = []
    for body in state.bodies:
        if body.alive:
            acted = (
                body.last_decision_round is not None
                and state.round - body.last_decision_round < window
            )
            rest = (
                vitality.rest_base
                + vitality.rest_leadership * leadership(state, body)
                + vitality.rest_acted * acted
            )
            drain = (
                state.params.rollback.vitality_loss if state.round <= body.undermined_until else 0
            )
            relaxed = body.vitality + vitality.relax_rate * (min(1.0, rest) - body.vitality)
            _vitality_changed(state, body, relaxed, "rest", log)
            drained = max(0.0, relaxed - drain)
            _vitality_changed(state, evolve(body, vitality=relaxed), drained, "rollback", log)
            body = evolve(body, vitality=drained)
        bodies.append(body)
    reversion = state.params.recognition.reversion
    intensity = dict(state.movements)
    nations = []
    for nation in state.nations:
        baseline = rules.doctrine_param(state, nation.doctrine, "recognition_baseline")
        table = tuple([(other, r + reversion * (baseline - r)) for other, r in nation.recognition])
        doctrine = list(nation.doctrine)
        for movement in state.movement_specs:
            pull = movement.doctrine_pull * intensity.get(movement.id, 0.0) * nation.democracy
            doctrine = [
                (1 - pull) * w + (pull if i == movement.doctrine else 0.0)
                for i, w in enumerate(doctrine)
            ]
        w0, w1, w2, w3 = doctrine
        nations.append(evolve(nation, recognition=table, doctrine=(w0, w1, w2, w3)))
    return evolve(state, bodies=tuple(bodies), nations=tuple(nations))
