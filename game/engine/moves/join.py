"""Joining or rejoining a body."""

from __future__ import annotations

from typing import Any

from .. import rules
from ..changes import replace_body
from ..events import Event, NationJoined
from ..records import evolve
from ..state import BodyState, GameState, RuleSpec


def apply_join(state: GameState, action: Any, log: list[Event]) -> GameState:
    body = state.body(action.body)
    body = evolve(
        body,
        members=(*body.members, action.nation),
        invited=tuple(i for i in body.invited if i != action.nation),
        left=tuple((n, r) for n, r in body.left if n != action.nation),
        rule=_with_weight(state, body, body.rule, action.nation),
        binding_rule=(
            _with_weight(state, body, body.binding_rule, action.nation)
            if body.binding_rule
            else None
        ),
    )
    log.append(NationJoined(round=state.round, nation=action.nation, body=body.id))
    return replace_body(state, body)


def _with_weight(state: GameState, body: BodyState, rule: RuleSpec, nation: str) -> RuleSpec:
    """A weighted rule with a weight for a newcomer that has none: in proportion to its
    power, at the rate the listed members' weights stand to theirs (a quota set by
    economic size, as the Bretton Woods quotas were). A returning member keeps its own."""
    table = dict(rule.weights)
    if rule.kind != "weighted" or nation in table:
        return rule
    listed = [m for m in body.members if m in table]
    power = sum(rules.power_share(state, state.nation(m)) for m in listed)
    rate = sum(table[m] for m in listed) / power if power > 1e-12 else 1.0
    share = max(rules.power_share(state, state.nation(nation)), 1e-6)
    return evolve(rule, weights=(*rule.weights, (nation, share * rate)))
