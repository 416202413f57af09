"""Casting a sealed ballot."""

from __future__ import annotations

from typing import Any

from ..changes import mark_done
from ..events import BallotCast, Event
from ..records import evolve
from ..state import GameState
from ..turns import has_cast, must_vote


def apply_cast(state: GameState, action: Any, log: list[Event]) -> GameState:
    state = evolve(state, ballots=(*state.ballots, (action.motion, action.nation, action.vote)))
    log.append(BallotCast(round=state.round, motion=action.motion, nation=action.nation))
    if all(has_cast(state, action.nation, m.id) for m in must_vote(state, action.nation)):
        state = mark_done(state, action.nation)
    return state
