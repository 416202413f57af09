"""Opting out of a decision just adopted."""

from __future__ import annotations

from typing import Any

from ..changes import adjust, mark_done, replace_motion
from ..events import Event, OptedOut
from ..records import evolve
from ..state import GameState
from ..turns import may_opt_out


def apply_opt_out(state: GameState, action: Any, log: list[Event]) -> GameState:
    motion = state.motion(action.motion)
    state = replace_motion(state, evolve(motion, opted_out=(*motion.opted_out, action.nation)))
    penalty = state.params.legitimacy.opt_out
    state = adjust(state, action.nation, log, "opt_out", legitimacy=penalty)
    log.append(
        OptedOut(round=state.round, nation=action.nation, motion=motion.id, body=motion.body)
    )
    if not may_opt_out(state, action.nation):
        state = mark_done(state, action.nation)
    return state
