"""Joining or rejoining a body."""

from __future__ import annotations

from typing import Any

from ..changes import replace_body
from ..events import Event, NationJoined
from ..records import evolve
from ..state import GameState


def apply_join(state: GameState, action: Any, log: list[Event]) -> GameState:
    body = state.body(action.body)
    body = evolve(
        body,
        members=(*body.members, action.nation),
        invited=tuple(i for i in body.invited if i != action.nation),
        left=tuple((n, r) for n, r in body.left if n != action.nation),
    )
    log.append(NationJoined(round=state.round, nation=action.nation, body=body.id))
    return replace_body(state, body)
