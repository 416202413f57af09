"""Whether an action may be taken now, and if not, the reason in words a student understands."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from . import rules
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
from .changes import offer_sides
from .state import BodyState, GameState, MotionStatus, OfferStatus, Phase
from .turns import current_players, has_cast, may_opt_out, must_vote, round_motions

AREAS = ("security", "trade", "finance", "human_rights", "climate")


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
        for side, giver, taker in offer_sides(offer):
            legality = _check_term(state, giver, taker, side)
            if not legality.ok:
                return legality
    return OK


def check_motion(state: GameState, body: BodyState, spec: MotionSpec) -> Legality:
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
    if state.nation(action.nation).capital < state.params.capital.motion_cost:
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
    return check_motion(state, body, action.motion)


def _check_found(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Found)
    if action.area not in AREAS:
        return _no("unknown_area", f"'{action.area}' is not an issue area: {', '.join(AREAS)}.")
    unknown = [c for c in action.cofounders if not state.has_nation(c) or c == action.nation]
    if unknown:
        return _no("bad_cofounder", f"Co-founders must be other nations: {', '.join(unknown)}.")
    if len(set(action.cofounders)) < 2:
        return _no("too_few_cofounders", "A new body needs at least two co-founders.")
    if state.nation(action.nation).capital < state.params.capital.found_cost:
        return _no("not_enough_capital", "Founding a body costs capital you do not have.")
    return OK


def _check_threaten(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Threaten)
    if not state.has_body(action.body) or action.nation not in state.body(action.body).members:
        return _no("not_member", "You can only threaten to leave a body you belong to.")
    gap = state.params.threat.gap_rounds
    recent = [t for t in state.threats if t.nation == action.nation and state.round - t.round < gap]
    if recent:
        return _no("too_soon", f"A nation may threaten once every {gap} rounds.")
    if state.nation(action.nation).capital < state.params.capital.threat_cost:
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
