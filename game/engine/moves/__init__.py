"""What each kind of action does to the state, one module per kind; `APPLY` maps an
action's type to its move. A move only changes the state and logs its events: `apply`
(engine/flow.py) checks it first and runs the phases it sets off after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..actions import (
    Answer,
    Cast,
    Compose,
    EndPhase,
    Found,
    Inject,
    Join,
    Offer,
    OptOut,
    Pass,
    Pause,
    Table,
    Threaten,
    Withdraw,
)
from ..changes import mark_done
from ..events import Event
from ..state import GameState
from .cast import apply_cast
from .found import apply_found
from .instructor import apply_compose, apply_end_phase, apply_inject, apply_pause
from .join import apply_join
from .offer import apply_answer, apply_offer
from .opt_out import apply_opt_out
from .table import apply_table
from .threaten import apply_threaten
from .withdraw import apply_withdraw

Move = Callable[[GameState, Any, list[Event]], GameState]


def apply_pass(state: GameState, action: Any, log: list[Event]) -> GameState:
    return mark_done(state, action.nation)


APPLY: dict[type, Move] = {
    Pass: apply_pass,
    Offer: apply_offer,
    Answer: apply_answer,
    Table: apply_table,
    Found: apply_found,
    Threaten: apply_threaten,
    Cast: apply_cast,
    OptOut: apply_opt_out,
    Withdraw: apply_withdraw,
    Join: apply_join,
    Inject: apply_inject,
    Compose: apply_compose,
    EndPhase: apply_end_phase,
    Pause: apply_pause,
}
