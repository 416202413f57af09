"""Nations and bodies by name, for every sentence the game says."""

from __future__ import annotations

from game.engine import GameState


def nation_name(state: GameState, nation: object) -> str:
    nation_id = str(nation)
    return state.nation(nation_id).name if state.has_nation(nation_id) else nation_id


def body_name(state: GameState, body: object) -> str:
    body_id = str(body)
    return state.body(body_id).name if state.has_body(body_id) else body_id
