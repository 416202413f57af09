"""Tabling a motion in a body."""

from __future__ import annotations

from typing import Any

from ..actions import MotionSpec
from ..changes import adjust, mark_done
from ..events import Event, MotionTabled
from ..records import evolve
from ..state import GameState, Motion


def apply_table(state: GameState, action: Any, log: list[Event]) -> GameState:
    cost = state.params.capital.motion_cost
    state = adjust(state, action.nation, log, "motion", capital=-cost)
    state = new_motion(state, action.body, action.nation, action.motion, log)
    return mark_done(state, action.nation)


def new_motion(
    state: GameState,
    body: str,
    sponsor: str | None,
    spec: MotionSpec,
    log: list[Event],
    scripted: bool = False,
) -> GameState:
    """A motion on the agenda; `scripted` when a scenario event tables it in the sponsor's
    name (not the sponsor's own move)."""
    before = state.body(body).policy if spec.kind == "policy" else None
    motion = Motion(state.next_id, body, sponsor, spec, state.round, before=before)
    fields: dict[str, Any] = {"scripted": True} if scripted else {}
    if before is not None:
        fields["before"] = before
    log.append(
        MotionTabled(
            round=state.round,
            motion=motion.id,
            body=body,
            sponsor=sponsor,
            spec=str(spec),
            **fields,
        )
    )
    return evolve(state, motions=(*state.motions, motion), next_id=state.next_id + 1)
