"""The baseline policy: a great power played by the model's own utility rule, the one
minor nations use. It needs no randomness and sees only what its nation may see, so
whole games run headlessly and the AI has a floor to beat."""

from __future__ import annotations

from . import dynamics, rules
from .actions import Action, Answer, Cast, MotionSpec, OptOut, Pass, Table, Withdraw
from .api import check, current_players, has_cast, may_opt_out, motion_menu, must_vote
from .state import GameState, MotionStatus, OfferStatus, Phase


def _value(state: GameState, nation: str, body_id: str, spec: MotionSpec) -> float:
    me = state.nation(nation)
    return rules.motion_value(state, state.body(body_id), spec, me.ideal, me.doctrine, nation)


def expected_to_pass(state: GameState, body_id: str, spec: MotionSpec) -> bool:
    """Whether the motion passes if every member votes by the utility rule, noise aside."""
    body = state.body(body_id)
    tau = state.param("vote.tau")
    ballots = {
        m: rules.vote_by_rule(
            rules.motion_value(
                state, body, spec, state.nation(m).ideal, state.nation(m).doctrine, m
            ),
            tau,
        )
        for m in rules.voters(body)
    }
    anonymous = []
    for group in body.anonymous:
        vote = rules.vote_by_rule(
            rules.motion_value(state, body, spec, group.ideal, group.doctrine, None), tau
        )
        anonymous += [vote] * group.count
    passes, _, _ = rules.tally(body, ballots, anonymous)
    return passes


def _best_motion(state: GameState, nation: str) -> Table | None:
    gain_min = state.param("agenda.table_if.own_gain_min")
    best: tuple[float, Table] | None = None
    for body in state.bodies:
        if nation not in rules.voters(body) or not body.alive:
            continue
        for spec in motion_menu(state, body, state.nation(nation)):
            gain = _value(state, nation, body.id, spec)
            if gain < gain_min or (best is not None and gain <= best[0]):
                continue
            action = Table(nation, body.id, spec)
            if check(state, action).ok and expected_to_pass(state, body.id, spec):
                best = (gain, action)
    return best[1] if best else None


def _body_to_leave(state: GameState, nation: str) -> str | None:
    """A body the nation is dissatisfied with, cannot block, and would do better outside
    of, if its doctrine's exit propensity makes leaving more likely than not (the
    baseline decides without dice; docs/model.md section 5)."""
    me = state.nation(nation)
    satisfaction = dict(state.satisfaction)
    for body in state.bodies:
        if nation not in body.members or not body.alive:
            continue
        if satisfaction.get(f"{nation}@{body.id}", 0.0) >= state.param(
            "satisfaction.dissatisfied_below"
        ):
            continue
        if dynamics.mode(state, body, nation) not in ("exit", "rollback"):
            continue
        propensity = rules.doctrine_param(state, me.doctrine, "exit_propensity")
        if body.tier == "apex":
            apex = [
                state.param(f"doctrines.{d}.exit_propensity_apex")
                if state.param(f"doctrines.{d}.exit_propensity_apex") is not None
                else state.param(f"doctrines.{d}.exit_propensity")
                for d in rules.DOCTRINE_NAMES
            ]
            propensity = sum(w * p for w, p in zip(me.doctrine, apex, strict=True))
        if propensity >= 0.5:
            return body.id
    return None


def baseline_action(state: GameState, nation: str) -> Action:
    """The baseline's move for the nation now (it must be one of the current players)."""
    if nation not in current_players(state):
        raise ValueError(f"{nation} has no move in the {state.phase.value} phase")
    tau = state.param("vote.tau")
    if state.phase is Phase.diplomacy:
        for offer in state.offers:
            if offer.receiver == nation and offer.status is OfferStatus.open:
                welcome = offer.ask is None and offer.give.kind in ("transfer", "recognise")
                answer = Answer(nation, offer.id, welcome)
                if check(state, answer).ok:
                    return answer
        return Pass(nation)
    if state.phase is Phase.agenda:
        return _best_motion(state, nation) or Pass(nation)
    if state.phase is Phase.vote:
        for motion in must_vote(state, nation):
            if not has_cast(state, nation, motion.id) and motion.status is MotionStatus.tabled:
                value = _value(state, nation, motion.body, motion.spec)
                return Cast(nation, motion.id, rules.vote_by_rule(value, tau))
    if state.phase is Phase.membership:
        leave = _body_to_leave(state, nation)
        if leave is not None:
            return Withdraw(nation, leave)
    if state.phase is Phase.opt_out:
        for motion in may_opt_out(state, nation):
            me = state.nation(nation)
            if rules.adopted_value(state, motion, me.ideal, me.doctrine, nation) < -tau:
                return OptOut(nation, motion.id)
    return Pass(nation)
