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
    """Whether an action may be taken now; if not, why, as data: the kind of refusal, the
    sentence that says it and the facts it quotes. The engine builds no sentences:
    game/text/legality.py says it in words a student understands."""

    ok: bool
    code: str = "ok"  # the kind of refusal (not_member, wrong_phase, ...)
    says: str = ""  # which sentence says it (one per way of being refused)
    facts: tuple[tuple[str, Any], ...] = ()  # what the sentence quotes: ids, numbers


OK = Legality(True)


class IllegalAction(ValueError):
    """An action applied that `check` refuses; game/text/legality.py says why in words."""

    def __init__(self, legality: Legality) -> None:
        self.legality = legality
        facts = ", ".join(f"{name}={value}" for name, value in legality.facts)
        super().__init__(f"{legality.code}: {legality.says}" + (f" ({facts})" if facts else ""))


NAME_MAX = 60  # characters in a founded body's name


def _no(code: str, says: str, **facts: Any) -> Legality:
    return Legality(False, code, says, tuple(facts.items()))


def check(state: GameState, action: Action) -> Legality:
    """Whether the action is legal now, and if not, why."""
    if state.phase is Phase.over:
        return _no("game_over", "game_over")
    if action.nation == INSTRUCTOR:
        if isinstance(action, Inject) and not any(e.id == action.event for e in state.events):
            return _no("unknown_event", "no_such_event", id=action.event)
        if isinstance(action, Compose):
            return _composable(state, action)
        if not isinstance(action, Inject | EndPhase | Pause):
            return _no("not_instructor_action", "instructor_moves")
        return OK
    if isinstance(action, Inject | Compose | EndPhase | Pause):
        return _no("instructor_only", "instructor_only")
    if not state.has_nation(action.nation):
        return _no("unknown_nation", "no_such_nation", id=action.nation)
    if action.nation not in current_players(state):
        return _no("not_your_turn", "nothing_to_do", nation=action.nation, phase=state.phase.value)
    checker = _CHECKS.get((state.phase, type(action)))
    if checker is None:
        return _no("wrong_phase", "wrong_phase", phase=state.phase.value)
    legality: Legality = checker(state, action)
    return legality


def _check_pass(state: GameState, action: Action) -> Legality:
    return OK


def _check_term(state: GameState, sender: str, receiver: str, term: Term) -> Legality:
    if term.kind in ("pledge", "guarantee"):
        if term.body is None or not state.has_body(term.body):
            return _no("unknown_body", "no_such_body", id=term.body)
        if sender not in state.body(term.body).members:
            return _no("not_member", "not_a_member", nation=sender, body=term.body)
    if term.kind == "transfer":
        amount = term.amount or 0.0
        if not 0 < amount <= state.nation(sender).capital:
            return _no("not_enough_capital", "cannot_transfer", nation=sender, amount=amount)
    return OK


def _check_offer(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Offer)
    if not state.has_nation(action.to) or not state.nation(action.to).great:
        return _no("bad_partner", "offer_to_great_power")
    if action.to == action.nation:
        return _no("bad_partner", "offer_to_itself")
    legality = _check_term(state, action.nation, action.to, action.give)
    if legality.ok and action.ask is not None:
        legality = _check_term(state, action.to, action.nation, action.ask)
    return legality


def _check_answer(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Answer)
    offer = state.offer(action.offer)
    if offer is None or offer.receiver != action.nation:
        return _no("unknown_offer", "no_such_offer", offer=action.offer, nation=action.nation)
    if offer.status is not OfferStatus.open:
        return _no("offer_closed", "offer_closed", offer=action.offer, status=offer.status.value)
    if action.accept:
        for side, giver, taker in offer_sides(offer):
            legality = _check_term(state, giver, taker, side)
            if not legality.ok:
                return legality
    return OK


def check_motion(state: GameState, body: BodyState, spec: MotionSpec) -> Legality:
    if spec.kind in ("policy",) and not (-1 <= spec.x <= 1 and -1 <= spec.y <= 1):
        return _no("out_of_range", "policy_out_of_range")
    if spec.kind == "mandate" and not (
        -1 <= spec.x <= 1 and -1 <= spec.y <= 1 and (spec.x or spec.y)
    ):
        return _no("out_of_range", "mandate_out_of_range")
    if spec.kind in ("opt_out", "linkage") and not 0 <= spec.value <= 1:
        return _no("out_of_range", "value_out_of_range")
    if spec.kind in ("add_veto", "remove_veto", "admit", "suspend", "sanction") or spec.nation:
        if spec.nation is None or not state.has_nation(spec.nation):
            return _no("unknown_nation", "no_such_nation", id=spec.nation)
        member = spec.nation in body.members
        if spec.kind in ("admit", "suspend") and body.fixed_members:
            return _no("members_fixed", "members_fixed", body=body.id)
        if spec.kind == "admit" and member:
            return _no("already_member", "nation_already_member", nation=spec.nation)
        if spec.kind == "admit" and spec.nation in body.invited:
            return _no("already_invited", "already_invited", nation=spec.nation)
        if spec.kind in ("add_veto", "remove_veto", "suspend", "opt_out") and not member:
            return _no("not_member", "not_a_member", nation=spec.nation, body=body.id)
        if spec.kind == "add_veto" and spec.nation in body.vetoes:
            return _no("already_veto", "nation_holds_veto", nation=spec.nation)
        if spec.kind == "remove_veto" and spec.nation not in body.vetoes:
            return _no("no_veto", "nation_holds_no_veto", nation=spec.nation)
        if spec.kind == "suspend" and spec.nation in body.suspended:
            return _no("no_change", "already_suspended", nation=spec.nation)
        if spec.kind == "opt_out" and spec.nation in body.national_opt_outs:
            return _no("no_change", "own_opt_out", nation=spec.nation)
    elif spec.kind == "opt_out" and math.isclose(spec.value, body.opt_out):
        return _no("no_change", "same_opt_out", body=body.id, value=body.opt_out)
    if spec.kind == "linkage" and math.isclose(spec.value, body.linkage):
        return _no("no_change", "same_linkage", body=body.id, value=body.linkage)
    return OK


def _check_table(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Table)
    if not state.has_body(action.body):
        return _no("unknown_body", "no_such_body", id=action.body)
    body = state.body(action.body)
    if action.nation not in rules.voters(body):
        return _no("not_member", "table_as_voter", body=body.id)
    if not body.alive:
        return _no("body_dead", "dead_takes_no_motions", body=body.id)
    if state.nation(action.nation).capital < state.params.capital.motion_cost:
        return _no("not_enough_capital", "motion_costs_capital")
    twin = next(
        (
            m
            for m in round_motions(state)
            if m.body == body.id and m.spec == action.motion and m.status is MotionStatus.tabled
        ),
        None,
    )
    if twin is not None:
        return _no("already_tabled", "motion_already_tabled", body=body.id, motion=twin.id)
    return check_motion(state, body, action.motion)


def _check_found(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Found)
    if action.area not in AREAS:
        return _no("unknown_area", "no_such_area", area=action.area, areas=AREAS)
    unknown = [c for c in action.cofounders if not state.has_nation(c) or c == action.nation]
    if unknown:
        return _no("bad_cofounder", "bad_cofounders", ids=tuple(unknown))
    if len(set(action.cofounders)) < 2:
        return _no("too_few_cofounders", "too_few_cofounders")
    if action.name is not None:
        if len(action.name) > NAME_MAX:
            return _no("bad_name", "name_too_long", most=NAME_MAX)
        if any(b.name.casefold() == action.name.casefold() for b in state.bodies):
            return _no("name_taken", "name_taken", name=action.name)
    if state.nation(action.nation).capital < state.params.capital.found_cost:
        return _no("not_enough_capital", "founding_costs_capital")
    return OK


def _check_threaten(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Threaten)
    if not state.has_body(action.body) or action.nation not in state.body(action.body).members:
        return _no("not_member", "threaten_as_member")
    gap = state.params.threat.gap_rounds
    recent = [t for t in state.threats if t.nation == action.nation and state.round - t.round < gap]
    if recent:
        return _no("too_soon", "threat_too_soon", rounds=gap)
    if state.nation(action.nation).capital < state.params.capital.threat_cost:
        return _no("not_enough_capital", "threat_costs_capital")
    body = state.body(action.body)
    if action.demand == "veto" and action.nation in body.vetoes:
        return _no("already_veto", "already_holds_veto")
    if action.demand == "reweight" and body.rule.kind != "weighted":
        return _no("not_weighted", "not_weighted", body=body.id)
    return OK


def _check_cast(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Cast)
    if action.motion not in {m.id for m in must_vote(state, action.nation)}:
        return _no("no_such_ballot", "no_ballot", nation=action.nation, motion=action.motion)
    if has_cast(state, action.nation, action.motion):
        return _no("already_voted", "already_voted", motion=action.motion)
    return OK


def _check_opt_out(state: GameState, action: Action) -> Legality:
    assert isinstance(action, OptOut)
    if action.motion not in {m.id for m in may_opt_out(state, action.nation)}:
        return _no("no_opt_out", "no_opt_out", motion=action.motion)
    return OK


def _check_withdraw(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Withdraw)
    if not state.has_body(action.body) or action.nation not in state.body(action.body).members:
        return _no("not_member", "withdraw_as_member")
    return OK


def _check_join(state: GameState, action: Action) -> Legality:
    assert isinstance(action, Join)
    if not state.has_body(action.body):
        return _no("unknown_body", "no_such_body", id=action.body)
    body = state.body(action.body)
    if action.nation in body.members:
        return _no("already_member", "already_member", body=body.id)
    setting_up = body.founded_round == state.round and action.nation in body.invited
    if not body.alive and not setting_up:
        return _no("body_dead", "body_dead", body=body.id)
    left = body.left_in(action.nation)
    if action.nation in body.invited:
        return OK
    if left is None:
        return _no("not_invited", "not_invited", body=body.id)
    if state.round - left < body.reentry_wait:
        wait = body.reentry_wait - (state.round - left)
        return _no("reentry_wait", "reentry_wait", body=body.id, round=left, rounds=wait)
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
        return _no(
            "unknown_target", "no_such_target", what=what, id=action.target, kind=action.kind
        )
    if not low <= action.amount <= high or action.amount == 0:
        return _no("bad_amount", "bad_amount", kind=action.kind, low=low, high=high)
    return OK
