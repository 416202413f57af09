"""Leaving a body: the costs, the contagion, and a rollback exit's damage."""

from __future__ import annotations

from typing import Any

from .. import rules
from ..changes import adjust, replace_body
from ..events import Event, NationWithdrew, StandingChanged
from ..model import dynamics
from ..records import evolve
from ..state import GameState


def apply_withdraw(state: GameState, action: Any, log: list[Event]) -> GameState:
    body = state.body(action.body)
    share = rules.power_share(state, state.nation(action.nation))
    vitality = state.params.vitality
    founder = 1.0 if action.nation in body.founders else 0.0
    relief = vitality.leadership_relief * dynamics.leadership(state, body, action.nation)
    damage = (
        (vitality.exit_base + vitality.exit_power * share)
        * (1 + vitality.founder_multiplier * founder)
        * (1 - relief)
    )
    how = dynamics.exit_mode(state, body, action.nation)
    if how == "rollback":
        until = state.round + state.params.rollback.rounds - 1
        body = evolve(body, undermined_until=max(body.undermined_until, until))
    body = evolve(
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
            StandingChanged(
                round=state.round,
                body=body.id,
                because="exit",
                nation=action.nation,
                vitality=-lost,
            )
        )
    state = evolve(
        replace_body(state, body),
        exit_rounds=(*state.exit_rounds, state.round),
        great_exits=(
            (*state.great_exits, (state.round, action.nation, action.body))
            if state.nation(action.nation).great
            else state.great_exits
        ),
        contagion=tuple(sorted(contagion.items())),
    )
    state = adjust(state, action.nation, log, "exit", legitimacy=state.params.legitimacy.exit)
    log.append(
        NationWithdrew(
            round=state.round,
            nation=action.nation,
            body=body.id,
            vitality=round(body.vitality, 4),
            mode=how,
        )
    )
    return state
