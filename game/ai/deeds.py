"""What a power did, and a move it weighed, as phrases (game/engine/phrase.py) with the
facts of the moment: whether a no was a veto, the policy a motion was measured from,
whose offer it answered. The text layer words them when the explanation is shown
(game/text/reasons.py)."""

from __future__ import annotations

from game.engine import (
    Action,
    Answer,
    Cast,
    Found,
    GameState,
    Join,
    Offer,
    OptOut,
    Phrase,
    Table,
    Term,
    Threaten,
    Withdraw,
    phrase,
)

VOTED = {"yes": "voted_yes", "no": "voted_no", "abstain": "abstained"}


def given(term: Term) -> Phrase:
    """One side of an offer: a yes vote in a body, a guarantee, capital or recognition."""
    if term.kind == "transfer":
        return phrase("given_transfer", amount=term.amount or 0.0)
    return phrase(f"given_{term.kind}", body=term.body)


def _motion_facts(state: GameState, action: Table) -> dict[str, object]:
    """A draft as its words need it: the body, the motion's tokens and the policy it is
    measured from."""
    body = state.body(action.body)
    return {"body": body.id, "spec": str(action.motion), "before": tuple(body.policy)}


def deed(state: GameState, action: Action) -> Phrase:
    """What the power did: 'Northland vetoed ... in ...'."""
    nation = action.nation
    if isinstance(action, Cast):
        motion = state.motion(action.motion)
        vetoed = action.vote == "no" and nation in state.body(motion.body).vetoes
        says = "vetoed" if vetoed else VOTED[action.vote]
        return phrase(says, nation=nation, motion=motion.id, body=motion.body)
    if isinstance(action, Table):
        return phrase("tabled", nation=nation, **_motion_facts(state, action))
    if isinstance(action, Threaten):
        return phrase("threatened", nation=nation, body=action.body, demand=action.demand)
    if isinstance(action, Found):
        return phrase("founded", nation=nation, area=action.area)
    if isinstance(action, Withdraw):
        return phrase("withdrew", nation=nation, body=action.body)
    if isinstance(action, Join):
        return phrase("joined", nation=nation, body=action.body)
    if isinstance(action, OptOut):
        motion = state.motion(action.motion)
        return phrase("opted_out", nation=nation, motion=motion.id, body=motion.body)
    if isinstance(action, Offer):
        ask = given(action.ask) if action.ask is not None else None
        return phrase("offered", nation=nation, to=action.to, give=given(action.give), ask=ask)
    if isinstance(action, Answer):
        offer = next((o for o in state.offers if o.id == action.offer), None)
        says = "accepted" if action.accept else "rejected"
        return phrase(says, nation=nation, owner=offer.sender if offer else None)
    return phrase("passed", nation=nation)


def alternative(state: GameState, action: Action) -> Phrase:
    """A move named as an alternative: 'voting no', 'passing'."""
    if isinstance(action, Cast):
        return phrase(f"voting_{action.vote}")
    if isinstance(action, Table):
        return phrase("tabling", **_motion_facts(state, action))
    if isinstance(action, Threaten):
        return phrase("threatening", body=action.body)
    if isinstance(action, Found):
        return phrase("founding", area=action.area)
    if isinstance(action, Withdraw):
        return phrase("withdrawing", body=action.body)
    if isinstance(action, Join):
        return phrase("joining", body=action.body)
    if isinstance(action, OptOut):
        return phrase("opting_out", motion=action.motion)
    if isinstance(action, Offer):
        return phrase("offering", nation=action.to)
    if isinstance(action, Answer):
        return phrase("accepting" if action.accept else "rejecting")
    return phrase("passing")
