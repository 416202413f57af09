"""Founding a rival body with co-founders."""

from __future__ import annotations

from typing import Any

from .. import rules
from ..changes import adjust, mark_done, replace_body
from ..events import Event, InstitutionFounded
from ..state import BodyState, GameState, RuleSpec


def apply_found(state: GameState, action: Any, log: list[Event]) -> GameState:
    cost = state.params.capital.found_cost
    state = adjust(state, action.nation, log, "founding", capital=-cost)
    founder = state.nation(action.nation)
    incumbents = [b for b in state.bodies if b.area == action.area and b.alive]
    model = state.params.rival_founding
    base = max(incumbents, key=lambda b: b.member_count, default=None)
    minors = [
        c
        for c in action.cofounders
        if not state.nation(c).great
        and rules.cosine(state.nation(c).doctrine, founder.doctrine) >= model.cofounder_cosine
    ]
    invited = tuple(c for c in action.cofounders if state.nation(c).great)
    members = (action.nation, *minors)
    weights = tuple(
        (m, max(rules.power_share(state, state.nation(m)), 1e-6)) for m in members + invited
    )
    body_id = f"{action.area}-{action.nation}-{state.round}".lower().replace("_", "-")
    body = BodyState(
        id=body_id,
        name=_name(state, action),
        tier="club",
        area=action.area,
        members=members,
        anonymous=(),
        founders=(action.nation, *action.cofounders),
        rule=RuleSpec("weighted", model.quota, weights),
        binding_rule=None,
        vetoes=(),
        abstention="excluded",
        opt_out=0.0,
        national_opt_outs=(),
        breadth=(base.breadth if base else 0.5) * model.alpha_factor,
        intrusiveness=(base.intrusiveness if base else 0.5) * model.alpha_factor,
        benefits=(base.benefits if base else 5.0) * model.benefit_factor * 0.5,
        linkage=0.2,
        external=0.1,
        dues=0.0,
        policy=founder.ideal,
        doctrine=founder.doctrine,
        vitality=0.7,
        bureaucracy=0.1,
        reentry_wait=state.params.reentry_wait_rounds,
        invited=invited,
        founded_round=state.round,
        dead_below=state.params.vitality.dead_below,
        min_members=state.params.vitality.min_members,
    )
    log.append(
        InstitutionFounded(
            round=state.round,
            body=body_id,
            founder=action.nation,
            members=members,
            invited=invited,
            area=action.area,
            name=body.name,
        )
    )
    return mark_done(replace_body(state, body), action.nation)


def _name(state: GameState, action: Any) -> str:
    """The founder's name for the body; else the scenario's next unused one for the area;
    else its founders' names and the area's noun ("China-Russia Development Bank"), or
    "China-led ..." for more than three, numbered if a body already bears it."""
    taken = {b.name.casefold() for b in state.bodies}
    if action.name:
        return str(action.name)
    for offered in state.world.founding_names.get(action.area, ()):
        if offered.casefold() not in taken:
            return offered
    founders = [state.nation(n).name for n in (action.nation, *action.cofounders)]
    noun = state.world.founding_nouns.get(action.area, "Body")
    lead = "-".join(founders) if len(founders) <= 3 else f"{founders[0]}-led"
    name, count = f"{lead} {noun}", 1
    while name.casefold() in taken:
        count += 1
        name = f"{lead} {noun} {count}"
    return name
