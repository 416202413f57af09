"""The engine's public API: who acts, what they may do, checking and applying actions.

A round runs through the phases of core-model.md section 4. Automatic phases (events,
results, consequences) run inside `apply`; the others wait for the great powers:
diplomacy and membership take everyone's moves at once, the agenda one speaker at a
time, the vote and the opt-out sealed and simultaneous.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from . import dynamics, indices, rules, verdict
from .actions import (
    INSTRUCTOR,
    Action,
    Answer,
    Cast,
    Compose,
    EndPhase,
    Found,
    Inject,
    Join,
    MotionSpec,
    Offer,
    OptOut,
    Pass,
    Pause,
    Table,
    Term,
    Threaten,
    Withdraw,
)
from .events import Event, event
from .outcome import Outcome, influence, outcome
from .state import (
    BodyState,
    Effect,
    EventSpec,
    GameState,
    Motion,
    MotionStatus,
    NationState,
    OfferState,
    OfferStatus,
    Phase,
    RuleSpec,
    Threat,
)

AREAS = ("security", "trade", "finance", "human_rights", "climate")
WAITING = (Phase.diplomacy, Phase.agenda, Phase.vote, Phase.opt_out, Phase.membership)


@dataclass(frozen=True)
class Legality:
    """Whether an action may be taken now; if not, a reason code and a sentence a student
    understands."""

    ok: bool
    code: str = "ok"
    message: str = ""


OK = Legality(True)


class IllegalAction(ValueError):
    def __init__(self, legality: Legality) -> None:
        self.legality = legality
        super().__init__(f"{legality.code}: {legality.message}")


def _no(code: str, message: str) -> Legality:
    return Legality(False, code, message)


# ---------------------------------------------------------------- randomness


def _draw(state: GameState) -> tuple[np.random.Generator, GameState]:
    """A generator for the state's next draw, and the state with its counter moved on.
    Counter-based: the stream of draw n is fixed by the seed and n alone, so the state
    carries two numbers, not a serialised generator, and any state can be replayed from."""
    stream = np.random.SeedSequence(state.seed, spawn_key=(state.draws,))
    return np.random.Generator(np.random.PCG64(stream)), replace(state, draws=state.draws + 1)


def reseed(state: GameState, seed: int) -> GameState:
    """The state with a generator drawn afresh from the seed: a replay that branches
    from it meets chance of its own (the debrief's turning point)."""
    return replace(state, seed=seed, draws=0)


# ---------------------------------------------------------------- small helpers


def _replace_nation(state: GameState, nation: NationState) -> GameState:
    return replace(state, nations=tuple(nation if n.id == nation.id else n for n in state.nations))


def _replace_body(state: GameState, body: BodyState) -> GameState:
    if not state.has_body(body.id):
        return replace(state, bodies=(*state.bodies, body))
    return replace(state, bodies=tuple(body if b.id == body.id else b for b in state.bodies))


def _replace_motion(state: GameState, motion: Motion) -> GameState:
    return replace(state, motions=tuple(motion if m.id == motion.id else m for m in state.motions))


def _adjust(
    state: GameState,
    nation_id: str,
    log: list[Event],
    because: str,
    audience: tuple[str, ...] | None = None,
    **changes: float,
) -> GameState:
    """Add to a nation's legitimacy or capital, keeping legitimacy in [0, 1]. The change as
    applied goes to the log with its cause, so the year in review can explain each number
    term by term; a private cause (a deal's payment) is logged only to those who know it."""
    nation = state.nation(nation_id)
    updates: dict[str, Any] = {}
    applied: dict[str, float] = {}
    for name, delta in changes.items():
        old = getattr(nation, name)
        value = old + delta
        updates[name] = min(1.0, max(0.0, value)) if name == "legitimacy" else max(0.0, value)
        if updates[name] != old:
            applied[name] = updates[name] - old
    if applied:
        log.append(
            event(
                "standing_changed",
                state.round,
                audience,
                nation=nation_id,
                because=because,
                **applied,
            )
        )
    return _replace_nation(state, replace(nation, **updates))


def _set_recognition(state: GameState, holder: str, other: str, value: float) -> GameState:
    nation = state.nation(holder)
    table = dict(nation.recognition)
    table[other] = min(1.0, max(0.0, value))
    return _replace_nation(state, replace(nation, recognition=tuple(sorted(table.items()))))


def _sides(offer: OfferState) -> list[tuple[Term, str, str]]:
    """Each promised term of an offer with who gives it and who receives it."""
    sides = [(offer.give, offer.sender, offer.receiver)]
    if offer.ask is not None:
        sides.append((offer.ask, offer.receiver, offer.sender))
    return sides


def round_motions(state: GameState) -> list[Motion]:
    """This round's motions: the newest ones, so the search stops at the first older one."""
    found = []
    for motion in reversed(state.motions):
        if motion.round != state.round:
            break
        found.append(motion)
    found.reverse()
    return found


def must_vote(state: GameState, nation: str) -> list[Motion]:
    return [
        m
        for m in round_motions(state)
        if m.status is MotionStatus.tabled and nation in rules.voters(state.body(m.body))
    ]


def has_cast(state: GameState, nation: str, motion: int) -> bool:
    """Whether the nation has voted on the motion (in a view, maybe unseen how)."""
    return (motion, nation) in state.sealed or any(
        n == nation and m == motion for m, n, _ in state.ballots
    )


def may_opt_out(state: GameState, nation: str) -> list[Motion]:
    found = []
    for motion in round_motions(state):
        body = state.body(motion.body)
        eligible = body.opt_out > 0 or nation in body.national_opt_outs
        if (
            motion.status is MotionStatus.adopted
            and eligible
            and nation in body.members
            and nation not in motion.opted_out
        ):
            found.append(motion)
    return found


# ---------------------------------------------------------------- who acts


def current_players(state: GameState) -> tuple[str, ...]:
    """The nations whose move the game waits for (several at once in sealed phases)."""
    # Asked several times of the same state (by the caller, the policy and `check`):
    # the last answer is kept with the state it was computed for, as one tuple, so a
    # reader in another thread sees a matching pair.
    global _last_players
    last = _last_players
    if last[0] is state:
        return last[1]
    players = PHASES[state.phase].waits_for(state)
    _last_players = (state, players)
    return players


_last_players: tuple[GameState | None, tuple[str, ...]] = (None, ())


def _nobody(state: GameState) -> tuple[str, ...]:
    return ()


def _every_great_power(state: GameState) -> tuple[str, ...]:
    return tuple(g for g in state.great_powers() if g not in state.acted)


def _next_speaker(state: GameState) -> tuple[str, ...]:
    waiting = [n for n in state.speaker_order if n not in state.acted]
    return tuple(waiting[:1])


def _voters(state: GameState) -> tuple[str, ...]:
    return tuple(g for g in _every_great_power(state) if must_vote(state, g))


def _opt_out_holders(state: GameState) -> tuple[str, ...]:
    return tuple(g for g in _every_great_power(state) if may_opt_out(state, g))


# ---------------------------------------------------------------- checking


def check(state: GameState, action: Action) -> Legality:
    """Whether the action is legal now, and if not, why."""
    if state.phase is Phase.over:
        return _no("game_over", "The game is over.")
    if action.nation == INSTRUCTOR:
        if isinstance(action, Inject) and not any(e.id == action.event for e in state.events):
            return _no("unknown_event", f"There is no event '{action.event}' in this scenario.")
        if isinstance(action, Compose):
            return _composable(state, action)
        if not isinstance(action, Inject | EndPhase | Pause):
            return _no(
                "not_instructor_action",
                "The instructor can inject or compose an event, end the phase or pause.",
            )
        return OK
    if isinstance(action, Inject | Compose | EndPhase | Pause):
        return _no("instructor_only", "Only the instructor can do that.")
    if not state.has_nation(action.nation):
        return _no("unknown_nation", f"There is no nation '{action.nation}'.")
    if action.nation not in current_players(state):
        return _no(
            "not_your_turn",
            f"{state.nation(action.nation).name} has nothing to do now ({state.phase.value}).",
        )
    checker = _CHECKS.get((state.phase, type(action)))
    if checker is None:
        return _no("wrong_phase", f"That cannot be done in the {state.phase.value} phase.")
    legality: Legality = checker(state, action)
    return legality


def _check_pass(state: GameState, action: Action) -> Legality:
    return OK


def _check_term(state: GameState, sender: str, receiver: str, term: Term) -> Legality:
    if term.kind in ("pledge", "guarantee"):
        if term.body is None or not state.has_body(term.body):
            return _no("unknown_body", f"There is no institution '{term.body}'.")
        if sender not in state.body(term.body).members:
            return _no(
                "not_member",
                f"{state.nation(sender).name} is not a member of {state.body(term.body).name}.",
            )
    if term.kind == "transfer":
        amount = term.amount or 0.0
        if not 0 < amount <= state.nation(sender).capital:
            return _no(
                "not_enough_capital",
                f"{state.nation(sender).name} cannot transfer {amount:g} capital.",
            )
    return OK


def _check_offer(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Offer)
    if not state.has_nation(action.to) or not state.nation(action.to).great:
        return _no("bad_partner", "Offers go to another great power.")
    if action.to == action.nation:
        return _no("bad_partner", "A nation cannot make an offer to itself.")
    legality = _check_term(state, action.nation, action.to, action.give)
    if legality.ok and action.ask is not None:
        legality = _check_term(state, action.to, action.nation, action.ask)
    return legality


def _check_answer(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Answer)
    offer = next((o for o in state.offers if o.id == action.offer), None)
    if offer is None or offer.receiver != action.nation:
        return _no(
            "unknown_offer",
            f"There is no offer o{action.offer} to {state.nation(action.nation).name}.",
        )
    if offer.status is not OfferStatus.open:
        return _no("offer_closed", f"Offer o{action.offer} is {offer.status.value}.")
    if action.accept:
        for side, giver, taker in _sides(offer):
            legality = _check_term(state, giver, taker, side)
            if not legality.ok:
                return legality
    return OK


def _check_motion(state: GameState, body: BodyState, spec: MotionSpec) -> Legality:
    if spec.kind in ("policy",) and not (-1 <= spec.x <= 1 and -1 <= spec.y <= 1):
        return _no("out_of_range", "A policy point has x and y between -1 and 1.")
    if spec.kind == "mandate" and not (
        -1 <= spec.x <= 1 and -1 <= spec.y <= 1 and (spec.x or spec.y)
    ):
        return _no("out_of_range", "A mandate motion changes breadth or intrusiveness by -1 to 1.")
    if spec.kind in ("opt_out", "linkage") and not 0 <= spec.value <= 1:
        return _no("out_of_range", "The value must be between 0 and 1.")
    if spec.kind in ("add_veto", "remove_veto", "admit", "suspend", "sanction") or spec.nation:
        if spec.nation is None or not state.has_nation(spec.nation):
            return _no("unknown_nation", f"There is no nation '{spec.nation}'.")
        member = spec.nation in body.members
        if spec.kind == "admit" and member:
            return _no("already_member", f"{state.nation(spec.nation).name} is already a member.")
        if spec.kind == "admit" and spec.nation in body.invited:
            return _no(
                "already_invited",
                f"{state.nation(spec.nation).name} is already invited: it takes its seat by"
                " joining.",
            )
        if spec.kind in ("add_veto", "remove_veto", "suspend", "opt_out") and not member:
            return _no(
                "not_member", f"{state.nation(spec.nation).name} is not a member of {body.name}."
            )
        if spec.kind == "add_veto" and spec.nation in body.vetoes:
            return _no("already_veto", f"{state.nation(spec.nation).name} already holds a veto.")
        if spec.kind == "remove_veto" and spec.nation not in body.vetoes:
            return _no("no_veto", f"{state.nation(spec.nation).name} holds no veto.")
        if spec.kind == "suspend" and spec.nation in body.suspended:
            return _no("no_change", f"{state.nation(spec.nation).name} is already suspended.")
        if spec.kind == "opt_out" and spec.nation in body.national_opt_outs:
            return _no(
                "no_change", f"{state.nation(spec.nation).name} already has its own opt-out."
            )
    elif spec.kind == "opt_out" and math.isclose(spec.value, body.opt_out):
        return _no("no_change", f"{body.name}'s opt-out is already {body.opt_out:g}.")
    if spec.kind == "linkage" and math.isclose(spec.value, body.linkage):
        return _no("no_change", f"{body.name}'s linkage is already {body.linkage:g}.")
    return OK


def _check_table(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Table)
    if not state.has_body(action.body):
        return _no("unknown_body", f"There is no institution '{action.body}'.")
    body = state.body(action.body)
    if action.nation not in rules.voters(body):
        return _no("not_member", f"Only voting members table motions in {body.name}.")
    if not body.alive:
        return _no("body_dead", f"{body.name} is dead: it takes no motions.")
    if state.nation(action.nation).capital < state.param("capital.motion_cost"):
        return _no("not_enough_capital", "Tabling a motion costs capital you do not have.")
    twin = next(
        (
            m
            for m in round_motions(state)
            if m.body == body.id and m.spec == action.motion and m.status is MotionStatus.tabled
        ),
        None,
    )
    if twin is not None:
        return _no(
            "already_tabled",
            f"The same motion is already before {body.name} this round (m{twin.id}); vote on it.",
        )
    return _check_motion(state, body, action.motion)


def _check_found(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Found)
    if action.area not in AREAS:
        return _no("unknown_area", f"'{action.area}' is not an issue area: {', '.join(AREAS)}.")
    unknown = [c for c in action.cofounders if not state.has_nation(c) or c == action.nation]
    if unknown:
        return _no("bad_cofounder", f"Co-founders must be other nations: {', '.join(unknown)}.")
    if len(set(action.cofounders)) < 2:
        return _no("too_few_cofounders", "A new body needs at least two co-founders.")
    if state.nation(action.nation).capital < state.param("capital.found_cost"):
        return _no("not_enough_capital", "Founding a body costs capital you do not have.")
    return OK


def _check_threaten(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Threaten)
    if not state.has_body(action.body) or action.nation not in state.body(action.body).members:
        return _no("not_member", "You can only threaten to leave a body you belong to.")
    gap = state.param("threat.gap_rounds")
    recent = [t for t in state.threats if t.nation == action.nation and state.round - t.round < gap]
    if recent:
        return _no("too_soon", f"A nation may threaten once every {gap} rounds.")
    if state.nation(action.nation).capital < state.param("capital.threat_cost"):
        return _no("not_enough_capital", "A threat costs capital you do not have.")
    body = state.body(action.body)
    if action.demand == "veto" and action.nation in body.vetoes:
        return _no("already_veto", "You already hold a veto there.")
    if action.demand == "reweight" and body.rule.kind != "weighted":
        return _no("not_weighted", f"{body.name} does not weigh votes.")
    return OK


def _check_cast(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Cast)
    if action.motion not in {m.id for m in must_vote(state, action.nation)}:
        return _no(
            "no_such_ballot",
            f"{state.nation(action.nation).name} has no ballot on m{action.motion}.",
        )
    if has_cast(state, action.nation, action.motion):
        return _no("already_voted", f"A ballot on m{action.motion} is already cast.")
    return OK


def _check_opt_out(state: GameState, action: Action) -> Legality:
    assert isinstance(action, OptOut)
    if action.motion not in {m.id for m in may_opt_out(state, action.nation)}:
        return _no("no_opt_out", f"There is no opt-out from m{action.motion} for this nation.")
    return OK


def _check_withdraw(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Withdraw)
    if not state.has_body(action.body) or action.nation not in state.body(action.body).members:
        return _no("not_member", "You can only withdraw from a body you belong to.")
    return OK


def _check_join(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Join)
    if not state.has_body(action.body):
        return _no("unknown_body", f"There is no institution '{action.body}'.")
    body = state.body(action.body)
    if action.nation in body.members:
        return _no("already_member", f"Already a member of {body.name}.")
    setting_up = body.founded_round == state.round and action.nation in body.invited
    if not body.alive and not setting_up:
        return _no("body_dead", f"{body.name} is dead.")
    left = body.left_in(action.nation)
    if action.nation in body.invited:
        return OK
    if left is None:
        return _no("not_invited", f"{body.name} must admit you by a motion first.")
    if state.round - left < body.reentry_wait:
        wait = body.reentry_wait - (state.round - left)
        return _no(
            "reentry_wait", f"You left {body.name} in round {left}; wait {wait} more round(s)."
        )
    return OK


_CHECKS: dict[tuple[Phase, type], Any] = {
    (Phase.diplomacy, Pass): _check_pass,
    (Phase.diplomacy, Offer): _check_offer,
    (Phase.diplomacy, Answer): _check_answer,
    (Phase.agenda, Pass): _check_pass,
    (Phase.agenda, Table): _check_table,
    (Phase.agenda, Found): _check_found,
    (Phase.agenda, Threaten): _check_threaten,
    (Phase.vote, Cast): _check_cast,
    (Phase.opt_out, Pass): _check_pass,
    (Phase.opt_out, OptOut): _check_opt_out,
    (Phase.membership, Pass): _check_pass,
    (Phase.membership, Withdraw): _check_withdraw,
    (Phase.membership, Join): _check_join,
}


# ---------------------------------------------------------------- legal actions


def legal_actions(state: GameState, nation: str) -> list[Action]:
    """The actions the nation may take now, from the menus (continuous values are
    offered at a few useful points; `check` accepts any value in range)."""
    if nation not in current_players(state):
        return []
    candidates: list[Action] = []
    me = state.nation(nation)
    if state.phase is Phase.diplomacy:
        candidates.append(Pass(nation))
        for offer in state.offers:
            if offer.receiver == nation and offer.status is OfferStatus.open:
                candidates += [Answer(nation, offer.id, True), Answer(nation, offer.id, False)]
        for other in state.great_powers():
            if other == nation:
                continue
            candidates.append(Offer(nation, other, Term("recognise")))
            if me.capital >= 1:
                candidates.append(Offer(nation, other, Term("transfer", amount=1.0)))
            for body in state.bodies:
                if nation in body.members and other in body.members:
                    candidates.append(
                        Offer(
                            nation,
                            other,
                            Term("pledge", body=body.id),
                            Term("pledge", body=body.id),
                        )
                    )
    elif state.phase is Phase.agenda:
        candidates.append(Pass(nation))
        for body in state.bodies:
            if nation not in rules.voters(body) or not body.alive:
                continue
            for spec in motion_menu(state, body, me):
                candidates.append(Table(nation, body.id, spec))
            for demand in ("veto", "opt_out", "mandate_cut", "reweight"):
                candidates.append(Threaten(nation, body.id, demand))
        others = [n.id for n in state.nations if n.id != nation]
        for area in AREAS:
            candidates.append(Found(nation, area, tuple(others[:2])))
    elif state.phase is Phase.vote:
        for motion in must_vote(state, nation):
            if not has_cast(state, nation, motion.id):
                candidates += [Cast(nation, motion.id, v) for v in ("yes", "no", "abstain")]
    elif state.phase is Phase.opt_out:
        candidates.append(Pass(nation))
        candidates += [OptOut(nation, m.id) for m in may_opt_out(state, nation)]
    elif state.phase is Phase.membership:
        candidates.append(Pass(nation))
        for body in state.bodies:
            candidates += [Withdraw(nation, body.id), Join(nation, body.id)]
    return [a for a in candidates if check(state, a).ok]


def draft_targets(state: GameState, body: BodyState, me: NationState) -> list[tuple[float, float]]:
    """The points a drafter moves the body's policy toward (`agenda.candidates.targets`):
    its own ideal point, the members' power-weighted mean, the veto holders' mean."""
    points = []
    for target in state.param("agenda.candidates.targets"):
        if target == "own_ideal":
            points.append(me.ideal)
        elif target == "member_power_mean":
            weights = [(rules.power_share(state, state.nation(m)), m) for m in body.members]
            total = sum(w for w, _ in weights)
            if total > 0:
                points.append(
                    (
                        sum(w * state.nation(m).ideal[0] for w, m in weights) / total,
                        sum(w * state.nation(m).ideal[1] for w, m in weights) / total,
                    )
                )
        elif target == "veto_holder_mean" and body.vetoes:
            ideals = [state.nation(v).ideal for v in body.vetoes]
            points.append(
                (sum(p[0] for p in ideals) / len(ideals), sum(p[1] for p in ideals) / len(ideals))
            )
    return points


def motion_menu(state: GameState, body: BodyState, me: NationState) -> list[MotionSpec]:
    """The motions a great power may draft in the body, from menus: the policy moved a
    share (`agenda.candidates.steps`) of the way to each draft target, the mandate by a
    step, rule reforms, membership, linkage and sanctions."""
    x, y = body.policy
    points = dict.fromkeys(
        (round(x + f * (tx - x), 3), round(y + f * (ty - y), 3))
        for tx, ty in draft_targets(state, body, me)
        for f in state.param("agenda.candidates.steps")
    )
    specs = [MotionSpec("policy", x=px, y=py) for px, py in points if (px, py) != (x, y)]
    step = state.param("agenda.candidates.mandate_step")
    specs += [
        MotionSpec("mandate", x=step),
        MotionSpec("mandate", x=-step),
        MotionSpec("mandate", y=-step),
    ]
    specs += [
        MotionSpec("add_veto", nation=me.id),
        MotionSpec("opt_out", value=min(1.0, body.opt_out + 0.5)),
    ]
    specs += [
        MotionSpec("opt_out", value=1.0, nation=me.id),
        MotionSpec("linkage", value=min(1.0, body.linkage + 0.2)),
    ]
    for other in state.great_powers():
        if other in body.members and other in body.vetoes and other != me.id:
            specs.append(MotionSpec("remove_veto", nation=other))
        if other not in body.members:
            specs.append(MotionSpec("admit", nation=other))
        elif other != me.id:
            specs += [MotionSpec("suspend", nation=other), MotionSpec("sanction", nation=other)]
    return specs


# ---------------------------------------------------------------- applying


def apply(state: GameState, action: Action) -> tuple[GameState, tuple[Event, ...]]:
    """The state after the action, and the events it caused (including the automatic
    phases it set off). Raises IllegalAction with the reason if the action is illegal."""
    legality = check(state, action)
    if not legality.ok:
        raise IllegalAction(legality)
    log: list[Event] = []
    state = _APPLY[type(action)](state, action, log)
    state = _advance(state, log)
    return state, tuple(log)


def start(state: GameState) -> tuple[GameState, tuple[Event, ...]]:
    """Run the automatic start of round 1 on a freshly compiled state."""
    log: list[Event] = []
    state = _enter(state, Phase.events, log)
    return _advance(state, log), tuple(log)


def _done(state: GameState, nation: str) -> GameState:
    return replace(state, acted=(*state.acted, nation))


def _apply_pass(state: GameState, action: Any, log: list[Event]) -> GameState:
    return _done(state, action.nation)


def _apply_offer(state: GameState, action: Any, log: list[Event]) -> GameState:
    offer = OfferState(
        state.next_offer, action.nation, action.to, action.give, action.ask, state.round
    )
    log.append(
        event(
            "offer_made", state.round, (action.nation, action.to), offer=offer.id, text=str(action)
        )
    )
    return replace(state, offers=(*state.offers, offer), next_offer=state.next_offer + 1)


def _apply_answer(state: GameState, action: Any, log: list[Event]) -> GameState:
    offer = next(o for o in state.offers if o.id == action.offer)
    status = OfferStatus.accepted if action.accept else OfferStatus.rejected
    state = replace(
        state,
        offers=tuple(replace(o, status=status) if o.id == offer.id else o for o in state.offers),
    )
    audience = (offer.sender, offer.receiver)
    log.append(event("offer_" + status.value, state.round, audience, offer=offer.id))
    if action.accept:
        for term, giver, taker in _sides(offer):
            if term.kind == "transfer":
                paid = term.amount or 0
                state = _adjust(state, giver, log, "deal", audience, capital=-paid)
                state = _adjust(state, taker, log, "deal", audience, capital=paid)
            elif term.kind == "recognise":
                state = _set_recognition(
                    state, giver, taker, state.nation(giver).recognises(taker) + 0.1
                )
    return state


def _apply_table(state: GameState, action: Any, log: list[Event]) -> GameState:
    cost = state.param("capital.motion_cost")
    state = _adjust(state, action.nation, log, "motion", capital=-cost)
    state = _new_motion(state, action.body, action.nation, action.motion, log)
    return _done(state, action.nation)


def _new_motion(
    state: GameState,
    body: str,
    sponsor: str | None,
    spec: MotionSpec,
    log: list[Event],
    scripted: bool = False,
) -> GameState:
    """A motion on the agenda; `scripted` when a scenario event tables it in the sponsor's
    name (not the sponsor's own move)."""
    motion = Motion(state.next_id, body, sponsor, spec, state.round)
    fields: dict[str, Any] = {"scripted": True} if scripted else {}
    log.append(
        event(
            "motion_tabled",
            state.round,
            motion=motion.id,
            body=body,
            sponsor=sponsor,
            spec=str(spec),
            **fields,
        )
    )
    return replace(state, motions=(*state.motions, motion), next_id=state.next_id + 1)


def _apply_found(state: GameState, action: Any, log: list[Event]) -> GameState:
    cost = state.param("capital.found_cost")
    state = _adjust(state, action.nation, log, "founding", capital=-cost)
    founder = state.nation(action.nation)
    incumbents = [b for b in state.bodies if b.area == action.area and b.alive]
    model = state.param("rival_founding")
    base = max(incumbents, key=lambda b: b.member_count, default=None)
    minors = [
        c
        for c in action.cofounders
        if not state.nation(c).great
        and rules.cosine(state.nation(c).doctrine, founder.doctrine) >= model["cofounder_cosine"]
    ]
    invited = tuple(c for c in action.cofounders if state.nation(c).great)
    members = (action.nation, *minors)
    weights = tuple(
        (m, max(rules.power_share(state, state.nation(m)), 1e-6)) for m in members + invited
    )
    body_id = f"{action.area}-{action.nation}-{state.round}".lower().replace("_", "-")
    body = BodyState(
        id=body_id,
        name=f"{founder.name}'s {action.area.replace('_', ' ')} body",
        tier="club",
        area=action.area,
        members=members,
        anonymous=(),
        founders=(action.nation, *action.cofounders),
        rule=RuleSpec("weighted", model["quota"], weights),
        binding_rule=None,
        vetoes=(),
        abstention="excluded",
        opt_out=0.0,
        national_opt_outs=(),
        breadth=(base.breadth if base else 0.5) * model["alpha_factor"],
        intrusiveness=(base.intrusiveness if base else 0.5) * model["alpha_factor"],
        benefits=(base.benefits if base else 5.0) * model["benefit_factor"] * 0.5,
        linkage=0.2,
        external=0.1,
        dues=0.0,
        policy=founder.ideal,
        doctrine=founder.doctrine,
        vitality=0.7,
        bureaucracy=0.1,
        reentry_wait=state.param("reentry_wait_rounds"),
        invited=invited,
        founded_round=state.round,
        dead_below=state.param("vitality.dead_below"),
        min_members=state.param("vitality.min_members"),
    )
    log.append(
        event(
            "institution_founded",
            state.round,
            body=body_id,
            founder=action.nation,
            members=members,
            invited=invited,
            area=action.area,
        )
    )
    return _done(_replace_body(state, body), action.nation)


def _apply_threaten(state: GameState, action: Any, log: list[Event]) -> GameState:
    cost = state.param("capital.threat_cost")
    state = _adjust(state, action.nation, log, "threat", capital=-cost)
    threat = Threat(action.nation, action.body, action.demand, state.round)
    log.append(
        event(
            "threat_made", state.round, nation=action.nation, body=action.body, demand=action.demand
        )
    )
    return _done(replace(state, threats=(*state.threats, threat)), action.nation)


def _apply_cast(state: GameState, action: Any, log: list[Event]) -> GameState:
    state = replace(state, ballots=(*state.ballots, (action.motion, action.nation, action.vote)))
    log.append(event("ballot_cast", state.round, motion=action.motion, nation=action.nation))
    if all(has_cast(state, action.nation, m.id) for m in must_vote(state, action.nation)):
        state = _done(state, action.nation)
    return state


def _apply_opt_out(state: GameState, action: Any, log: list[Event]) -> GameState:
    motion = state.motion(action.motion)
    state = _replace_motion(state, replace(motion, opted_out=(*motion.opted_out, action.nation)))
    penalty = state.param("legitimacy.opt_out")
    state = _adjust(state, action.nation, log, "opt_out", legitimacy=penalty)
    log.append(
        event("opted_out", state.round, nation=action.nation, motion=motion.id, body=motion.body)
    )
    if not may_opt_out(state, action.nation):
        state = _done(state, action.nation)
    return state


def _apply_withdraw(state: GameState, action: Any, log: list[Event]) -> GameState:
    body = state.body(action.body)
    share = rules.power_share(state, state.nation(action.nation))
    vitality = state.param("vitality")
    founder = 1.0 if action.nation in body.founders else 0.0
    relief = vitality["leadership_relief"] * dynamics.leadership(state, body, action.nation)
    damage = (
        (vitality["exit_base"] + vitality["exit_power"] * share)
        * (1 + vitality["founder_multiplier"] * founder)
        * (1 - relief)
    )
    how = dynamics.exit_mode(state, body, action.nation)
    if how == "rollback":
        until = state.round + state.param("rollback.rounds") - 1
        body = replace(body, undermined_until=max(body.undermined_until, until))
    body = replace(
        body,
        members=tuple(m for m in body.members if m != action.nation),
        vetoes=tuple(v for v in body.vetoes if v != action.nation),
        national_opt_outs=tuple(v for v in body.national_opt_outs if v != action.nation),
        left=(
            *tuple((n, r) for n, r in body.left if n != action.nation),
            (action.nation, state.round),
        ),
        vitality=max(0.0, body.vitality - damage),
    )
    contagion = dict(state.contagion)
    contagion[body.id] = contagion.get(body.id, 0.0) + 1.0
    lost = state.body(body.id).vitality - body.vitality
    if lost:
        log.append(
            event(
                "standing_changed",
                state.round,
                body=body.id,
                because="exit",
                nation=action.nation,
                vitality=-lost,
            )
        )
    state = replace(
        _replace_body(state, body),
        exit_rounds=(*state.exit_rounds, state.round),
        great_exits=(
            (*state.great_exits, (state.round, action.nation, action.body))
            if state.nation(action.nation).great
            else state.great_exits
        ),
        contagion=tuple(sorted(contagion.items())),
    )
    state = _adjust(state, action.nation, log, "exit", legitimacy=state.param("legitimacy.exit"))
    log.append(
        event(
            "nation_withdrew",
            state.round,
            nation=action.nation,
            body=body.id,
            vitality=round(body.vitality, 4),
            mode=how,
        )
    )
    return state


def _apply_join(state: GameState, action: Any, log: list[Event]) -> GameState:
    body = state.body(action.body)
    body = replace(
        body,
        members=(*body.members, action.nation),
        invited=tuple(i for i in body.invited if i != action.nation),
        left=tuple((n, r) for n, r in body.left if n != action.nation),
    )
    log.append(event("nation_joined", state.round, nation=action.nation, body=body.id))
    return _replace_body(state, body)


def _apply_inject(state: GameState, action: Any, log: list[Event]) -> GameState:
    spec = next(e for e in state.events if e.id == action.event)
    return _fire(state, spec, log, by_instructor=True)


# What a composed event may be: its target's kind, and the amount's bounds.
COMPOSE_LIMITS = {"shock": ("body", 0.0, 1.0), "growth": ("nation", -0.1, 0.1),
                  "surge": ("movement", -1.0, 1.0)}  # fmt: skip


def _composable(state: GameState, action: Any) -> Legality:
    what, low, high = COMPOSE_LIMITS[action.kind]
    known = {
        "body": state.has_body(action.target),
        "nation": state.has_nation(action.target),
        "movement": any(m.id == action.target for m in state.movement_specs),
    }[what]
    if not known:
        return _no("unknown_target", f"There is no {what} '{action.target}' to {action.kind}.")
    if not low <= action.amount <= high or action.amount == 0:
        return _no(
            "bad_amount", f"A {action.kind} takes an amount from {low:g} to {high:g}, not 0."
        )
    return OK


def _apply_compose(state: GameState, action: Any, log: list[Event]) -> GameState:
    """An event of the instructor's making, told as news like the scenario's own."""
    kind, target, amount = action.kind, action.target, action.amount
    if kind == "shock":
        effect = Effect("shock", institution=target, valence=amount)
        title = f"A crisis shakes {state.body(target).name} (severity {amount:g})"
    elif kind == "growth":
        effect = Effect("growth_change", nation=target, delta=amount)
        trend = "booms" if amount > 0 else "slumps"
        title = f"{state.nation(target).name}'s economy {trend} (growth {amount:+g} a year)"
    else:
        effect = Effect("movement_surge", movement=target, delta=amount)
        trend = "surges" if amount > 0 else "fades"
        title = f"The {target.replace('_', ' ')} movement {trend} ({amount:+g})"
    log.append(
        event("event_fired", state.round, id="", title=title, briefing="", by_instructor=True)
    )
    return _effect(state, effect, log)


def _apply_end_phase(state: GameState, action: Any, log: list[Event]) -> GameState:
    log.append(event("phase_ended_by_instructor", state.round, phase=state.phase.value))
    if state.phase is Phase.vote:
        for nation in current_players(state):
            for motion in must_vote(state, nation):
                if not has_cast(state, nation, motion.id):
                    state = replace(state, ballots=(*state.ballots, (motion.id, nation, "abstain")))
    return replace(state, acted=(*state.acted, *current_players(state), *state.speaker_order))


def _apply_pause(state: GameState, action: Any, log: list[Event]) -> GameState:
    log.append(event("resumed" if action.resume else "paused", state.round))
    return replace(state, paused=not action.resume)


_APPLY: dict[type, Any] = {
    Pass: _apply_pass,
    Offer: _apply_offer,
    Answer: _apply_answer,
    Table: _apply_table,
    Found: _apply_found,
    Threaten: _apply_threaten,
    Cast: _apply_cast,
    OptOut: _apply_opt_out,
    Withdraw: _apply_withdraw,
    Join: _apply_join,
    Inject: _apply_inject,
    Compose: _apply_compose,
    EndPhase: _apply_end_phase,
    Pause: _apply_pause,
}


# ---------------------------------------------------------------- phases


Step = Callable[[GameState, list[Event]], GameState]


@dataclass(frozen=True)
class PhaseRule:
    """One phase of the round: whom it waits for (nobody in automatic phases), what runs
    when it starts and when it ends, and the phase after it (none: the round ends)."""

    waits_for: Callable[[GameState], tuple[str, ...]]
    next: Phase | None
    on_enter: Step | None = None
    on_exit: Step | None = None


def _advance(state: GameState, log: list[Event]) -> GameState:
    """Move on while the current phase has nobody left to wait for."""
    while state.phase is not Phase.over and not current_players(state):
        rule = PHASES[state.phase]
        if rule.on_exit is not None:
            state = rule.on_exit(state, log)
        state = _end_round(state, log) if rule.next is None else _enter(state, rule.next, log)
    return state


def _enter(state: GameState, phase: Phase, log: list[Event]) -> GameState:
    state = replace(state, phase=phase, acted=())
    log.append(event("phase_started", state.round, phase=phase.value))
    on_enter = PHASES[phase].on_enter
    return on_enter(state, log) if on_enter is not None else state


def _lapse_offers(state: GameState, log: list[Event]) -> GameState:
    offers = []
    for offer in state.offers:
        if offer.status is OfferStatus.open:
            offer = replace(offer, status=OfferStatus.lapsed)
            log.append(
                event("offer_lapsed", state.round, (offer.sender, offer.receiver), offer=offer.id)
            )
        offers.append(offer)
    return replace(state, offers=tuple(offers))


def _start_agenda(state: GameState, log: list[Event]) -> GameState:
    great = list(state.great_powers())
    if state.param("agenda.speaker_order") == "rotating":
        shift = (state.round - 1) % max(len(great), 1)
        great = great[shift:] + great[:shift]
    elif state.param("agenda.speaker_order") == "power":
        great.sort(key=lambda g: -rules.power_share(state, state.nation(g)))
    return replace(state, speaker_order=tuple(great))


# ---------------------------------------------------------------- automatic phases


def _run_events(state: GameState, log: list[Event]) -> GameState:
    generator, state = _draw(state)
    power = state.param("power")
    mean = power["growth_mean"]
    if mean is None:
        shares = [rules.power_share(state, n) for n in state.nations]
        mean = sum(s * sum(n.growth) / 4 for s, n in zip(shares, state.nations, strict=True))
    nations = []
    for nation in state.nations:
        noise = generator.normal(0.0, power["growth_noise_sd"], 4)
        grown = tuple(
            max(0.0, float(x * (1 + g + e)))
            for x, g, e in zip(nation.power, nation.growth, noise, strict=True)
        )
        converged = tuple(mean + power["growth_convergence"] * (g - mean) for g in nation.growth)
        nations.append(replace(nation, power=grown, growth=converged))  # type: ignore[arg-type]
    state = replace(state, nations=tuple(nations))
    crisis = state.param("crisis")
    bodies = []
    for body in state.bodies:
        strikes = body.alive and generator.random() < crisis["p_per_body_round"]
        body = replace(body, crisis=body.crisis * crisis["valence_decay"])
        if strikes:
            jump = [float(v) for v in generator.normal(0.0, crisis["policy_shock_sd"], 2)]
            policy = (
                min(1.0, max(-1.0, body.policy[0] + jump[0])),
                min(1.0, max(-1.0, body.policy[1] + jump[1])),
            )
            body = replace(body, policy=policy, crisis=crisis["valence"])
            log.append(
                event(
                    "crisis",
                    state.round,
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
            log.append(event("movement_surged", state.round, movement=movement.id))
        intensities[movement.id] = min(1.0, max(0.0, value))
    state = replace(state, movements=tuple(sorted(intensities.items())))
    state = replace(state, bodies=tuple(bodies))
    for spec in state.events:
        if spec.round == state.round or (spec.when is not None and _condition_holds(state, spec)):
            if spec.when is not None and spec.once and spec.id in state.events_fired:
                continue
            if spec.when is not None and spec.when.chance < 1.0:
                generator, state = _draw(state)
                fires = generator.random() < spec.when.chance
                if not fires:
                    continue
            state = _fire(state, spec, log)
    return state


def _condition_holds(state: GameState, spec: Any) -> bool:
    when = spec.when
    if state.round < when.from_round:
        return False
    value = metric(state, when.metric, when.of)
    if when.above is not None:
        return bool(value > when.above)
    return bool(value < (when.below if when.below is not None else -math.inf))


def metric(state: GameState, name: str, of: str | None) -> float:
    """The value of an event condition's metric."""
    if name.startswith("nation."):
        nation = state.nation(of or "")
        if name == "nation.power_share":
            return rules.power_share(state, nation)
        return float(getattr(nation, name.split(".")[1]))
    if name.startswith("institution."):
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
        window = state.param("indices.exit_rate_window_rounds")
        exits = sum(1 for r in state.exit_rounds if state.round - r < window)
        member_rounds = sum(len(b.members) for b in state.bodies) * min(window, state.round)
        return 1000.0 * exits / member_rounds if member_rounds else 0.0
    raise KeyError(f"no such metric: {name}")


def _fire(
    state: GameState, spec: EventSpec, log: list[Event], by_instructor: bool = False
) -> GameState:
    log.append(
        event(
            "event_fired",
            state.round,
            id=spec.id,
            title=spec.title,
            briefing=spec.briefing,
            by_instructor=by_instructor,
        )
    )
    state = replace(state, events_fired=(*state.events_fired, spec.id))
    for effect in spec.effects:
        state = _effect(state, effect, log)
    return state


def _effect(state: GameState, effect: Effect, log: list[Event]) -> GameState:
    kind = effect.kind
    if kind == "shock":
        body = state.body(effect.institution or "")
        if effect.shift is not None:
            shift = effect.shift
        else:
            generator, state = _draw(state)
            dx, dy = generator.normal(0.0, state.param("crisis.policy_shock_sd"), 2)
            shift = (float(dx), float(dy))
        policy = (
            min(1.0, max(-1.0, body.policy[0] + shift[0])),
            min(1.0, max(-1.0, body.policy[1] + shift[1])),
        )
        valence = effect.valence if effect.valence is not None else state.param("crisis.valence")
        return _replace_body(state, replace(body, policy=policy, crisis=valence))
    if kind == "growth_change":
        nation = state.nation(effect.nation or "")
        index = ("economic", "military", "tech_finance", "soft")
        growth = tuple(
            g + effect.delta if effect.component in ("all", index[i]) else g
            for i, g in enumerate(nation.growth)
        )
        return _replace_nation(state, replace(nation, growth=growth))  # type: ignore[arg-type]
    if kind == "movement_surge":
        table = dict(state.movements)
        name = effect.movement or ""
        table[name] = min(1.0, max(0.0, table.get(name, 0.0) + effect.delta))
        return replace(state, movements=tuple(sorted(table.items())))
    if kind == "doctrine_shift":
        nation = state.nation(effect.nation or "")
        target = tuple(1.0 if d == effect.toward else 0.0 for d in rules.DOCTRINE_NAMES)
        doctrine = tuple(
            (1 - effect.amount) * a + effect.amount * b
            for a, b in zip(nation.doctrine, target, strict=True)
        )
        return _replace_nation(state, replace(nation, doctrine=doctrine))  # type: ignore[arg-type]
    if kind == "election":
        generator, state = _draw(state)
        draw = generator.random()
        cumulative = 0.0
        for outcome_spec in effect.outcomes:
            cumulative += outcome_spec.probability
            if draw < cumulative or outcome_spec is effect.outcomes[-1]:
                nation = state.nation(effect.nation or "")
                if outcome_spec.doctrine is not None:
                    nation = replace(nation, doctrine=outcome_spec.doctrine)
                if outcome_spec.ideal is not None:
                    nation = replace(nation, ideal=outcome_spec.ideal)
                log.append(
                    event(
                        "election_result",
                        state.round,
                        nation=effect.nation,
                        result=outcome_spec.label,
                    )
                )
                return _replace_nation(state, nation)
        return state
    if kind == "injected_motion" and effect.motion is not None:
        body = state.body(effect.institution or "")
        spec = effect.motion
        if not body.alive or not _check_motion(state, body, spec).ok:
            log.append(event("motion_not_tabled", state.round, body=body.id, spec=str(spec)))
            return state
        return _new_motion(state, body.id, effect.sponsor, spec, log, scripted=True)
    return state


def _anonymous_votes(
    state: GameState, body: BodyState, motion: Motion, generator: np.random.Generator
) -> list[str]:
    tau, sd = state.param("vote.tau"), state.param("vote.noise_sd")
    votes: list[str] = []
    for group in body.anonymous:
        value = rules.motion_value(state, body, motion.spec, group.ideal, group.doctrine, None)
        noisy = value + generator.normal(0.0, sd, group.count)
        votes += ["yes" if v > tau else "no" if v < -tau else "abstain" for v in noisy]
    return votes


def _run_results(state: GameState, log: list[Event]) -> GameState:
    generator, state = _draw(state)
    tau, sd = state.param("vote.tau"), state.param("vote.noise_sd")
    for motion in round_motions(state):
        if motion.status is not MotionStatus.tabled:
            continue
        body = state.body(motion.body)
        moot = _check_motion(state, body, motion.spec)
        if not moot.ok:  # an earlier decision this round already did it, or made it void
            state = _replace_motion(state, replace(motion, status=MotionStatus.rejected))
            log.append(
                event(
                    "motion_lapsed",
                    state.round,
                    motion=motion.id,
                    body=body.id,
                    reason=moot.message,
                )
            )
            continue
        ballots = {n: v for m, n, v in state.ballots if m == motion.id}
        for member in rules.voters(body):
            nation = state.nation(member)
            if not nation.great:
                value = rules.motion_value(
                    state, body, motion.spec, nation.ideal, nation.doctrine, member
                )
                noisy = value + generator.normal(0.0, sd)
                obstructs = dynamics.obstructs(state, member, body.id, motion.sponsor)
                ballots[member] = "no" if obstructs else rules.vote_by_rule(noisy, tau)
        anonymous = _anonymous_votes(state, body, motion, generator)
        passes, counts, vetoed = rules.tally(body, ballots, anonymous)  # type: ignore[arg-type]
        status = (
            MotionStatus.adopted
            if passes
            else MotionStatus.vetoed
            if vetoed
            else MotionStatus.rejected
        )
        yes = tuple(g for g in state.great_powers() if ballots.get(g) == "yes")
        motion = replace(motion, status=status, tally=counts, vetoed_by=vetoed, yes_voters=yes)
        state = _replace_motion(state, motion)
        log.append(
            event(
                "ballots_revealed",
                state.round,
                motion=motion.id,
                body=body.id,
                ballots=tuple(sorted(ballots.items())),
                tally=counts,
                result=status.value,
            )
        )
        for vetoer in vetoed:
            majority = counts[0] > counts[1]
            log.append(
                event(
                    "veto_cast",
                    state.round,
                    nation=vetoer,
                    motion=motion.id,
                    against_majority=majority,
                )
            )
            if majority:
                penalty = state.param("legitimacy.veto_vs_majority")
                state = _adjust(state, vetoer, log, "veto_vs_majority", legitimacy=penalty)
        if body.rule.kind == "unanimity" and not passes and counts[0] > counts[1]:
            # In a consensus body every no is a veto: one that blocks what a majority
            # wants costs what a veto against the majority costs (docs/model.md section 3).
            for blocker in (m for m in rules.voters(body) if ballots.get(m) == "no"):
                if blocker in vetoed:
                    continue
                blocked = event(
                    "consensus_blocked", state.round, nation=blocker, motion=motion.id, body=body.id
                )
                log.append(blocked)
                penalty = state.param("legitimacy.veto_vs_majority")
                state = _adjust(state, blocker, log, "veto_vs_majority", legitimacy=penalty)
        if passes:
            state = _adopt(state, motion, ballots, log)
        state = _settle_pledges(state, motion, ballots, log)
    return _resolve_threats(state, log)


def _adopt(
    state: GameState, motion: Motion, ballots: Mapping[str, str], log: list[Event]
) -> GameState:
    before = state.body(motion.body)
    body = rules.adopt(before, motion.spec, state.round)
    state = _replace_motion(_replace_body(state, body), replace(motion, previous=before))
    log.append(
        event("motion_adopted", state.round, motion=motion.id, body=body.id, spec=str(motion.spec))
    )
    yes = [v for v, vote in ballots.items() if vote == "yes"]
    state = _carried_together(state, body.id, motion.sponsor, yes)
    if motion.spec.kind == "sanction" and motion.spec.nation:
        target = motion.spec.nation
        penalty = state.param("legitimacy.sanction")
        state = _adjust(state, target, log, "sanction", legitimacy=penalty)
        for voter, vote in ballots.items():
            if vote == "yes" and voter != target:
                penalty = state.param("recognition.sanction_or_broken_pledge")
                state = _set_recognition(
                    state, target, voter, state.nation(target).recognises(voter) + penalty
                )
    return state


def _carried_together(
    state: GameState, body_id: str, sponsor: str | None, yes: list[str]
) -> GameState:
    """A great power that votes for a decision sponsored by a great power of another
    dominant doctrine comes to recognise the sponsor's model more: it accepted the other's
    initiative as legitimate. Voting with a leader does not make the leader recognise its
    followers (docs/model.md section 7). The body's doctrine drifts toward the decision's
    sponsor and those who carry it."""
    gain = state.param("recognition.gain_per_cross_decision")
    if sponsor is not None and state.has_nation(sponsor) and state.nation(sponsor).great:
        theirs = rules.dominant(state.nation(sponsor).doctrine)
        for a in yes:
            mine = rules.dominant(state.nation(a).doctrine)
            if a != sponsor and state.nation(a).great and mine != theirs:
                r = state.nation(a).recognises(sponsor)
                state = _set_recognition(state, a, sponsor, r + gain * (1 - r))
    body = state.body(body_id)
    doctrine = rules.drifted(state, body.doctrine, sponsor, yes)
    if doctrine is not None:
        state = _replace_body(state, replace(body, doctrine=doctrine))
    return state


def _settle_pledges(
    state: GameState, motion: Motion, ballots: Mapping[str, str], log: list[Event]
) -> GameState:
    """A pledge binds the giver to vote yes on the taker's motion in the pledged body."""
    for offer in state.offers:
        if offer.status is not OfferStatus.accepted or offer.round != state.round:
            continue
        for term, giver, taker in _sides(offer):
            binding = term.kind == "pledge" and term.body == motion.body
            if not binding or motion.sponsor != taker or giver not in ballots:
                continue
            if ballots[giver] == "yes":
                reward = state.param("legitimacy.kept_pledge")
                state = _adjust(state, giver, log, "pledge_kept", legitimacy=reward)
                log.append(
                    event("pledge_kept", state.round, nation=giver, to=taker, motion=motion.id)
                )
            else:
                penalty = state.param("legitimacy.broken_pledge")
                state = _adjust(state, giver, log, "pledge_broken", legitimacy=penalty)
                penalty = state.param("recognition.sanction_or_broken_pledge")
                state = _set_recognition(
                    state, taker, giver, state.nation(taker).recognises(giver) + penalty
                )
                log.append(
                    event("pledge_broken", state.round, nation=giver, to=taker, motion=motion.id)
                )
    return state


def _resolve_threats(state: GameState, log: list[Event]) -> GameState:
    generator, state = _draw(state)
    threats = []
    for threat in state.threats:
        if threat.round != state.round or threat.won is not None:
            threats.append(threat)
            continue
        chance = dynamics.threat_chance(state, threat.nation, threat.demand)
        won = bool(generator.random() < chance)
        if won:
            body = state.body(threat.body)
            state = _replace_body(
                state, dynamics.reformed(state, body, threat.nation, threat.demand)
            )
        log.append(
            event(
                "threat_resolved",
                state.round,
                nation=threat.nation,
                body=threat.body,
                demand=threat.demand,
                won=won,
                chance=round(chance, 4),
            )
        )
        threats.append(replace(threat, won=won))
    return replace(state, threats=tuple(threats))


def _minor_opt_outs(state: GameState, log: list[Event]) -> GameState:
    for motion in round_motions(state):
        if motion.status is not MotionStatus.adopted:
            continue
        body = state.body(motion.body)
        if body.opt_out <= 0:
            continue
        for member in body.members:
            nation = state.nation(member)
            if nation.great:
                continue
            value = rules.adopted_value(state, motion, nation.ideal, nation.doctrine, member)
            if value < -state.param("vote.tau"):
                motion = replace(motion, opted_out=(*motion.opted_out, member))
                penalty = state.param("legitimacy.opt_out")
                state = _adjust(state, member, log, "opt_out", legitimacy=penalty)
                log.append(
                    event("opted_out", state.round, nation=member, motion=motion.id, body=body.id)
                )
        state = _replace_motion(state, motion)
    return state


def _end_round(state: GameState, log: list[Event]) -> GameState:
    """The consequences phase: capital income, legitimacy reverting to rest, guarantees
    settled, failed threats, the end check."""
    generator, state = _draw(state)
    state, leaving = dynamics.consequences(state, generator, log)
    for nation_id, body_id in leaving:
        if nation_id in state.body(body_id).members:
            state = _apply_withdraw(state, Withdraw(nation_id, body_id), log)
    for nation_id, body_id in dynamics.returning(state):
        state = _apply_join(state, Join(nation_id, body_id), log)
    state = dynamics.relax(state, log)
    capital = state.param("capital")
    legitimacy = state.param("legitimacy")
    for nation in state.nations:
        income = capital["income_base"] + capital["income_per_power"] * rules.power_share(
            state, nation
        )
        drift = legitimacy["reversion"] * (legitimacy["rest"] - nation.legitimacy)
        state = _adjust(state, nation.id, log, "income", capital=income)
        state = _adjust(state, nation.id, log, "rest", legitimacy=drift)
    for threat in state.threats:
        if (
            threat.round == state.round
            and threat.won is False
            and threat.nation in state.body(threat.body).members
        ):
            penalty = state.param("threat.failed_legitimacy")
            state = _adjust(state, threat.nation, log, "threat_failed", legitimacy=penalty)
    state = _settle_guarantees(state, log)
    state, found = _judge_order(state, log)
    log.append(event("round_ended", state.round, indices=_index_figures(found)))
    if state.round >= state.rounds:
        log.append(event("game_over", state.round))
        return replace(state, phase=Phase.over, acted=())
    decay = state.param("hazard.contagion_decay")
    contagion = tuple((body, value * decay) for body, value in state.contagion)
    state = replace(state, round=state.round + 1, ballots=(), contagion=contagion)
    return _enter(state, Phase.events, log)


def _index_figures(found: indices.Indices) -> tuple[tuple[str, float], ...]:
    """The round's indices as (name, number) pairs, for the log and the debrief."""
    return tuple(
        (name, float(value))
        for name, value in vars(found).items()
        if isinstance(value, int | float) and not isinstance(value, bool)
    )


def _judge_order(state: GameState, log: list[Event]) -> tuple[GameState, indices.Indices]:
    """The indices and the order verdict of the round (docs/model.md section 9)."""
    found = indices.compute(state)
    assessments = verdict.assess(found, state.param)
    order = verdict.update(
        state.order,
        assessments,
        state.param("verdict.enter_after_rounds"),
        state.param("verdict.release_after_failing_rounds"),
    )
    if (order.shown, order.leaning) != (state.order.shown, state.order.leaning):
        reasons = tuple(r.text for r in order.reasons if r.held) or tuple(
            r.text for r in order.reasons
        )
        log.append(
            event(
                "verdict_changed",
                state.round,
                verdict=order.shown,
                leaning=order.leaning,
                reasons=reasons,
            )
        )
    return replace(state, order=order), found


def _settle_guarantees(state: GameState, log: list[Event]) -> GameState:
    left_now = {(n, b.id) for b in state.bodies for n, r in b.left if r == state.round}
    for offer in state.offers:
        if offer.status is not OfferStatus.accepted or offer.round != state.round:
            continue
        for term, giver, taker in _sides(offer):
            if term.kind == "guarantee" and (giver, term.body) in left_now:
                penalty = state.param("legitimacy.broken_pledge")
                state = _adjust(state, giver, log, "guarantee_broken", legitimacy=penalty)
                log.append(
                    event("pledge_broken", state.round, nation=giver, to=taker, body=term.body)
                )
    return state


# ---------------------------------------------------------------- the phases, as data

PHASES: dict[Phase, PhaseRule] = {
    Phase.events: PhaseRule(_nobody, Phase.diplomacy, on_enter=_run_events),
    Phase.diplomacy: PhaseRule(_every_great_power, Phase.agenda, on_exit=_lapse_offers),
    Phase.agenda: PhaseRule(_next_speaker, Phase.vote, on_enter=_start_agenda),
    Phase.vote: PhaseRule(_voters, Phase.results),
    Phase.results: PhaseRule(_nobody, Phase.opt_out, on_enter=_run_results),
    Phase.opt_out: PhaseRule(_opt_out_holders, Phase.membership, on_enter=_minor_opt_outs),
    Phase.membership: PhaseRule(_every_great_power, Phase.consequences),
    Phase.consequences: PhaseRule(_nobody, None),  # _end_round closes the round
    Phase.over: PhaseRule(_nobody, None),
}


# ---------------------------------------------------------------- the end


def is_terminal(state: GameState) -> bool:
    return state.phase is Phase.over


__all__ = [
    "IllegalAction",
    "Legality",
    "Outcome",
    "apply",
    "check",
    "current_players",
    "is_terminal",
    "legal_actions",
    "outcome",
    "start",
]
