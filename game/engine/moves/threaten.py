"""Threatening to leave a body unless it reforms."""

from __future__ import annotations

from typing import Any

from ..changes import adjust, mark_done
from ..events import Event, ThreatMade
from ..records import evolve
from ..state import GameState, Threat


def apply_threaten(state: GameState, action: Any, log: list[Event]) -> GameState:
    cost = state.params.capital.threat_cost
    state = adjust(state, action.nation, log, "threat", capital=-cost)
    threat = Threat(action.nation, action.body, action.demand, state.round)
    log.append(
        ThreatMade(round=state.round, nation=action.nation, body=action.body, demand=action.demand)
    )
    return mark_done(evolve(state, threats=(*state.threats, threat)), action.nation)
